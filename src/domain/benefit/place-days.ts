import type { DayStatus } from '../types';
import { fail, type DayEntry, type MonthlyBenefitInput, type MonthlyBenefitOutcome } from './model';
import type { MonthWindow } from './month-window';
import { packDate } from './packed-dates';

function isDayEntryList(days: MonthlyBenefitInput['days']): days is readonly DayEntry[] {
  return Array.isArray(days);
}

/** The month being computed, for placing its days: 'YYYY-MM-' as char codes and the period bounds. */
interface MonthSlots {
  prefix: string;
  y0: number;
  y1: number;
  y2: number;
  y3: number;
  m0: number;
  m1: number;
  dim: number;
  monthStart: number;
  admDay: number;
  lastDay: number;
  input: MonthlyBenefitInput;
  statuses: (DayStatus | undefined)[];
}

/**
 * Puts one listed day into its slot: 1 = a class day placed, 0 = 'no_classes' (nothing to place), or the
 * refusal (a date that is not real, not of this month, outside participation, twice, an unknown status).
 */
function placeDay(
  m: MonthSlots,
  key: string,
  status: DayStatus | string | undefined,
  mayRepeat: boolean,
): 0 | 1 | MonthlyBenefitOutcome {
  let d = -1;
  if (
    typeof key === 'string' &&
    key.length === 10 &&
    key.charCodeAt(0) === m.y0 &&
    key.charCodeAt(1) === m.y1 &&
    key.charCodeAt(2) === m.y2 &&
    key.charCodeAt(3) === m.y3 &&
    key.charCodeAt(4) === 45 &&
    key.charCodeAt(5) === m.m0 &&
    key.charCodeAt(6) === m.m1 &&
    key.charCodeAt(7) === 45
  ) {
    const t = key.charCodeAt(8) - 48;
    const u = key.charCodeAt(9) - 48;
    if (t >= 0 && t <= 9 && u >= 0 && u <= 9) d = t * 10 + u;
    if (d < 1 || d > m.dim)
      return fail('INVALID_DATE', `Nieprawidłowa data dnia „${key}”: oczekiwano RRRR-MM-DD.`);
  } else {
    if (packDate(key) < 0)
      return fail('INVALID_DATE', `Nieprawidłowa data dnia „${String(key)}”: oczekiwano RRRR-MM-DD.`);
    return fail('DAY_OUTSIDE_MONTH', `Dzień ${key} nie należy do miesiąca ${m.input.month}.`);
  }
  switch (status) {
    case 'present':
    case 'day_off':
    case 'sick':
    case 'unexcused':
    case 'excused':
    case 'no_classes':
      break;
    default:
      return fail(
        'UNKNOWN_DAY_STATUS',
        `Nieznany status dnia ${key}: „${String(status)}”. Dozwolone: present, ` +
          `day_off, sick, unexcused, excused, no_classes.`,
      );
  }
  if (mayRepeat && m.statuses[d] !== undefined) return fail('DUPLICATE_DAY', `Dzień ${key} podano dwa razy.`);
  if (status === 'no_classes') {
    // Kept in its slot only so that a list naming the day twice is caught; it reduces nothing.
    if (mayRepeat) m.statuses[d] = status;
    return 0;
  }
  const dn = m.monthStart + d - 1;
  if (dn < m.admDay || dn > m.lastDay) {
    return fail(
      'DAY_OUTSIDE_PARTICIPATION',
      `Dzień ${key} wypada poza ` +
        `okresem uczestnictwa (${m.input.admissionDate}${m.input.endDate ? ` – ${m.input.endDate}` : ''}).`,
    );
  }
  m.statuses[d] = status;
  return 1;
}

/**
 * Places each listed day of the input in `statuses` by its day number, refusing what does not belong
 * to the month. Returns the number of class days placed, or the refusal.
 */
export function placeDays(
  input: MonthlyBenefitInput,
  w: MonthWindow,
  statuses: (DayStatus | undefined)[],
): number | MonthlyBenefitOutcome {
  const datePrefix = w.datePrefix;
  const slots: MonthSlots = {
    prefix: datePrefix,
    y0: datePrefix.charCodeAt(0),
    y1: datePrefix.charCodeAt(1),
    y2: datePrefix.charCodeAt(2),
    y3: datePrefix.charCodeAt(3),
    m0: datePrefix.charCodeAt(5),
    m1: datePrefix.charCodeAt(6),
    dim: w.dim,
    monthStart: w.monthStart,
    admDay: w.admDay,
    lastDay: w.lastDay,
    input,
    statuses,
  };
  let classDays = 0;
  const days = input.days;
  if (isDayEntryList(days)) {
    // The payroll's form: the register's rows as they were read, no record built.
    for (let k = 0; k < days.length; k++) {
      const e = days[k] as DayEntry;
      const placed = placeDay(slots, e.date, e.status, true);
      if (placed === 1) classDays++;
      else if (placed !== 0) return placed;
    }
  } else {
    for (const key in days) {
      if (!Object.hasOwn(days, key)) continue;
      const placed = placeDay(slots, key, days[key], false);
      if (placed === 1) classDays++;
      else if (placed !== 0) return placed;
    }
  }
  return classDays;
}
