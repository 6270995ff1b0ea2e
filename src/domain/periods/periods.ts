import { addDays, addMonthsClamped, isIsoDate } from '../calendar';
import { findRuleSet, type RuleSetId } from '../law/rule-sets';
import type { DomainError } from '../types';

/** The dated periods of one CIS participation (art. 15), all 'YYYY-MM-DD', end days inclusive. */
export interface ParticipationPeriods {
  admissionDate: string;
  /** Last day of the one-month trial period (okres próbny). */
  trialLastDay: string;
  /** First day of the participation period (okres uczestnictwa, art. 15 ust. 3). */
  participationStart: string;
  /** Last day of the basic 12 months (trial included). */
  baseEnd: string;
  extensionMonths: number;
  /** Last day including the extension. */
  end: string;
  /** Last possible day under the statutory cap (24 months from 2022, 18 before). */
  limitEnd: string;
  /** Rule set that governed the extension (in force on the day after baseEnd). */
  extensionRuleSet: RuleSetId;
  maxExtensionMonths: number;
}

export type PeriodsOutcome = { ok: true; value: ParticipationPeriods } | { ok: false; error: DomainError };

/**
 * First day of the participation period: the trial lasts one month, counted as in art. 112 of
 * the Civil Code (1 Jan → participation from 1 Feb; 31 Jan → from 28/29 Feb).
 */
export function participationStartDate(admissionDate: string): string {
  return addMonthsClamped(admissionDate, 1);
}

/** Last day of the trial month (the day before the participation period starts). */
export function trialLastDay(admissionDate: string): string {
  return addDays(participationStartDate(admissionDate), -1);
}

/**
 * Computes trial, participation, extension and cap dates. The basic period is 12 months including
 * the trial; an extension of up to 12 months (6 under the pre-2022 rules, chosen by the day the
 * extension starts) may follow, never past the statutory maximum.
 */
export function computeParticipationPeriods(input: {
  admissionDate: string;
  extensionMonths?: number;
}): PeriodsOutcome {
  const { admissionDate } = input;
  const extensionMonths = input.extensionMonths ?? 0;
  if (!isIsoDate(admissionDate)) {
    return {
      ok: false,
      error: { code: 'INVALID_DATE', message: 'Nieprawidłowa data przyjęcia: oczekiwano RRRR-MM-DD.' },
    };
  }
  if (!Number.isInteger(extensionMonths) || extensionMonths < 0) {
    return {
      ok: false,
      error: {
        code: 'INVALID_EXTENSION',
        message: 'Przedłużenie musi być nieujemną liczbą całkowitą miesięcy.',
      },
    };
  }
  const ruleSetAtAdmission = findRuleSet(admissionDate);
  const baseEnd = addDays(addMonthsClamped(admissionDate, ruleSetAtAdmission.baseMonths), -1);
  const extensionRuleSet = findRuleSet(addDays(baseEnd, 1));
  const maxExtension = extensionRuleSet.maxExtensionMonths.value;
  if (extensionMonths > maxExtension) {
    return {
      ok: false,
      error: {
        code: 'EXTENSION_ABOVE_LIMIT',
        message:
          `Uczestnictwo można przedłużyć najwyżej o ${maxExtension} ` +
          `miesięcy (${extensionRuleSet.maxExtensionMonths.article}); ` +
          `łącznie najwyżej ${extensionRuleSet.maxMonths} miesięcy.`,
      },
    };
  }
  const limitEnd = addDays(addMonthsClamped(admissionDate, extensionRuleSet.maxMonths), -1);
  const end = addDays(addMonthsClamped(admissionDate, ruleSetAtAdmission.baseMonths + extensionMonths), -1);
  return {
    ok: true,
    value: {
      admissionDate,
      trialLastDay: trialLastDay(admissionDate),
      participationStart: participationStartDate(admissionDate),
      baseEnd,
      extensionMonths,
      end: end > limitEnd ? limitEnd : end,
      limitEnd,
      extensionRuleSet: extensionRuleSet.id,
      maxExtensionMonths: maxExtension,
    },
  };
}

export type DisabilityDegree = 'NONE' | 'MILD' | 'MODERATE' | 'SIGNIFICANT';

export interface ScheduleProblem {
  code: string;
  article: string;
  message: string;
}

/**
 * Checks a participant's weekly schedule against art. 14 ust. 1 on a given date: from 15 Feb 2022
 * 30–40 h a week; before, at least 6 h a day. For a moderate or significant disability the
 * rehabilitation-act limits apply (centre parameters, default 7 h/day and 35 h/week).
 */
export function checkWeeklySchedule(
  input: { date: string; dailyHours: readonly number[]; disability?: DisabilityDegree },
  limits: { disabledMaxDailyHours: number; disabledMaxWeeklyHours: number } = {
    disabledMaxDailyHours: 7,
    disabledMaxWeeklyHours: 35,
  },
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const weekly = input.dailyHours.reduce((sum, h) => sum + h, 0);
  const scheduled = input.dailyHours.filter((h) => h > 0);
  const disabled = input.disability === 'MODERATE' || input.disability === 'SIGNIFICANT';

  if (input.date >= '2022-02-15') {
    if (weekly < 30)
      problems.push({
        code: 'WEEKLY_HOURS_TOO_LOW',
        article: 'art. 14 ust. 1',
        message: `Tygodniowy czas zajęć ${weekly} h jest krótszy niż 30 h.`,
      });
    if (weekly > 40)
      problems.push({
        code: 'WEEKLY_HOURS_TOO_HIGH',
        article: 'art. 14 ust. 1',
        message: `Tygodniowy czas zajęć ${weekly} h przekracza 40 h.`,
      });
  } else if (scheduled.some((h) => h < 6)) {
    problems.push({
      code: 'DAILY_HOURS_TOO_LOW',
      article: 'art. 14 ust. 1 (brzmienie do 14.02.2022)',
      message: 'Przed 15.02.2022 zajęcia trwały co najmniej 6 godzin dziennie.',
    });
  }
  if (disabled) {
    if (scheduled.some((h) => h > limits.disabledMaxDailyHours)) {
      problems.push({
        code: 'DISABLED_DAILY_HOURS_TOO_HIGH',
        article: 'art. 14 ust. 1 w zw. z art. 15 ust. 2 ustawy o rehabilitacji',
        message:
          `Osoba ze znacznym lub umiarkowanym stopniem niepełnosprawności: najwyżej ${limits.disabledMaxDailyHours} ` +
          `h dziennie.`,
      });
    }
    if (weekly > limits.disabledMaxWeeklyHours) {
      problems.push({
        code: 'DISABLED_WEEKLY_HOURS_TOO_HIGH',
        article: 'art. 14 ust. 1 w zw. z art. 15 ust. 2 ustawy o rehabilitacji',
        message:
          `Osoba ze znacznym lub umiarkowanym stopniem niepełnosprawności: najwyżej ${limits.disabledMaxWeeklyHours} ` +
          `h tygodniowo.`,
      });
    }
  }
  return problems;
}
