import { addDays, addMonthsClamped } from '../calendar';
import {
  computeParticipationPeriods,
  checkWeeklySchedule,
  type DisabilityDegree,
  type ScheduleProblem,
} from '../periods/periods';
import type { CentreType } from '../types';

/** A field-level problem found by a pathway rule; the caller turns a non-empty list into one validation error. */
export interface RuleProblem {
  path: string;
  code: string;
  message: string;
}

export interface ProgrammeDates {
  trialLastDay: string | null;
  baseEnd: string | null;
  plannedEnd: string;
  limitEnd: string | null;
  maxExtensionMonths: number | null;
}

/**
 * The dates of a programme. CIS (IPZS): trial month, 12 months, extension within the cap of the
 * rule set in force when the extension starts (art. 15). KIS: the duration is individual (art. 18
 * ust. 5), so the planned end is what the social contract says.
 */
export function programmeDates(
  kind: 'IPZS' | 'KIS_CONTRACT',
  admissionDate: string,
  extensionMonths: number,
  kisPlannedEnd: string | null,
): { ok: true; value: ProgrammeDates } | { ok: false; problems: RuleProblem[] } {
  if (kind === 'KIS_CONTRACT') {
    if (!kisPlannedEnd)
      return {
        ok: false,
        problems: [
          {
            path: 'plannedEnd',
            code: 'REQUIRED',
            message: 'Podaj planowany koniec udziału w klubie (czas ustalany indywidualnie, art. 18 ust. 5).',
          },
        ],
      };
    if (kisPlannedEnd < admissionDate)
      return {
        ok: false,
        problems: [
          {
            path: 'plannedEnd',
            code: 'DATE_ORDER',
            message: 'Planowany koniec nie może być wcześniejszy niż data przyjęcia.',
          },
        ],
      };
    return {
      ok: true,
      value: {
        trialLastDay: null,
        baseEnd: null,
        plannedEnd: kisPlannedEnd,
        limitEnd: null,
        maxExtensionMonths: null,
      },
    };
  }
  const periods = computeParticipationPeriods({ admissionDate, extensionMonths });
  if (!periods.ok)
    return {
      ok: false,
      problems: [
        {
          path: extensionMonths ? 'months' : 'admissionDate',
          code: periods.error.code,
          message: periods.error.message,
        },
      ],
    };
  const p = periods.value;
  return {
    ok: true,
    value: {
      trialLastDay: p.trialLastDay,
      baseEnd: p.baseEnd,
      plannedEnd: p.end,
      limitEnd: p.limitEnd,
      maxExtensionMonths: p.maxExtensionMonths,
    },
  };
}

/**
 * The weekly schedule in the IPZS against art. 14 ust. 1 (30–40 h from 15.02.2022, or the disability
 * limits). The IPZS records a weekly total, so it is checked as five equal days.
 */
export function scheduleProblems(
  admissionDate: string,
  weeklyHours: number | null,
  disability: DisabilityDegree,
): ScheduleProblem[] {
  if (weeklyHours === null) return [];
  const perDay = weeklyHours / 5;
  return checkWeeklySchedule({
    date: admissionDate,
    dailyHours: [perDay, perDay, perDay, perDay, perDay],
    disability,
  });
}

/**
 * What must hold when a programme is created or amended: admission not before the referral,
 * the IPZS's weekly hours within the law, the KIS contract's reference present.
 */
export function checkProgrammeContent(input: {
  centreType: CentreType;
  kind: 'IPZS' | 'KIS_CONTRACT';
  admissionDate: string;
  referredOn: string | null;
  weeklyHours: number | null;
  disabilityDegree: DisabilityDegree;
  contractNumber: string | null;
  contractFrom: string | null;
  contractTo: string | null;
  signedOn: string | null;
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (input.kind === 'IPZS' && input.centreType !== 'CIS')
    problems.push({
      path: 'kind',
      code: 'WRONG_PROGRAMME_KIND',
      message: 'Klub integracji społecznej zawiera kontrakt socjalny, nie IPZS.',
    });
  if (input.kind === 'KIS_CONTRACT' && input.centreType !== 'KIS')
    problems.push({
      path: 'kind',
      code: 'WRONG_PROGRAMME_KIND',
      message: 'Centrum integracji społecznej przyjmuje na podstawie IPZS.',
    });
  if (input.referredOn && input.admissionDate < input.referredOn) {
    problems.push({
      path: 'admissionDate',
      code: 'ADMISSION_BEFORE_REFERRAL',
      message: `Data przyjęcia nie może być wcześniejsza niż data skierowania (${input.referredOn}).`,
    });
  }
  if (input.signedOn && input.admissionDate < input.signedOn) {
    problems.push({
      path: 'admissionDate',
      code: 'ADMISSION_BEFORE_SIGNING',
      message: `Uczestnictwo nie może zacząć się przed podpisaniem programu (${input.signedOn}) — art. 12 ust. 4.`,
    });
  }
  if (input.kind === 'IPZS') {
    if (input.weeklyHours === null)
      problems.push({ path: 'weeklyHours', code: 'REQUIRED', message: 'Podaj tygodniowy wymiar zajęć.' });
    for (const p of scheduleProblems(input.admissionDate, input.weeklyHours, input.disabilityDegree)) {
      problems.push({ path: 'weeklyHours', code: p.code, message: `${p.message} (${p.article})` });
    }
  } else {
    if (!input.contractNumber)
      problems.push({
        path: 'contractNumber',
        code: 'REQUIRED',
        message: 'Podaj numer kontraktu socjalnego (art. 18 ust. 4).',
      });
    if (input.contractFrom && input.contractTo && input.contractTo < input.contractFrom) {
      problems.push({
        path: 'contractTo',
        code: 'DATE_ORDER',
        message: 'Koniec kontraktu nie może być wcześniejszy niż jego początek.',
      });
    }
  }
  return problems;
}

/** Signing: not in the future of the admission (participation cannot start before signing), not before the referral. */
export function checkSigning(input: {
  signedOn: string;
  admissionDate: string;
  referredOn: string | null;
  today: string;
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (input.signedOn > input.admissionDate) {
    problems.push({
      path: 'signedOn',
      code: 'ADMISSION_BEFORE_SIGNING',
      message:
        `Program podpisany ${input.signedOn} nie może obejmować uczestnictwa od ${input.admissionDate} ` +
        `— uczestnictwo zaczyna się najwcześniej w dniu podpisania (art. 12 ust. ` +
        `4). Zmień datę przyjęcia aneksem.`,
    });
  }
  if (input.referredOn && input.signedOn < input.referredOn) {
    problems.push({
      path: 'signedOn',
      code: 'SIGNED_BEFORE_REFERRAL',
      message: `Data podpisania nie może być wcześniejsza niż data skierowania (${input.referredOn}).`,
    });
  }
  if (input.signedOn > input.today)
    problems.push({
      path: 'signedOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data podpisania nie może być z przyszłości.',
    });
  return problems;
}

export type ExitType =
  | 'COMPLETED'
  | 'EMPLOYMENT'
  | 'SOCIAL_COOPERATIVE'
  | 'OWN_BUSINESS'
  | 'PERSISTENT_VIOLATION'
  | 'PERMANENT_ABANDONMENT'
  | 'WITHDRAWAL';

/**
 * The latest day an IPZS may continue without participation after an employment event:
 * up to 6 months after the event, and never past the end of the participation period
 * (art. 13 ust. 5; R-IP-04 — the earlier of the two).
 */
export function latestContinuation(eventDate: string, plannedEnd: string): string {
  const sixMonths = addMonthsClamped(eventDate, 6);
  return sixMonths < plannedEnd ? sixMonths : plannedEnd;
}

/** Checks an exit against the programme's dates (art. 13 ust. 4–5). */
export function checkExit(input: {
  kind: 'IPZS' | 'KIS_CONTRACT';
  type: ExitType;
  admissionDate: string;
  plannedEnd: string;
  lastDay: string;
  eventDate: string | null;
  continuationUntil: string | null;
  decisionOn: string | null;
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (input.lastDay < input.admissionDate)
    problems.push({
      path: 'lastDay',
      code: 'EXIT_BEFORE_ADMISSION',
      message: `Ostatni dzień uczestnictwa nie może być wcześniejszy niż data przyjęcia (${input.admissionDate}).`,
    });
  if (input.lastDay > input.plannedEnd)
    problems.push({
      path: 'lastDay',
      code: 'EXIT_AFTER_END',
      message:
        `Ostatni dzień uczestnictwa nie może być późniejszy niż koniec okresu uczestnictwa (${input.plannedEnd}). ` +
        `Najpierw przedłuż program.`,
    });
  if (input.eventDate && input.eventDate < input.admissionDate)
    problems.push({
      path: 'eventDate',
      code: 'EVENT_BEFORE_ADMISSION',
      message: 'Data zdarzenia nie może być wcześniejsza niż data przyjęcia.',
    });
  if (input.kind === 'KIS_CONTRACT' && input.continuationUntil)
    problems.push({
      path: 'continuationUntil',
      code: 'NOT_ALLOWED',
      message: 'Kontynuacja bez uczestnictwa dotyczy tylko IPZS w centrum integracji społecznej.',
    });
  if (input.continuationUntil && input.eventDate) {
    const latest = latestContinuation(input.eventDate, input.plannedEnd);
    if (input.continuationUntil > latest)
      problems.push({
        path: 'continuationUntil',
        code: 'CONTINUATION_TOO_LONG',
        message:
          `Program może trwać bez uczestnictwa najwyżej do ${latest} (6 miesięcy ` +
          `od zdarzenia, nie dłużej niż okres uczestnictwa — art. 13 ust. 5).`,
      });
    if (input.continuationUntil < input.lastDay)
      problems.push({
        path: 'continuationUntil',
        code: 'DATE_ORDER',
        message: 'Kontynuacja nie może skończyć się przed ostatnim dniem uczestnictwa.',
      });
  }
  if (input.decisionOn && input.decisionOn < input.admissionDate)
    problems.push({
      path: 'decisionOn',
      code: 'DATE_ORDER',
      message: 'Data decyzji nie może być wcześniejsza niż data przyjęcia.',
    });
  return problems;
}

/** Follow-up reminders after leaving: 4 weeks and 6 months after the last day (centre practice, EU indicators). */
export function followUpSchedule(lastDay: string): { label: 'WEEKS_4' | 'MONTHS_6'; dueOn: string }[] {
  return [
    { label: 'WEEKS_4', dueOn: addDays(lastDay, 28) },
    { label: 'MONTHS_6', dueOn: addMonthsClamped(lastDay, 6) },
  ];
}

/** A continuing programme closes itself once its continuation has passed. */
export function effectiveProgrammeStatus(
  status: string,
  continuationUntil: string | null,
  today: string,
): string {
  if (status === 'CONTINUING' && continuationUntil && continuationUntil < today) return 'CLOSED';
  return status;
}
