import { decimal } from '../../domain/polish-format';
import type { Content } from 'pdfmake/interfaces';
import type { IpzsDocumentData } from './document-data';
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

/**
 * Indywidualny program zatrudnienia socjalnego (art. 13) as printed for signing: parties, dates,
 * workshop and hours, the scope and forms of both reintegrations (ust. 2), the responsible persons
 * and, after amendments (ust. 3), the version history.
 */
export async function renderIpzs(data: IpzsDocumentData): Promise<Buffer> {
  const person = data.participant;
  const sex = sexOf(person);
  const participantLine = [fullName(person), identity(person), person.address && `zam. ${person.address}`]
    .filter(Boolean)
    .join(', ');
  const centre = data.centre;
  const centreAddress = [
    [centre.street, centre.buildingNo].filter(Boolean).join(' '),
    [centre.postalCode, centre.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');

  const content: Content[] = [
    ...documentHeader(centre, data.signedOn),
    ...documentTitle(
      'INDYWIDUALNY PROGRAM ZATRUDNIENIA SOCJALNEGO',
      `nr ${data.number}, wersja ${data.version}`,
      `sporządzony na podstawie art. 13 ${ACT}`,
    ),

    heading('1. Strony programu'),
    factsTable([
      ['Centrum Integracji Społecznej', [centre.name, centreAddress].filter(Boolean).join(', ')],
      [gendered(sex, 'Uczestniczka', 'Uczestnik'), participantLine],
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

    heading('4. Zakres reintegracji zawodowej'),
    paragraph(data.vocationalScope),
    heading('5. Formy reintegracji zawodowej'),
    paragraph(data.vocationalForms),
    heading('6. Zakres reintegracji społecznej'),
    paragraph(data.socialScope),
    heading('7. Formy reintegracji społecznej'),
    paragraph(data.socialForms),

    heading('8. Osoby odpowiedzialne za realizację programu'),
    data.responsiblePersons.length
      ? dataTable(
          ['Lp.', 'Imię i nazwisko', 'Funkcja'],
          data.responsiblePersons.map((p, i) => [`${i + 1}.`, p.name, p.role]),
          [28, '*', '*'],
        )
      : paragraph(''),

    ...(data.amendments.length
      ? [
          heading('9. Historia zmian programu'),
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

    {
      // The signing state and the signatures never land on a page of their own.
      unbreakable: true,
      stack: [
        {
          text:
            `Program w wersji ${data.version}` +
            `: ${data.signedOn ? `podpisany dnia ${shortDate(data.signedOn)} r.` : 'niepodpisany'}`,
          bold: true,
          margin: [0, 10, 0, 2],
        },
        {
          text: typeset('Program może zostać zmieniony na wniosek każdej ze stron (art. 13 ust. 3 ustawy).'),
          style: 'small',
        },
        signatures(
          signatureBlock('kierownik Centrum Integracji Społecznej', data.directorName),
          signatureBlock(gendered(sex, 'uczestniczka programu', 'uczestnik programu'), fullName(person)),
        ),
      ],
    },
  ];

  return renderPdf({
    title: `Indywidualny program zatrudnienia socjalnego nr ${data.number}, wersja ${data.version}`,
    subject: `IPZS — ${fullName(person)}`,
    footerNote: `IPZS nr ${data.number}, wersja ${data.version}`,
    content,
  });
}
