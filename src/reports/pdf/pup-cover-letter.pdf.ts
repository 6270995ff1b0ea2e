import type { Content } from 'pdfmake/interfaces';
import type { CentreLetterhead, PersonOnDocument } from './document-data';
import { documentHeader, paragraph, renderPdf, signatureBlock, signatures } from './render';
import { ACT, fullName, gendered, identity, longDate, sexOf, shortDate } from './wording';

/** The letter that sends a long-term unemployed person's certificate to the PUP (art. 13 ust. 5a). */
export interface PupCoverLetterData {
  centre: CentreLetterhead;
  participant: Pick<PersonOnDocument, 'firstName' | 'lastName' | 'pesel' | 'birthDate' | 'sex'>;
  /** The letter's own number ("PIS/2026/0004") and date. */
  number: string;
  issuedOn: string;
  pup: { name: string; address: string | null };
  certificate: { number: string; issuedOn: string };
  admissionDate: string;
  lastDay: string;
  /** The day the PUP referred the person, when this PUP did. */
  referredOn: string | null;
  /** The director in the staff register on the letter's day; null leaves the line to sign by hand. */
  signatory: string | null;
}

/**
 * Pismo przewodnie: the centre sends the PUP the certificate of participation of a long-term unemployed
 * person (art. 13 ust. 5a of the Act). Only what the PUP needs to file it: who, the certificate's number
 * and date, the period of participation; the certificate itself is the enclosure.
 */
export async function renderPupCoverLetter(data: PupCoverLetterData): Promise<Buffer> {
  const person = data.participant;
  const sex = sexOf({ sex: person.sex, pesel: person.pesel });
  const who = `${fullName(person)} (${identity(person)})`;
  const certificate = `nr ${data.certificate.number} z dnia ${longDate(data.certificate.issuedOn)}`;

  const content: Content[] = [
    ...documentHeader(data.centre, data.issuedOn),
    { text: `Znak: ${data.number}`, margin: [0, 4, 0, 18] },
    {
      stack: [{ text: data.pup.name, bold: true }, ...(data.pup.address ? [{ text: data.pup.address }] : [])],
      margin: [250, 0, 0, 26],
    },
    paragraph(`Dotyczy: przekazania zaświadczenia o uczestnictwie w zajęciach — ${who}`, {
      bold: true,
      alignment: 'left',
      margin: [0, 0, 0, 12],
    }),
    paragraph(
      `Na podstawie art. 13 ust. 5a ${ACT} (Dz.U. z 2025 r. poz. 1718) przekazujemy ` +
        `zaświadczenie ${certificate} wydane osobie długotrwale bezrobotnej: ${who}.`,
    ),
    paragraph(
      `${gendered(sex, 'Uczestniczyła', 'Uczestniczył', 'Osoba uczestniczyła')} ` +
        `w zajęciach reintegracji zawodowej i społecznej w ${data.centre.name} ` +
        'w ramach indywidualnego programu zatrudnienia socjalnego ' +
        `w okresie od ${shortDate(data.admissionDate)} r. do ${shortDate(data.lastDay)} r.${
          data.referredOn
            ? ` Do Centrum ${gendered(sex, 'została skierowana', 'został skierowany', 'została skierowana')} ` +
              `przez Państwa urząd w dniu ${longDate(data.referredOn)}`
            : ''
        }`,
    ),
    signatures(signatureBlock('kierownik Centrum Integracji Społecznej', data.signatory, 'Z poważaniem')),
    {
      text: `Załącznik:\nzaświadczenie ${certificate}`,
      style: 'small',
      margin: [0, 24, 0, 0],
    },
    { text: 'Otrzymują:\n1. Adresat (z załącznikiem)\n2. a/a', style: 'small', margin: [0, 8, 0, 0] },
  ];

  return renderPdf({
    title: `Pismo ${data.number} — przekazanie zaświadczenia ${data.certificate.number} do PUP`,
    subject: `Przekazanie zaświadczenia — ${fullName(person)}`,
    footerNote: `Znak: ${data.number}`,
    content,
  });
}
