import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { validateNrb } from '../identifiers/nrb';
import { buildElixirO, type ElixirOInput, type ElixirTransfer } from './elixir-o';
import { readElixirO } from './elixir-parse';
import { ELIXIR_ENCODINGS, type ElixirEncoding } from './elixir-text';

// Everything here is read back with iconv-lite and a tokenizer written in this file, not with the
// module's own reader, so a shared mistake cannot hide.
const ICONV: Record<ElixirEncoding, string> = {
  cp1250: 'cp1250',
  'iso-8859-2': 'iso-8859-2',
  'utf-8': 'utf-8',
};
const decode = (bytes: Uint8Array, encoding: ElixirEncoding) =>
  iconv.decode(Buffer.from(bytes), ICONV[encoding]);

/** Fields of one record: quoted "…" (no quotes inside, as in Elixir) or bare values, comma-separated. */
function tokenize(line: string): string[] {
  const re = /("[^"]*"|[^,"]*)(,|$)/y;
  const out: string[] = [];
  for (;;) {
    const m = re.exec(line);
    if (!m) throw new Error(`cannot tokenize at ${re.lastIndex}: ${line}`);
    out.push(m[1]!.replace(/^"(.*)"$/, '$1'));
    if (m[2] === '') return out;
  }
}

/** The file's records: asserts CRLF after every line, including the last, and no bare CR or LF. */
function recordsOf(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n').map(tokenize);
}

// formats.md §3.3 vectors.
const PAYER_NRB = '55114020040000310012345678';
const NRB_A = '61109010140000071219812874';
const NRB_B = '27114020040000300201355387';

const VECTOR_INPUT: ElixirOInput = {
  payer: {
    name: 'CENTRUM INTEGRACJI SPOŁECZNEJ',
    address: ['UL. PRZYKŁADOWA 1', '00-001 WARSZAWA'],
    nrb: PAYER_NRB,
  },
  executionDate: '2025-07-15',
  transfers: [
    {
      recipientName: 'JAN KOWALSKI',
      recipientAddress: ['UL. DŁUGA 5', '00-002 WARSZAWA'],
      nrb: NRB_A,
      amountGrosze: 206628,
      title: 'ŚWIADCZENIE INTEGRACYJNE 06/2025',
    },
  ],
};

function build(input: ElixirOInput, encoding?: ElixirEncoding) {
  const result = buildElixirO(input, encoding ? { encoding } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('buildElixirO: the formats.md §3.1 test vector', () => {
  it('writes the vector line byte for byte: 264 bytes in CP1250 including CRLF', () => {
    const result = build(VECTOR_INPUT);
    expect(result.encoding).toBe('cp1250');
    expect(result.text).toBe(
      '110,20250715,206628,11402004,0,"55114020040000310012345678","61109010140000071219812874",' +
        ('"CENTRUM INTEGRACJI SPOŁECZNEJ|UL. PRZYKŁADOWA 1|00-001 WARSZAWA|","JAN ' +
          'KOWALSKI|UL. DŁUGA 5|00-002 WARSZAWA|",') +
        '0,10901014,"ŚWIADCZENIE INTEGRACYJNE 06/2025|||","","","51",""\r\n',
    );
    expect(result.bytes.length).toBe(264);
    expect(decode(result.bytes, 'cp1250')).toBe(result.text);
    expect(result).toMatchObject({ lines: 1, totalGrosze: 206628, warnings: [] });
  });

  it('parses back into 16 fields with the sort codes equal to NRB digits 3–10', () => {
    const [fields] = recordsOf(decode(build(VECTOR_INPUT).bytes, 'cp1250'));
    expect(fields).toHaveLength(16);
    expect(fields![3]).toBe(PAYER_NRB.slice(2, 10));
    expect(fields![10]).toBe(NRB_A.slice(2, 10));
  });

  it('writes the reference id into field 16', () => {
    const input = {
      ...VECTOR_INPUT,
      transfers: [{ ...VECTOR_INPUT.transfers[0]!, referenceId: 'LW-2025-06/0042' }],
    };
    expect(recordsOf(build(input).text)[0]![15]).toBe('LW-2025-06/0042');
  });
});

describe('buildElixirO: encodings (checked with iconv-lite, not our code)', () => {
  const letters = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ';
  const input: ElixirOInput = {
    ...VECTOR_INPUT,
    transfers: [{ recipientName: `Żaneta Gęś ${letters}`, nrb: NRB_A, amountGrosze: 100, title: letters }],
  };

  it.each([
    ['cp1250', 'b9 e6 ea b3 f1 f3 9c 9f bf', 'a5 c6 ca a3 d1 d3 8c 8f af'],
    ['iso-8859-2', 'b1 e6 ea b3 f1 f3 b6 bc bf', 'a1 c6 ca a3 d1 d3 a6 ac af'],
  ] as const)(
    '%s: Polish letters survive exactly, with the byte values of formats.md §3.1',
    (encoding, lower, upper) => {
      const result = build(input, encoding);
      const text = decode(result.bytes, encoding);
      expect(text).toBe(result.text);
      expect(recordsOf(text)[0]![11]).toBe(`${letters}|||`);
      expect(recordsOf(text)[0]![8]).toBe(`Żaneta Gęś ${letters}|||`);
      const hex = Buffer.from(result.bytes).toString('hex');
      expect(hex).toContain(`${lower} 20 ${upper}`.replace(/ /g, ''));
    },
  );

  it('utf-8: letters survive; the same bytes read as CP1250 are garbled and the reader warns', () => {
    const result = build(input, 'utf-8');
    expect(decode(result.bytes, 'utf-8')).toBe(result.text);
    expect([...result.bytes.slice(0, 3)]).toEqual([0x31, 0x31, 0x30]); // no byte-order mark
    const misread = decode(result.bytes, 'cp1250');
    expect(misread).not.toContain(letters);
    expect(misread).not.toContain('Żaneta Gęś');
    expect(misread).toContain('Ĺ»aneta GÄ™Ĺ›'); // each letter became two characters
    expect(readElixirO(result.bytes, 'cp1250').problems.map((p) => p.code)).toContain('ELIXIR_SUSPECT_UTF8');
  });

  it('cp1250 bytes that happen to be valid UTF-8 ("ÓŁ" = d3 a3) still build; the reader only warns', () => {
    const result = build({
      ...VECTOR_INPUT,
      payer: { name: 'CIS', nrb: PAYER_NRB },
      transfers: [{ recipientName: 'JAN WESÓŁ', nrb: NRB_A, amountGrosze: 5, title: 'PÓŁ' }],
    });
    expect(decode(result.bytes, 'cp1250')).toBe(result.text);
    const reread = readElixirO(result.bytes, 'cp1250');
    expect(reread.problems.map((p) => [p.code, p.severity])).toEqual([['ELIXIR_SUSPECT_UTF8', 'warning']]);
    expect(reread.isValid).toBe(true);
  });
});

describe('buildElixirO: several transfers', () => {
  const transfers: ElixirTransfer[] = [
    {
      recipientName: 'Jan Kowalski',
      recipientAddress: 'ul. Długa 5\n00-002 Warszawa',
      nrb: NRB_A,
      amountGrosze: 206628,
      title: 'Świadczenie integracyjne 06/2025',
    },
    {
      recipientName: 'Anna "Ania" Nowak-Wiśniewska; z d. Kowalczyk',
      recipientAddress: ['Os. Kościuszki 12/4, kl. B', '31-000 Kraków'],
      nrb: `PL${NRB_B}`,
      amountGrosze: 103314,
      title: 'Świadczenie integracyjne 06/2025: 15/20 dni',
      referenceId: 'P-2',
    },
    {
      recipientName: 'Krzysztof Brzęczyszczykiewicz-Grzegorzewski',
      recipientAddress: [
        'ul. Generała Władysława Andersa 123 m. 45',
        'Grzmiąca Wielka Kolonia',
        '78-446 Grzmiąca',
      ],
      nrb: '61 1090 1014 0000 0712 1981 2874',
      amountGrosze: 1,
      title: 'Premia motywacyjna',
    },
  ];
  const result = build({ ...VECTOR_INPUT, transfers });
  const records = recordsOf(decode(result.bytes, 'cp1250'));

  it('one CRLF-terminated record of 16 fields per transfer, amounts and accounts as given', () => {
    expect(result.lines).toBe(3);
    expect(records.map((r) => r.length)).toEqual([16, 16, 16]);
    expect(records.map((r) => Number(r[2]))).toEqual([206628, 103314, 1]);
    expect(records.map((r) => r[6])).toEqual([NRB_A, NRB_B, NRB_A]);
    const sum = records.reduce((s, r) => s + Number(r[2]), 0);
    expect(sum).toBe(206628 + 103314 + 1);
    expect(result.totalGrosze).toBe(sum);
  });

  it('keeps every sub-line within 4 × 35 and refused characters out', () => {
    for (const r of records) {
      for (const field of [r[7]!, r[8]!, r[11]!]) {
        const sub = field.split('|');
        expect(sub).toHaveLength(4);
        for (const s of sub) expect(s.length).toBeLessThanOrEqual(35);
        expect(field).not.toMatch(/[:;&@$"]/);
      }
    }
    expect(records[1]![8]).toBe(
      'Anna Ania Nowak-Wiśniewska z d.|Kowalczyk|Os. Kościuszki 12/4, kl. B|31-000 Kraków',
    );
  });

  it('warns, with the transfer index, about cut text and removed characters', () => {
    expect(result.warnings).toEqual([
      expect.objectContaining({ index: 1, field: 'recipient', code: 'ELIXIR_CHARS_REMOVED' }),
      expect.objectContaining({ index: 1, field: 'title', code: 'ELIXIR_CHARS_REMOVED' }),
      expect.objectContaining({ index: 2, field: 'recipient', code: 'ELIXIR_TEXT_TRUNCATED' }),
    ]);
    expect(records[2]![8]!.split('|')).toEqual([
      'Krzysztof',
      'Brzęczyszczykiewicz-Grzegorzewski',
      'ul. Generała Władysława Andersa 123',
      'm. 45',
    ]);
  });
});

describe('buildElixirO: validation returns every error with its index', () => {
  it('collects errors from the payer, the date and each transfer', () => {
    const result = buildElixirO({
      payer: { name: ' ', nrb: '61109010140000071219812875' },
      executionDate: '2025-02-30',
      transfers: [
        { recipientName: 'Jan Kowalski', nrb: NRB_A, amountGrosze: 2066.28, title: 'Świadczenie' },
        {
          recipientName: 'Anna Nowak',
          nrb: '61109010140000071219812875',
          amountGrosze: 100,
          title: 'Świadczenie',
        },
        {
          recipientName: 'Piotr Zieliński',
          nrb: 'PL30114020050000310012345678',
          amountGrosze: 0,
          title: 'Świadczenie',
        },
        { recipientName: '', nrb: '12345', amountGrosze: -500, title: '' },
        {
          recipientName: 'Олена Шевченко',
          nrb: NRB_B,
          amountGrosze: Number.NaN,
          title: 'Świadczenie',
          referenceId: 'A:B',
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ index, field, code }) => [index, field, code])).toEqual([
      [null, 'executionDate', 'ELIXIR_DATE'],
      [null, 'payer.nrb', 'NRB_CHECKSUM'],
      [null, 'payer.name', 'ELIXIR_NAME_EMPTY'],
      [0, 'amountGrosze', 'ELIXIR_AMOUNT'],
      [1, 'nrb', 'NRB_CHECKSUM'],
      [2, 'nrb', 'NRB_SORT_CODE'],
      [2, 'amountGrosze', 'ELIXIR_AMOUNT'],
      [3, 'nrb', 'NRB_FORMAT'],
      [3, 'amountGrosze', 'ELIXIR_AMOUNT'],
      [3, 'recipientName', 'ELIXIR_NAME_EMPTY'],
      [3, 'title', 'ELIXIR_TITLE_EMPTY'],
      [4, 'amountGrosze', 'ELIXIR_AMOUNT'],
      [4, 'recipientName', 'ELIXIR_NAME_EMPTY'],
      [4, 'referenceId', 'ELIXIR_REFERENCE_INVALID'],
    ]);
    expect(result.errors.find((e) => e.index === 4 && e.field === 'recipientName')?.message).toMatch(
      /alfabetem łacińskim/,
    );
    expect(result.errors.find((e) => e.index === 0)?.message).toBe(
      'Kwota przelewu musi być dodatnią liczbą całkowitą groszy',
    );
  });

  it('refuses an empty list and a total that differs from the payment list', () => {
    const empty = buildElixirO({ ...VECTOR_INPUT, transfers: [] });
    expect(empty.ok ? [] : empty.errors.map((e) => e.code)).toEqual(['ELIXIR_NO_TRANSFERS']);
    const wrong = buildElixirO(VECTOR_INPUT, { expectedTotalGrosze: 206629 });
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.code)).toEqual(['ELIXIR_TOTAL_MISMATCH']);
    expect(buildElixirO(VECTOR_INPUT, { expectedTotalGrosze: 206628 }).ok).toBe(true);
  });

  it('refuses a reference longer than 35 characters instead of cutting it', () => {
    const input = {
      ...VECTOR_INPUT,
      transfers: [{ ...VECTOR_INPUT.transfers[0]!, referenceId: 'R'.repeat(36) }],
    };
    const result = buildElixirO(input);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['ELIXIR_REFERENCE_INVALID']);
  });
});

// ---- property: any list of valid transfers round-trips -------------------------------------------

const WEIGHTS = [3, 9, 7, 1, 3, 9, 7];
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A valid NRB built by formats.md §3.3: NBP sort-code check digit, then kk = 98 − (BBAN + "252100") mod 97. */
const nrbArb = fc.tuple(digits(7), digits(16)).map(([bank, account]) => {
  const sum = [...bank].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  const bban = `${bank}${(10 - (sum % 10)) % 10}${account}`;
  const kk = 98 - Number(BigInt(`${bban}252100`) % 97n);
  return `${String(kk).padStart(2, '0')}${bban}`;
});

const textArb = (max: number) =>
  fc
    .tuple(
      fc.constantFrom(...'AaŁżŚćXó'),
      fc.string({
        unit: fc.constantFrom(
          ...'abcdefghijklmnopqrstuvwxyzĄĆĘŁŃÓŚŹŻąćęłńóśźż ,.-/\'"„”|*:;&@$éüß\t0123456789',
        ),
        maxLength: max,
      }),
    )
    .map(([first, rest]) => first + rest);

const transferArb: fc.Arbitrary<ElixirTransfer> = fc.record({
  recipientName: textArb(60),
  recipientAddress: fc.array(textArb(40), { maxLength: 3 }),
  nrb: nrbArb,
  amountGrosze: fc.integer({ min: 1, max: 10 ** 9 }),
  title: textArb(160),
  referenceId: fc.option(fc.stringMatching(/^[A-Z0-9][A-Z0-9/-]{0,20}$/), { nil: undefined }),
});

describe('buildElixirO: property', () => {
  it('the generated NRBs are valid (so the property below tests the file, not the generator)', () => {
    fc.assert(
      fc.property(nrbArb, (nrb) => {
        expect(validateNrb(nrb)).toMatchObject({ valid: true, normalized: nrb, sortCode: nrb.slice(2, 10) });
      }),
    );
  });

  it('any list of valid transfers: build → iconv-lite decode → 16 fields, same amounts, accounts and sum', () => {
    fc.assert(
      fc.property(
        fc.array(transferArb, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...ELIXIR_ENCODINGS),
        (transfers, encoding) => {
          const result = buildElixirO({ ...VECTOR_INPUT, transfers }, { encoding });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const records = recordsOf(decode(result.bytes, encoding));
          expect(records).toHaveLength(transfers.length);
          for (const [i, r] of records.entries()) {
            expect(r).toHaveLength(16);
            expect(Number(r[2])).toBe(transfers[i]!.amountGrosze);
            expect(r[6]).toBe(transfers[i]!.nrb);
            expect(r[10]).toBe(transfers[i]!.nrb.slice(2, 10));
            expect(r[15]).toBe(transfers[i]!.referenceId ?? '');
            for (const f of [r[7]!, r[8]!, r[11]!])
              for (const s of f.split('|')) expect(s.length).toBeLessThanOrEqual(35);
          }
          const sum = transfers.reduce((s, t) => s + t.amountGrosze, 0);
          expect(records.reduce((s, r) => s + Number(r[2]), 0)).toBe(sum);
          expect(result.totalGrosze).toBe(sum);

          const reread = readElixirO(result.bytes, encoding);
          expect(reread.problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(reread.totalGrosze).toBe(sum);
        },
      ),
      { numRuns: 150 },
    );
  });
});
