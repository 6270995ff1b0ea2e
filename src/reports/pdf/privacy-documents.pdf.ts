import type { Content } from 'pdfmake/interfaces';
import type { CentreLetterhead } from './document-data';
import {
  bulletList,
  dataTable,
  documentHeader,
  documentTitle,
  factsTable,
  paragraph,
  renderPdf,
  signatureBlock,
  signatures,
} from './render';
import { ACT, longDate } from './wording';

/** What the authorisation and its confidentiality pledge print (art. 8b ust. 4 of the Act). */
export interface AuthorisationDocumentData {
  centre: CentreLetterhead;
  number: string;
  holderName: string;
  holderRoles: string[];
  scope: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
  pledgeSignedOn: string | null;
  issuerName: string | null;
}

/**
 * The written authorisation to process participants' personal data (page 1) and the holder's confidentiality
 * pledge (page 2), ready to sign; both go to the holder's personnel file.
 */
export async function renderAuthorisation(data: AuthorisationDocumentData): Promise<Buffer> {
  const until = data.validUntil ? `do dnia ${longDate(data.validUntil)}` : 'do odwołania';
  const roles = data.holderRoles.length ? ` (${data.holderRoles.join(', ')})` : '';
  const content: Content[] = [
    ...documentHeader(data.centre, data.issuedOn),
    ...documentTitle('UPOWAŻNIENIE', `nr ${data.number}`, 'do przetwarzania danych osobowych uczestników'),
    paragraph(
      `Na podstawie art. 8b ust. 4 ${ACT} oraz art. 29 i art. 32 ust. 4 rozporządzenia Parlamentu ` +
        'Europejskiego i Rady (UE) 2016/679 (RODO), działając w imieniu administratora danych — ' +
        `${data.centre.name} — upoważniam Panią/Pana ${data.holderName}${roles} do przetwarzania danych ` +
        'osobowych uczestników i osób kierowanych do centrum w zakresie:',
    ),
    paragraph(data.scope, { bold: true }),
    paragraph(`Upoważnienie obowiązuje od dnia ${longDate(data.validFrom)} ${until}.`),
    paragraph(
      'Upoważnienie wygasa z chwilą ustania zatrudnienia lub współpracy z centrum albo jego cofnięcia. ' +
        'Osoba upoważniona przetwarza dane wyłącznie na polecenie administratora i jest obowiązana ' +
        'zachować je w tajemnicy, także po ustaniu zatrudnienia.',
    ),
    signatures(signatureBlock('za administratora danych', data.issuerName)),
    { text: '', pageBreak: 'after' },
    ...documentHeader(data.centre, data.pledgeSignedOn),
    ...documentTitle('OŚWIADCZENIE', 'o zachowaniu poufności', `do upoważnienia nr ${data.number}`),
    paragraph(`Ja, niżej podpisana/podpisany ${data.holderName}, oświadczam, że:`),
    bulletList([
      `zapoznałam/zapoznałem się z przepisami o ochronie danych osobowych, w tym z art. 8b ${ACT} i RODO, ` +
        'oraz z zasadami ochrony danych obowiązującymi w centrum;',
      'zobowiązuję się zachować w tajemnicy dane osobowe, do których mam dostęp, oraz sposoby ich ' +
        'zabezpieczenia, również po ustaniu zatrudnienia lub współpracy;',
      'będę przetwarzać dane wyłącznie w zakresie udzielonego upoważnienia i w celu wykonywania ' +
        'obowiązków służbowych;',
      'niezwłocznie zgłoszę kierownikowi centrum każde naruszenie ochrony danych, o którym się dowiem.',
    ]),
    signatures(signatureBlock('podpis osoby upoważnionej', data.holderName)),
  ];
  return renderPdf({
    title: `Upoważnienie ${data.number} do przetwarzania danych osobowych`,
    subject: `Upoważnienie i oświadczenie o zachowaniu poufności — ${data.holderName}`,
    footerNote: `Upoważnienie nr ${data.number}`,
    content,
  });
}

/** The information clause as it hangs on the notice board (art. 8b of the Act, GDPR art. 13). */
export async function renderInformationClause(data: {
  centre: CentreLetterhead;
  text: string;
  printedOn: string;
}): Promise<Buffer> {
  const content: Content[] = [
    ...documentHeader(data.centre, data.printedOn),
    ...documentTitle('KLAUZULA INFORMACYJNA', 'o przetwarzaniu danych osobowych uczestników'),
    ...data.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => paragraph(p)),
  ];
  return renderPdf({
    title: 'Klauzula informacyjna',
    subject: `Klauzula informacyjna — ${data.centre.name}`,
    content,
  });
}

/** One entry of the register of processing activities, as printed. */
export interface ProcessingEntry {
  name: string;
  purpose: string;
  legalBasis: string;
  dataSubjects: string;
  dataCategories: string;
  recipients: string;
  retention: string;
}

/** The controller's register of processing activities (GDPR art. 30 ust. 1), one table per activity. */
export async function renderProcessingRegister(data: {
  centre: CentreLetterhead;
  printedOn: string;
  activities: readonly ProcessingEntry[];
}): Promise<Buffer> {
  const content: Content[] = [
    ...documentHeader(data.centre, data.printedOn),
    ...documentTitle(
      'REJESTR CZYNNOŚCI PRZETWARZANIA',
      'art. 30 ust. 1 RODO',
      `Administrator: ${data.centre.name}`,
    ),
    ...data.activities.flatMap((a, i): Content[] => [
      { text: `${i + 1}. ${a.name}`, style: 'heading', headlineLevel: 1 },
      factsTable([
        ['Cel przetwarzania', a.purpose],
        ['Podstawa prawna', a.legalBasis],
        ['Kategorie osób', a.dataSubjects],
        ['Kategorie danych', a.dataCategories],
        ['Odbiorcy', a.recipients],
        ['Okres przechowywania', a.retention],
      ]),
    ]),
  ];
  return renderPdf({ title: 'Rejestr czynności przetwarzania', footerNote: data.centre.name, content });
}

/** A person's own copy (GDPR art. 15): sections of label/value facts and tables, built by the use case. */
export interface SubjectCopyData {
  centre: CentreLetterhead;
  printedOn: string;
  personName: string;
  /** The opening sentence; by default it names the record of who read the special-category data. */
  lead?: string;
  sections: {
    title: string;
    facts?: [string, string | null][];
    table?: { header: string[]; rows: string[][] };
  }[];
}

/** The copy of a person's data handed to them on request (GDPR art. 15 ust. 3). */
export async function renderSubjectCopy(data: SubjectCopyData): Promise<Buffer> {
  const content: Content[] = [
    ...documentHeader(data.centre, data.printedOn),
    ...documentTitle('KOPIA DANYCH OSOBOWYCH', 'art. 15 ust. 3 RODO', data.personName),
    paragraph(
      data.lead ??
        `Na Pani/Pana żądanie przekazujemy kopię danych osobowych przetwarzanych przez ${data.centre.name}, ` +
          'wraz z informacją, kto z pracowników centrum odczytywał dane szczególnych kategorii.',
    ),
    ...data.sections.flatMap((s): Content[] => [
      { text: s.title, style: 'heading', headlineLevel: 1 },
      ...(s.facts ? [factsTable(s.facts)] : []),
      ...(s.table
        ? s.table.rows.length
          ? [
              dataTable(
                s.table.header,
                s.table.rows,
                s.table.header.map(() => '*'),
                8.5,
              ),
            ]
          : [paragraph('Brak wpisów.')]
        : []),
    ]),
  ];
  return renderPdf({
    title: `Kopia danych osobowych — ${data.personName}`,
    footerNote: `Kopia danych — ${data.personName}`,
    content,
  });
}
