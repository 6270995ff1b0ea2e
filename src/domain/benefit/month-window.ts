import { dayNumber, daysInMonth } from '../calendar';
import type { RuleSet } from '../law/rule-sets';
import { ruleSetOn } from './dated-rules';
import { MAX_EXTENSION_MONTHS } from './limits';
import { fail, type MonthlyBenefitInput, type MonthlyBenefitOutcome } from './model';
import { addMonthsDayNumber, packDate } from './packed-dates';
import type { ResolvedBenefitParameters } from './parameters';

/** The month paid and the participation it falls in, as day numbers, with the rule set of the month. */
export interface MonthWindow {
  /** Days in the month. */
  dim: number;
  monthStart: number;
  monthEnd: number;
  /** The admission day (first day of the trial month). */
  admDay: number;
  /** The first day of the participation period, the day after the trial month. */
  participationStart: number;
  /** The last day of participation: its end date, or the last day the rule set's months allow. */
  lastDay: number;
  ruleSet: RuleSet;
  /** The consolidated text's rules (article numbers, no day off above the limit) apply. */
  consolidated: boolean;
  extensionMonths: number;
  /** 'YYYY-MM-': the dates of the month are this and the day's two digits. */
  datePrefix: string;
}

/**
 * Reads the month, the admission, the extension and the end of participation, in this order, and
 * refuses a month outside the participation or beyond what the Act allows (art. 15 ust. 3).
 */
export function resolveMonthWindow(input: MonthlyBenefitInput): MonthWindow | MonthlyBenefitOutcome {
  const monthPacked =
    typeof input.month === 'string' && input.month.length === 7 ? packDate(`${input.month}-01`) : -1;
  if (monthPacked < 0)
    return fail('INVALID_MONTH', `Nieprawidłowy miesiąc „${String(input.month)}”: oczekiwano RRRR-MM.`);
  const year = Math.floor(monthPacked / 10000);
  const month = Math.floor(monthPacked / 100) % 100;
  const dim = daysInMonth(year, month);
  const monthStart = dayNumber(year, month, 1);
  const monthEnd = monthStart + dim - 1;

  const adm = packDate(input.admissionDate);
  if (adm < 0)
    return fail('INVALID_DATE', 'Nieprawidłowa data przyjęcia (admissionDate): oczekiwano RRRR-MM-DD.');
  const ay = Math.floor(adm / 10000);
  const am = Math.floor(adm / 100) % 100;
  const ad = adm % 100;
  const admDay = dayNumber(ay, am, ad);
  if (monthEnd < admDay) {
    return fail(
      'MONTH_BEFORE_ADMISSION',
      `Miesiąc ${input.month} jest wcześniejszy niż przyjęcie do CIS (${input.admissionDate}).`,
    );
  }

  const ruleSet = ruleSetOn(monthStart);
  const consolidated = ruleSet.daysOffRules.overLimit === 'REFUSED';
  const extensionMonths = input.extensionMonths ?? 0;
  if (!Number.isSafeInteger(extensionMonths) || extensionMonths < 0)
    return fail(
      'INVALID_EXTENSION',
      'Przedłużenie uczestnictwa (extensionMonths) musi być liczbą całkowitą miesięcy od 0 do 12.',
    );
  if (extensionMonths > MAX_EXTENSION_MONTHS)
    return fail(
      'EXTENSION_ABOVE_LIMIT',
      `Uczestnictwo można przedłużyć najwyżej o ${MAX_EXTENSION_MONTHS} miesięcy ` +
        `(art. 15 ust. 3); podano ${extensionMonths}.`,
    );
  const datePrefix = `${input.month}-`;
  const participationStart = addMonthsDayNumber(ay, am, ad, 1);
  const limitEnd = addMonthsDayNumber(ay, am, ad, ruleSet.maxMonths) - 1;
  let lastDay = limitEnd;
  if (input.endDate != null) {
    const end = packDate(input.endDate);
    if (end < 0)
      return fail(
        'INVALID_DATE',
        'Nieprawidłowa data zakończenia uczestnictwa (endDate): oczekiwano RRRR-MM-DD.',
      );
    lastDay = dayNumber(Math.floor(end / 10000), Math.floor(end / 100) % 100, end % 100);
    if (lastDay < admDay)
      return fail(
        'END_BEFORE_ADMISSION',
        'Data zakończenia uczestnictwa jest wcześniejsza niż data przyjęcia.',
      );
    if (lastDay > limitEnd) {
      return fail(
        'END_AFTER_LIMIT',
        `Uczestnictwo nie może trwać dłużej niż ${ruleSet.maxMonths} miesięcy (art. ` +
          `15); data zakończenia jest późniejsza.`,
      );
    }
  }
  if (monthStart > lastDay) {
    return input.endDate != null
      ? fail(
          'MONTH_AFTER_END',
          `Miesiąc ${input.month} jest późniejszy niż zakończenie uczestnictwa (${input.endDate}).`,
        )
      : fail(
          'MONTH_AFTER_LIMIT',
          `Miesiąc ${input.month} wykracza poza ${ruleSet.maxMonths} miesięcy uczestnictwa (art. 15).`,
        );
  }
  return {
    dim,
    monthStart,
    monthEnd,
    admDay,
    participationStart,
    lastDay,
    ruleSet,
    consolidated,
    extensionMonths,
    datePrefix,
  };
}

/** The month's calendar days in the trial and participation periods, and the period it is paid as. */
export interface PeriodSplit {
  trialDays: number;
  partDays: number;
  /** Days of the month inside participation (the rest is outside both periods). */
  covered: number;
  /** Set when a month straddling the end of the trial was assigned to one period (MAJORITY). */
  forced: 'trial' | 'participation' | null;
  period: 'trial' | 'participation';
}

/** Counts the month's days in each period; the centre may pay a straddling month as one period. */
export function splitPeriods(w: MonthWindow, params: ResolvedBenefitParameters): PeriodSplit {
  const { admDay, monthStart, lastDay, monthEnd, participationStart } = w;
  // Calendar days of the month in the trial period, the participation period and outside both.
  const from = admDay > monthStart ? admDay : monthStart;
  const to = lastDay < monthEnd ? lastDay : monthEnd;
  const trialTo = participationStart - 1 < to ? participationStart - 1 : to;
  let trialDays = trialTo >= from ? trialTo - from + 1 : 0;
  const partFrom = participationStart > from ? participationStart : from;
  let partDays = to >= partFrom ? to - partFrom + 1 : 0;
  const covered = trialDays + partDays;
  let forced: 'trial' | 'participation' | null = null;
  if (params.periodStraddle === 'MAJORITY' && trialDays > 0 && partDays > 0) {
    forced = partDays >= trialDays ? 'participation' : 'trial';
    if (forced === 'participation') {
      partDays = covered;
      trialDays = 0;
    } else {
      trialDays = covered;
      partDays = 0;
    }
  }
  const period: 'trial' | 'participation' = partDays >= trialDays ? 'participation' : 'trial';
  return { trialDays, partDays, covered, forced, period };
}
