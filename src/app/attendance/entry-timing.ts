import type { AttendanceEntryInput } from '../../contracts/attendance.contract';
import type { FieldError } from '../../contracts/errors';
import { AppError } from '../app-error';

const STATUS_LABELS: Record<string, string> = {
  present: 'obecność',
  sick: 'choroba',
  unexcused: 'nieobecność nieusprawiedliwiona',
  excused: 'nieobecność usprawiedliwiona',
  no_classes: 'brak zajęć',
  day_off: 'dzień wolny',
};

/** 14.12.2026 */
const polishDay = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * A day's message names the person and the day ("Nowak Jan, 14.12.2026: …"), so that a failed batch
 * of many days says which entry each problem is about.
 */
export function withPersonAndDay(
  message: string,
  entry: Pick<AttendanceEntryInput, 'participantId' | 'date'> | undefined,
  nameOf: (participantId: string) => string | null,
): string {
  if (!entry) return message;
  const name = nameOf(entry.participantId);
  if (name && message.startsWith(name)) return message;
  return `${name ? `${name}, ` : ''}${polishDay(entry.date)}: ${message}`;
}

/**
 * What only the calendar decides: a status other than a planned day off cannot be recorded for a
 * day after today (Polish time) — the day has not happened — nor before the month's class programme
 * exists (art. 14 ust. 1a: the programme says which days are class days).
 */
export function timingProblems(
  entries: AttendanceEntryInput[],
  at: { today: string; hasProgramme: boolean },
  nameOf: (participantId: string) => string | null,
): FieldError[] {
  const recorded = entries.filter((e) => e.status !== 'day_off');
  if (!at.hasProgramme && recorded.length)
    throw new AppError('CLASS_PROGRAMME_MISSING', {
      message:
        'Najpierw zapisz program zajęć na ten miesiąc (art. 14 ust. 1a) — bez niego ' +
        'nie wiadomo, które dni są dniami zajęć. Dzień wolny można zaplanować wcześniej.',
    });
  return entries.flatMap((e, index) =>
    e.status !== 'day_off' && e.date > at.today
      ? [
          {
            path: `entries.${index}.date`,
            code: 'FUTURE_DAY',
            message: withPersonAndDay(
              `dzień jeszcze nie nastąpił (dziś ${polishDay(at.today)}) ` +
                `— nie można wpisać statusu „${STATUS_LABELS[e.status] ?? e.status}”. ` +
                `Z wyprzedzeniem wpisuje się tylko dzień wolny.`,
              e,
              nameOf,
            ),
          },
        ]
      : [],
  );
}
