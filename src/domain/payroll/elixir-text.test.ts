import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cleanElixirText,
  elixirAmount,
  elixirDate,
  isElixirChar,
  joinElixirLines,
  parseZlotyToGrosze,
  toElixirLines,
  wrapWords,
} from './elixir-text';

const POLISH = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ';

describe('cleanElixirText (formats.md §3.1 character rules)', () => {
  it.each([
    [POLISH, POLISH, []],
    ['Ja\u0328cek Z\u0307ak', 'Jącek Żak', []], // decomposed input is composed first, not stripped
    ['Stowarzyszenie „Razem” "Nowy Dom"', 'Stowarzyszenie Razem Nowy Dom', []],
    ['Müller-Lüdenscheidt Café Straße', 'Muller-Ludenscheidt Cafe Strasse', []],
    ['O’Brien – Smith', "O'Brien - Smith", []],
    ['ul. Długa 5, m. 3 (II p.) /A+?', 'ul. Długa 5, m. 3 (II p.) /A+?', []],
    ['Tytuł: wypłata; A&B @x $y', 'Tytuł wypłata A B x y', [':', ';', '&', '@', '$']],
    ['a|b*c%d#e', 'a b c d e', ['|', '*', '%', '#']],
    ['  Jan\t\nKowalski\u00a0 ', 'Jan Kowalski', []],
    ['Олена', '', ['О', 'л', 'е', 'н', 'а']],
  ])('%j → %j', (input, text, dropped) => {
    expect(cleanElixirText(input)).toEqual({ text, dropped });
  });

  it('never emits a refused character, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const { text } = cleanElixirText(s);
        expect([...text].every(isElixirChar)).toBe(true);
        expect(text).not.toMatch(/[:;&@$"|*]|^ | $| {2}/);
      }),
    );
  });
});

describe('wrapWords and toElixirLines (4 sub-lines × 35 characters)', () => {
  const w35 = 'A'.repeat(35);

  it('keeps a word of exactly 35 characters on one line', () => {
    expect(wrapWords(w35)).toEqual([w35]);
    expect(wrapWords(`${'B'.repeat(17)} ${'C'.repeat(17)}`)).toEqual([`${'B'.repeat(17)} ${'C'.repeat(17)}`]);
    expect(wrapWords(`${'B'.repeat(17)} ${'C'.repeat(18)}`)).toEqual(['B'.repeat(17), 'C'.repeat(18)]);
  });

  it('hard-cuts a 100-character word into 35 + 35 + 30, starting on a new line', () => {
    const long = 'X'.repeat(100);
    expect(wrapWords(`ul. ${long} 5`)).toEqual([
      'ul.',
      'X'.repeat(35),
      'X'.repeat(35),
      `${'X'.repeat(30)} 5`,
    ]);
  });

  it('starts every part (name, street, city) on its own sub-line', () => {
    expect(toElixirLines(['Jan Kowalski', 'ul. Długa 5', '00-002 Warszawa'])).toEqual({
      lines: ['Jan Kowalski', 'ul. Długa 5', '00-002 Warszawa'],
      truncated: false,
      dropped: [],
    });
    expect(toElixirLines('Jan Kowalski\r\nul. Długa 5').lines).toEqual(['Jan Kowalski', 'ul. Długa 5']);
  });

  it('cuts text past 4 sub-lines and says so (a warning, not an error: see toElixirLines)', () => {
    const exactlyFour = toElixirLines([w35, w35, w35, w35]);
    expect(exactlyFour).toEqual({ lines: [w35, w35, w35, w35], truncated: false, dropped: [] });
    const five = toElixirLines([
      'Centrum Integracji Społecznej im. Świętego Brata Alberta w Wólce Kosowskiej Dolnej',
      'ul. Przykładowa 1',
      '00-001 Warszawa',
    ]);
    expect(five.truncated).toBe(true);
    expect(five.lines).toEqual([
      'Centrum Integracji Społecznej im.',
      'Świętego Brata Alberta w Wólce',
      'Kosowskiej Dolnej',
      'ul. Przykładowa 1',
    ]);
  });

  it('pads a field to exactly four sub-lines joined by |, as the formats.md vector does', () => {
    expect(joinElixirLines(['ŚWIADCZENIE INTEGRACYJNE 06/2025'])).toBe('ŚWIADCZENIE INTEGRACYJNE 06/2025|||');
    expect(joinElixirLines([])).toBe('|||');
  });

  it('property: lines fit 35 characters, at most 4, and lose no word when not truncated', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcXYZ019ąŁ.-'), minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(
        fc.array(
          fc.array(word, { maxLength: 8 }).map((ws) => ws.join(' ')),
          { maxLength: 5 },
        ),
        (parts) => {
          const { lines, truncated } = toElixirLines(parts);
          expect(lines.length).toBeLessThanOrEqual(4);
          for (const line of lines) expect(line.length).toBeGreaterThan(0);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(35);
          const all = wrapWords(parts.join(' '), 1000).join('').replace(/ /g, '');
          if (!truncated) expect(lines.join('').replace(/ /g, '')).toBe(all);
        },
      ),
    );
  });
});

describe('amounts in grosze and dates', () => {
  it.each([
    ['2066,28', 206628],
    ['2 066.28', 206628],
    ['2066', 206600],
    ['0,5', 50],
    ['0,07', 7],
    ['-5', null],
    ['1,234', null],
    ['12,', null],
    ['abc', null],
    ['', null],
  ])('parseZlotyToGrosze(%j) = %j', (text, grosze) => {
    expect(parseZlotyToGrosze(text)).toBe(grosze);
  });

  it('parses every złoty text back to the same grosze, without floats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (g) => {
        const text = `${Math.floor(g / 100)},${String(g % 100).padStart(2, '0')}`;
        expect(parseZlotyToGrosze(text)).toBe(g);
      }),
    );
  });

  it.each([
    [206628, '206628'],
    [1, '1'],
    [2066.28, null],
    [0, null],
    [-100, null],
    [Number.NaN, null],
    [2 ** 53, null],
  ])('elixirAmount(%d) = %j (field 3: positive integer grosze)', (grosze, field) => {
    expect(elixirAmount(grosze)).toBe(field);
  });

  it.each([
    ['2025-07-15', '20250715'],
    ['2024-02-29', '20240229'],
    ['2025-02-29', null],
    ['2025-13-01', null],
    ['2025-7-15', null],
    ['20250715', null],
  ])('elixirDate(%j) = %j', (iso, field) => {
    expect(elixirDate(iso)).toBe(field);
  });
});
