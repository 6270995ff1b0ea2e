import type { Content } from 'pdfmake/interfaces';
import { zlotyNumber } from '../../domain/polish-format';
import { facts, letterhead, longDate, renderPdf, signature, thinLines, type Letterhead } from './render';

export interface DeliveryProtocolData {
  centre: Letterhead;
  number: string;
  deliveredOn: string;
  recipient: string;
  recipientAddress: string;
  receivedBy: string | null;
  itemName: string;
  quantityText: string;
}

/** The protocol of handing finished goods over to an institution, signed by both sides. */
export async function renderDeliveryProtocol(d: DeliveryProtocolData): Promise<Buffer> {
  const content: Content[] = [
    letterhead(d.centre, d.deliveredOn),
    { text: `PROTOKÓŁ PRZEKAZANIA nr ${d.number}`, style: 'title' },
    { text: `sporządzony ${longDate(d.deliveredOn)}`, style: 'subtitle' },
    facts([
      ['Przekazujący', d.centre.name],
      ['Odbiorca', `${d.recipient}${d.recipientAddress ? `, ${d.recipientAddress}` : ''}`],
      ['Osoba odbierająca', d.receivedBy ?? ''],
    ]),
    {
      table: {
        headerRows: 1,
        widths: [30, '*', 120],
        body: [
          ['Lp.', 'Nazwa', 'Ilość'].map((text) => ({ text, style: 'th' })),
          ['1', d.itemName, d.quantityText],
        ],
      },
      layout: thinLines,
    },
    {
      text: 'Przekazanie nieodpłatne. Odbiorca potwierdza odbiór w stanie nieuszkodzonym.',
      margin: [0, 10, 0, 0],
    },
    { columns: [signature('przekazujący'), { text: '', width: '*' }, signature('odbierający')] },
  ];
  return renderPdf({
    title: `Protokół przekazania ${d.number}`,
    content,
    footerNote: `Protokół nr ${d.number}`,
  });
}

export interface ThankYouLetterData {
  centre: Letterhead;
  date: string;
  donor: string;
  donorAddress: string | null;
  receivedOn: string;
  items: { name: string; quantityText: string; valueGrosze: number | null }[];
  deliveredTo: string[];
}

/** A thank-you letter to a donor: what was received and where it went. */
export async function renderThankYouLetter(d: ThankYouLetterData): Promise<Buffer> {
  const list = d.items.map(
    (i) =>
      `${i.name} – ${i.quantityText}${i.valueGrosze !== null ? ` (wartość ${zlotyNumber(i.valueGrosze)} zł)` : ''}`,
  );
  const content: Content[] = [
    letterhead(d.centre, d.date),
    { text: [d.donor, d.donorAddress ?? ''].filter(Boolean).join('\n'), margin: [260, 10, 0, 20] },
    { text: 'PODZIĘKOWANIE', style: 'title' },
    {
      text:
        `Serdecznie dziękujemy za przekazaną ${longDate(d.receivedOn)} darowiznę ` +
        `rzeczową na rzecz ${d.centre.name}:`,
      margin: [0, 10, 0, 6],
    },
    { ul: list },
    ...(d.deliveredTo.length
      ? [
          {
            text: `Dzięki Państwa wsparciu wykonane przez nas wyroby trafiły do: ${d.deliveredTo.join(', ')}.`,
            margin: [0, 10, 0, 0],
          } as Content,
        ]
      : []),
    { text: 'Z wyrazami wdzięczności', margin: [0, 20, 0, 0] },
    { columns: [{ text: '', width: '*' }, signature('kierownik centrum')] },
  ];
  return renderPdf({ title: 'Podziękowanie', content });
}
