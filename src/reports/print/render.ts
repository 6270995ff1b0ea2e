import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderDefinition } from '../pdf-engine';
import { longDate, shortDate as shortDateOf } from '../pdf/wording';
import { paperContent, paperText } from './paper-text';

/**
 * Renders an A4 document; the same look for every printout (margins, fonts, footer with page numbers).
 * Every text passes through paperText: whole grosze, glyphs the font has, no internal notes.
 */
export async function renderPdf(doc: {
  title: string;
  content: Content[];
  landscape?: boolean;
  footerNote?: string;
}): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    pageMargins: [50, 50, 50, 60],
    info: { title: doc.title, author: 'Reintegra', creator: 'Reintegra', producer: 'Reintegra (pdfmake)' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 12, 0, 4] },
      subtitle: { fontSize: 10, alignment: 'center', margin: [0, 0, 0, 14] },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      small: { fontSize: 8, color: '#333333' },
      th: { bold: true, fillColor: '#eeeeee' },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: paperText(doc.footerNote ?? ''), style: 'small', margin: [50, 0, 0, 0] },
        { text: `Strona ${page} z ${pages}`, style: 'small', alignment: 'right', margin: [0, 0, 50, 0] },
      ],
    }),
    content: paperContent(doc.content),
  };
  return renderDefinition(definition);
}

/** 23.11.2026 ('—' when there is no date). The dates of every document are written in `pdf/wording.ts`. */
export const shortDate = (iso: string | null | undefined) => (iso ? shortDateOf(iso) : '—');
/** 23 listopada 2026 r. */
export { longDate };

export interface Letterhead {
  name: string;
  street: string | null;
  buildingNo: string | null;
  postalCode: string | null;
  city: string | null;
  regon: string | null;
  nip: string | null;
  place: string;
}

/** The centre's name and address on the left, place and date on the right. */
export function letterhead(centre: Letterhead, date: string): Content {
  const address = [
    [centre.street, centre.buildingNo].filter(Boolean).join(' '),
    [centre.postalCode, centre.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const ids = [centre.regon ? `REGON ${centre.regon}` : null, centre.nip ? `NIP ${centre.nip}` : null]
    .filter(Boolean)
    .join(' · ');
  return {
    columns: [
      {
        stack: [{ text: centre.name, bold: true }, { text: address }, { text: ids, style: 'small' }],
        width: '*',
      },
      { text: `${centre.place}, ${shortDate(date)}`, alignment: 'right', width: 'auto' },
    ],
    margin: [0, 0, 0, 10],
  };
}

/** A signature line with the role under it. */
export function signature(label: string, name?: string | null): Content {
  return {
    stack: [
      { text: name ?? ' ', alignment: 'center' },
      { text: '…………………………………………', alignment: 'center' },
      { text: label, style: 'small', alignment: 'center' },
    ],
    width: 200,
    margin: [0, 30, 0, 0],
  } as Content;
}

/** A two-column table of labels and values with thin lines. */
export function facts(rows: [string, string][]): Content {
  return {
    table: { widths: [170, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, { text: v || '—' }]) },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#999999',
      vLineColor: () => '#999999',
    },
    margin: [0, 4, 0, 8],
  };
}

export const thinLines = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#999999',
  vLineColor: () => '#999999',
};
