import { describe, expect, it } from 'vitest';
import { convertCell, excelSerialToIsoDate, parseDateCell } from './values';

describe('parseDateCell', () => {
  it.each([
    ['1980-03-07', '1980-03-07'],
    ['1980-3-7', '1980-03-07'],
    ['07.03.1980', '1980-03-07'],
    ['7.3.1980', '1980-03-07'],
    ['07.03.1980 r.', '1980-03-07'],
    ['07-03-1980', '1980-03-07'],
    ['07/03/1980', '1980-03-07'],
    ['1980-03-07 00:00:00', '1980-03-07'],
    ['29.02.2000', '2000-02-29'],
    ['  ', null],
  ])('text %j → %j', (text, iso) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: iso });
  });

  it.each(['30.02.1990', '1990-13-01', '31.04.1990', '29.02.1900', '1990/01/01', 'wczoraj', '07.03.80'])(
    'refuses %j with a Polish message',
    (text) => {
      const result = parseDateCell(text);
      expect(result.ok).toBe(false);
      expect(result).toMatchObject({ code: 'INVALID_DATE', message: expect.stringMatching(/data/i) });
    },
  );

  it('takes date cells (exceljs gives UTC midnight) and Excel serial numbers', () => {
    expect(parseDateCell(new Date(Date.UTC(1985, 10, 30)))).toEqual({ ok: true, value: '1985-11-30' });
    expect(parseDateCell(29_290)).toEqual({ ok: true, value: '1980-03-10' });
    expect(parseDateCell(null)).toEqual({ ok: true, value: null });
  });
});

describe('excelSerialToIsoDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25_569, '1970-01-01'],
    [36_526, '2000-01-01'],
    [45_658, '2025-01-01'],
    [45_658.75, '2025-01-01'],
  ])('%d → %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
  });

  it.each([0, -5, Number.NaN, 3_000_000])('%d is no date', (serial) => {
    expect(excelSerialToIsoDate(serial)).toBeNull();
  });
});

describe('convertCell', () => {
  it.each([
    ['sex', 'K', 'F'],
    ['sex', 'kobieta', 'F'],
    ['sex', 'Mężczyzna', 'M'],
    ['sex', 'm.', 'M'],
    ['sex', 'F', 'F'],
    ['pesel', 2_070_803_628, '02070803628'],
    ['pesel', ' 440514 01359 ', '44051401359'],
    ['gminaCode', 201_011, '0201011'],
    ['gminaCode', '02 01 01 1', '0201011'],
    ['postalCode', 59_700, '59-700'],
    ['postalCode', '59700', '59-700'],
    ['postalCode', '59-700', '59-700'],
    ['educationLevel', 3, '3'],
    ['educationLevel', 'ISCED 6', '6'],
    ['citizenship', 'polskie', 'PL'],
    ['citizenship', 'ua', 'UA'],
    ['phone', 600_100_200, '600100200'],
    ['buildingNo', 12, '12'],
    ['city', '  Bolesławiec ', 'Bolesławiec'],
    ['street', '', null],
  ] as const)('%s %j → %j', (field, cell, value) => {
    expect(convertCell(field, cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['sex', 'X', 'Płeć: wpisz K (kobieta) albo M (mężczyzna).'],
    ['educationLevel', '9', 'Wykształcenie: podaj poziom ISCED od 0 do 8.'],
    ['gminaCode', '12345', 'Kod gminy TERYT to 7 cyfr (np. 0201011).'],
    // biome-ignore lint/correctness/noPrecisionLoss: a spreadsheet's number cell that lost the account's digits
    ['bankAccount', 6.1109010140000075e24, expect.stringContaining('jako liczbę')],
  ] as const)('%s %j is refused: %s', (field, cell, message) => {
    expect(convertCell(field, cell)).toMatchObject({ ok: false, message });
  });
});
