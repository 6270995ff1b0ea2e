import { isIsoDate, parseIsoMonth } from '../calendar';
import { DEFAULT_BENEFIT_PARAMETERS } from '../benefit/parameters';
import type { DisabilityDegree } from '../periods/periods';
import type { DayStatus } from '../types';
import {
  isInParticipation,
  monthCalendar,
  type CalendarDay,
  type ClassProgrammePlan,
  type ParticipationWindow,
} from './month-calendar';
import { isDayStatus } from './month-summary';

/** Polish labels of the day statuses, for messages and the attendance grid. */
export const DAY_STATUS_LABELS: Readonly<Record<DayStatus, string>> = {
  present: 'obecność',
  day_off: 'dzień wolny',
  sick: 'choroba',
  unexcused: 'nieobecność nieusprawiedliwiona',
  excused: 'nieobecność usprawiedliwiona',
  no_classes: 'brak zajęć',
};

/** One day entry as submitted in a batch (the shape of `AttendanceEntryInputSchema`). */
export interface AttendanceEntryToValidate {
  participantId: string;
  date: string;
  status: string;
  hours?: number | null;
  meal?: boolean | null;
  sickNote?: { number?: string | null; from?: string | null; to?: string | null } | null;
  dayOffApproved?: boolean | null;
}

/** What the validator must know of a participant of the workshop. */
export interface AttendanceParticipant {
  id: string;
  window: ParticipationWindow;
  disability?: DisabilityDegree | null;
}

export const ATTENDANCE_PROBLEM_CODES = [
  'ATTENDANCE_UNKNOWN_STATUS',
  'ATTENDANCE_INVALID_DATE',
  'ATTENDANCE_DATE_OUTSIDE_MONTH',
  'ATTENDANCE_UNKNOWN_PARTICIPANT',
  'ATTENDANCE_OUTSIDE_PARTICIPATION',
  'ATTENDANCE_MONTH_CLOSED',
  'ATTENDANCE_DUPLICATE_ENTRY',
  'ATTENDANCE_SICK_NOTE_REQUIRED',
  'ATTENDANCE_SICK_NOTE_INVALID_DATE',
  'ATTENDANCE_SICK_NOTE_RANGE',
  'ATTENDANCE_SICK_NOTE_NOT_COVERING',
  'ATTENDANCE_HOURS_INVALID',
  'ATTENDANCE_HOURS_NEGATIVE',
  'ATTENDANCE_HOURS_ABOVE_DAILY_LIMIT',
  'ATTENDANCE_HOURS_ABOVE_DISABILITY_LIMIT',
  'ATTENDANCE_DAY_OFF_NOT_APPROVED',
  // Warnings:
  'ATTENDANCE_PRESENT_ON_NO_CLASSES_DAY',
  'ATTENDANCE_HOURS_WITHOUT_PRESENCE',
] as const;
export type AttendanceProblemCode = (typeof ATTENDANCE_PROBLEM_CODES)[number];

export type AttendanceProblemField =
  | 'participantId'
  | 'date'
  | 'status'
  | 'hours'
  | 'sickNote.number'
  | 'sickNote.from'
  | 'sickNote.to'
  | 'dayOffApproved';

/** One problem, pointing at its entry: batch index, participant, date and field (the contract's path). */
export interface AttendanceProblem {
  code: AttendanceProblemCode;
  message: string;
  index: number;
  participantId: string;
  date: string;
  field: AttendanceProblemField;
}

/** Centre settings the checks depend on; each has a documented default. */
export interface AttendanceValidationOptions {
  /**
   * A `sick` day needs a doctor's note (number, from, to). Default true: the reduced benefit is for
   * illness "potwierdzonej przez lekarza" (art. 15 ust. 7a, law.md §4.3). A centre may collect notes later.
   */
  requireSickNote?: boolean;
  /** A `day_off` needs the kierownik's approval. Default true (law.md R-BEN-04; mechanics [M]). */
  requireDayOffApproval?: boolean;
  /** Hours a day for anyone. Default 8 — a design value: art. 14 ust. 1 sets only 30–40 h a week. */
  maxDailyHours?: number;
  /**
   * Hours a day with a moderate or significant disability (art. 14 ust. 1 + art. 15 ust. 2 rehab.
   * act); default the centre parameter, 7 [M].
   */
  disabledMaxDailyHours?: number;
}

export const DEFAULT_MAX_DAILY_HOURS = 8;

/**
 * Validates a batch of day entries for one workshop-month and returns every problem, each pointing at
 * its entry, with a stable code and a Polish message. Errors make the caller refuse the whole batch;
 * warnings (a presence on a day without classes, hours on an absence) are shown but do not block.
 */
export function validateEntries(
  input: {
    month: string;
    entries: readonly AttendanceEntryToValidate[];
    participants: readonly AttendanceParticipant[];
    /** The workshop's programme of the month; null = no "present on a day without classes" check. */
    programme?: ClassProgrammePlan | null;
    /** Months 'YYYY-MM' closed for this workshop (the batch's own month included, when closed). */
    lockedMonths?: readonly string[];
  },
  options: AttendanceValidationOptions = {},
): { errors: AttendanceProblem[]; warnings: AttendanceProblem[] } {
  const { month, entries } = input;
  if (!parseIsoMonth(month)) throw new RangeError(`Invalid month: ${month}`);
  const requireSickNote = options.requireSickNote ?? true;
  const requireDayOffApproval = options.requireDayOffApproval ?? true;
  const maxDaily = options.maxDailyHours ?? DEFAULT_MAX_DAILY_HOURS;
  const disabledMaxDaily = options.disabledMaxDailyHours ?? DEFAULT_BENEFIT_PARAMETERS.disabledMaxDailyHours;

  const participants = new Map(input.participants.map((p) => [p.id, p]));
  const locked = new Set(input.lockedMonths ?? []);
  const calendar = new Map<string, CalendarDay>(
    input.programme ? monthCalendar(month, input.programme).map((d) => [d.date, d]) : [],
  );
  const seen = new Set<string>();
  const errors: AttendanceProblem[] = [];
  const warnings: AttendanceProblem[] = [];

  entries.forEach((entry, index) => {
    const { participantId, date } = entry;
    const at =
      (list: AttendanceProblem[]) =>
      (code: AttendanceProblemCode, field: AttendanceProblemField, message: string) => {
        list.push({ code, message, index, participantId, date, field });
      };
    const error = at(errors);
    const warn = at(warnings);

    const status = isDayStatus(entry.status) ? entry.status : null;
    if (!status)
      error(
        'ATTENDANCE_UNKNOWN_STATUS',
        'status',
        `Nieznany status dnia „${String(entry.status)}”. Dozwolone: ${Object.values(DAY_STATUS_LABELS).join(', ')}.`,
      );

    const participant = participants.get(participantId);
    if (!participant)
      error(
        'ATTENDANCE_UNKNOWN_PARTICIPANT',
        'participantId',
        'Uczestnik nie jest zapisany do tego warsztatu albo nie ma okresu uczestnictwa.',
      );

    const validDate = typeof date === 'string' && isIsoDate(date);
    if (!validDate) {
      error(
        'ATTENDANCE_INVALID_DATE',
        'date',
        `Nieprawidłowa data „${String(date)}”: oczekiwano RRRR-MM-DD.`,
      );
    } else {
      if (!date.startsWith(`${month}-`))
        error('ATTENDANCE_DATE_OUTSIDE_MONTH', 'date', `Dzień ${date} nie należy do miesiąca ${month}.`);
      const dateMonth = date.slice(0, 7);
      if (locked.has(dateMonth))
        error(
          'ATTENDANCE_MONTH_CLOSED',
          'date',
          `Miesiąc ${dateMonth} jest zamknięty — zmiana wymaga ponownego otwarcia miesiąca przez kierownika.`,
        );
      if (participant && !isInParticipation(date, participant.window)) {
        const w = participant.window;
        error(
          'ATTENDANCE_OUTSIDE_PARTICIPATION',
          'date',
          `Dzień ${date} wypada poza ` +
            `okresem uczestnictwa (od ${w.admissionDate}${w.lastDay ? ` do ${w.lastDay}` : ''}).`,
        );
      }
      const key = `${participantId}\u0000${date}`;
      if (seen.has(key))
        error(
          'ATTENDANCE_DUPLICATE_ENTRY',
          'date',
          `Dzień ${date} tego uczestnika występuje w zestawieniu więcej niż raz.`,
        );
      seen.add(key);
    }

    checkHours(entry, status, participant, { maxDaily, disabledMaxDaily }, error, warn);

    if (status === 'sick') checkSickNote(entry, validDate, requireSickNote, error);
    if (status === 'day_off' && requireDayOffApproval && entry.dayOffApproved !== true) {
      error(
        'ATTENDANCE_DAY_OFF_NOT_APPROVED',
        'dayOffApproved',
        'Dzień wolny wymaga zgody kierownika Centrum (na wniosek uczestnika).',
      );
    }

    const day = validDate ? calendar.get(date) : undefined;
    if (status === 'present' && day?.defaultStatus === 'no_classes') {
      const why = day.holiday
        ? `to święto (${day.holiday})`
        : day.noClassesReason === 'WEEKEND'
          ? 'to weekend'
          : 'program zajęć nie przewiduje tego dnia zajęć';
      warn(
        'ATTENDANCE_PRESENT_ON_NO_CLASSES_DAY',
        'status',
        `Obecność w dniu ${date}, choć ${why}. Sprawdź wpis albo program zajęć.`,
      );
    }
  });

  return { errors, warnings };
}

type Report = (code: AttendanceProblemCode, field: AttendanceProblemField, message: string) => void;

function checkHours(
  entry: AttendanceEntryToValidate,
  status: DayStatus | null,
  participant: AttendanceParticipant | undefined,
  limits: { maxDaily: number; disabledMaxDaily: number },
  error: Report,
  warn: Report,
): void {
  const hours = entry.hours;
  if (hours == null) return;
  if (typeof hours !== 'number' || !Number.isFinite(hours)) {
    error('ATTENDANCE_HOURS_INVALID', 'hours', 'Liczba godzin musi być liczbą.');
    return;
  }
  if (hours < 0) {
    error('ATTENDANCE_HOURS_NEGATIVE', 'hours', 'Liczba godzin nie może być ujemna.');
    return;
  }

  // Only the binding limit is reported: the disability limit when it is the stricter one.
  const disabled = participant?.disability === 'MODERATE' || participant?.disability === 'SIGNIFICANT';
  if (disabled && limits.disabledMaxDaily < limits.maxDaily && hours > limits.disabledMaxDaily) {
    error(
      'ATTENDANCE_HOURS_ABOVE_DISABILITY_LIMIT',
      'hours',
      `Osoba ze znacznym lub umiarkowanym stopniem niepełnosprawności: najwyżej ${limits.disabledMaxDaily} ` +
        `h dziennie (art. 14 ust. 1 w zw. z art. 15 ust. 2 ustawy o rehabilitacji).`,
    );
  } else if (hours > limits.maxDaily) {
    error(
      'ATTENDANCE_HOURS_ABOVE_DAILY_LIMIT',
      'hours',
      `Najwyżej ${limits.maxDaily} h zajęć dziennie (limit dzienny Centrum).`,
    );
  }

  if (hours > 0 && status !== null && status !== 'present') {
    warn(
      'ATTENDANCE_HOURS_WITHOUT_PRESENCE',
      'hours',
      `Wpisano ${hours} h przy statusie „${DAY_STATUS_LABELS[status]}”; godziny liczą się tylko przy obecności.`,
    );
  }
}

function checkSickNote(
  entry: AttendanceEntryToValidate,
  validDate: boolean,
  required: boolean,
  error: Report,
): void {
  const note = entry.sickNote ?? {};
  const number = typeof note.number === 'string' ? note.number.trim() : '';
  const from = note.from ?? '';
  const to = note.to ?? '';
  if (required) {
    const why =
      'choroba musi być potwierdzona zaświadczeniem lekarskim (art. 15 ust. 7a; wymóg regulaminu Centrum)';
    if (!number)
      error(
        'ATTENDANCE_SICK_NOTE_REQUIRED',
        'sickNote.number',
        `Podaj numer zaświadczenia lekarskiego — ${why}.`,
      );
    if (!from)
      error(
        'ATTENDANCE_SICK_NOTE_REQUIRED',
        'sickNote.from',
        `Podaj datę początku zwolnienia lekarskiego — ${why}.`,
      );
    if (!to)
      error(
        'ATTENDANCE_SICK_NOTE_REQUIRED',
        'sickNote.to',
        `Podaj datę końca zwolnienia lekarskiego — ${why}.`,
      );
  }

  // A note that is given must be coherent even where the centre does not require one.
  const fromOk = from !== '' && isIsoDate(from);
  const toOk = to !== '' && isIsoDate(to);
  if (from !== '' && !fromOk)
    error(
      'ATTENDANCE_SICK_NOTE_INVALID_DATE',
      'sickNote.from',
      `Nieprawidłowa data początku zwolnienia „${from}”: oczekiwano RRRR-MM-DD.`,
    );
  if (to !== '' && !toOk)
    error(
      'ATTENDANCE_SICK_NOTE_INVALID_DATE',
      'sickNote.to',
      `Nieprawidłowa data końca zwolnienia „${to}”: oczekiwano RRRR-MM-DD.`,
    );
  if (fromOk && toOk && from > to) {
    error(
      'ATTENDANCE_SICK_NOTE_RANGE',
      'sickNote.to',
      `Koniec zwolnienia (${to}) jest wcześniejszy niż jego początek (${from}).`,
    );
    return;
  }
  if (!validDate) return;
  if ((fromOk && entry.date < from) || (toOk && entry.date > to)) {
    error(
      'ATTENDANCE_SICK_NOTE_NOT_COVERING',
      fromOk && entry.date < from ? 'sickNote.from' : 'sickNote.to',
      `Zwolnienie lekarskie (${from || '…'} – ${to || '…'}) nie obejmuje dnia ${entry.date}.`,
    );
  }
}
