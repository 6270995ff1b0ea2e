import type { UnemploymentBenefitEntry } from '../law/unemployment-benefit';
import type { RuleSet, RuleSetId } from '../law/rule-sets';
import type { CentreType, DayStatus, DomainError } from '../types';
import type { ResolvedBenefitParameters } from './parameters';

/** One participant-month as the engine takes it: plain data, already shaped (the CLI/HTTP validate). */
export interface MonthlyBenefitInput {
  /** The month paid, 'YYYY-MM'. */
  month: string;
  centreType: CentreType;
  /** First day of the trial month, 'YYYY-MM-DD'. */
  admissionDate: string;
  /** Last day of participation (inclusive), if it has ended or its end is known. */
  endDate?: string | null;
  /**
   * Day → status; a date not listed has no classes. Either a record keyed by date (the CLI's JSON) or the
   * register's rows as a list (what the payroll reads; a date listed twice is refused).
   */
  days: Readonly<Record<string, DayStatus | string>> | readonly DayEntry[];
  /**
   * Days off and sick days used earlier in this participation (cumulative limits); `illnessDays` = sick
   * days of an illness still going on at the end of the previous month (for the per-illness scope).
   */
  priorUse?: { daysOff: number; sickDays: number; illnessDays?: number } | null;
  /** Length of the participation extension in force, months (0–12): gives extra days off (art. 15 ust. 6b). */
  extensionMonths?: number | null;
  /** Motivation bonus requested, grosze. */
  bonus?: number;
}

/** One recorded day, as the attendance register stores it. */
export interface DayEntry {
  date: string;
  status: DayStatus | string;
}

export type DeductionRule =
  | 'SICK_WITHIN_LIMIT'
  | 'SICK_OVER_LIMIT'
  | 'UNEXCUSED'
  | 'DAY_OFF_OVER_LIMIT'
  | 'EXCUSED'
  | 'SICK_IN_TRIAL'
  | 'SICK_IN_TRIAL_NOT_DUE'
  | 'UNEXCUSED_FORFEIT_MONTH';

export interface Deduction {
  date: string;
  status: DayStatus;
  /** Rounded for display; the total is computed from the exact values. */
  amount: number;
  /** Exact grosze as a reduced fraction, e.g. "51657/10". */
  amountExact: string;
  rule: DeductionRule;
  article: string;
  /** The fraction of the monthly benefit, e.g. "1/40" (absent for a forfeited month). */
  fraction?: string;
}

export interface MonthlyBenefit {
  month: string;
  ruleSet: RuleSetId;
  period: 'trial' | 'participation';
  /** Calendar days of the month in each period and outside participation. */
  periodDays: { trial: number; participation: number; outside: number; daysInMonth: number };
  /** Z — zasiłek dla bezrobotnych (first 90 days) applied, grosze, and the date it applies from. */
  unemploymentBenefit: number;
  unemploymentBenefitFrom: string;
  /** The full-month benefit of the month's period (e.g. 120 % of Z), grosze. */
  monthlyRate: number;
  /** The benefit for the month before deductions (prorated for days outside participation), grosze. */
  base: number;
  baseExact: string;
  deductions: Deduction[];
  /** base − benefit after deductions, grosze. */
  deducted: number;
  /** True when absences took the whole base (e.g. more than 3 unexcused days). */
  forfeited: boolean;
  bonus: number;
  /** Highest bonus allowed for this month, grosze (0 in the trial month). */
  bonusLimit: number;
  total: number;
  /** Exact benefit after deductions, before rounding and without the bonus. */
  benefitExact: string;
  /** Limits of this month: days off (the Act's base plus the extension's extra days) and sick days. */
  limits: { daysOff: number; daysOffBase: number; daysOffExtension: number; sickDays: number };
  /** Cumulative use after this month: pass it as priorUse of the next month. */
  endUse: { daysOff: number; sickDays: number; illnessDays: number };
  explanation: string[];
}

export type MonthlyBenefitOutcome = { ok: true; value: MonthlyBenefit } | { ok: false; error: DomainError };

/** The engine's refusal: a stable code and the Polish message the staff read. */
export const fail = (code: string, message: string): MonthlyBenefitOutcome => ({
  ok: false,
  error: { code, message },
});

/** Internal record of one reducing day, before formatting. */
export interface RawDeduction {
  day: number;
  status: DayStatus;
  rule: DeductionRule;
  /** Exact amount = num / den grosze. */
  num: number;
  den: number;
  fraction: string;
  /** Position in the cumulative limit (sick or day-off count), 0 when not limited. */
  counter: number;
}

/** Facts the explanation is written from. */
export interface BenefitFacts {
  input: MonthlyBenefitInput;
  ruleSet: RuleSet;
  z: UnemploymentBenefitEntry;
  params: ResolvedBenefitParameters;
  trialRate: number;
  participationRate: number;
  sickLimit: number;
  daysOffLimit: number;
  daysOffExtension: number;
  /** Sick days of the trial month paid in full (centre parameter), for the explanation. */
  trialSickFull: string[];
  /** The consolidated text's rules (article numbers, 1/30 for a partial month) apply. */
  consolidated: boolean;
  thirtieths: boolean;
  daysOffTaken: string[];
  unexcusedDates: string[];
  forfeitAbove: number | null;
  baseNum: number;
  baseDen: number;
  benefitNum: number;
  benefitDen: number;
  /** Set when a month straddling the end of the trial was assigned to one period (MAJORITY). */
  majorityPeriod: 'trial' | 'participation' | null;
  raw: RawDeduction[];
  result: MonthlyBenefit;
  prorated: boolean;
  capped: boolean;
}
