import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseElixirOText, readElixirO, splitElixirFields } from './elixir-parse';

// The formats.md §3.1 test vector, hand-copied rather than produced by the builder.
const VECTOR =
  '110,20250715,206628,11402004,0,"55114020040000310012345678","61109010140000071219812874",' +
  '"CENTRUM INTEGRACJI SPOŁECZNEJ|UL. PRZYKŁADOWA 1|00-001 WARSZAWA|","JAN KOWALSKI|UL. DŁUGA 5|00-002 WARSZAWA|",' +
  '0,10901014,"ŚWIADCZENIE INTEGRACYJNE 06/2025|||","","","51",""';

/** The vector with field n (1-based) replaced by a raw value (quotes included by the caller). */
const withField = (n: number, raw: string): string => {
  const parts = splitElixirFields(VECTOR)!;
  return parts.fields.map((v, i) => (i === n - 1 ? raw : parts.quoted[i] ? `"${v}"` : v)).join(',');
};
const codes = (text: string) => parseElixirOText(text).problems.map((p) => [p.line, p.field, p.code]);

describe('splitElixirFields', () => {
  it.each([
    ['a,"b,c",,"d|e|",""', ['a', 'b,c', '', 'd|e|', ''], [false, true, false, true, true]],
    ['a,b,', ['a', 'b', ''], [false, false, false]],
    ['', [''], [false]],
  ])('%j', (line, fields, quoted) => {
    expect(splitElixirFields(line)).toEqual({ fields, quoted });
  });

  it.each(['a,"b', 'a,"b"c,d', 'a,b"c"'])('refuses %j (Elixir has no escaped quotes)', (line) => {
    expect(splitElixirFields(line)).toBeNull();
  });
});

describe('parseElixirOText', () => {
  it('reads the formats.md vector into one typed record of 16 fields', () => {
    const report = parseElixirOText(`${VECTOR}\r\n`);
    expect(report.problems).toEqual([]);
    expect(report.isValid).toBe(true);
    expect(report.totalGrosze).toBe(206628);
    expect(report.records).toHaveLength(1);
    expect(report.records[0]).toMatchObject({
      line: 1,
      type: '110',
      executionDate: '2025-07-15',
      amountGrosze: 206628,
      payerSortCode: '11402004',
      payerAccount: '55114020040000310012345678',
      recipientAccount: '61109010140000071219812874',
      payerLines: ['CENTRUM INTEGRACJI SPOŁECZNEJ', 'UL. PRZYKŁADOWA 1', '00-001 WARSZAWA'],
      recipientLines: ['JAN KOWALSKI', 'UL. DŁUGA 5', '00-002 WARSZAWA'],
      recipientSortCode: '10901014',
      titleLines: ['ŚWIADCZENIE INTEGRACYJNE 06/2025'],
      classification: '51',
      reference: '',
    });
    expect(report.records[0]!.fields).toHaveLength(16);
  });

  it('sums the amounts of every line', () => {
    const second = withField(3, '1');
    expect(parseElixirOText(`${VECTOR}\r\n${second}\r\n${VECTOR}\r\n`).totalGrosze).toBe(206628 * 2 + 1);
  });

  it('demands CRLF after every line, including the last', () => {
    expect(codes(`${VECTOR}\n${VECTOR}\r\n`)).toEqual([[1, null, 'ELIXIR_LINE_ENDING']]);
    expect(codes(`${VECTOR}\r\n${VECTOR}`)).toEqual([[2, null, 'ELIXIR_NO_FINAL_CRLF']]);
    expect(codes(`${VECTOR}\r\n\r\n`)).toEqual([[2, null, 'ELIXIR_EMPTY_LINE']]);
    expect(codes('')).toEqual([[null, null, 'ELIXIR_EMPTY_FILE']]);
  });

  it.each([
    ['a missing field', VECTOR.slice(0, VECTOR.lastIndexOf(',')), [[1, null, 'ELIXIR_FIELD_COUNT']]],
    ['an unclosed quote', `${VECTOR},"`, [[1, null, 'ELIXIR_SYNTAX']]],
    ['a direct debit', withField(1, '210'), [[1, 1, 'ELIXIR_TYPE']]],
    ['a non-existent date', withField(2, '20250230'), [[1, 2, 'ELIXIR_DATE']]],
    [
      'an amount with a comma',
      withField(3, '"2066,28"'),
      [
        [1, 3, 'ELIXIR_QUOTING'],
        [1, 3, 'ELIXIR_AMOUNT'],
      ],
    ],
    ['a zero amount', withField(3, '0'), [[1, 3, 'ELIXIR_AMOUNT']]],
    ['a sort code not from the NRB', withField(11, '11402004'), [[1, 11, 'ELIXIR_SORT_CODE']]],
    ['a bad NRB checksum', withField(7, '"61109010140000071219812875"'), [[1, 7, 'NRB_CHECKSUM']]],
    ['an NRB with spaces', withField(7, '"61 1090 1014 0000 0712 1981 2874"'), [[1, 7, 'NRB_FORMAT']]],
    ['an unquoted account', withField(7, '61109010140000071219812874'), [[1, 7, 'ELIXIR_QUOTING']]],
    ['a constant that is not 0', withField(10, '1'), [[1, 10, 'ELIXIR_CONSTANT']]],
    ['five sub-lines', withField(9, '"A|B|C|D|E"'), [[1, 9, 'ELIXIR_TOO_MANY_LINES']]],
    ['a 36-character sub-line', withField(12, `"${'Ś'.repeat(36)}|||"`), [[1, 12, 'ELIXIR_LINE_TOO_LONG']]],
    ['a 35-character sub-line', withField(12, `"${'Ś'.repeat(35)}|||"`), []],
    ['characters banks refuse', withField(12, '"Za: 06/2025; A&B|||"'), [[1, 12, 'ELIXIR_CHARACTER']]],
    ['no recipient name', withField(9, '"|UL. DŁUGA 5||"'), [[1, 9, 'ELIXIR_NAME_EMPTY']]],
    ['no title', withField(12, '"|||"'), [[1, 12, 'ELIXIR_TITLE_EMPTY']]],
    ['a bad classification', withField(15, '"5"'), [[1, 15, 'ELIXIR_CLASSIFICATION']]],
  ])('flags %s', (_label, line, expected) => {
    expect(codes(`${line}\r\n`)).toEqual(expected);
  });

  it('keeps the amount of a line with other problems, and leaves bad amounts out of the sum', () => {
    const report = parseElixirOText(`${withField(12, '"|||"')}\r\n${withField(3, 'x')}\r\n`);
    expect(report.isValid).toBe(false);
    expect(report.records.map((r) => r.amountGrosze)).toEqual([206628, null]);
    expect(report.totalGrosze).toBe(206628);
  });
});

describe('readElixirO (decoding)', () => {
  it.each(['cp1250', 'iso-8859-2', 'utf-8'] as const)(
    'decodes a %s file written by iconv-lite',
    (encoding) => {
      const report = readElixirO(new Uint8Array(iconv.encode(`${VECTOR}\r\n`, encoding)), encoding);
      expect(report.problems).toEqual([]);
      expect(report.text).toBe(`${VECTOR}\r\n`);
    },
  );

  it('reports a byte-order mark and invalid UTF-8', () => {
    const withBom = new Uint8Array(iconv.encode(`${VECTOR}\r\n`, 'utf-8', { addBOM: true }));
    expect(readElixirO(withBom, 'utf-8').problems.map((p) => p.code)).toEqual(['ELIXIR_BOM']);
    const cp1250 = new Uint8Array(iconv.encode(`${VECTOR}\r\n`, 'cp1250'));
    expect(readElixirO(cp1250, 'utf-8').problems.map((p) => p.code)).toEqual(['ELIXIR_ENCODING']);
  });

  it('warns, without failing, when a UTF-8 file is read as a single-byte code page', () => {
    const utf8 = new Uint8Array(iconv.encode(`${VECTOR}\r\n`, 'utf-8'));
    const report = readElixirO(utf8, 'iso-8859-2');
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'ELIXIR_SUSPECT_UTF8', severity: 'warning' }),
    ]);
    expect(report.isValid).toBe(true);
    expect(report.text).not.toContain('SPOŁECZNEJ');
  });
});
