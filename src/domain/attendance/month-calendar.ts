import { daysInMonth, formatIsoDate, isIsoDate, isoWeekday, parseIsoMonth } from '../calendar';
import { polishPublicHolidays } from './holidays';

/**
 * A workshop's class programme for a month (art. 14 ust. 1a: the kierownik prepares a monthly
 * programme of classes): hours per weekday, Monday first, and single-day exceptions.
 */
export interface ClassProgrammePlan {
  /** Seven values, Monday … Sunday; 0 = no classes that weekday. */
  weekdayHours: readonly number[];
  /** 'YYYY-MM-DD' → hours for one day, overriding the weekday and a holiday; 0 = no classes. */
  dayHours?: Readonly<Record<string, number>> | null;
}

/** Why a day has no classes. */
export type NoClassesReason = 'WEEKEND' | 'PUBLIC_HOLIDAY' | 'NOT_SCHEDULED';

/** One day of a workshop month with its planned classes and the status it gets without a record. */
export interface CalendarDay {
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Planned class hours (0 = no classes). */
  hours: number;
  /** Polish name of the public holiday, or null. */
  holiday: string | null;
  noClassesReason: NoClassesReason | null;
  /** 'no_classes' when the programme has no classes that day; null = to be recorded. */
  defaultStatus: 'no_classes' | null;
}

/** A participant's participation in the CIS: from admission (first trial day) to the last day, inclusive. */
export interface ParticipationWindow {
  admissionDate: string;
  /** Last day of participation (end date, or the planned end); null/absent = still open. */
  lastDay?: string | null;
}

/** A calendar day seen from one participant: days outside the participation cannot be recorded. */
export interface ParticipantCalendarDay extends CalendarDay {
  inParticipation: boolean;
  /** True when attendance is to be recorded for the participant: in participation and classes planned. */
  recordable: boolean;
}

function checkProgramme(programme: ClassProgrammePlan): void {
  const hours = programme.weekdayHours;
  if (hours.length !== 7 || !hours.every((h) => Number.isFinite(h) && h >= 0)) {
    throw new RangeError('weekdayHours must hold 7 non-negative numbers, Monday first');
  }
}

/** Throws on a malformed window; a lastDay before the admission is a programming error upstream. */
export function checkParticipationWindow(window: ParticipationWindow): void {
  if (!isIsoDate(window.admissionDate))
    throw new RangeError(`Invalid admission date: ${window.admissionDate}`);
  if (window.lastDay != null && (!isIsoDate(window.lastDay) || window.lastDay < window.admissionDate)) {
    throw new RangeError(`Invalid last day of participation: ${window.lastDay}`);
  }
}

/** True when a 'YYYY-MM-DD' date falls within the participation window (both ends inclusive). */
export function isInParticipation(date: string, window: ParticipationWindow): boolean {
  // ISO dates of the same shape compare correctly as strings.
  return date >= window.admissionDate && (window.lastDay == null || date <= window.lastDay);
}

/**
 * Every day of a month 'YYYY-MM' with its planned hours and default status: `no_classes` on public
 * holidays (ustawa o dniach wolnych od pracy), on weekends and on weekdays the programme leaves
 * empty; null ("to be recorded") where classes are planned. The programme decides: weekend hours or a
 * single-day exception (even on a holiday) make a class day, as the kierownik planned it (art. 14 ust. 1a).
 */
export function monthCalendar(month: string, programme: ClassProgrammePlan): CalendarDay[] {
  const parsed = parseIsoMonth(month);
  if (!parsed) throw new RangeError(`Invalid month: ${month}`);
  checkProgramme(programme);

  const { year, month: m } = parsed;
  const holidays = new Map(polishPublicHolidays(year).map((h) => [h.date, h.name]));
  const exceptions = programme.dayHours ?? {};
  const days: CalendarDay[] = [];
  for (let d = 1; d <= daysInMonth(year, m); d++) {
    const date = formatIsoDate(year, m, d);
    const weekday = isoWeekday(date);
    const holiday = holidays.get(date) ?? null;
    const exception = exceptions[date];
    const hasException = exception !== undefined && Number.isFinite(exception) && exception >= 0;
    const hours = hasException ? exception : holiday ? 0 : (programme.weekdayHours[weekday - 1] as number);

    let reason: NoClassesReason | null = null;
    if (hours === 0) reason = holiday ? 'PUBLIC_HOLIDAY' : weekday >= 6 ? 'WEEKEND' : 'NOT_SCHEDULED';
    days.push({
      date,
      weekday,
      hours,
      holiday,
      noClassesReason: reason,
      defaultStatus: reason ? 'no_classes' : null,
    });
  }
  return days;
}

/** The month calendar for one participant: days before admission or after the last day are not recordable. */
export function participantMonthCalendar(
  month: string,
  programme: ClassProgrammePlan,
  window: ParticipationWindow,
): ParticipantCalendarDay[] {
  checkParticipationWindow(window);
  return monthCalendar(month, programme).map((day) => {
    const inParticipation = isInParticipation(day.date, window);
    return { ...day, inParticipation, recordable: inParticipation && day.defaultStatus === null };
  });
}
