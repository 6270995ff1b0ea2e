import { fieldForHeader } from './fields';

/** One spreadsheet cell as read: text (CSV, text cells), a number, a boolean, a date cell, or nothing. */
export type Cell = string | number | boolean | Date | null;

/**
 * A file's data: unique column names from the header row and the non-empty rows below it, numbered as
 * in the spreadsheet.
 */
export interface ImportTable {
  columns: string[];
  headerRow: number;
  rows: { row: number; cells: Cell[] }[];
}

/**
 * At most this many data rows in one file (a centre imports its register once; more is almost surely
 * the wrong file).
 */
export const MAX_IMPORT_ROWS = 10_000;

export type ImportFileProblem =
  | 'EMPTY_FILE'
  | 'NOT_A_SPREADSHEET'
  | 'OLD_EXCEL_FORMAT'
  | 'BROKEN_CSV'
  | 'NO_HEADER'
  | 'NO_DATA_ROWS'
  | 'TOO_MANY_ROWS';

/** A file that cannot be read as a table at all (as opposed to rows with errors); the message is for the user. */
export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

const isBlank = (cell: Cell | undefined) =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const headerText = (cell: Cell | undefined): string => {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim();
};

/**
 * The header row: the first row with content — unless one of the next rows names more known columns
 * (a title such as "Lista uczestników — stan na…" above the table is common in centres' sheets).
 */
function findHeaderRow(source: { cells: Cell[] }[]): number {
  const candidates = source
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.cells.some((c) => !isBlank(c)))
    .slice(0, 10);
  if (!candidates.length) return -1;
  let best = candidates[0]!;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = candidate.r.cells.filter((c) => typeof c === 'string' && fieldForHeader(c) !== null).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best.i;
}

/**
 * Turns numbered rows into a table: the header row (see findHeaderRow) holds the headers, rows above
 * it are ignored; a blank header
 * becomes "Kolumna C", a repeated one "Telefon (2)"; blank rows are dropped; trailing blank columns too.
 */
export function buildTable(source: { row: number; cells: Cell[] }[]): ImportTable {
  const headerIndex = findHeaderRow(source);
  if (headerIndex < 0)
    throw new ImportFileError('NO_HEADER', 'Plik nie zawiera danych: nie znaleziono wiersza nagłówków.');
  const header = source[headerIndex]!;
  const data = source.slice(headerIndex + 1).filter((r) => r.cells.some((c) => !isBlank(c)));
  if (data.length === 0)
    throw new ImportFileError('NO_DATA_ROWS', 'Plik zawiera tylko nagłówki — nie ma w nim wierszy z danymi.');
  if (data.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError(
      'TOO_MANY_ROWS',
      `Plik ma ${data.length} wierszy z danymi; naraz ` +
        `można zaimportować najwyżej ${MAX_IMPORT_ROWS.toLocaleString('pl-PL')}. ` +
        `Podziel plik na części.`,
    );
  }

  let width = header.cells.length;
  for (const r of data) width = Math.max(width, r.cells.length);
  while (width > 0 && isBlank(header.cells[width - 1]) && data.every((r) => isBlank(r.cells[width - 1])))
    width--;

  const seen = new Map<string, number>();
  const columns: string[] = [];
  for (let i = 0; i < width; i++) {
    const base = headerText(header.cells[i]) || `Kolumna ${columnLetter(i)}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    columns.push(n === 1 ? base : `${base} (${n})`);
  }
  return {
    columns,
    headerRow: header.row,
    rows: data.map((r) => ({
      row: r.row,
      cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? null),
    })),
  };
}
