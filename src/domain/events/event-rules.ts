import type { RuleProblem as FieldError } from '../pathway/programme-rules';

/** The kinds of events a centre runs (issue 18). */
export const EVENT_KINDS = [
  'PARTICIPANT_TRAINING_OWN',
  'PARTICIPANT_TRAINING_EXTERNAL',
  'STAFF_TRAINING',
  'SENIOR_CLUB_MEETING',
  'INTEGRATION_EVENT',
  'FORUM',
  'STUDY_VISIT',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds that end with a certificate of completion (trainings). */
export const CERTIFIED_KINDS: readonly EventKind[] = [
  'PARTICIPANT_TRAINING_OWN',
  'PARTICIPANT_TRAINING_EXTERNAL',
  'STAFF_TRAINING',
];

export const REGISTRATION_KINDS = ['PARTICIPANT', 'PERSON', 'STAFF', 'GUEST'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];
export type RegistrationStatus = 'REGISTERED' | 'WAITING' | 'CANCELLED';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The event's own dates: the end not before the start; an outside provider's training names the provider. */
export function eventProblems(input: {
  kind: EventKind;
  startsOn: string;
  endsOn: string;
  organiserPartnerId: string | null;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (input.endsOn < input.startsOn)
    problems.push({
      path: 'endsOn',
      code: 'BEFORE_START',
      message: 'Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.',
    });
  if (input.kind === 'PARTICIPANT_TRAINING_EXTERNAL' && !input.organiserPartnerId)
    problems.push({
      path: 'organiserPartnerId',
      code: 'REQUIRED',
      message:
        'Szkolenie prowadzone przez firmę zewnętrzną wymaga wskazania organizatora z rejestru partnerów.',
    });
  return problems;
}

/** A session lies inside the event's dates and ends after it starts. */
export function sessionProblems(
  event: { startsOn: string; endsOn: string },
  session: { heldOn: string; startsAt: string; endsAt: string },
): FieldError[] {
  const problems: FieldError[] = [];
  if (session.heldOn < event.startsOn || session.heldOn > event.endsOn)
    problems.push({
      path: 'heldOn',
      code: 'OUTSIDE_EVENT_DATES',
      message: `Zajęcia muszą się odbyć w terminie wydarzenia (${event.startsOn} – ${event.endsOn}).`,
    });
  if (!TIME.test(session.startsAt))
    problems.push({ path: 'startsAt', code: 'INVALID_FORMAT', message: 'Podaj godzinę w formacie GG:MM.' });
  if (!TIME.test(session.endsAt))
    problems.push({ path: 'endsAt', code: 'INVALID_FORMAT', message: 'Podaj godzinę w formacie GG:MM.' });
  else if (TIME.test(session.startsAt) && minutesOf(session.endsAt) <= minutesOf(session.startsAt))
    problems.push({
      path: 'endsAt',
      code: 'BEFORE_START',
      message: 'Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.',
    });
  return problems;
}

/** Length of a session in minutes (times already checked). */
export const sessionMinutes = (s: { startsAt: string; endsAt: string }) =>
  minutesOf(s.endsAt) - minutesOf(s.startsAt);

/**
 * Where a new registration goes: a free place, the waiting list when the event keeps one, or nowhere
 * (null: the event is full and has no waiting list).
 */
export function placeFor(
  event: { capacity: number | null; waitingList: boolean },
  registeredCount: number,
): 'REGISTERED' | 'WAITING' | null {
  if (event.capacity === null || registeredCount < event.capacity) return 'REGISTERED';
  return event.waitingList ? 'WAITING' : null;
}

/** "6 h 30 min" as paper writes the hours of a course. */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!m) return `${h} h`;
  return h ? `${h} h ${m} min` : `${m} min`;
}

/**
 * Whether a person completed a course: attended at least `percent` of its planned minutes (the centre sets
 * the share per course; 80% by default — a centre's own rule, not a statutory one).
 */
export function hasCompleted(attendedMinutes: number, plannedMinutes: number, percent: number): boolean {
  if (plannedMinutes <= 0) return false;
  return attendedMinutes * 100 >= plannedMinutes * percent;
}

/** The certificate number of a centre's yearly series: "ZUK/2026/0007". */
export const certificateNumber = (year: number, n: number) => `ZUK/${year}/${String(n).padStart(4, '0')}`;
