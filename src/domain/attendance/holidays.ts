import { addDays, formatIsoDate, parseIsoDate } from '../calendar';

/**
 * Polish public holidays — *dni ustawowo wolne od pracy* under the *ustawa z dnia 18 stycznia 1951 r.
 * o dniach wolnych od pracy* (art. 1), as amended: 6 January since 2011 (ustawa z 24 września 2010 r.)
 * and 24 December since 2025 (ustawa z 6 grudnia 2024 r.). Earlier versions of the act (e.g. 22 July
 * before 1990) are not modelled: Reintegra keeps no attendance from those years.
 */
export interface PublicHoliday {
  /** 'YYYY-MM-DD' */
  date: string;
  /** Polish name, as on the published lists. */
  name: string;
}

/** First year in which 6 January (Święto Trzech Króli) is a public holiday again. */
export const EPIPHANY_FROM_YEAR = 2011;
/** First year in which 24 December (Wigilia) is a public holiday. */
export const CHRISTMAS_EVE_FROM_YEAR = 2025;

interface YearHolidays {
  list: readonly PublicHoliday[];
  byDate: ReadonlyMap<string, string>;
}

// Pure memoisation: a year's list never changes, and the attendance grid asks for it on every render.
const cache = new Map<number, YearHolidays>();

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
}

/**
 * Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus of
 * Meeus/Jones/Butcher), as 'YYYY-MM-DD'. Always a Sunday between 22 March and 25 April.
 */
export function easterSunday(year: number): string {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate(year, month, day);
}

function computeYear(year: number): YearHolidays {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number, name: string): PublicHoliday => ({
    date: formatIsoDate(year, month, day),
    name,
  });
  const movable = (offset: number, name: string): PublicHoliday => ({ date: addDays(easter, offset), name });

  const list: PublicHoliday[] = [
    fixed(1, 1, 'Nowy Rok'),
    ...(year >= EPIPHANY_FROM_YEAR ? [fixed(1, 6, 'Święto Trzech Króli')] : []),
    movable(0, 'Wielkanoc'),
    movable(1, 'Poniedziałek Wielkanocny'),
    fixed(5, 1, 'Święto Pracy'),
    fixed(5, 3, 'Święto Narodowe Trzeciego Maja'),
    movable(49, 'Zielone Świątki'),
    movable(60, 'Boże Ciało'),
    fixed(8, 15, 'Wniebowzięcie Najświętszej Maryi Panny'),
    fixed(11, 1, 'Wszystkich Świętych'),
    fixed(11, 11, 'Narodowe Święto Niepodległości'),
    ...(year >= CHRISTMAS_EVE_FROM_YEAR ? [fixed(12, 24, 'Wigilia Bożego Narodzenia')] : []),
    fixed(12, 25, 'Boże Narodzenie (pierwszy dzień)'),
    fixed(12, 26, 'Boże Narodzenie (drugi dzień)'),
  ];
  // Movable feasts never meet a fixed date (Pentecost ≥ 10 May, Corpus Christi ≤ 24 June), so sorting suffices.
  list.sort((x, y) => (x.date < y.date ? -1 : 1));
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  return { list: frozen, byDate: new Map(frozen.map((h) => [h.date, h.name])) };
}

function yearHolidays(year: number): YearHolidays {
  checkYear(year);
  let entry = cache.get(year);
  if (!entry) {
    entry = computeYear(year);
    cache.set(year, entry);
  }
  return entry;
}

/**
 * The public holidays of a year in date order, with Polish names (art. 1 of the 1951 act as amended).
 * Includes the two that always fall on a Sunday (Wielkanoc, Zielone Świątki). The result is frozen and cached.
 */
export function polishPublicHolidays(year: number): readonly PublicHoliday[] {
  return yearHolidays(year).list;
}

/** The Polish name of the public holiday on a 'YYYY-MM-DD' date, or null on an ordinary day. */
export function polishPublicHolidayName(date: string): string | null {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Invalid date: ${date}`);
  return yearHolidays(p.year).byDate.get(date) ?? null;
}

/** True when a 'YYYY-MM-DD' date is a Polish public holiday (dzień ustawowo wolny od pracy). */
export function isPolishPublicHoliday(date: string): boolean {
  return polishPublicHolidayName(date) !== null;
}
