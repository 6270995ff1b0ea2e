import { dayNumber, daysInMonth } from '../calendar';
import { UNEMPLOYMENT_BENEFIT_TABLE, type UnemploymentBenefitEntry } from '../law/unemployment-benefit';
import { RULE_SETS, type Fraction, type RuleSet, type RuleSetId } from '../law/rule-sets';
import type { CentreType, DayStatus, DomainError } from '../types';
import { DEFAULT_BENEFIT_PARAMETERS, type ResolvedBenefitParameters } from './parameters';
import { exactDifference, formatZloty, fractionText, roundDiv } from './exact';
import { explainMonthlyBenefit } from './explain';

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

const fail = (code: string, message: string): MonthlyBenefitOutcome => ({
  ok: false,
  error: { code, message },
});

// Precomputed once: day numbers where each rule set and each Z amount starts, and "01".."31".
const dayNumberOf = (iso: string): number =>
  dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const RULE_SET_STARTS = RULE_SETS.map((rs) => dayNumberOf(rs.validFrom));
const Z_STARTS = UNEMPLOYMENT_BENEFIT_TABLE.map((e) => dayNumberOf(e.from));
const DAY_TEXT = Array.from({ length: 32 }, (_, d) => (d < 10 ? `0${d}` : String(d)));

function ruleSetOn(day: number): RuleSet {
  let found = RULE_SETS[0] as RuleSet;
  for (let i = 0; i < RULE_SETS.length; i++)
    if ((RULE_SET_STARTS[i] as number) <= day) found = RULE_SETS[i] as RuleSet;
  return found;
}

function unemploymentBenefitOn(day: number): UnemploymentBenefitEntry | null {
  let found: UnemploymentBenefitEntry | null = null;
  for (let i = 0; i < Z_STARTS.length; i++) {
    if ((Z_STARTS[i] as number) > day) break;
    found = UNEMPLOYMENT_BENEFIT_TABLE[i] as UnemploymentBenefitEntry;
  }
  return found;
}

/** Parses 'YYYY-MM-DD' by char codes; returns y*10000+m*100+d, or -1 when it is not a real date. */
function packDate(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let v = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return v;
}

/** dayNumber of (year, month + k, day clamped to that month). */
function addMonthsDayNumber(y: number, m: number, d: number, k: number): number {
  const idx = y * 12 + (m - 1) + k;
  const ty = Math.floor(idx / 12);
  const tm = (idx % 12) + 1;
  return dayNumber(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** One recorded day, as the attendance register stores it. */
export interface DayEntry {
  date: string;
  status: DayStatus | string;
}

function isDayEntryList(days: MonthlyBenefitInput['days']): days is readonly DayEntry[] {
  return Array.isArray(days);
}

/** The month being computed, for placing its days: 'YYYY-MM-' as char codes and the period bounds. */
interface MonthSlots {
  prefix: string;
  y0: number;
  y1: number;
  y2: number;
  y3: number;
  m0: number;
  m1: number;
  dim: number;
  monthStart: number;
  admDay: number;
  lastDay: number;
  input: MonthlyBenefitInput;
  statuses: (DayStatus | undefined)[];
}

/**
 * Puts one listed day into its slot: 1 = a class day placed, 0 = 'no_classes' (nothing to place), or the
 * refusal (a date that is not real, not of this month, outside participation, twice, an unknown status).
 */
function placeDay(
  m: MonthSlots,
  key: string,
  status: DayStatus | string | undefined,
  mayRepeat: boolean,
): 0 | 1 | MonthlyBenefitOutcome {
  let d = -1;
  if (
    typeof key === 'string' &&
    key.length === 10 &&
    key.charCodeAt(0) === m.y0 &&
    key.charCodeAt(1) === m.y1 &&
    key.charCodeAt(2) === m.y2 &&
    key.charCodeAt(3) === m.y3 &&
    key.charCodeAt(4) === 45 &&
    key.charCodeAt(5) === m.m0 &&
    key.charCodeAt(6) === m.m1 &&
    key.charCodeAt(7) === 45
  ) {
    const t = key.charCodeAt(8) - 48;
    const u = key.charCodeAt(9) - 48;
    if (t >= 0 && t <= 9 && u >= 0 && u <= 9) d = t * 10 + u;
    if (d < 1 || d > m.dim)
      return fail('INVALID_DATE', `Nieprawidłowa data dnia „${key}”: oczekiwano RRRR-MM-DD.`);
  } else {
    if (packDate(key) < 0)
      return fail('INVALID_DATE', `Nieprawidłowa data dnia „${String(key)}”: oczekiwano RRRR-MM-DD.`);
    return fail('DAY_OUTSIDE_MONTH', `Dzień ${key} nie należy do miesiąca ${m.input.month}.`);
  }
  switch (status) {
    case 'present':
    case 'day_off':
    case 'sick':
    case 'unexcused':
    case 'excused':
    case 'no_classes':
      break;
    default:
      return fail(
        'UNKNOWN_DAY_STATUS',
        `Nieznany status dnia ${key}: „${String(status)}”. Dozwolone: present, ` +
          `day_off, sick, unexcused, excused, no_classes.`,
      );
  }
  if (mayRepeat && m.statuses[d] !== undefined) return fail('DUPLICATE_DAY', `Dzień ${key} podano dwa razy.`);
  if (status === 'no_classes') {
    // Kept in its slot only so that a list naming the day twice is caught; it reduces nothing.
    if (mayRepeat) m.statuses[d] = status;
    return 0;
  }
  const dn = m.monthStart + d - 1;
  if (dn < m.admDay || dn > m.lastDay) {
    return fail(
      'DAY_OUTSIDE_PARTICIPATION',
      `Dzień ${key} wypada poza ` +
        `okresem uczestnictwa (${m.input.admissionDate}${m.input.endDate ? ` – ${m.input.endDate}` : ''}).`,
    );
  }
  m.statuses[d] = status;
  return 1;
}

const OLDER_ARTICLE: Record<DeductionRule, string> = {
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
const CONSOLIDATED_ARTICLE: Record<DeductionRule, string> = {
  SICK_WITHIN_LIMIT: 'art. 15 ust. 7a',
  SICK_OVER_LIMIT: 'art. 15 ust. 7a',
  UNEXCUSED: 'art. 15 ust. 7',
  DAY_OFF_OVER_LIMIT: 'art. 15 ust. 6a–6b',
  EXCUSED: 'regulamin centrum (inna nieobecność usprawiedliwiona)',
  SICK_IN_TRIAL: 'regulamin centrum (choroba w okresie próbnym; ustawa jej nie reguluje)',
  SICK_IN_TRIAL_NOT_DUE: 'regulamin centrum (choroba w okresie próbnym; ustawa jej nie reguluje)',
  UNEXCUSED_FORFEIT_MONTH: 'art. 15 ust. 7 (ponad 3 dni nieusprawiedliwione w miesiącu)',
};
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

  // Place each listed day in a slot by its day number; refuse what does not belong to the month.
  const statuses: (DayStatus | undefined)[] = new Array(dim + 1);
  const slots: MonthSlots = {
    prefix: datePrefix,
    y0: datePrefix.charCodeAt(0),
    y1: datePrefix.charCodeAt(1),
    y2: datePrefix.charCodeAt(2),
    y3: datePrefix.charCodeAt(3),
    m0: datePrefix.charCodeAt(5),
    m1: datePrefix.charCodeAt(6),
    dim,
    monthStart,
    admDay,
    lastDay,
    input,
    statuses,
  };
  let classDays = 0;
  const days = input.days;
  if (isDayEntryList(days)) {
    // The payroll's form: the register's rows as they were read, no record built.
    for (let k = 0; k < days.length; k++) {
      const e = days[k] as DayEntry;
      const placed = placeDay(slots, e.date, e.status, true);
      if (placed === 1) classDays++;
      else if (placed !== 0) return placed;
    }
  } else {
    for (const key in days) {
      if (!Object.hasOwn(days, key)) continue;
      const placed = placeDay(slots, key, days[key], false);
      if (placed === 1) classDays++;
      else if (placed !== 0) return placed;
    }
  }

  // Per-day shares. Pre-2022 values are the law; from 2022 the uncertain ones come from the regulamin.
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
  const sickText = `${sickF.num}/${sickF.den}`;
  const unexText = `${unexF.num}/${unexF.den}`;
  const excText = `${excF.num}/${excF.den}`;
  const overText = `${overF.num}/${overF.den}`;
  const sickLimit = ruleSet.sickDaysLimit.value;
  const daysOffExtension = extensionDaysOff(ruleSet, extensionMonths, params.extensionDaysOffRounding);
  const daysOffLimit = ruleSet.daysOffLimit.value + daysOffExtension;
  const sickOnlyInParticipation = ruleSet.sickLimitIn === 'PARTICIPATION_PERIOD';
  const perIllness = consolidated && params.sickLimitScope === 'PER_ILLNESS';
  const trialSickness = params.trialSickness;

  let daysOffUsed = priorOff;
  let sickUsed = priorSick;
  let illness = priorIllness;
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

  const mode = params.rounding;
  const base = roundDiv(baseNum, baseDen, mode);
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
        amount: base,
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
