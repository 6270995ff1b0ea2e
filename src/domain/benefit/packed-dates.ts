import { dayNumber, daysInMonth } from '../calendar';

// The engine reads dates by char codes and day numbers, never through Date: it runs once per
// participant-month of a payroll and in the browser preview.

/** The day number of an 'YYYY-MM-DD' date already known to be real. */
export const dayNumberOf = (iso: string): number =>
  dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** "00".."31": the day part of a date of the month, precomputed once. */
export const DAY_TEXT = Array.from({ length: 32 }, (_, d) => (d < 10 ? `0${d}` : String(d)));

/** Parses 'YYYY-MM-DD' by char codes; returns y*10000+m*100+d, or -1 when it is not a real date. */
export function packDate(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let v = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return v;
}

/** dayNumber of (year, month + k, day clamped to that month). */
export function addMonthsDayNumber(y: number, m: number, d: number, k: number): number {
  const idx = y * 12 + (m - 1) + k;
  const ty = Math.floor(idx / 12);
  const tm = (idx % 12) + 1;
  return dayNumber(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}
