/**
 * A small reader of Elixir-O files (shared/domain/formats.md §3.1), written apart from the builder so
 * that it can check it: bytes → text (the platform's TextDecoder, not iconv-lite) → CRLF lines → exactly
 * 16 fields per line (quotes respected) → typed records, amounts summed. It also backs a "check the
 * file" feature, so it reports every problem it finds instead of stopping at the first. Browser-safe.
 */

import { parseIsoDate } from '../calendar';
import { validateNrb } from '../identifiers/nrb';
import { ELIXIR_LINE_WIDTH, ELIXIR_MAX_LINES, type ElixirEncoding } from './elixir-text';

export const ELIXIR_FIELD_COUNT = 16;

/** 1-based numbers of the fields written in double quotes (formats.md §3.1 table and test vector). */
const QUOTED_FIELDS: ReadonlySet<number> = new Set([6, 7, 8, 9, 12, 13, 14, 15, 16]);

/** Multi-line fields: payer name/address, recipient name/address, title (formats.md §3.1 fields 8, 9, 12). */
const MULTILINE_FIELDS = [8, 9, 12] as const;

/** What e25 or PBSBank24 refuse inside fields (formats.md §3.1); `"` and `|` cannot reach content here. */
const REFUSED = /[:;&@$]/g;

const DECODER_LABELS: Readonly<Record<ElixirEncoding, string>> = {
  cp1250: 'windows-1250',
  'iso-8859-2': 'iso-8859-2',
  'utf-8': 'utf-8',
};

export interface ElixirProblem {
  /** 1-based line of the file, or null for the whole file. */
  line: number | null;
  /** 1-based field number (formats.md §3.1 table), or null. */
  field: number | null;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export interface ElixirRecord {
  line: number;
  /** The 16 field values with their quotes removed. */
  fields: string[];
  type: string;
  /** 'YYYY-MM-DD', or null when field 2 is not a real date. */
  executionDate: string | null;
  /** Field 3, or null when it is not a positive integer of grosze. */
  amountGrosze: number | null;
  payerSortCode: string;
  payerAccount: string;
  recipientAccount: string;
  payerLines: string[];
  recipientLines: string[];
  recipientSortCode: string;
  titleLines: string[];
  classification: string;
  reference: string;
}

export interface ElixirFileReport {
  text: string;
  records: ElixirRecord[];
  /** Sum of the valid amounts, in grosze. */
  totalGrosze: number;
  problems: ElixirProblem[];
  /** True when no problem is an error (warnings allowed). */
  isValid: boolean;
}

/** Decodes an Elixir-O file in the given encoding and reads it; see `parseElixirOText`. */
export function readElixirO(bytes: Uint8Array, encoding: ElixirEncoding): ElixirFileReport {
  const problems: ElixirProblem[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push(
      fileError(
        'ELIXIR_BOM',
        'Plik zaczyna się znacznikiem BOM — bank odczyta go jako część pierwszego pola',
      ),
    );
    body = bytes.subarray(3);
  }

  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      problems.push(
        fileError(
          'ELIXIR_ENCODING',
          'Plik nie jest poprawnym tekstem UTF-8 — wybierz kodowanie CP1250 lub ISO-8859-2',
        ),
      );
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    }
  } else {
    text = new TextDecoder(DECODER_LABELS[encoding], { ignoreBOM: true }).decode(body);
    if (looksLikeUtf8(body)) {
      problems.push({
        line: null,
        field: null,
        severity: 'warning',
        code: 'ELIXIR_SUSPECT_UTF8',
        message: 'Plik wygląda na zapisany w UTF-8 — przy tym kodowaniu polskie litery będą zniekształcone',
      });
    }
  }

  const report = parseElixirOText(text);
  const all = [...problems, ...report.problems];
  return { ...report, problems: all, isValid: all.every((p) => p.severity !== 'error') };
}

/** Reads decoded Elixir-O text: every line must end with CRLF, including the last (formats.md §3.1). */
export function parseElixirOText(text: string): ElixirFileReport {
  const problems: ElixirProblem[] = [];
  const records: ElixirRecord[] = [];
  if (text === '') problems.push(fileError('ELIXIR_EMPTY_FILE', 'Plik jest pusty'));

  let pos = 0;
  let lineNo = 0;
  while (pos < text.length) {
    lineNo++;
    let end = pos;
    while (end < text.length && text[end] !== '\r' && text[end] !== '\n') end++;
    const content = text.slice(pos, end);
    const eol = text.startsWith('\r\n', end) ? '\r\n' : text.slice(end, end + 1);
    pos = end + eol.length;

    if (eol === '')
      problems.push(
        lineError(lineNo, null, 'ELIXIR_NO_FINAL_CRLF', 'Ostatni wiersz nie kończy się znakami CRLF'),
      );
    else if (eol !== '\r\n')
      problems.push(lineError(lineNo, null, 'ELIXIR_LINE_ENDING', 'Wiersz nie kończy się znakami CRLF'));
    if (content === '') {
      problems.push(lineError(lineNo, null, 'ELIXIR_EMPTY_LINE', 'Pusty wiersz w pliku'));
      continue;
    }
    const record = readRecord(content, lineNo, problems);
    if (record) records.push(record);
  }

  const totalGrosze = records.reduce((sum, r) => sum + (r.amountGrosze ?? 0), 0);
  return { text, records, totalGrosze, problems, isValid: problems.every((p) => p.severity !== 'error') };
}

/**
 * Splits one record into fields: `,` separates; a field that starts with `"` runs to the next `"` and
 * must be followed by `,` or the end. Elixir has no escaped quotes, so a `"` anywhere else is an error (null).
 */
export function splitElixirFields(line: string): { fields: string[]; quoted: boolean[] } | null {
  const fields: string[] = [];
  const quoted: boolean[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      if (close < 0) return null;
      fields.push(line.slice(i + 1, close));
      quoted.push(true);
      i = close + 1;
      if (i === line.length) break;
      if (line[i] !== ',') return null;
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const value = line.slice(i, comma < 0 ? line.length : comma);
      if (value.includes('"')) return null;
      fields.push(value);
      quoted.push(false);
      if (comma < 0) break;
      i = comma + 1;
    }
  }
  return { fields, quoted };
}

function readRecord(line: string, lineNo: number, problems: ElixirProblem[]): ElixirRecord | null {
  const split = splitElixirFields(line);
  if (!split) {
    problems.push(
      lineError(
        lineNo,
        null,
        'ELIXIR_SYNTAX',
        'Nie można podzielić wiersza na pola: niedomknięty cudzysłów lub cudzysłów wewnątrz pola',
      ),
    );
    return null;
  }
  const { fields, quoted } = split;
  if (fields.length !== ELIXIR_FIELD_COUNT) {
    problems.push(
      lineError(
        lineNo,
        null,
        'ELIXIR_FIELD_COUNT',
        `Wiersz ma ${fields.length} pól zamiast ${ELIXIR_FIELD_COUNT}`,
      ),
    );
    return null;
  }
  const f = (n: number): string => fields[n - 1] ?? '';
  const fail = (field: number, code: string, message: string) =>
    problems.push(lineError(lineNo, field, code, message));

  quoted.forEach((isQuoted, i) => {
    const shouldBe = QUOTED_FIELDS.has(i + 1);
    if (isQuoted !== shouldBe)
      fail(
        i + 1,
        'ELIXIR_QUOTING',
        `Pole ${i + 1} ${shouldBe ? 'powinno' : 'nie powinno'} być ujęte w cudzysłów`,
      );
  });
  if (f(1) !== '110')
    fail(1, 'ELIXIR_TYPE', `Nieobsługiwany kod zlecenia „${f(1)}” — oczekiwano 110 (polecenie przelewu)`);

  const dateMatch = /^(\d{4})(\d{2})(\d{2})$/.exec(f(2));
  const executionDate = dateMatch ? `${dateMatch[1]}-${dateMatch[2]}-${dateMatch[3]}` : null;
  const isDate = executionDate !== null && parseIsoDate(executionDate) !== null;
  if (!isDate) fail(2, 'ELIXIR_DATE', 'Nieprawidłowa data wykonania — oczekiwano RRRRMMDD');

  const amount = /^\d+$/.test(f(3)) ? Number(f(3)) : NaN;
  const amountGrosze = Number.isSafeInteger(amount) && amount > 0 ? amount : null;
  if (amountGrosze === null)
    fail(3, 'ELIXIR_AMOUNT', 'Nieprawidłowa kwota — oczekiwano dodatniej liczby groszy bez separatorów');

  for (const n of [5, 10]) if (f(n) !== '0') fail(n, 'ELIXIR_CONSTANT', `Pole ${n} powinno zawierać 0`);
  for (const [accountField, sortField] of [
    [6, 4],
    [7, 11],
  ] as const) {
    const nrb = validateNrb(f(accountField));
    const isBare = /^\d{26}$/.test(f(accountField));
    if (!isBare || !nrb.valid) {
      fail(
        accountField,
        nrb.valid ? 'NRB_FORMAT' : nrb.reason,
        nrb.valid ? 'Numer rachunku musi mieć 26 cyfr bez spacji' : nrb.message,
      );
    }
    // Against a malformed account only the sort code's own shape can be checked.
    if (!/^\d{8}$/.test(f(sortField)) || (isBare && f(sortField) !== f(accountField).slice(2, 10))) {
      fail(
        sortField,
        'ELIXIR_SORT_CODE',
        'Numer rozliczeniowy banku nie zgadza się z cyframi 3–10 numeru rachunku',
      );
    }
  }

  for (const n of MULTILINE_FIELDS) {
    const subLines = f(n).split('|');
    if (subLines.length > ELIXIR_MAX_LINES)
      fail(n, 'ELIXIR_TOO_MANY_LINES', `Pole ${n} ma więcej niż ${ELIXIR_MAX_LINES} linie`);
    if (subLines.some((s) => [...s].length > ELIXIR_LINE_WIDTH))
      fail(n, 'ELIXIR_LINE_TOO_LONG', `Linia pola ${n} ma więcej niż ${ELIXIR_LINE_WIDTH} znaków`);
  }
  for (const n of [8, 9, 12, 16]) {
    const refused = [...new Set(f(n).match(REFUSED) ?? [])];
    if (refused.length > 0)
      fail(n, 'ELIXIR_CHARACTER', `Pole ${n} zawiera znaki odrzucane przez banki: ${refused.join(' ')}`);
  }
  const recipientLines = trimEmptyTail(f(9).split('|'));
  const titleLines = trimEmptyTail(f(12).split('|'));
  if ((recipientLines[0] ?? '').trim() === '') fail(9, 'ELIXIR_NAME_EMPTY', 'Brak nazwy odbiorcy');
  if (titleLines.every((s) => s.trim() === '')) fail(12, 'ELIXIR_TITLE_EMPTY', 'Brak tytułu przelewu');
  if (!/^\d{2}$/.test(f(15)))
    fail(15, 'ELIXIR_CLASSIFICATION', 'Nieprawidłowa klasyfikacja polecenia — oczekiwano dwóch cyfr, np. 51');

  return {
    line: lineNo,
    fields,
    type: f(1),
    executionDate: isDate ? executionDate : null,
    amountGrosze,
    payerSortCode: f(4),
    payerAccount: f(6),
    recipientAccount: f(7),
    payerLines: trimEmptyTail(f(8).split('|')),
    recipientLines,
    recipientSortCode: f(11),
    titleLines,
    classification: f(15),
    reference: f(16),
  };
}

/** The sub-lines without the empty padding at the end ("A|B||" → ["A", "B"]). */
function trimEmptyTail(lines: string[]): string[] {
  let n = lines.length;
  while (n > 0 && lines[n - 1] === '') n--;
  return lines.slice(0, n);
}

/** Non-ASCII bytes that form valid UTF-8: a UTF-8 file about to be read as a single-byte code page. */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function fileError(code: string, message: string): ElixirProblem {
  return { line: null, field: null, severity: 'error', code, message };
}

function lineError(line: number, field: number | null, code: string, message: string): ElixirProblem {
  return { line, field, severity: 'error', code, message };
}
