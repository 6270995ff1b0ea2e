/**
 * The Elixir-O bank file for a month's benefit transfers (shared/domain/formats.md §3.1): one
 * "110" credit-transfer record of 16 fields per line, CRLF after every line, CP1250 by default.
 * Pure: input in, bytes out; the encoding goes through iconv-lite, the check back through TextDecoder.
 */

import iconv from 'iconv-lite';
import { validateNrb } from '../identifiers/nrb';
import { readElixirO } from './elixir-parse';
import {
  cleanElixirText,
  elixirAmount,
  elixirDate,
  joinElixirLines,
  toElixirLines,
  type ElixirEncoding,
} from './elixir-text';

/** Field 1: polecenie przelewu (formats.md §3.1; A: `paymentCode`, B: literal '110'). */
const PAYMENT_CODE = '110';
/** Field 15: classification of an ordinary transfer (formats.md §3.1; A: `transactionCode`, B: literal "51"). */
const CLASSIFICATION_ORDINARY = '51';
/**
 * Field 16 length. Ambiguity: formats.md gives field 16 ("informacje klient–bank / referencja") only as
 * "optional", from source A, with no length. We allow one sub-line, 35 characters, and refuse (rather
 * than cut) a longer reference, because a cut reference no longer matches the payment it names.
 */
const REFERENCE_MAX = 35;

const ICONV_NAMES: Readonly<Record<ElixirEncoding, string>> = {
  cp1250: 'win1250',
  'iso-8859-2': 'iso88592',
  'utf-8': 'utf8',
};

export interface ElixirPayer {
  /** The centre's name (e.g. "Centrum Integracji Społecznej w …"). */
  name: string;
  /** Street, postcode + city: each item starts a new sub-line; a string may hold line breaks. */
  address?: string | readonly string[];
  /** The account the benefits are paid from; the sort code (field 4) is its digits 3–10. */
  nrb: string;
}

export interface ElixirTransfer {
  recipientName: string;
  recipientAddress?: string | readonly string[];
  nrb: string;
  /** A positive integer of grosze — never złoty with decimals. */
  amountGrosze: number;
  title: string;
  /** Our id of the payment, written to field 16 so the bank statement can be matched back. */
  referenceId?: string;
}

export interface ElixirOInput {
  payer: ElixirPayer;
  /** 'YYYY-MM-DD'. */
  executionDate: string;
  transfers: readonly ElixirTransfer[];
}

export interface ElixirOOptions {
  /** Defaults to CP1250, the code page every Polish bank import screen offers (formats.md §3.1). */
  encoding?: ElixirEncoding;
  /** The total of the payment list; when given, the file's sum must equal it. */
  expectedTotalGrosze?: number;
}

export interface ElixirIssue {
  /** Index in `transfers`, or null for the payer, the date or the whole file. */
  index: number | null;
  field: string;
  code: string;
  message: string;
}

export type ElixirOResult =
  | {
      ok: true;
      bytes: Uint8Array;
      text: string;
      lines: number;
      totalGrosze: number;
      encoding: ElixirEncoding;
      warnings: ElixirIssue[];
    }
  | { ok: false; errors: ElixirIssue[]; warnings: ElixirIssue[] };

/**
 * Builds the Elixir-O file. Every field as formats.md §3.1 lays it out:
 * `110,YYYYMMDD,grosze,payerSort,0,"payerNRB","recipientNRB","payer|…","recipient|…",0,`
 * `recipientSort,"title|…","","","51","ref"` (one line).
 * Returns all validation errors at once (Polish messages), or the bytes plus warnings about text that
 * had to be shortened or characters banks refuse that were left out.
 */
export function buildElixirO(input: ElixirOInput, options: ElixirOOptions = {}): ElixirOResult {
  const encoding = options.encoding ?? 'cp1250';
  const errors: ElixirIssue[] = [];
  const warnings: ElixirIssue[] = [];

  const date = elixirDate(input.executionDate);
  if (date === null) {
    errors.push({
      index: null,
      field: 'executionDate',
      code: 'ELIXIR_DATE',
      message: 'Nieprawidłowa data wykonania przelewów (oczekiwano RRRR-MM-DD)',
    });
  }
  const payerNrb = validateNrb(input.payer.nrb);
  if (!payerNrb.valid)
    errors.push({
      index: null,
      field: 'payer.nrb',
      code: payerNrb.reason,
      message: `Rachunek centrum: ${payerNrb.message}`,
    });
  const payerField = partyField(null, 'payer', input.payer.name, input.payer.address, errors, warnings);
  if (input.transfers.length === 0) {
    errors.push({
      index: null,
      field: 'transfers',
      code: 'ELIXIR_NO_TRANSFERS',
      message: 'Brak przelewów do zapisania w pliku',
    });
  }

  const records: string[] = [];
  const accounts: string[] = [];
  let totalGrosze = 0;
  input.transfers.forEach((t, index) => {
    const nrb = validateNrb(t.nrb);
    if (!nrb.valid) errors.push({ index, field: 'nrb', code: nrb.reason, message: nrb.message });
    const amount = elixirAmount(t.amountGrosze);
    if (amount === null) {
      errors.push({
        index,
        field: 'amountGrosze',
        code: 'ELIXIR_AMOUNT',
        message: 'Kwota przelewu musi być dodatnią liczbą całkowitą groszy',
      });
    } else totalGrosze += t.amountGrosze;
    const recipient = partyField(index, 'recipient', t.recipientName, t.recipientAddress, errors, warnings);
    const title = titleField(index, t.title, errors, warnings);
    const reference = referenceField(index, t.referenceId, errors);
    if (!payerNrb.valid || !nrb.valid || amount === null || date === null) return;
    if (payerField === null || recipient === null || title === null || reference === null) return;

    accounts.push(nrb.normalized);
    records.push(
      [
        PAYMENT_CODE,
        date,
        amount,
        payerNrb.sortCode,
        '0',
        quote(payerNrb.normalized),
        quote(nrb.normalized),
        quote(payerField),
        quote(recipient),
        '0',
        nrb.sortCode,
        quote(title),
        // Fields 13 and 14: "hardcoded as empty" in source A; B stops before them but writes them empty too.
        quote(''),
        quote(''),
        quote(CLASSIFICATION_ORDINARY),
        quote(reference),
      ].join(','),
    );
  });

  if (!Number.isSafeInteger(totalGrosze)) {
    errors.push({
      index: null,
      field: 'transfers',
      code: 'ELIXIR_TOTAL_TOO_LARGE',
      message: 'Suma przelewów przekracza zakres liczb',
    });
  }
  if (
    options.expectedTotalGrosze !== undefined &&
    errors.length === 0 &&
    totalGrosze !== options.expectedTotalGrosze
  ) {
    errors.push({
      index: null,
      field: 'transfers',
      code: 'ELIXIR_TOTAL_MISMATCH',
      message:
        `Suma przelewów w pliku (${totalGrosze} gr) różni ` +
        `się od sumy listy wypłat (${options.expectedTotalGrosze} gr)`,
    });
  }
  if (errors.length > 0) return { ok: false, errors, warnings };

  const text = records.map((r) => `${r}\r\n`).join('');
  // Buffer → plain Uint8Array, so callers and tests see one type whatever the runtime.
  const bytes = new Uint8Array(iconv.encode(text, ICONV_NAMES[encoding]));

  // "Sums checked": read the bytes back with the independent reader; any difference is a bug here.
  const check = readElixirO(bytes, encoding);
  const mismatch = check.records.some((r, i) => {
    const t = input.transfers[i];
    return t === undefined || r.amountGrosze !== t.amountGrosze || r.recipientAccount !== accounts[i];
  });
  if (
    !check.isValid ||
    check.text !== text ||
    check.totalGrosze !== totalGrosze ||
    check.records.length !== input.transfers.length ||
    mismatch
  ) {
    const detail = check.problems.map((p) => `${p.line ?? '-'}:${p.field ?? '-'} ${p.code}`).join(', ');
    return {
      ok: false,
      warnings,
      errors: [
        {
          index: null,
          field: 'file',
          code: 'ELIXIR_SELF_CHECK',
          message: `Kontrola pliku po zapisie nie powiodła się (błąd programu) ${detail}`.trim(),
        },
      ],
    };
  }
  return { ok: true, bytes, text, lines: records.length, totalGrosze, encoding, warnings };
}

type Role = 'payer' | 'recipient';

/** Fields 8 and 9: name and address as up to 4 sub-lines of 35 characters (formats.md §3.1). */
function partyField(
  index: number | null,
  role: Role,
  name: string,
  address: string | readonly string[] | undefined,
  errors: ElixirIssue[],
  warnings: ElixirIssue[],
): string | null {
  const nameField = role === 'payer' ? 'payer.name' : 'recipientName';
  const who = role === 'payer' ? 'centrum' : 'odbiorcy';
  if (cleanElixirText(name).text === '') {
    const message =
      name.trim() === ''
        ? `Brak nazwy ${who}`
        : `Nazwa ${who} nie zawiera znaków dopuszczalnych w pliku bankowym — wpisz ją alfabetem łacińskim`;
    errors.push({ index, field: nameField, code: 'ELIXIR_NAME_EMPTY', message });
    return null;
  }
  const addressParts = address === undefined ? [] : typeof address === 'string' ? [address] : address;
  const result = toElixirLines([name, ...addressParts]);
  report(index, role === 'payer' ? 'payer' : 'recipient', `Nazwa i adres ${who}`, result, warnings);
  return joinElixirLines(result.lines);
}

/** Field 12: the title as up to 4 sub-lines of 35 characters (formats.md §3.1). */
function titleField(
  index: number,
  title: string,
  errors: ElixirIssue[],
  warnings: ElixirIssue[],
): string | null {
  const result = toElixirLines(title);
  if (result.lines.length === 0) {
    errors.push({ index, field: 'title', code: 'ELIXIR_TITLE_EMPTY', message: 'Brak tytułu przelewu' });
    return null;
  }
  report(index, 'title', 'Tytuł przelewu', result, warnings);
  return joinElixirLines(result.lines);
}

/** Field 16: our reference, or empty (formats.md §3.1: optional, source A only). */
function referenceField(
  index: number,
  referenceId: string | undefined,
  errors: ElixirIssue[],
): string | null {
  if (referenceId === undefined || referenceId === '') return '';
  const cleaned = cleanElixirText(referenceId);
  if (cleaned.text !== referenceId || referenceId.length > REFERENCE_MAX) {
    errors.push({
      index,
      field: 'referenceId',
      code: 'ELIXIR_REFERENCE_INVALID',
      message: `Identyfikator płatności może mieć do ${REFERENCE_MAX} znaków: liter, cyfr, spacji i . , - / ( ) ' + ?`,
    });
    return null;
  }
  return referenceId;
}

function report(
  index: number | null,
  field: string,
  label: string,
  result: { truncated: boolean; dropped: string[] },
  warnings: ElixirIssue[],
): void {
  if (result.truncated) {
    warnings.push({
      index,
      field,
      code: 'ELIXIR_TEXT_TRUNCATED',
      message: `${label}: tekst dłuższy niż 4 linie po 35 znaków został skrócony`,
    });
  }
  if (result.dropped.length > 0) {
    warnings.push({
      index,
      field,
      code: 'ELIXIR_CHARS_REMOVED',
      message: `${label}: pominięto znaki nieakceptowane przez banki: ${result.dropped.join(' ')}`,
    });
  }
}

function quote(value: string): string {
  return `"${value}"`;
}
