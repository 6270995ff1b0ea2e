import { describe, expect, it } from 'vitest';
import { checkMapping, fieldForHeader, IMPORT_FIELD_LABELS, IMPORT_FIELDS, suggestMapping } from './fields';
import { buildTable, columnLetter } from './table';

describe('fieldForHeader', () => {
  it.each([
    ['Imię', 'firstName'],
    ['IMIE', 'firstName'],
    ['First name', 'firstName'],
    ['Nazwisko', 'lastName'],
    ['Surname', 'lastName'],
    ['PESEL', 'pesel'],
    ['Nr PESEL:', 'pesel'],
    ['Data urodzenia', 'birthDate'],
    ['Date of birth', 'birthDate'],
    ['Płeć (K/M)', 'sex'],
    ['Plec', 'sex'],
    ['Gender', 'sex'],
    ['Obywatelstwo', 'citizenship'],
    ['Ulica', 'street'],
    ['Nr domu', 'buildingNo'],
    ['Nr lokalu', 'flatNo'],
    ['Kod pocztowy', 'postalCode'],
    ['Miejscowość', 'city'],
    ['Kod gminy TERYT', 'gminaCode'],
    ['Kod gminy (TERYT)', 'gminaCode'],
    ['TERYT', 'gminaCode'],
    ['Telefon', 'phone'],
    ['Tel.', 'phone'],
    ['E-mail', 'email'],
    ['Adres e-mail', 'email'],
    ['Wykształcenie (ISCED 0–8)', 'educationLevel'],
    ['Rachunek', 'bankAccount'],
    ['Numer rachunku bankowego', 'bankAccount'],
    ['NRB', 'bankAccount'],
    ['Rachunek bankowy (NRB)', 'bankAccount'],
    ['Uwagi', null],
    ['', null],
    ['Imię i nazwisko', null],
  ])('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('recognises every header the export writes, so an exported file imports back', () => {
    for (const field of IMPORT_FIELDS) expect(fieldForHeader(IMPORT_FIELD_LABELS[field])).toBe(field);
  });
});

describe('suggestMapping and checkMapping', () => {
  it('maps each field once; a second column of the same meaning is left out', () => {
    expect(suggestMapping(['Lp.', 'Nazwisko', 'Imię', 'Telefon', 'Telefon (2)', 'Uwagi'])).toEqual({
      'Lp.': null,
      Nazwisko: 'lastName',
      Imię: 'firstName',
      Telefon: 'phone',
      'Telefon (2)': null,
      Uwagi: null,
    });
  });

  it('needs the name and PESEL (or birth date with sex), each field once, and only the file’s columns', () => {
    const columns = ['Imię', 'Nazwisko', 'PESEL', 'Tel'];
    expect(checkMapping(columns, suggestMapping(columns))).toEqual([]);
    expect(
      checkMapping(columns, { Imię: 'firstName', Nazwisko: 'lastName', PESEL: null, Tel: 'phone' }).map(
        (p) => p.code,
      ),
    ).toEqual(['MISSING_FIELD']);
    expect(
      checkMapping(columns, { Imię: 'firstName', Nazwisko: 'firstName', PESEL: 'pesel', Brak: 'phone' }),
    ).toEqual([
      { code: 'UNKNOWN_COLUMN', field: 'phone', message: 'W pliku nie ma kolumny „Brak”.' },
      {
        code: 'FIELD_MAPPED_TWICE',
        field: 'firstName',
        message: 'Pole „Imię” przypisano do kilku kolumn: „Imię”, „Nazwisko”. Wybierz jedną.',
      },
      { code: 'MISSING_FIELD', field: 'lastName', message: 'Wskaż kolumnę z polem „Nazwisko”.' },
    ]);
  });
});

describe('buildTable', () => {
  it('takes the first non-empty row as headers, names blank and repeated headers, drops blank rows and columns', () => {
    const table = buildTable([
      { row: 1, cells: [null, '  '] },
      { row: 2, cells: ['Imię', '', 'Telefon', 'telefon', null] },
      { row: 3, cells: ['Jan', 'x', '1', '2', null] },
      { row: 4, cells: ['', null] },
      { row: 5, cells: ['Ewa'] },
    ]);
    expect(table).toEqual({
      columns: ['Imię', 'Kolumna B', 'Telefon', 'telefon (2)'],
      headerRow: 2,
      rows: [
        { row: 3, cells: ['Jan', 'x', '1', '2'] },
        { row: 5, cells: ['Ewa', null, null, null] },
      ],
    });
  });

  it('skips a title above the table: the header row is the one that names known columns', () => {
    const table = buildTable([
      { row: 1, cells: ['Lista uczestników CIS — stan na 1 marca'] },
      { row: 3, cells: ['Lp.', 'Nazwisko', 'Imię'] },
      { row: 4, cells: [1, 'Kos', 'Jan'] },
    ]);
    expect(table).toMatchObject({ headerRow: 3, columns: ['Lp.', 'Nazwisko', 'Imię'], rows: [{ row: 4 }] });
  });

  it('refuses a file without data rows or with more than 10,000', () => {
    expect(() => buildTable([])).toThrow(/nie znaleziono wiersza nagłówków/);
    expect(() =>
      buildTable([
        { row: 1, cells: ['Imię'] },
        { row: 2, cells: [' '] },
      ]),
    ).toThrow(/tylko nagłówki/);
    const rows = Array.from({ length: 10_002 }, (_, i) => ({
      row: i + 1,
      cells: [i ? `Osoba ${i}` : 'Imię'],
    }));
    expect(() => buildTable(rows)).toThrow(/10001 wierszy/);
    expect(buildTable(rows.slice(0, 10_001)).rows).toHaveLength(10_000);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %d is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});
