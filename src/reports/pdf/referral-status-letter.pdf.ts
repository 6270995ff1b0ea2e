import type { Content } from 'pdfmake/interfaces';
import type { ReferralStatusLetterData } from './document-data';
import { documentHeader, paragraph, renderPdf, signatureBlock, signatures } from './render';
import { fullName, longDate, shortDate } from './wording';

/**
 * A short letter telling the referring body (OPS, PUP…) where its referral stands: the status since
 * a date and the reasons or next steps in full sentences.
 */
export async function renderReferralStatusLetter(data: ReferralStatusLetterData): Promise<Buffer> {
  const isCis = data.centre.type === 'CIS';
  // The name stays in the nominative: declining Polish names automatically is not reliable.
  const subject =
    `Dotyczy: skierowania z dnia ${longDate(data.referredOn)} — ${fullName(data.participant)}` +
    `, ur. ${shortDate(data.participant.birthDate)} r.`;

  const content: Content[] = [
    ...documentHeader(data.centre, data.issuedOn),
    { text: `Znak: ${data.number}`, margin: [0, 4, 0, 18] },
    {
      stack: [
        { text: data.referrer.name, bold: true },
        ...(data.referrer.address ? [{ text: data.referrer.address }] : []),
      ],
      margin: [250, 0, 0, 26],
    },
    paragraph(subject, { bold: true, alignment: 'left', margin: [0, 0, 0, 12] }),
    {
      text: [
        `Uprzejmie informujemy, że od dnia ${longDate(data.statusSince)} skierowanie ma status: `,
        { text: data.status, bold: true },
        '.',
      ],
      style: 'paragraph',
    },
    ...data.details.map((line) => paragraph(line)),
    signatures(
      signatureBlock(
        isCis ? 'kierownik Centrum Integracji Społecznej' : 'kierownik Klubu Integracji Społecznej',
        data.signatory,
        'Z poważaniem',
      ),
    ),
    { text: 'Otrzymują:\n1. Adresat\n2. a/a', style: 'small', margin: [0, 24, 0, 0] },
  ];

  return renderPdf({
    title: `Pismo ${data.number} — informacja o skierowaniu`,
    subject: `Informacja o skierowaniu — ${fullName(data.participant)}`,
    footerNote: `Znak: ${data.number}`,
    content,
  });
}
