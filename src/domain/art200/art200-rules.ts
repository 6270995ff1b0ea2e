// The art. 200 track's checks: the agreement with the starosta, a person's enrolment under it, and a day
// of activities in hours. Pure: no I/O, no clock (today is passed in), dates as 'YYYY-MM-DD'.
import { addDays, addMonthsClamped } from '../calendar';
import type { Art200Parameters } from './parameters';

export interface Art200Problem {
  field: string;
  code: string;
  message: string;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const hoursText = (h: number) => `${String(h).replace('.', ',')} godz.`;
const monthsText = (n: number) => (n === 1 ? '1 miesiąc' : n < 5 ? `${n} miesiące` : `${n} miesięcy`);
/** "po 6 miesiącach", "po 1 miesiącu" (the locative after "po"). */
const afterMonths = (n: number) => (n === 1 ? 'po 1 miesiącu' : `po ${n} miesiącach`);

/**
 * The partner kinds that can stand for the starosta: the PUP, or the starostwo (registry kind "gmina
 * lub starostwo").
 */
export const STAROSTA_PARTNER_KINDS = ['LABOUR_OFFICE', 'LOCAL_GOVERNMENT'] as const;

/**
 * The last day a person may take part: `months` calendar months from the first day, that day included
 * (art. 111 § 2 and 112 of the Civil Code: the day before the same date, or the month's last day when the
 * target month has no such date — 31 August + 6 months ends on 28 February).
 */
export function lastDayOfPeriod(startDate: string, months: number): string {
  const target = addMonthsClamped(startDate, months);
  return target.slice(8, 10) === startDate.slice(8, 10) ? addDays(target, -1) : target;
}

/** Checks an agreement: dates in order, from the 2025 act on, limits within the rule set's. */
export function checkArt200Agreement(
  a: {
    partnerKind: string;
    partnerArchived: boolean;
    signedOn: string | null;
    validFrom: string;
    validUntil: string;
    dailyHoursLimit: number;
    maxMonths: number;
  },
  params: Art200Parameters | null,
): Art200Problem[] {
  const problems: Art200Problem[] = [];
  if (!(STAROSTA_PARTNER_KINDS as readonly string[]).includes(a.partnerKind))
    problems.push({
      field: 'partnerId',
      code: 'ART200_PARTNER_KIND',
      message:
        'Porozumienie zawiera się ze starostą — wybierz z rejestru powiatowy urząd pracy albo starostwo powiatowe.',
    });
  else if (a.partnerArchived)
    problems.push({
      field: 'partnerId',
      code: 'PARTNER_ARCHIVED',
      message: 'Ten partner jest w archiwum — wybierz aktywnego.',
    });
  if (a.validUntil < a.validFrom)
    problems.push({
      field: 'validUntil',
      code: 'ART200_END_BEFORE_START',
      message: `Porozumienie nie może kończyć się (${dmy(a.validUntil)}) przed początkiem (${dmy(a.validFrom)}).`,
    });
  if (a.signedOn && a.signedOn > a.validUntil)
    problems.push({
      field: 'signedOn',
      code: 'ART200_SIGNED_AFTER_END',
      message: `Data podpisania (${dmy(a.signedOn)}) jest po końcu porozumienia (${dmy(a.validUntil)}).`,
    });
  if (!params) {
    problems.push({
      field: 'validFrom',
      code: 'ART200_BEFORE_ACT',
      message:
        'Zajęcia z art. 200 ustawy o rynku pracy i służbach zatrudnienia mogą się ' +
        'zaczynać najwcześniej 1 czerwca 2025 r. (wejście ustawy w życie).',
    });
    return problems;
  }
  if (a.dailyHoursLimit > params.maxHoursPerDay)
    problems.push({
      field: 'dailyHoursLimit',
      code: 'ART200_DAILY_LIMIT',
      message: `Zajęcia mogą trwać najwyżej ${hoursText(params.maxHoursPerDay)} dziennie.`,
    });
  if (a.maxMonths > params.maxMonths)
    problems.push({
      field: 'maxMonths',
      code: 'ART200_MONTHS_LIMIT',
      message: `Udział jednej osoby może trwać najwyżej ${monthsText(params.maxMonths)}.`,
    });
  return problems;
}

/** The agreement's terms as the checks of enrolments and days need them. */
export interface AgreementTerms {
  validFrom: string;
  validUntil: string;
  dailyHoursLimit: number;
  maxMonths: number;
}

/** Checks a person's period under the agreement: inside its dates and no longer than its months. */
export function checkArt200Enrolment(
  e: { startDate: string; plannedEndDate: string },
  agreement: AgreementTerms,
): Art200Problem[] {
  const problems: Art200Problem[] = [];
  const window = `${dmy(agreement.validFrom)} – ${dmy(agreement.validUntil)}`;
  if (e.startDate < agreement.validFrom || e.startDate > agreement.validUntil)
    problems.push({
      field: 'startDate',
      code: 'ART200_OUTSIDE_AGREEMENT',
      message: `Początek udziału jest poza okresem porozumienia (${window}).`,
    });
  if (e.plannedEndDate < e.startDate) {
    problems.push({
      field: 'plannedEndDate',
      code: 'ART200_END_BEFORE_START',
      message: `Koniec udziału (${dmy(e.plannedEndDate)}) nie może być przed jego początkiem (${dmy(e.startDate)}).`,
    });
    return problems;
  }
  const last = lastDayOfPeriod(e.startDate, agreement.maxMonths);
  if (e.plannedEndDate > last)
    problems.push({
      field: 'plannedEndDate',
      code: 'ART200_OVER_MAX_MONTHS',
      message:
        `Udział może trwać najwyżej ${monthsText(agreement.maxMonths)} — przy początku ${dmy(e.startDate)} ` +
        `najpóźniej do ${dmy(last)}.`,
    });
  else if (e.plannedEndDate > agreement.validUntil)
    problems.push({
      field: 'plannedEndDate',
      code: 'ART200_OUTSIDE_AGREEMENT',
      message: `Koniec udziału jest po końcu porozumienia (${dmy(agreement.validUntil)}).`,
    });
  return problems;
}

/**
 * Checks one day of activities: hours from 0 to the agreement's daily limit in quarters of an hour, the
 * day not in the future, inside the agreement, inside the person's months, inside their own period. One
 * problem per day, the most specific first.
 */
export function checkArt200Day(
  d: { date: string; hours: number },
  enrolment: { startDate: string; plannedEndDate: string; endedOn: string | null },
  agreement: AgreementTerms,
  today: string,
): Art200Problem[] {
  const problems: Art200Problem[] = [];
  if (d.hours < 0 || d.hours > agreement.dailyHoursLimit)
    problems.push({
      field: 'hours',
      code: 'ART200_DAILY_LIMIT',
      message:
        `Najwyżej ${hoursText(agreement.dailyHoursLimit)} dziennie według porozumienia ` +
        `— wpisano ${hoursText(d.hours)}`,
    });
  else if (!Number.isInteger(d.hours * 4))
    problems.push({
      field: 'hours',
      code: 'ART200_HOURS_STEP',
      message: 'Godziny podaj z dokładnością do kwadransa (np. 2,5 albo 3,75).',
    });
  const dateProblem = (code: string, message: string) => problems.push({ field: 'date', code, message });
  const last = lastDayOfPeriod(enrolment.startDate, agreement.maxMonths);
  const end = enrolment.endedOn ?? enrolment.plannedEndDate;
  if (d.date > today) dateProblem('FUTURE_DAY', 'Godziny wpisuje się w dniu zajęć albo później, nie z góry.');
  else if (d.date < agreement.validFrom || d.date > agreement.validUntil)
    dateProblem(
      'ART200_OUTSIDE_AGREEMENT',
      `${dmy(d.date)} jest poza okresem porozumienia (${dmy(agreement.validFrom)} – ${dmy(agreement.validUntil)}).`,
    );
  else if (d.date > last)
    dateProblem(
      'ART200_OVER_MAX_MONTHS',
      `${dmy(d.date)} to już ${afterMonths(agreement.maxMonths)} udziału tej ` +
        `osoby (od ${dmy(enrolment.startDate)} do ${dmy(last)}).`,
    );
  else if (d.date < enrolment.startDate || d.date > end)
    dateProblem(
      'ART200_OUTSIDE_ENROLMENT',
      `${dmy(d.date)} jest poza okresem udziału tej osoby (${dmy(enrolment.startDate)} – ${dmy(end)}).`,
    );
  return problems;
}

/** Hours as integer quarters, so sums are exact (2,25 + 3,75 = 6 with no floating-point dust). */
const quarters = (h: number) => Math.round(h * 4);

export interface MonthListRow {
  enrolmentId: string;
  name: string;
  pesel: string | null;
  /** Day of the month (1–31) → hours recorded that day (0 = recorded absent). */
  hoursByDay: Record<number, number>;
  /** Days with more than 0 hours. */
  daysPresent: number;
  hours: number;
}

/** The month's attendance list for the PUP: per person the days and hours, and the totals. */
export function buildMonthList(
  people: readonly { enrolmentId: string; name: string; pesel: string | null }[],
  days: readonly { enrolmentId: string; date: string; hours: number }[],
): { rows: MonthListRow[]; totals: { people: number; daysPresent: number; hours: number } } {
  const rows = people.map<MonthListRow>((p) => {
    const own = days.filter((d) => d.enrolmentId === p.enrolmentId);
    const q = own.reduce((s, d) => s + quarters(d.hours), 0);
    return {
      ...p,
      hoursByDay: Object.fromEntries(own.map((d) => [Number(d.date.slice(8, 10)), d.hours])),
      daysPresent: own.filter((d) => d.hours > 0).length,
      hours: q / 4,
    };
  });
  const q = rows.reduce((s, r) => s + quarters(r.hours), 0);
  return {
    rows,
    totals: { people: rows.length, daysPresent: rows.reduce((s, r) => s + r.daysPresent, 0), hours: q / 4 },
  };
}
