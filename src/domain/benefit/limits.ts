import { findRuleSet, type RuleSet } from '../law/rule-sets';
import { participationStartDate } from '../periods/periods';
import type { DomainError } from '../types';
import { DEFAULT_BENEFIT_PARAMETERS, type ResolvedBenefitParameters } from './parameters';

/** The longest extension of participation, months (art. 15 ust. 3). */
export const MAX_EXTENSION_MONTHS = 12;

/** Extra days off for an extension: `days` per `perMonths` months, pro rata, rounded as the centre chose. */
export function extensionDaysOff(ruleSet: RuleSet, extensionMonths: number, rounding: 'DOWN' | 'UP'): number {
  const ext = ruleSet.daysOffRules.extension;
  if (!ext || extensionMonths <= 0) return 0;
  const num = ext.value.days * Math.min(extensionMonths, ext.value.perMonths);
  const q = Math.floor(num / ext.value.perMonths);
  return rounding === 'UP' && q * ext.value.perMonths < num ? q + 1 : q;
}

/** The refusal of a day off in the trial month, naming the day. */
export function dayOffInTrialMessage(date: string): string {
  return `Dzień wolny ${date} nie przysługuje: w okresie próbnym ustawa nie daje dni wolnych (art. 15 ust. 6a).`;
}

/** The refusal of a day off beyond the limit, naming the day (the attendance register says the same). */
export function dayOffAboveLimitMessage(date: string, nth: number, base: number, extension: number): string {
  const limit =
    extension > 0
      ? `limit to ${base + extension} dni (${base} w okresie uczestnictwa, art. ` +
        `15 ust. 6a, i ${extension} za przedłużenie, art. 15 ust. 6b)`
      : `limit to ${base} dni w okresie uczestnictwa (art. 15 ust. 6a); przedłużenie ` +
        `uczestnictwa daje do 6 dni więcej (art. 15 ust. 6b)`;
  return `Dzień wolny ${date} nie przysługuje: byłby to ${nth}. dzień wolny, a ${limit}.`;
}

/**
 * The first day whose days off and sick days count against the limits of a month's rule set: from
 * 1.06.2025 only the participation period counts (art. 15 ust. 6a, 7a), before that the whole
 * participation. Callers that count `priorUse` from attendance start here.
 */
export function limitsCountFrom(month: string, admissionDate: string): string {
  return findRuleSet(month).sickLimitIn === 'PARTICIPATION_PERIOD'
    ? participationStartDate(admissionDate)
    : admissionDate;
}

/** The days-off limit of a month for a participant: the Act's days plus the extension's extra days. */
export function daysOffLimitFor(
  month: string,
  extensionMonths: number,
  params: ResolvedBenefitParameters = DEFAULT_BENEFIT_PARAMETERS,
): { base: number; extension: number; total: number; article: string } {
  const rs = findRuleSet(month);
  const extension = extensionDaysOff(rs, extensionMonths, params.extensionDaysOffRounding);
  const base = rs.daysOffLimit.value;
  return {
    base,
    extension,
    total: base + extension,
    article: rs.daysOffRules.extension ? 'art. 15 ust. 6a–6b' : rs.daysOffLimit.article,
  };
}

/**
 * Whether the law gives a day off on `date` (art. 15 ust. 6a–6b): none in the trial month, and
 * `nth` (its position among the days off of the participation period) within the limit. Returns the
 * engine's refusal (same code and message) or null. Months before 1.06.2025 keep the older rules,
 * under which nothing is refused here.
 */
export function checkDayOff(
  input: { date: string; admissionDate: string; extensionMonths: number; nth: number },
  params: ResolvedBenefitParameters = DEFAULT_BENEFIT_PARAMETERS,
): DomainError | null {
  const rs = findRuleSet(input.date);
  if (rs.daysOffRules.overLimit !== 'REFUSED') return null;
  if (input.date < participationStartDate(input.admissionDate))
    return { code: 'DAY_OFF_IN_TRIAL', message: dayOffInTrialMessage(input.date) };
  const limit = daysOffLimitFor(input.date.slice(0, 7), input.extensionMonths, params);
  if (input.nth > limit.total)
    return {
      code: 'DAY_OFF_ABOVE_LIMIT',
      message: dayOffAboveLimitMessage(input.date, input.nth, limit.base, limit.extension),
    };
  return null;
}
