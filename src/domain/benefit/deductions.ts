import type { RuleSet } from '../law/rule-sets';
import type { DayStatus } from '../types';
import { CONSOLIDATED_ARTICLE, OLDER_ARTICLE, type DayShares } from './dated-rules';
import { exactDifference, fractionText, roundDiv } from './exact';
import { dayOffAboveLimitMessage, dayOffInTrialMessage } from './limits';
import { fail, type Deduction, type MonthlyBenefitOutcome, type RawDeduction } from './model';
import { DAY_TEXT } from './packed-dates';
import type { ResolvedBenefitParameters } from './parameters';

/** What the month's recorded days are counted with: its period, rates, shares and limits. */
export interface DayCountInput {
  statuses: readonly (DayStatus | undefined)[];
  dim: number;
  monthStart: number;
  participationStart: number;
  /** The period a straddling month was assigned to (MAJORITY), else null: each day is its own period's. */
  forced: 'trial' | 'participation' | null;
  datePrefix: string;
  ruleSet: RuleSet;
  consolidated: boolean;
  params: ResolvedBenefitParameters;
  /** Full-month rates in hundredths of a grosz. */
  trialRate: number;
  participationRate: number;
  shares: DayShares;
  sickLimit: number;
  daysOffLimit: number;
  daysOffExtension: number;
  /** Use before this month: days off, sick days, and sick days of an illness still going on. */
  priorOff: number;
  priorSick: number;
  priorIllness: number;
}

/** The month's reducing days and the cumulative use after it. */
export interface DayCount {
  raw: RawDeduction[];
  daysOffTaken: string[];
  unexcusedDates: string[];
  /** Sick days of the trial month paid in full (centre parameter). */
  trialSickFull: string[];
  daysOffUsed: number;
  sickUsed: number;
  illness: number;
  /** The day of the unexcused absence that forfeits the month, 0 when none does. */
  forfeitDay: number;
}

/**
 * Goes through the month's days in order and records each reducing day with its rule and exact
 * amount, counting sick days and days off against their cumulative limits. Refuses a day off the
 * consolidated text does not give (none in the trial month, none above the limit).
 */
export function countReducingDays(c: DayCountInput): DayCount | MonthlyBenefitOutcome {
  const { statuses, dim, monthStart, participationStart, forced, datePrefix, ruleSet, consolidated } = c;
  const { trialRate, participationRate, sickLimit, daysOffLimit, daysOffExtension, params } = c;
  const { sick: sickF, unexcused: unexF, excused: excF, overLimit: overF, forfeitAbove } = c.shares;
  const { sickText, unexcusedText: unexText, excusedText: excText, overLimitText: overText } = c.shares;
  const sickOnlyInParticipation = ruleSet.sickLimitIn === 'PARTICIPATION_PERIOD';
  const perIllness = consolidated && params.sickLimitScope === 'PER_ILLNESS';
  const trialSickness = params.trialSickness;

  let daysOffUsed = c.priorOff;
  let sickUsed = c.priorSick;
  let illness = c.priorIllness;
  let unexcusedCount = 0;
  let forfeitDay = 0;
  const raw: RawDeduction[] = [];
  const daysOffTaken: string[] = [];
  const unexcusedDates: string[] = [];
  const trialSickFull: string[] = [];
  for (let d = 1; d <= dim; d++) {
    const status = statuses[d];
    if (status === undefined || status === 'no_classes') continue;
    // An illness is a run of sick days; any other recorded day ends it (days without classes do not).
    if (status !== 'sick') illness = 0;
    if (status === 'present') continue;
    const reallyTrial = monthStart + d - 1 < participationStart;
    const inTrial = forced ? forced === 'trial' : reallyTrial;
    const rate = inTrial ? trialRate : participationRate;
    if (status === 'sick' && sickOnlyInParticipation && reallyTrial) {
      // The Act (ust. 7a) covers the participation period only; the trial month is the centre's choice.
      if (trialSickness === 'FULL') trialSickFull.push(datePrefix + DAY_TEXT[d]);
      else
        raw.push({
          day: d,
          status,
          rule: trialSickness === 'REDUCED' ? 'SICK_IN_TRIAL' : 'SICK_IN_TRIAL_NOT_DUE',
          num: rate * (trialSickness === 'REDUCED' ? sickF.num : overF.num),
          den: 100 * (trialSickness === 'REDUCED' ? sickF.den : overF.den),
          fraction: trialSickness === 'REDUCED' ? sickText : overText,
          counter: 0,
        });
    } else if (status === 'sick') {
      sickUsed++;
      illness++;
      const counter = perIllness ? illness : sickUsed;
      if (counter <= sickLimit) {
        raw.push({
          day: d,
          status,
          rule: 'SICK_WITHIN_LIMIT',
          num: rate * sickF.num,
          den: 100 * sickF.den,
          fraction: sickText,
          counter,
        });
      } else {
        raw.push({
          day: d,
          status,
          rule: 'SICK_OVER_LIMIT',
          num: rate * overF.num,
          den: 100 * overF.den,
          fraction: overText,
          counter,
        });
      }
    } else if (status === 'day_off' && consolidated) {
      // Art. 15 ust. 6a–6b: no day off in the trial month; beyond the limit the law gives none.
      const date = datePrefix + DAY_TEXT[d];
      if (reallyTrial) return fail('DAY_OFF_IN_TRIAL', dayOffInTrialMessage(date));
      daysOffUsed++;
      if (daysOffUsed > daysOffLimit)
        return fail(
          'DAY_OFF_ABOVE_LIMIT',
          dayOffAboveLimitMessage(date, daysOffUsed, ruleSet.daysOffLimit.value, daysOffExtension),
        );
      daysOffTaken.push(date);
    } else if (status === 'day_off') {
      daysOffUsed++;
      if (daysOffUsed <= daysOffLimit) {
        daysOffTaken.push(datePrefix + DAY_TEXT[d]);
        continue;
      }
      // Days off beyond the limit count as unexcused absence (documented decision).
      unexcusedCount++;
      unexcusedDates.push(datePrefix + DAY_TEXT[d]);
      if (forfeitAbove !== null && unexcusedCount === forfeitAbove + 1) forfeitDay = d;
      raw.push({
        day: d,
        status,
        rule: 'DAY_OFF_OVER_LIMIT',
        num: rate * unexF.num,
        den: 100 * unexF.den,
        fraction: unexText,
        counter: daysOffUsed,
      });
    } else if (status === 'unexcused') {
      unexcusedCount++;
      unexcusedDates.push(datePrefix + DAY_TEXT[d]);
      if (forfeitAbove !== null && unexcusedCount === forfeitAbove + 1) forfeitDay = d;
      raw.push({
        day: d,
        status,
        rule: 'UNEXCUSED',
        num: rate * unexF.num,
        den: 100 * unexF.den,
        fraction: unexText,
        counter: 0,
      });
    } else if (status === 'excused') {
      raw.push({
        day: d,
        status,
        rule: 'EXCUSED',
        num: rate * excF.num,
        den: 100 * excF.den,
        fraction: excText,
        counter: 0,
      });
    }
  }
  return { raw, daysOffTaken, unexcusedDates, trialSickFull, daysOffUsed, sickUsed, illness, forfeitDay };
}

/** The month's deductions as paid: each rounded for display, the benefit from the exact values. */
export interface PricedDeductions {
  deductions: Deduction[];
  benefit: number;
  benefitExact: string;
  benefitNum: number;
  benefitDen: number;
  /** The deductions took more than the base; the benefit stops at zero. */
  capped: boolean;
}

/**
 * Turns the reducing days into deductions with their articles and takes them from the base exactly;
 * a forfeited month is one deduction of the whole base on the day that forfeited it.
 */
export function priceDeductions(
  count: DayCount,
  statuses: readonly (DayStatus | undefined)[],
  datePrefix: string,
  consolidated: boolean,
  base: { rounded: number; num: number; den: number },
  mode: ResolvedBenefitParameters['rounding'],
): PricedDeductions {
  const { raw, forfeitDay } = count;
  const baseNum = base.num;
  const baseDen = base.den;
  const forfeited = forfeitDay > 0;
  const articles = consolidated ? CONSOLIDATED_ARTICLE : OLDER_ARTICLE;
  let deductions: Deduction[];
  let benefit: number;
  let benefitExact: string;
  let benefitNum = 0;
  let benefitDen = 1;
  let capped = false;
  if (forfeited) {
    const date = datePrefix + DAY_TEXT[forfeitDay];
    const status = (statuses[forfeitDay] ?? 'unexcused') as DayStatus;
    deductions = [
      {
        date,
        status,
        amount: base.rounded,
        amountExact: fractionText(baseNum, baseDen),
        rule: 'UNEXCUSED_FORFEIT_MONTH',
        article: articles.UNEXCUSED_FORFEIT_MONTH,
      },
    ];
    benefit = 0;
    benefitExact = '0';
  } else {
    const nums: number[] = new Array(raw.length);
    const dens: number[] = new Array(raw.length);
    deductions = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i] as RawDeduction;
      nums[i] = r.num;
      dens[i] = r.den;
      deductions[i] = {
        date: datePrefix + DAY_TEXT[r.day],
        status: r.status,
        amount: roundDiv(r.num, r.den, mode),
        amountExact: fractionText(r.num, r.den),
        rule: r.rule,
        article: articles[r.rule],
        fraction: r.fraction,
      };
    }
    const diff = exactDifference(baseNum, baseDen, nums, dens, mode);
    benefit = diff.rounded;
    benefitExact = diff.exact;
    benefitNum = diff.num;
    benefitDen = diff.den;
    capped = diff.capped;
  }
  return { deductions, benefit, benefitExact, benefitNum, benefitDen, capped };
}
