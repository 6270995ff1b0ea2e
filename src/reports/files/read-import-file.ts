import type * as ExcelJS from 'exceljs';
import { decodeCsvBytes, detectDelimiter, parseCsv, type Delimiter, type TextEncodingName } from './csv';
import {
  buildTable,
  ImportFileError,
  type Cell,
  type ImportTable,
} from '../../domain/participants/import/table';

export interface ImportFile {
  format: 'XLSX' | 'CSV';
  /** CSV only: how the text was decoded and split. */
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  table: ImportTable;
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads an import file into a table, deciding by its bytes (the name only refines the message): XLSX, or CSV text. */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ImportFile> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new ImportFileError('EMPTY_FILE', 'Plik jest pusty.');
  if (startsWith(bytes, OLE)) {
    throw new ImportFileError(
      'OLD_EXCEL_FORMAT',
      'Starszy format Excela (.xls) nie jest obsługiwany. Zapisz plik jako „Skoroszyt ' +
        'programu Excel (.xlsx)” albo CSV.',
    );
  }
  if (startsWith(bytes, ZIP)) {
    if (extension === 'ods')
      throw new ImportFileError(
        'NOT_A_SPREADSHEET',
        'Format OpenDocument (.ods) nie jest obsługiwany. Zapisz plik jako .xlsx albo CSV.',
      );
    return { format: 'XLSX', encoding: null, delimiter: null, table: buildTable(await readXlsxRows(bytes)) };
  }
  if (['xlsx', 'xlsm', 'xls', 'ods'].includes(extension) || !looksLikeText(bytes)) {
    throw new ImportFileError(
      'NOT_A_SPREADSHEET',
      'Nie można odczytać pliku: to nie jest arkusz XLSX ani plik CSV.',
    );
  }
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (parsed.unterminatedQuoteAt !== null) {
    throw new ImportFileError(
      'BROKEN_CSV',
      `Plik CSV jest uszkodzony: cudzysłów otwarty w wierszu ${parsed.unterminatedQuoteAt} nie jest nigdzie zamknięty.`,
    );
  }
  return {
    format: 'CSV',
    encoding,
    delimiter,
    table: buildTable(parsed.records.map((cells, i) => ({ row: i + 1, cells }))),
  };
}

/** Text files have no NUL bytes, except UTF-16 ones, which start with a byte-order mark. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const head = bytes.subarray(0, 8192);
  for (const b of head) if (b === 0 || b < 0x09) return false;
  return !startsWith(bytes, [0x25, 0x50, 0x44, 0x46]); // %PDF
}

/** A cell of exceljs as a plain value: formulas give their result, rich text and links their text, errors nothing. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : plainCell(value.text as ExcelJS.CellValue);
    return typeof text === 'string' ? text.replace(/^mailto:/i, '') : text;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  return null;
}

/** The first worksheet's rows with their spreadsheet numbers (the row limit is checked on the table). */
async function readXlsxRows(bytes: Uint8Array): Promise<{ row: number; cells: Cell[] }[]> {
  // exceljs is large (~0.2 s to load): loaded on the first import, not at server start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<
        ExcelJS.Xlsx['load']
      >[0],
    );
  } catch {
    throw new ImportFileError(
      'NOT_A_SPREADSHEET',
      'Nie można odczytać pliku: to nie jest poprawny arkusz XLSX (plik może być uszkodzony).',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('NO_HEADER', 'Skoroszyt nie zawiera żadnego arkusza.');
  const rows: { row: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
    rows.push({ row: number, cells });
  });
  return rows;
}
