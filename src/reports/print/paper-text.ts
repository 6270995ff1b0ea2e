/**
 * What may reach paper. The engine's explanations keep exact fractions ("2069,324 zł → 2069,32 zł")
 * and a few working notes for the screen; a printed document shows whole grosze, only glyphs the
 * bundled Roboto font has, and no internal notes (file names, confidence tags, raw setting values).
 */
import { zlotyNumber } from '../../domain/polish-format';

const RAW_VALUES: Record<string, string> = {
  HALF_UP: 'połówki w górę',
  HALF_EVEN: 'połówki do parzystej',
  CALENDAR_DAYS: 'dni kalendarzowe',
  THIRTIETHS: 'trzydzieste części',
  CLASS_DAYS: 'dni zajęć',
  MONTH_START: 'od początku miesiąca',
  SPLIT: 'podział proporcjonalny',
};

const AMOUNT = String.raw`(−|-)?(\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+),(\d{2,4}) zł`;

/** An exact amount (3–4 decimals) rounded half up to the grosz, as text. */
function roundedAmount(minus: string | undefined, whole: string, fraction: string): string {
  const units = Number(whole.replace(/[\u00a0\u202f ]/g, ''));
  const scale = 10 ** (fraction.length - 2);
  const grosze = Math.floor((units * 100 * scale + Number(fraction) + scale / 2) / scale);
  return `${zlotyNumber(minus ? -grosze : grosze)} zł`;
}

/**
 * Internal notes out of a text staff read (file names, confidence tags, source ids, raw setting values,
 * "unconfirmed" working notes); exact fractions stay — the screen's explanation may show them.
 */
export function withoutInternalNotes(text: string): string {
  return tidy(stripNotes(text));
}

function stripNotes(text: string): string {
  return text
    .replace(/\s*\[(?:V2|V|M|U)(?:\/(?:V2|V|M|U))?\]/g, '')
    .replace(/[;,]?\s*\(?(?:źródło:\s*)?law\.md[^;)]*\)?/gi, '')
    .replace(/\s*\(numer ustępu niepotwierdzony\)/g, '')
    .replace(/\s*\(kwota niezweryfikowana w źródłach\)/g, '')
    .replace(/parametr niepotwierdzony/g, 'do ustalenia w regulaminie centrum')
    .replace(/\bS\d{1,2}[a-z]?(?:,\s*S\d{1,2}[a-z]?)*\b/g, '')
    .replace(/\b[A-Z]+(?:_[A-Z]+)*\b/g, (w) => RAW_VALUES[w] ?? w);
}

function tidy(s: string): string {
  return s
    .replace(/\(\s*[;,]?\s*\)/g, '')
    .replace(/\(\s*;\s*/g, '(')
    .replace(/[ ]{2,}/g, ' ')
    .replace(/\s+([.,;)])/g, '$1')
    .trim();
}

/** One line of text made fit for paper (see the module comment). */
export function paperText(text: string): string {
  let s = text;
  // "≈2069,3241 zł → 2069,32 zł": the rounded amount alone.
  s = s.replace(new RegExp(`≈?${AMOUNT}\\s*→\\s*`, 'g'), '');
  s = s.replace(new RegExp(`(≈)?${AMOUNT}`, 'g'), (all, approx, minus, whole, fraction: string) =>
    fraction.length > 2 || approx ? `ok. ${roundedAmount(minus, whole, fraction)}` : all,
  );
  s = s.replace(/≈\s?/g, 'ok. ').replace(/\s*→\s*/g, ' – ');
  // Dates as Polish paper writes them: 12.05.2026, and a month 05.2026.
  s = s
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3.$2.$1')
    .replace(/\b(\d{4})-(0[1-9]|1[0-2])(?![\d-])/g, '$2.$1');
  // Internal notes never reach paper.
  s = stripNotes(s).replace(/\u202f/g, '\u00a0');
  return tidy(s);
}

/** Applies paperText to every text of a pdfmake content tree (strings, `text`, list items, table cells). */
export function paperContent<T>(node: T): T {
  if (typeof node === 'string') return (node.trim() ? paperText(node) : node) as T;
  if (Array.isArray(node)) return node.map((n) => paperContent(n)) as T;
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = ['text', 'ul', 'ol', 'stack', 'columns', 'table', 'body'].includes(k) ? paperContent(v) : v;
    }
    return out as T;
  }
  return node;
}
