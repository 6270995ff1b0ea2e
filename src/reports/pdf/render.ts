import type {
  Column,
  ColumnProperties,
  Content,
  ContentStack,
  CustomTableLayout,
  Style,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { renderDefinition } from '../pdf-engine';
import type { CentreLetterhead } from './document-data';
import { shortDate, typeset } from './wording';

/** A printed document before layout: what the four participant documents hand to {@link renderPdf}. */
export interface PdfDocument {
  /** PDF metadata title, e.g. "Zaświadczenie nr ZAS/2026/0007". */
  title: string;
  subject?: string;
  /** Bottom-left of every page, beside "Strona N z M". */
  footerNote?: string;
  content: Content[];
}

const MARGIN_X = 57; // 2 cm
const PAGE_MARGINS: [number, number, number, number] = [MARGIN_X, 48, MARGIN_X, 62];
/** Usable width of an A4 page between the margins, in points. */
export const CONTENT_WIDTH = 595.28 - 2 * MARGIN_X;

const STYLES: StyleDictionary = {
  title: { fontSize: 14, bold: true, alignment: 'center', characterSpacing: 0.5, margin: [0, 18, 0, 2] },
  subtitle: { alignment: 'center', margin: [0, 0, 0, 14] },
  heading: { bold: true, margin: [0, 10, 0, 4] },
  paragraph: { alignment: 'justify', margin: [0, 0, 0, 6] },
  small: { fontSize: 8 },
  tableHeader: { bold: true, fontSize: 9, fillColor: '#e8e8e8' },
  label: { fillColor: '#f4f4f4' },
};

/**
 * Lays out and renders an A4 portrait document: Roboto 10.5 pt, black text, page footer with
 * "Strona N z M", PDF metadata (author Reintegra, language pl-PL), through the one pdfmake set-up.
 */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    info: {
      title: doc.title,
      subject: doc.subject ?? doc.title,
      author: 'Reintegra',
      creator: 'Reintegra',
      producer: 'Reintegra (pdfmake)',
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: '#000000' },
    styles: STYLES,
    content: doc.content,
    footer: (page: number, pages: number): Content => ({
      margin: [MARGIN_X, 24, MARGIN_X, 0],
      columns: [
        { text: doc.footerNote ?? '', style: 'small', width: '*' },
        { text: `Strona ${page} z ${pages}`, style: 'small', alignment: 'right', width: 'auto' },
      ],
    }),
    // A heading never stays alone at the foot of a page.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
  };
  return renderDefinition(definition);
}

/** The centre as on its stamp: name, address, REGON and NIP (lines with no data are left out). */
export function letterhead(centre: CentreLetterhead): ContentStack {
  const street = [centre.street, centre.buildingNo].filter(Boolean).join(' ');
  const town = [centre.postalCode, centre.city].filter(Boolean).join(' ');
  const ids = [centre.regon && `REGON ${centre.regon}`, centre.nip && `NIP ${centre.nip}`]
    .filter(Boolean)
    .join(', ');
  return {
    stack: [
      { text: centre.name, bold: true },
      ...[street, town].filter(Boolean).map((line) => ({ text: line })),
      ...(ids ? [{ text: ids, style: 'small' }] : []),
    ],
  };
}

/** "Gdańsk, 23.11.2026"; without a date, a dotted space to fill in by hand. */
export function placeAndDate(place: string, iso: string | null): string {
  return `${place}, ${iso ? shortDate(iso) : 'dnia ……………………'}`;
}

/** Letterhead on the left, "place, date" on the right, a thin rule under both. */
export function documentHeader(centre: CentreLetterhead, iso: string | null): Content[] {
  return [
    {
      columns: [
        { ...letterhead(centre), width: '*' },
        { text: placeAndDate(centre.place, iso), alignment: 'right', width: 'auto' },
      ],
      columnGap: 12,
    },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5 }],
      margin: [0, 6, 0, 4],
    },
  ];
}

/** A centred document title with the line under it (number, version, subject). */
export function documentTitle(title: string, ...subtitle: string[]): Content[] {
  return [
    { text: title, style: 'title' },
    { text: subtitle.join('\n'), style: 'subtitle' },
  ];
}

/** A numbered or plain section heading, kept together with what follows it. */
export const heading = (text: string): Content => ({ text, style: 'heading', headlineLevel: 1 });

/** A justified paragraph with Polish line-breaking; an empty text prints "—". */
export function paragraph(text: string, extra: Style = {}): Content {
  const clean = text.trim();
  return { text: clean ? typeset(clean) : '—', style: 'paragraph', ...extra };
}

/** A bullet list; an empty list prints "—" so that a blank is visibly intentional. */
export function bulletList(items: string[]): Content {
  const lines = items.map((i) => i.trim()).filter(Boolean);
  if (lines.length === 0) return { text: '—', margin: [12, 0, 0, 6] };
  return { ul: lines.map(typeset), margin: [12, 0, 0, 6] };
}

/** Thin black table rules, as on forms filed on paper. */
export const thinLines: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Label | value rows (labels on a light tint); an empty value prints "—". */
export function factsTable(rows: [label: string, value: string | null][], labelWidth = 170): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      dontBreakRows: true,
      body: rows.map(([label, value]): TableCell[] => [
        { text: label, style: 'label' },
        { text: value?.trim() ? typeset(value) : '—' },
      ]),
    },
    layout: thinLines,
    margin: [0, 2, 0, 8],
  };
}

/** A table with a header row repeated on every page. */
export function dataTable(
  header: string[],
  rows: string[][],
  widths: (number | '*' | 'auto')[],
  fontSize = 9.5,
): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        header.map((h): TableCell => ({ text: h, style: 'tableHeader' })),
        ...rows.map((r) => r.map((cell): TableCell => ({ text: cell.trim() ? typeset(cell) : '—' }))),
      ],
    },
    layout: thinLines,
    fontSize,
    margin: [0, 2, 0, 8],
  };
}

/** A line to sign on, the typed name (if known) and the role in brackets under it; `above` e.g. "Z poważaniem". */
export function signatureBlock(
  role: string,
  name?: string | null,
  above?: string,
): ContentStack & ColumnProperties {
  return {
    width: 200,
    stack: [
      ...(above ? [{ text: above, alignment: 'center' as const }] : []),
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5, dash: { length: 1.5, space: 1.5 } },
        ],
        margin: [0, 42, 0, 3],
      },
      ...(name?.trim() ? [{ text: name.trim(), alignment: 'center' as const }] : []),
      { text: `(${role})`, style: 'small', alignment: 'center' },
    ],
  };
}

/** One signature on the right, or two (left and right); never split from each other across pages. */
export function signatures(right: Column, left?: Column): Content {
  const columns: Column[] = [left ?? { text: '', width: 200 }, { text: '', width: '*' }, right];
  return { unbreakable: true, stack: [{ columns }], margin: [0, 8, 0, 0] };
}
