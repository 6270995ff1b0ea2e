/**
 * Text and amounts for the Elixir-O bank file (shared/domain/formats.md §3.1): the characters banks
 * accept, the 4 × 35 sub-line layout of the name/address and title fields, integer grosze and dates.
 * Pure and browser-safe.
 */

import { parseIsoDate } from '../calendar';

/** The encodings bank import screens offer for Elixir-O files (formats.md §3.1 "Encoding"). */
export type ElixirEncoding = 'cp1250' | 'iso-8859-2' | 'utf-8';
export const ELIXIR_ENCODINGS: readonly ElixirEncoding[] = ['cp1250', 'iso-8859-2', 'utf-8'];

/** Sub-lines per multi-line field and characters per sub-line (formats.md §3.1 "Per-line limits"). */
export const ELIXIR_MAX_LINES = 4;
export const ELIXIR_LINE_WIDTH = 35;

/**
 * Characters banks refuse inside fields, per formats.md §3.1: e25 forbids `: ; & @ $ "`, PBSBank24
 * `: ; & $` (and `@` in one version). We take the union. `|` is the sub-line separator of fields 8, 9
 * and 12, so it can never be content either.
 */
export const ELIXIR_REFUSED_CHARACTERS: readonly string[] = [':', ';', '&', '@', '$', '"', '|'];

const POLISH_LETTERS = 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ';

/**
 * Ambiguity: formats.md lists only what two banks refuse, not what every bank accepts. We emit a
 * whitelist instead of "everything but the refused": ASCII letters and digits, the Polish letters
 * (they exist in CP1250, ISO-8859-2 and UTF-8 alike, formats.md §3.1 byte table), space and the
 * punctuation of the SWIFT "x" set that Elixir descends from minus the refused `:` — `. , - / ( ) ' + ?`
 * [RECOLLECTION for the SWIFT set]. Anything else (`*`, `%`, `#`, `!`, `_`, `=`, Cyrillic…) is not
 * emitted: formats.md says nothing about `*`, so it is treated like any character outside the set.
 * The comma is kept: fields 8, 9 and 12 are quoted, and neither bank forbids it.
 */
const ALLOWED_PUNCTUATION = " .,-/()'+?";

/** Quotes vanish without a trace: `"` is refused (formats.md §3.1) and dropping them loses no meaning. */
const QUOTES = new Set(['"', '„', '”', '“', '‟', '«', '»', '″', '〃']);

/** Look-alikes and letters that Unicode decomposition does not reduce to an allowed character. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '′': "'",
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  _: '-',
  '\\': '/',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
};

/** True for a character the bank file may carry inside a text field. */
export function isElixirChar(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch) || POLISH_LETTERS.includes(ch) || ALLOWED_PUNCTUATION.includes(ch);
}

export interface CleanedText {
  text: string;
  /** Characters that had no acceptable equivalent and were replaced by a space (unique, in order). */
  dropped: string[];
}

/**
 * Cleans one text for a bank field (formats.md §3.1): NFC first, so that a decomposed "a + ogonek" stays
 * "ą"; Polish letters kept; other accented Latin letters folded ("é" → "e", "ß" → "ss"); quotes removed;
 * any other refused character becomes a space and is reported in `dropped`; whitespace collapsed.
 */
export function cleanElixirText(input: string): CleanedText {
  const dropped = new Set<string>();
  let out = '';
  for (const ch of input.normalize('NFC')) {
    if (isElixirChar(ch)) out += ch;
    else if (/\s/u.test(ch)) out += ' ';
    else if (QUOTES.has(ch) || /\p{M}/u.test(ch)) continue;
    else {
      const replacement = REPLACEMENTS[ch] ?? foldToBase(ch);
      if (replacement !== null) out += replacement;
      else {
        dropped.add(ch);
        out += ' ';
      }
    }
  }
  return { text: out.replace(/ {2,}/g, ' ').trim(), dropped: [...dropped] };
}

/** "é" → "e" when stripping the combining marks leaves only allowed characters; otherwise null. */
function foldToBase(ch: string): string | null {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (base === ch || base.length === 0) return null;
  return [...base].every(isElixirChar) ? base : null;
}

/**
 * Word-wraps cleaned text into lines of at most `width` characters. A word longer than `width` starts on
 * a new line and is hard-cut into `width`-character pieces (the last piece may be followed by more words).
 */
export function wrapWords(text: string, width: number = ELIXIR_LINE_WIDTH): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (word.length > width) {
      if (current !== '') lines.push(current);
      let rest = word;
      while (rest.length > width) {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      current = rest;
    } else if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

export interface ElixirLines {
  /** At most `maxLines` cleaned lines of at most `width` characters. */
  lines: string[];
  /** True when the text needed more than `maxLines` lines and the rest was cut off. */
  truncated: boolean;
  dropped: string[];
}

/**
 * Turns a text, or several parts of one (name, street, postcode + city), into the sub-lines of a
 * multi-line field (formats.md §3.1 fields 8, 9, 12). Each part — and each line of a part with line
 * breaks — starts a new sub-line, as in the formats.md test vector ("NAME|STREET|POSTCODE CITY|").
 *
 * Decision: overflow past 4 sub-lines is cut off and flagged (`truncated`), not refused. formats.md
 * gives the 4 × 35 limit only as [RECOLLECTION] and says nothing about what to do past it; a payroll
 * must still be payable, the bank routes by account number, and the builder turns the flag into a
 * warning the user sees.
 */
export function toElixirLines(
  parts: string | readonly string[],
  maxLines: number = ELIXIR_MAX_LINES,
  width: number = ELIXIR_LINE_WIDTH,
): ElixirLines {
  const list = (typeof parts === 'string' ? [parts] : parts).flatMap((p) => p.split(/\r\n|\r|\n/));
  const dropped = new Set<string>();
  const lines: string[] = [];
  for (const part of list) {
    const cleaned = cleanElixirText(part);
    cleaned.dropped.forEach((ch) => dropped.add(ch));
    lines.push(...wrapWords(cleaned.text, width));
  }
  return { lines: lines.slice(0, maxLines), truncated: lines.length > maxLines, dropped: [...dropped] };
}

/**
 * The value of a multi-line field: always exactly `maxLines` sub-lines joined by `|`, empty ones at the
 * end — the formats.md §3.1 vector writes `"JAN KOWALSKI|UL. DŁUGA 5|00-002 WARSZAWA|"` and
 * `"ŚWIADCZENIE INTEGRACYJNE 06/2025|||"`. Expects lines from `toElixirLines` (no `|`, ≤ maxLines).
 */
export function joinElixirLines(lines: readonly string[], maxLines: number = ELIXIR_MAX_LINES): string {
  return Array.from({ length: maxLines }, (_, i) => lines[i] ?? '').join('|');
}

/** True for an amount the file can carry: a positive safe integer number of grosze (formats.md §3.1 field 3). */
export function isValidAmountGrosze(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/**
 * Field 3, "Kwota": integer grosze with no separator (formats.md §3.1; 2066.28 zł → "206628").
 * Returns null for anything that is not a positive safe integer, so a float can never slip in.
 */
export function elixirAmount(grosze: number): string | null {
  return isValidAmountGrosze(grosze) ? String(grosze) : null;
}

/**
 * Parses a złoty amount written by a person ("2066,28", "2 066.28", "2066", "0,5") into integer grosze
 * by string arithmetic — never through a float. Returns null for negatives, more than two decimals or junk.
 */
export function parseZlotyToGrosze(text: string): number | null {
  const m = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (!m) return null;
  const grosze = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(grosze) ? grosze : null;
}

/** Field 2, "Data wykonania": 'YYYY-MM-DD' (a real calendar date) → 'YYYYMMDD' (formats.md §3.1), else null. */
export function elixirDate(isoDate: string): string | null {
  return parseIsoDate(isoDate) === null ? null : isoDate.replace(/-/g, '');
}
