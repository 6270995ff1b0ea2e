import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { paperContent, paperText } from './paper-text';

/**
 * pdfmake on the server with the Roboto fonts it ships (Polish letters included), so printing works
 * on any machine without system fonts. No URL is ever fetched; only the font folder may be read.
 */
const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

type PdfMake = {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

let engine: PdfMake | undefined;
function pdfmake(): PdfMake {
  if (engine) return engine;
  engine = require('pdfmake') as PdfMake;
  engine.setFonts({
    Roboto: {
      normal: join(fontDir, 'Roboto-Regular.ttf'),
      bold: join(fontDir, 'Roboto-Medium.ttf'),
      italics: join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  return engine;
}

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
  return pdfmake().createPdf(definition).getBuffer();
}

const MONTHS = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];

/** 23.11.2026 */
export const shortDate = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '—';
/** 23 listopada 2026 r. */
export const longDate = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)} r.`;

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
