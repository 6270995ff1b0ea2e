import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readImportFile } from './read-import-file';

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Arkusz1'));
  workbook.addWorksheet('Drugi').addRow(['ignorowany']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readImportFile', () => {
  it(
    'reads the first worksheet of an XLSX: title rows skipped, dates, numbers, ' +
      'formulas, links and rich text as values',
    async () => {
      const bytes = await xlsx((sheet) => {
        sheet.getCell('A2').value = 'Imię';
        sheet.getCell('B2').value = 'Data urodzenia';
        sheet.getCell('C2').value = 'PESEL';
        sheet.getCell('D2').value = { richText: [{ text: 'E-' }, { text: 'mail' }] };
        sheet.getCell('E2').value = 'Nr domu';
        sheet.getCell('A4').value = 'Łucja';
        sheet.getCell('B4').value = new Date(Date.UTC(1990, 2, 12));
        sheet.getCell('C4').value = 2_070_803_628;
        sheet.getCell('D4').value = { text: 'lucja@example.pl', hyperlink: 'mailto:lucja@example.pl' };
        sheet.getCell('E4').value = { formula: '2+3', result: 5 };
      });
      const file = await readImportFile(bytes, 'lista.xlsx');
      expect(file).toMatchObject({ format: 'XLSX', encoding: null, delimiter: null });
      expect(file.table).toEqual({
        columns: ['Imię', 'Data urodzenia', 'PESEL', 'E-mail', 'Nr domu'],
        headerRow: 2,
        rows: [
          { row: 4, cells: ['Łucja', new Date(Date.UTC(1990, 2, 12)), 2_070_803_628, 'lucja@example.pl', 5] },
        ],
      });
    },
  );

  it('reads CSV in Windows-1250 with semicolons, whatever its name', async () => {
    const file = await readImportFile(
      iconv.encode('Imię;Nazwisko\r\nŻaneta;Gęś\r\n', 'win1250'),
      'eksport.txt',
    );
    expect(file).toMatchObject({ format: 'CSV', encoding: 'Windows-1250', delimiter: ';' });
    expect(file.table.rows).toEqual([{ row: 2, cells: ['Żaneta', 'Gęś'] }]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'a.csv', 'EMPTY_FILE', 'Plik jest pusty.'],
    [
      'garbage named .xlsx',
      Buffer.from('to nie jest arkusz'),
      'lista.xlsx',
      'NOT_A_SPREADSHEET',
      /to nie jest arkusz XLSX/,
    ],
    [
      'a broken zip',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
      'lista.xlsx',
      'NOT_A_SPREADSHEET',
      /poprawny arkusz XLSX/,
    ],
    [
      'an old .xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'lista.xls',
      'OLD_EXCEL_FORMAT',
      /\.xls/,
    ],
    ['binary bytes', Buffer.from([1, 2, 0, 4, 5]), 'dane.csv', 'NOT_A_SPREADSHEET', /CSV/],
    ['a PDF', Buffer.from('%PDF-1.7\n'), 'skan.pdf', 'NOT_A_SPREADSHEET', /CSV/],
    ['headers only', Buffer.from('Imię;Nazwisko\n'), 'a.csv', 'NO_DATA_ROWS', /tylko nagłówki/],
    ['an unclosed quote', Buffer.from('Imię;Nazwisko\n"Jan;Kos\n'), 'a.csv', 'BROKEN_CSV', /wierszu 2/],
  ])('refuses %s with a reason', async (_label, bytes, name, problem, message) => {
    const failure = await readImportFile(bytes, name).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'ImportFileError', problem, message });
  });
});
