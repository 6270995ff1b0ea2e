import type { DayStatus } from '../types';
import { dayShares, unemploymentBenefitOn } from './dated-rules';
import { countReducingDays, priceDeductions } from './deductions';
import { formatZloty, fractionText, roundDiv } from './exact';
import { explainMonthlyBenefit } from './explain';
import { extensionDaysOff } from './limits';
import { fail, type MonthlyBenefit, type MonthlyBenefitInput, type MonthlyBenefitOutcome } from './model';
import { resolveMonthWindow, splitPeriods } from './month-window';
import { DEFAULT_BENEFIT_PARAMETERS, type ResolvedBenefitParameters } from './parameters';
import { placeDays } from './place-days';

// The engine's shapes live in model.ts; callers import them from here, beside the engine.
export type {
  DayEntry,
  Deduction,
  DeductionRule,
  MonthlyBenefit,
  MonthlyBenefitInput,
  MonthlyBenefitOutcome,
} from './model';

/**
 * Computes the integration benefit (świadczenie integracyjne, art. 15) and the motivation bonus
 * (art. 15a) for one participant-month, in integer grosze, with each deduction, the cumulative
 * use of days off and sick days, and a Polish explanation. Pure and allocation-light: no Date,
 * no schema parsing. Returns an error (never throws) for input the law does not allow.
 */
export function computeMonthlyBenefit(
  input: MonthlyBenefitInput,
  params: ResolvedBenefitParameters = DEFAULT_BENEFIT_PARAMETERS,
): MonthlyBenefitOutcome {
  if (input.centreType !== 'CIS') {
    return fail(
      'KIS_NO_BENEFIT',
      'Świadczenie integracyjne przysługuje tylko uczestnikom centrum integracji ' +
        'społecznej (CIS); klub (KIS) go nie wypłaca.',
    );
  }
  const w = resolveMonthWindow(input);
  if ('ok' in w) return w;
  const { dim, monthStart, ruleSet, consolidated, extensionMonths, datePrefix, participationStart } = w;
  const { trialDays, partDays, covered, forced, period } = splitPeriods(w, params);
  const monthEnd = w.monthEnd;

  const z = unemploymentBenefitOn(params.unemploymentBenefitDate === 'MONTH_END' ? monthEnd : monthStart);
  if (!z) {
    return fail(
      'NO_UNEMPLOYMENT_BENEFIT',
      `Brak kwoty zasiłku dla bezrobotnych dla miesiąca ${input.month} w tabeli (tabela zaczyna się od 2017-06-01).`,
    );
  }
  // Rates in hundredths of a grosz: Z × percent.
  const trialRate = z.amount * ruleSet.trialPercent.value;
  const participationRate = z.amount * ruleSet.participationPercent.value;

  // Base = Σ rate × (days in the period ÷ denominator); a full month is never prorated.
  // From 1.06.2025 the Act itself: benefit ÷ 30 × calendar days owed (art. 15 ust. 6).
  const prorated = covered < dim;
  const thirtieths = ruleSet.partialMonth !== 'PARAMETER' || params.proration === 'THIRTIETHS';
  const prorationDen = prorated && thirtieths ? 30 : dim;
  const baseNum = trialRate * trialDays + participationRate * partDays;
  const baseDen = 100 * prorationDen;

  // Bonus (art. 15a): only for participation days, up to bonusMaxPercent of their part of the base.
  const bonus = input.bonus ?? 0;
  if (!Number.isSafeInteger(bonus) || bonus < 0)
    return fail('INVALID_BONUS', 'Premia musi być nieujemną liczbą całkowitą groszy.');
  const bonusCapNum = ruleSet.bonusMaxPercent.value * participationRate * partDays;
  const bonusCapDen = 100 * baseDen;
  const bonusLimit = Math.floor(bonusCapNum / bonusCapDen);
  if (bonus > 0 && partDays === 0) {
    return fail(
      'BONUS_IN_TRIAL',
      'Premii motywacyjnej nie przyznaje się w okresie próbnym (art. 15a: tylko w okresie uczestnictwa).',
    );
  }
  if (bonus * bonusCapDen > bonusCapNum) {
    return fail(
      'BONUS_ABOVE_LIMIT',
      `Premia ${formatZloty(bonus)} przekracza limit ${ruleSet.bonusMaxPercent.value}% ` +
        `świadczenia: ${formatZloty(bonusLimit)} (art. 15a).`,
    );
  }

  const prior = input.priorUse;
  const priorOff = prior ? prior.daysOff : 0;
  const priorSick = prior ? prior.sickDays : 0;
  const priorIllness = prior?.illnessDays ?? 0;
  if (
    !Number.isSafeInteger(priorOff) ||
    !Number.isSafeInteger(priorSick) ||
    !Number.isSafeInteger(priorIllness) ||
    priorOff < 0 ||
    priorSick < 0 ||
    priorIllness < 0
  ) {
    return fail(
      'INVALID_PRIOR_USE',
      'Wcześniejsze wykorzystanie dni wolnych i dni choroby musi być nieujemną liczbą całkowitą.',
    );
  }

  const statuses: (DayStatus | undefined)[] = new Array(dim + 1);
  const classDays = placeDays(input, w, statuses);
  if (typeof classDays !== 'number') return classDays;

  const shares = dayShares(ruleSet, params, classDays, dim);
  const forfeitAbove = shares.forfeitAbove;
  const sickLimit = ruleSet.sickDaysLimit.value;
  const daysOffExtension = extensionDaysOff(ruleSet, extensionMonths, params.extensionDaysOffRounding);
  const daysOffLimit = ruleSet.daysOffLimit.value + daysOffExtension;
  const count = countReducingDays({
    statuses,
    dim,
    monthStart,
    participationStart,
    forced,
    datePrefix,
    ruleSet,
    consolidated,
    params,
    trialRate,
    participationRate,
    shares,
    sickLimit,
    daysOffLimit,
    daysOffExtension,
    priorOff,
    priorSick,
    priorIllness,
  });
  if ('ok' in count) return count;
  const { raw, daysOffTaken, unexcusedDates, trialSickFull, daysOffUsed, sickUsed, illness } = count;

  const mode = params.rounding;
  const base = roundDiv(baseNum, baseDen, mode);
  const forfeited = count.forfeitDay > 0;
  const priced = priceDeductions(
    count,
    statuses,
    datePrefix,
    consolidated,
    { rounded: base, num: baseNum, den: baseDen },
    mode,
  );
  const { deductions, benefit, benefitExact, benefitNum, benefitDen, capped } = priced;

  const result: MonthlyBenefit = {
    month: input.month,
    ruleSet: ruleSet.id,
    period,
    periodDays: { trial: trialDays, participation: partDays, outside: dim - covered, daysInMonth: dim },
    unemploymentBenefit: z.amount,
    unemploymentBenefitFrom: z.from,
    monthlyRate: roundDiv(period === 'trial' ? trialRate : participationRate, 100, mode),
    base,
    baseExact: fractionText(baseNum, baseDen),
    deductions,
    deducted: base - benefit,
    forfeited,
    bonus,
    bonusLimit,
    total: benefit + bonus,
    benefitExact,
    limits: {
      daysOff: daysOffLimit,
      daysOffBase: ruleSet.daysOffLimit.value,
      daysOffExtension,
      sickDays: sickLimit,
    },
    endUse: { daysOff: daysOffUsed, sickDays: sickUsed, illnessDays: illness },
    explanation: [],
  };
  result.explanation = explainMonthlyBenefit({
    input,
    ruleSet,
    z,
    params,
    trialRate,
    participationRate,
    sickLimit,
    daysOffLimit,
    daysOffExtension,
    trialSickFull,
    consolidated,
    thirtieths,
    forfeitAbove,
    majorityPeriod: forced,
    baseNum,
    baseDen,
    benefitNum,
    benefitDen,
    daysOffTaken,
    unexcusedDates,
    raw,
    result,
    prorated,
    capped,
  });
  return { ok: true, value: result };
}
