// Practical placements (praktyki u pracodawcy, issue 16 item 2): the plan's checks and the figures of the
// certificate. Pure: no I/O, dates as 'YYYY-MM-DD'.
import { dayNumber, parseIsoDate } from '../calendar';

export interface PlanProblem {
  field: 'startDate' | 'endDate' | 'dailyHours';
  code: 'PLACEMENT_END_BEFORE_START' | 'PLACEMENT_OUTSIDE_PARTICIPATION' | 'PLACEMENT_HOURS_OVER_IPZS';
  message: string;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The plan fits the person's participation: it starts no earlier than the admission, ends no later than
 * the last day of classes (or the planned end while the IPZS runs), and a placement day is no longer than
 * a day of the weekly hours the IPZS sets spread over five days (art. 14: the hours are the IPZS's).
 */
export function checkPlacementPlan(plan: {
  startDate: string;
  endDate: string;
  dailyHours: number;
  participation: { from: string; to: string };
  weeklyHours: number | null;
}): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.endDate < plan.startDate)
    problems.push({
      field: 'endDate',
      code: 'PLACEMENT_END_BEFORE_START',
      message: `Praktyka nie może kończyć się (${dmy(plan.endDate)}) przed jej początkiem (${dmy(plan.startDate)}).`,
    });
  const { from, to } = plan.participation;
  const window = `${dmy(from)} – ${dmy(to)}`;
  if (plan.startDate < from || plan.startDate > to)
    problems.push({
      field: 'startDate',
      code: 'PLACEMENT_OUTSIDE_PARTICIPATION',
      message: `Początek praktyki jest poza okresem uczestnictwa tej osoby (${window}).`,
    });
  if (plan.endDate > to || plan.endDate < from)
    problems.push({
      field: 'endDate',
      code: 'PLACEMENT_OUTSIDE_PARTICIPATION',
      message: `Koniec praktyki jest poza okresem uczestnictwa tej osoby (${window}).`,
    });
  if (plan.weeklyHours !== null && plan.dailyHours * 5 > plan.weeklyHours)
    problems.push({
      field: 'dailyHours',
      code: 'PLACEMENT_HOURS_OVER_IPZS',
      message:
        `${String(plan.dailyHours).replace('.', ',')} h dziennie przez 5 dni to ` +
        `więcej niż ${plan.weeklyHours} h tygodniowo z IPZS tej osoby.`,
    });
  return problems;
}

/** Calendar days from start to end, both included (what the certificate calls the length of the placement). */
export function calendarDays(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Invalid dates: ${from}, ${to}`);
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day) + 1;
}

/** Days and hours actually spent at the employer, from the recorded placement days. */
export function placementTotals(days: readonly { date: string; hours: number }[]) {
  const hours = days.reduce((s, d) => s + Math.round(d.hours * 100), 0) / 100;
  return { days: days.length, hours };
}

/** Evaluation criteria the tutor rates 1–5 (the centre's form; not a statutory list). */
export const EVALUATION_CRITERIA = {
  punctuality: 'Punktualność i obecność',
  quality: 'Jakość i staranność pracy',
  independence: 'Samodzielność',
  cooperation: 'Współpraca z zespołem',
  safety: 'Przestrzeganie zasad BHP',
} as const;
export type EvaluationCriterion = keyof typeof EVALUATION_CRITERIA;

/** The mean of the ratings to one decimal place, shown with how it was made ("(5 + 4 + 4 + 5 + 3) / 5"). */
export function ratingMean(ratings: Record<string, number>): { mean: number; formula: string } | null {
  const values = Object.values(ratings);
  if (values.length === 0) return null;
  const sum = values.reduce((s, v) => s + v, 0);
  const mean = Math.round((sum / values.length) * 10) / 10;
  return { mean, formula: `(${values.join(' + ')}) / ${values.length} = ${String(mean).replace('.', ',')}` };
}

/** The ratings in the form's order (a stored JSON object may come back with its keys in another order). */
export function orderedRatings(ratings: Record<string, number>): Record<string, number> {
  const known = Object.keys(EVALUATION_CRITERIA).filter((k) => k in ratings);
  const rest = Object.keys(ratings).filter((k) => !(k in EVALUATION_CRITERIA));
  return Object.fromEntries([...known, ...rest].map((k) => [k, ratings[k] as number]));
}
