/**
 * Date arithmetic on 'YYYY-MM-DD' strings and 'YYYY-MM' months, without Date objects:
 * pure, timezone-proof and cheap enough for the benefit hot path.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Parses 'YYYY-MM-DD' into parts, or returns null when it is not a real calendar date. */
export function parseIsoDate(value: string): DateParts | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Parses 'YYYY-MM' into year and month, or null. */
export function parseIsoMonth(value: string): { year: number; month: number } | null {
  const m = MONTH_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { year, month };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Formats parts as 'YYYY-MM-DD'. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Formats as 'YYYY-MM'. */
export function formatIsoMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

/** Months since year 0 — a linear index that makes month comparisons and differences trivial. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/**
 * Adds calendar months the way art. 112 of the Civil Code counts them: same day number,
 * or the last day of the target month when it is shorter (31 Jan + 1 month → 28/29 Feb).
 */
export function addMonthsClamped(date: string, months: number): string {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Invalid date: ${date}`);
  const idx = monthIndex(p.year, p.month) + months;
  const year = Math.floor(idx / 12);
  const month = (idx % 12) + 1;
  return formatIsoDate(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** Days since 0000-03-01 (a civil-from-days style ordinal); differences give day counts. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}

/** Inverse of dayNumber. */
export function fromDayNumber(n: number): string {
  const era = Math.floor(n / 146097);
  const doe = n - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate(year, month, day);
}

/** Adds (or subtracts) whole days. */
export function addDays(date: string, days: number): string {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Invalid date: ${date}`);
  return fromDayNumber(dayNumber(p.year, p.month, p.day) + days);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  if (!pa || !pb) throw new RangeError(`Invalid date: ${a} / ${b}`);
  return dayNumber(pb.year, pb.month, pb.day) - dayNumber(pa.year, pa.month, pa.day);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Invalid date: ${date}`);
  // dayNumber 0 is 0000-03-01, a Wednesday (ISO 3).
  return ((((dayNumber(p.year, p.month, p.day) + 2) % 7) + 7) % 7) + 1;
}

/** The calendar date in Poland at an instant, 'YYYY-MM-DD' (centres work in Polish time, not UTC). */
export function polishDate(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(instant);
}

const POLISH_MONTHS = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
];

/** "2026-03" → "marzec 2026" (the month in the nominative, as a heading or a list's period). */
export function polishMonthName(month: string): string {
  return `${POLISH_MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}
