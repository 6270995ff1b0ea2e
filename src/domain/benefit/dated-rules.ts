import { RULE_SETS, type Fraction, type RuleSet } from '../law/rule-sets';
import { UNEMPLOYMENT_BENEFIT_TABLE, type UnemploymentBenefitEntry } from '../law/unemployment-benefit';
import type { DeductionRule } from './model';
import { dayNumberOf } from './packed-dates';
import type { ResolvedBenefitParameters } from './parameters';

// Precomputed once: day numbers where each rule set and each Z amount starts.
const RULE_SET_STARTS = RULE_SETS.map((rs) => dayNumberOf(rs.validFrom));
const Z_STARTS = UNEMPLOYMENT_BENEFIT_TABLE.map((e) => dayNumberOf(e.from));

/** The rule set in force on a day number (the first one for a day before all of them). */
export function ruleSetOn(day: number): RuleSet {
  let found = RULE_SETS[0] as RuleSet;
  for (let i = 0; i < RULE_SETS.length; i++)
    if ((RULE_SET_STARTS[i] as number) <= day) found = RULE_SETS[i] as RuleSet;
  return found;
}

/** The amount of Z (zasiłek dla bezrobotnych) in force on a day number, or null before the table starts. */
export function unemploymentBenefitOn(day: number): UnemploymentBenefitEntry | null {
  let found: UnemploymentBenefitEntry | null = null;
  for (let i = 0; i < Z_STARTS.length; i++) {
    if ((Z_STARTS[i] as number) > day) break;
    found = UNEMPLOYMENT_BENEFIT_TABLE[i] as UnemploymentBenefitEntry;
  }
  return found;
}

/** Article numbers of the rule sets before the consolidated text. */
export const OLDER_ARTICLE: Record<DeductionRule, string> = {
  SICK_WITHIN_LIMIT: 'art. 15 ust. 7a',
  SICK_OVER_LIMIT: 'art. 15 ust. 7a',
  UNEXCUSED: 'art. 15 (nieobecność nieusprawiedliwiona)',
  DAY_OFF_OVER_LIMIT: 'art. 15 (dni wolne ponad limit)',
  EXCUSED: 'regulamin centrum (inna nieobecność usprawiedliwiona)',
  SICK_IN_TRIAL: 'art. 15 ust. 7a',
  SICK_IN_TRIAL_NOT_DUE: 'art. 15 ust. 7a',
  UNEXCUSED_FORFEIT_MONTH: 'art. 15 (ponad 3 dni nieusprawiedliwione w miesiącu)',
};
/** Article numbers of the consolidated text Dz.U. 2025 poz. 1718. */
export const CONSOLIDATED_ARTICLE: Record<DeductionRule, string> = {
  SICK_WITHIN_LIMIT: 'art. 15 ust. 7a',
  SICK_OVER_LIMIT: 'art. 15 ust. 7a',
  UNEXCUSED: 'art. 15 ust. 7',
  DAY_OFF_OVER_LIMIT: 'art. 15 ust. 6a–6b',
  EXCUSED: 'regulamin centrum (inna nieobecność usprawiedliwiona)',
  SICK_IN_TRIAL: 'regulamin centrum (choroba w okresie próbnym; ustawa jej nie reguluje)',
  SICK_IN_TRIAL_NOT_DUE: 'regulamin centrum (choroba w okresie próbnym; ustawa jej nie reguluje)',
  UNEXCUSED_FORFEIT_MONTH: 'art. 15 ust. 7 (ponad 3 dni nieusprawiedliwione w miesiącu)',
};

/** The share of the monthly benefit one reducing day takes, by kind of day, and its "num/den" text. */
export interface DayShares {
  sick: Fraction;
  unexcused: Fraction;
  excused: Fraction;
  overLimit: Fraction;
  /** More unexcused days than this forfeit the month; null when the rule set has no such rule. */
  forfeitAbove: number | null;
  sickText: string;
  unexcusedText: string;
  excusedText: string;
  overLimitText: string;
}

/**
 * The per-day shares of a month. Pre-2022 values are the law; from 2022 the uncertain ones come from
 * the regulamin (the centre's parameters); a sick day over the limit may be 1/class days of the month.
 */
export function dayShares(
  ruleSet: RuleSet,
  params: ResolvedBenefitParameters,
  classDays: number,
  dim: number,
): DayShares {
  const sickF: Fraction =
    ruleSet.sickDayFraction === 'PARAMETER' ? params.sickDayFraction : ruleSet.sickDayFraction.value;
  const unexF: Fraction =
    ruleSet.unexcused === 'PARAMETER' ? params.unexcusedDayFraction : ruleSet.unexcused.value.fraction;
  const forfeitAbove =
    ruleSet.unexcused === 'PARAMETER'
      ? params.unexcusedForfeitAboveDays
      : ruleSet.unexcused.value.forfeitAboveDays;
  const excF = params.excusedDayFraction;
  const over = params.sickOverLimitShare;
  const overF: Fraction =
    over === 'CLASS_DAYS'
      ? { num: 1, den: classDays || 1 }
      : over === 'CALENDAR_DAYS'
        ? { num: 1, den: dim }
        : over;
  return {
    sick: sickF,
    unexcused: unexF,
    excused: excF,
    overLimit: overF,
    forfeitAbove,
    sickText: `${sickF.num}/${sickF.den}`,
    unexcusedText: `${unexF.num}/${unexF.den}`,
    excusedText: `${excF.num}/${excF.den}`,
    overLimitText: `${overF.num}/${overF.den}`,
  };
}
