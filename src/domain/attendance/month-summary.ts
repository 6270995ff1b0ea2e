import { daysInMonth, formatIsoDate, isIsoDate, parseIsoMonth } from '../calendar';
import { DEFAULT_BENEFIT_PARAMETERS, type ResolvedBenefitParameters } from '../benefit/parameters';
import { daysOffLimitFor, limitsCountFrom } from '../benefit/limits';
import { findRuleSet, type RuleSetId } from '../law/rule-sets';
import { DAY_STATUSES, type Confidence, type DayStatus } from '../types';
import {
  checkParticipationWindow,
  isInParticipation,
  monthCalendar,
  type ClassProgrammePlan,
  type ParticipationWindow,
} from './month-calendar';

/** One recorded day of one participant, as stored (status is a plain string in the database). */
export interface DayEntry {
  date: string;
  status: DayStatus | (string & {});
  hours?: number | null;
  /** The free meal was given (art. 14 ust. 4). */
  meal?: boolean | null;
}

/** Days off and sick days used so far in the participation — the engine's `priorUse` / `endUse`. */
export interface LimitCounters {
  daysOff: number;
  sickDays: number;
}

export type IgnoredReason = 'INVALID_DATE' | 'UNKNOWN_STATUS' | 'OUTSIDE_PARTICIPATION' | 'DUPLICATE_DATE';

/** An entry of the month that the summary did not count (the validator reports it as an error). */
export interface IgnoredEntry {
  index: number;
  date: string;
  reason: IgnoredReason;
}

/** The use of one cumulative limit (days off or sick days) over the whole participation. */
export interface LimitUse {
  limit: number;
  before: number;
  inMonth: number;
  after: number;
  remaining: number;
  /** Days of this month beyond the limit, in date order. */
  overLimitDates: string[];
  article: string;
  source: string;
  confidence: Confidence;
}

export interface MonthSummary {
  month: string;
  ruleSet: RuleSetId;
  daysInMonth: number;
  /** Days in participation per status; unrecorded days without classes count as `no_classes`. */
  counts: Record<DayStatus, number>;
  /** Days in participation with classes planned and no entry yet. */
  unrecordedDates: string[];
  outsideParticipation: number;
  /** Days in participation with classes planned, and their planned hours (0 without a programme). */
  classDays: number;
  scheduledHours: number;
  /** Σ hours of all counted entries. */
  hoursRecorded: number;
  /** Σ hours of present days; a present day without hours counts its planned hours. */
  hoursPresent: number;
  /** One free meal per day of presence (art. 14 ust. 4). */
  mealsDue: number;
  mealsRecorded: number;
  daysOff: LimitUse;
  sickDays: LimitUse;
  /** Unexcused days of the month (days off beyond the limit included, as in the benefit engine). */
  unexcused: {
    days: number;
    forfeitAboveDays: number | null;
    forfeited: boolean;
    setBy: 'law' | 'centre';
    source: string;
  };
  ignored: IgnoredEntry[];
}

const KNOWN = new Set<string>(DAY_STATUSES);

/** True for one of the six DayStatus values. */
export function isDayStatus(value: unknown): value is DayStatus {
  return typeof value === 'string' && KNOWN.has(value);
}

/**
 * The entries of one month that count for a participant, by date, and those that do not (bad date,
 * unknown status, outside the participation, a second entry for a date). Entries of other months are
 * skipped silently: callers may pass the whole participation.
 */
export function collectMonthEntries(
  month: string,
  entries: readonly DayEntry[],
  window: ParticipationWindow,
): { byDate: Map<string, DayEntry & { status: DayStatus }>; ignored: IgnoredEntry[] } {
  if (!parseIsoMonth(month)) throw new RangeError(`Invalid month: ${month}`);
  checkParticipationWindow(window);

  const prefix = `${month}-`;
  const byDate = new Map<string, DayEntry & { status: DayStatus }>();
  const ignored: IgnoredEntry[] = [];
  entries.forEach((entry, index) => {
    if (typeof entry.date !== 'string' || !entry.date.startsWith(prefix)) return;
    if (!isIsoDate(entry.date)) ignored.push({ index, date: entry.date, reason: 'INVALID_DATE' });
    else if (!isDayStatus(entry.status)) ignored.push({ index, date: entry.date, reason: 'UNKNOWN_STATUS' });
    else if (!isInParticipation(entry.date, window))
      ignored.push({ index, date: entry.date, reason: 'OUTSIDE_PARTICIPATION' });
    else if (byDate.has(entry.date)) ignored.push({ index, date: entry.date, reason: 'DUPLICATE_DATE' });
    else byDate.set(entry.date, entry as DayEntry & { status: DayStatus });
  });
  return { byDate, ignored };
}

/**
 * Days off and sick days recorded in the participation before `month` — the engine's `priorUse`.
 * Counts each date once, only within the participation window, as the engine's `endUse` does.
 */
export function priorUseFromEntries(
  entries: readonly DayEntry[],
  month: string,
  window: ParticipationWindow,
): LimitCounters {
  if (!parseIsoMonth(month)) throw new RangeError(`Invalid month: ${month}`);
  checkParticipationWindow(window);
  const monthStart = `${month}-01`;
  // From 1.06.2025 only the participation period counts against the limits (art. 15 ust. 6a, 7a).
  const countFrom = limitsCountFrom(month, window.admissionDate);
  // The first entry of a date wins, as in collectMonthEntries.
  const statusByDate = new Map<string, string>();
  for (const e of entries) {
    if (
      typeof e.date !== 'string' ||
      e.date >= monthStart ||
      e.date < countFrom ||
      !isIsoDate(e.date) ||
      !isDayStatus(e.status) ||
      !isInParticipation(e.date, window)
    )
      continue;
    if (!statusByDate.has(e.date)) statusByDate.set(e.date, e.status);
  }
  const use: LimitCounters = { daysOff: 0, sickDays: 0 };
  for (const status of statusByDate.values()) {
    if (status === 'day_off') use.daysOff++;
    else if (status === 'sick') use.sickDays++;
  }
  return use;
}

const nonNegative = (h: number | null | undefined): number =>
  typeof h === 'number' && Number.isFinite(h) && h > 0 ? h : 0;

/**
 * One participant's month from their day entries: days per status, hours, meals due (art. 14 ust. 4)
 * and the running use of days off (art. 15 ust. 7) and sick days (art. 15 ust. 7a) against the
 * limits of the rule set of the month, counted over the whole participation in date order exactly
 * as `computeMonthlyBenefit` does. `priorUse` defaults to the count from earlier entries passed in.
 * The unexcused-absence threshold is the law before 2022 and the centre's parameter after.
 */
export function summarizeMonth(
  input: {
    month: string;
    entries: readonly DayEntry[];
    window: ParticipationWindow;
    programme?: ClassProgrammePlan | null;
    priorUse?: LimitCounters | null;
    /** Months of participation extension in force: extra days off from 1.06.2025 (art. 15 ust. 6b). */
    extensionMonths?: number;
  },
  params: ResolvedBenefitParameters = DEFAULT_BENEFIT_PARAMETERS,
): MonthSummary {
  const { month, entries, window } = input;
  const { byDate, ignored } = collectMonthEntries(month, entries, window);
  const { year, month: m } = parseIsoMonth(month) as { year: number; month: number };
  const dim = daysInMonth(year, m);
  const calendar = input.programme ? monthCalendar(month, input.programme) : null;
  const prior = input.priorUse ?? priorUseFromEntries(entries, month, window);
  const ruleSet = findRuleSet(month);
  const countFrom = limitsCountFrom(month, window.admissionDate);
  const refused = ruleSet.daysOffRules.overLimit === 'REFUSED';
  const offLimit = daysOffLimitFor(month, input.extensionMonths ?? 0, params);

  const counts = Object.fromEntries(DAY_STATUSES.map((s) => [s, 0])) as Record<DayStatus, number>;
  const unrecordedDates: string[] = [];
  const offOver: string[] = [];
  const sickOver: string[] = [];
  let outside = 0;
  let classDays = 0;
  let scheduledHours = 0;
  let hoursRecorded = 0;
  let hoursPresent = 0;
  let mealsRecorded = 0;
  let offUsed = prior.daysOff;
  let sickUsed = prior.sickDays;
  let unexcused = 0;

  for (let d = 1; d <= dim; d++) {
    const date = formatIsoDate(year, m, d);
    const planned = calendar ? (calendar[d - 1]?.hours ?? 0) : 0;
    if (!isInParticipation(date, window)) {
      outside++;
      continue;
    }
    if (planned > 0) {
      classDays++;
      scheduledHours += planned;
    }

    const entry = byDate.get(date);
    if (!entry) {
      // Without a programme every day waits for a record; with one, a day without classes defaults to no_classes.
      if (calendar && planned === 0) counts.no_classes++;
      else unrecordedDates.push(date);
      continue;
    }

    counts[entry.status]++;
    hoursRecorded += nonNegative(entry.hours);
    if (entry.meal === true) mealsRecorded++;
    if (entry.status === 'present') hoursPresent += entry.hours == null ? planned : nonNegative(entry.hours);
    else if (entry.status === 'unexcused') unexcused++;
    else if (entry.status === 'sick' && date < countFrom) continue;
    else if (entry.status === 'sick' && ++sickUsed > ruleSet.sickDaysLimit.value) sickOver.push(date);
    else if (entry.status === 'day_off' && refused && date < countFrom) offOver.push(date);
    else if (entry.status === 'day_off' && ++offUsed > offLimit.total) {
      // Before 1.06.2025 the engine treats a day off beyond the limit as an unexcused absence; from
      // then on the law gives no such day and the engine refuses it.
      offOver.push(date);
      if (!refused) unexcused++;
    }
  }

  const limitUse = (
    rule: typeof ruleSet.daysOffLimit,
    limit: number,
    before: number,
    after: number,
    over: string[],
  ): LimitUse => ({
    limit,
    before,
    inMonth: after - before,
    after,
    remaining: Math.max(0, limit - after),
    overLimitDates: over,
    article: rule.article,
    source: rule.source,
    confidence: rule.confidence,
  });
  const fromCentre = ruleSet.unexcused === 'PARAMETER';
  const forfeitAboveDays =
    ruleSet.unexcused === 'PARAMETER'
      ? params.unexcusedForfeitAboveDays
      : ruleSet.unexcused.value.forfeitAboveDays;

  return {
    month,
    ruleSet: ruleSet.id,
    daysInMonth: dim,
    counts,
    unrecordedDates,
    outsideParticipation: outside,
    classDays,
    scheduledHours,
    hoursRecorded,
    hoursPresent,
    mealsDue: counts.present,
    mealsRecorded,
    daysOff: limitUse(ruleSet.daysOffLimit, offLimit.total, prior.daysOff, offUsed, offOver),
    sickDays: limitUse(
      ruleSet.sickDaysLimit,
      ruleSet.sickDaysLimit.value,
      prior.sickDays,
      sickUsed,
      sickOver,
    ),
    unexcused: {
      days: unexcused,
      forfeitAboveDays,
      forfeited: forfeitAboveDays !== null && unexcused > forfeitAboveDays,
      setBy: fromCentre ? 'centre' : 'law',
      source: fromCentre
        ? 'Regulamin centrum (miesiące od 1.01.2022 do 31.05.2025); domyślnie jak w ustawie od 1.06.2025.'
        : (ruleSet.unexcused as Exclude<typeof ruleSet.unexcused, 'PARAMETER'>).source,
    },
    ignored,
  };
}
