import { decimal } from '../../domain/polish-format';
import type { Content } from 'pdfmake/interfaces';
import type { IpzsDocumentData, KisProgrammeDocumentData } from './document-data';
import {
  dataTable,
  documentHeader,
  documentTitle,
  factsTable,
  heading,
  paragraph,
  renderPdf,
  signatureBlock,
  signatures,
} from './render';
import { ACT, fullName, gendered, identity, plural, sexOf, shortDate, typeset } from './wording';

const hours = (n: number) => `${decimal(n)} godz. tygodniowo`;
const extension = (months: number) =>
  months > 0 ? `${months} ${plural(months, 'miesiąc', 'miesiące', 'miesięcy')}` : 'bez przedłużenia';

/** "Jan Nowak, PESEL …, zam. …" and the centre's address on one line each (the parties). */
function parties(data: IpzsDocumentData | KisProgrammeDocumentData) {
  const person = data.participant;
  const centre = data.centre;
  return {
    person: [fullName(person), identity(person), person.address && `zam. ${person.address}`]
      .filter(Boolean)
      .join(', '),
    centre: [
      centre.name,
      [centre.street, centre.buildingNo].filter(Boolean).join(' '),
      [centre.postalCode, centre.city].filter(Boolean).join(' '),
    ]
      .filter(Boolean)
      .join(', '),
  };
}

/** The scope and forms of both reintegrations, the responsible persons and the version history, numbered on. */
function contentSections(data: IpzsDocumentData | KisProgrammeDocumentData, first: number): Content[] {
  const n = (i: number) => `${first + i}.`;
  return [
    heading(`${n(0)} Zakres reintegracji zawodowej`),
    paragraph(data.vocationalScope),
    heading(`${n(1)} Formy reintegracji zawodowej`),
    paragraph(data.vocationalForms),
    heading(`${n(2)} Zakres reintegracji społecznej`),
    paragraph(data.socialScope),
    heading(`${n(3)} Formy reintegracji społecznej`),
    paragraph(data.socialForms),
    heading(`${n(4)} Osoby odpowiedzialne za realizację programu`),
    data.responsiblePersons.length
      ? dataTable(
          ['Lp.', 'Imię i nazwisko', 'Funkcja'],
          data.responsiblePersons.map((p, i) => [`${i + 1}.`, p.name, p.role]),
          [28, '*', '*'],
        )
      : paragraph(''),
    ...(data.amendments.length
      ? [
          heading(`${n(5)} Historia zmian programu`),
          dataTable(
            ['Wersja', 'Data', 'Zmienione elementy', 'Przyczyna zmiany', 'Wprowadził(a)'],
            data.amendments.map((a) => [
              String(a.version),
              shortDate(a.changedOn),
              a.changedFields.join(', '),
              a.reason,
              a.changedBy,
            ]),
            [38, 58, '*', '*', 90],
            8.5,
          ),
        ]
      : []),
  ];
}

/** The signing state, a note on changes and the two signatures, never on a page of their own. */
function signingBlock(
  data: IpzsDocumentData | KisProgrammeDocumentData,
  note: string,
  signatory: string,
): Content {
  const sex = sexOf(data.participant);
  return {
    unbreakable: true,
    stack: [
      {
        text:
          `Program w wersji ${data.version}` +
          `: ${data.signedOn ? `podpisany dnia ${shortDate(data.signedOn)} r.` : 'niepodpisany'}`,
        bold: true,
        margin: [0, 10, 0, 2],
      },
      { text: typeset(note), style: 'small' },
      signatures(
        signatureBlock(signatory, data.directorName),
        signatureBlock(
          gendered(sex, 'uczestniczka programu', 'uczestnik programu'),
          fullName(data.participant),
        ),
      ),
    ],
  };
}

/**
 * Indywidualny program zatrudnienia socjalnego (art. 13) as printed for signing: parties, dates,
 * workshop and hours, the scope and forms of both reintegrations (ust. 2), the responsible persons
 * and, after amendments (ust. 3), the version history.
 */
export async function renderIpzs(data: IpzsDocumentData): Promise<Buffer> {
  const person = data.participant;
  const who = parties(data);
  const content: Content[] = [
    ...documentHeader(data.centre, data.signedOn),
    ...documentTitle(
      'INDYWIDUALNY PROGRAM ZATRUDNIENIA SOCJALNEGO',
      `nr ${data.number}, wersja ${data.version}`,
      `sporządzony na podstawie art. 13 ${ACT}`,
    ),
    heading('1. Strony programu'),
    factsTable([
      ['Centrum Integracji Społecznej', who.centre],
      [gendered(sexOf(person), 'Uczestniczka', 'Uczestnik'), who.person],
    ]),
    heading('2. Terminy'),
    dataTable(
      ['Data przyjęcia', 'Koniec okresu próbnego', 'Planowany termin zakończenia', 'Przedłużenie'],
      [
        [
          shortDate(data.admissionDate),
          shortDate(data.trialLastDay),
          shortDate(data.plannedEnd),
          extension(data.extensionMonths),
        ],
      ],
      ['*', '*', '*', '*'],
    ),
    heading('3. Warsztat i wymiar zajęć'),
    factsTable([
      ['Warsztat', data.workshop],
      ['Wymiar zajęć', hours(data.weeklyHours)],
    ]),
    ...contentSections(data, 4),
    signingBlock(
      data,
      'Program może zostać zmieniony na wniosek każdej ze stron (art. 13 ust. 3 ustawy).',
      'kierownik Centrum Integracji Społecznej',
    ),
  ];
  return renderPdf({
    title: `Indywidualny program zatrudnienia socjalnego nr ${data.number}, wersja ${data.version}`,
    subject: `IPZS — ${fullName(person)}`,
    footerNote: `IPZS nr ${data.number}, wersja ${data.version}`,
    content,
  });
}

/**
 * A KIS participant's programme as printed for signing (art. 18): the parties, the social contract the
 * participation rests on (ust. 4), the dates with the end set individually (ust. 5), the activities, the
 * responsible persons and the version history. No trial month, weekly hours or extension: those are the
 * CIS's (art. 13, 15).
 */
export async function renderKisProgramme(data: KisProgrammeDocumentData): Promise<Buffer> {
  const person = data.participant;
  const who = parties(data);
  const c = data.contract;
  const content: Content[] = [
    ...documentHeader(data.centre, data.signedOn),
    ...documentTitle(
      'PROGRAM UDZIAŁU W ZAJĘCIACH KLUBU INTEGRACJI SPOŁECZNEJ',
      `nr ${data.number}, wersja ${data.version}`,
      `na podstawie art. 18 ${ACT}`,
    ),
    heading('1. Strony programu'),
    factsTable([
      ['Klub Integracji Społecznej', who.centre],
      [gendered(sexOf(person), 'Uczestniczka', 'Uczestnik'), who.person],
    ]),
    heading('2. Kontrakt socjalny (art. 18 ust. 4)'),
    factsTable([
      ['Numer kontraktu', c.number],
      ['Zawarty przez', c.ops],
      [
        'Okres kontraktu',
        c.from || c.to ? `${c.from ? shortDate(c.from) : '…'} – ${c.to ? shortDate(c.to) : '…'}` : null,
      ],
    ]),
    heading('3. Terminy'),
    dataTable(
      ['Data przyjęcia', 'Planowany termin zakończenia (ustalony indywidualnie, art. 18 ust. 5)'],
      [[shortDate(data.admissionDate), shortDate(data.plannedEnd)]],
      ['*', '*'],
    ),
    heading('4. Zajęcia'),
    factsTable([['Zajęcia w klubie', data.workshop]]),
    ...contentSections(data, 5),
    signingBlock(
      data,
      'Udział w zajęciach klubu jest dobrowolny (art. 18 ust. 3 ustawy). Program może zostać zmieniony ' +
        'na wniosek każdej ze stron.',
      'kierownik Klubu Integracji Społecznej',
    ),
  ];
  return renderPdf({
    title: `Program udziału w zajęciach KIS nr ${data.number}, wersja ${data.version}`,
    subject: `Program udziału w KIS — ${fullName(person)}`,
    footerNote: `Program udziału w KIS nr ${data.number}, wersja ${data.version}`,
    content,
  });
}
