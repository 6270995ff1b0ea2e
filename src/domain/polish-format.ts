/**
 * Polish number, money and date text — the one module the screen, the paper and the messages use.
 *
 * Polish typography (PN-EN ISO 80000-1 as applied in Polish print, and pl-PL in CLDR): a decimal comma,
 * digits grouped by three with a no-break space only from five digits up (1234,56 but 12 345,67), the
 * minus sign U+2212, and a no-break space before "zł". Money arrives as integer grosze and is written
 * without floating point. The engine's exact amounts with fractions of a grosz ("41,555 zł") are written
 * by `domain/benefit/exact.ts`, which explains a computation, not a sum to pay.
 */
import { parseIsoDate } from './calendar';

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Digits of a non-negative integer, grouped as Polish print does (no grouping below 10 000). */
function groupedInteger(n: number): string {
  const digits = String(n);
  if (digits.length < 5) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += NBSP;
    out += digits[i];
  }
  return out;
}

/** 206932 → "2069,32"; 1234567 → "12 345,67"; −5165 → "−51,65" (a column of amounts under a "zł" heading). */
export function zlotyNumber(grosze: number): string {
  const abs = Math.abs(grosze);
  const whole = Math.floor(abs / 100);
  return `${grosze < 0 ? MINUS : ''}${groupedInteger(whole)},${String(abs % 100).padStart(2, '0')}`;
}

/** 206932 → "2069,32 zł"; null or undefined → "—" (an amount not known yet). */
export function zloty(grosze: number | null | undefined): string {
  return typeof grosze === 'number' && Number.isFinite(grosze) ? `${zlotyNumber(grosze)}${NBSP}zł` : '—';
}

/** An amount in złoty for an English screen: "2,069.32 zł" (the currency stays the złoty). */
export function zlotyEnglish(grosze: number | null | undefined): string {
  if (typeof grosze !== 'number' || !Number.isFinite(grosze)) return '—';
  const abs = Math.abs(grosze);
  const whole = Math.floor(abs / 100).toLocaleString('en-GB');
  return `${grosze < 0 ? MINUS : ''}${whole}.${String(abs % 100).padStart(2, '0')}${NBSP}zł`;
}

/**
 * A measured quantity (hours, FTE, a share): "9,75", "0,5", "12 345,5". `min`/`max` fraction digits;
 * half away from zero, as a person rounds.
 */
export function decimal(n: number, max = 2, min = 0): string {
  const scale = 10 ** max;
  const scaled = Math.round(Math.abs(n) * scale);
  const whole = Math.floor(scaled / scale);
  let fraction = max > 0 ? String(scaled % scale).padStart(max, '0') : '';
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const sign = n < 0 && scaled > 0 ? MINUS : '';
  return `${sign}${groupedInteger(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** 12.5 → "12,5%" (one decimal at most); null → "—". */
export function percent(n: number | null | undefined, max = 1): string {
  return typeof n === 'number' && Number.isFinite(n) ? `${decimal(n, max)}%` : '—';
}

const MONTHS_GENITIVE = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
];

function dateParts(iso: string) {
  // Tolerates a timestamp after the date, but never prints a date that does not exist.
  const parts = parseIsoDate(iso.slice(0, 10));
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(iso)}`);
  return parts;
}

/** '2026-11-23' → '23.11.2026', the numeric form used in tables and the "place, date" line. */
export function shortDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** '2026-11-23' → '23 listopada 2026 r.', the form used in running text. */
export function longDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${day} ${MONTHS_GENITIVE[month - 1]} ${year} r.`;
}
