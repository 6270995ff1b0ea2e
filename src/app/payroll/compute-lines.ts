import type { PayrollLineRow } from '../../db/schema';
import { type PayrollMonthFacts, readPayrollMonthFacts } from '../../db/payroll-month-facts.repository';
import type { Db } from '../../db/connection';
import { computeMonthlyBenefit, type DayEntry } from '../../domain/benefit/monthly-benefit';
import { DEFAULT_BENEFIT_PARAMETERS, parseBenefitParameters } from '../../domain/benefit/parameters';
import { daysInMonth, formatIsoDate, parseIsoMonth } from '../../domain/calendar';
import { limitsCountFrom } from '../../domain/benefit/limits';
import { findRuleSet } from '../../domain/law/rule-sets';

type BenefitInput = Parameters<typeof computeMonthlyBenefit>[0];

/** The first and last day of a 'YYYY-MM' month. */
export function monthRange(month: string) {
  const { year, month: m } = parseIsoMonth(month)!;
  return { from: formatIsoDate(year, m, 1), to: formatIsoDate(year, m, daysInMonth(year, m)) };
}

/** The month before a 'YYYY-MM' month. */
function previousMonth(month: string) {
  const { year: y, month: m } = parseIsoMonth(month)!;
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The benefit parameters of a centre's regulamin (the defaults when none or invalid). */
export function benefitParametersOf(settings: unknown) {
  const parsed = parseBenefitParameters(
    (settings as { benefitParameters?: Record<string, unknown> } | null)?.benefitParameters ?? {},
  );
  return parsed.ok ? parsed.value : DEFAULT_BENEFIT_PARAMETERS;
}

/**
 * A computed line before it is saved. Its `inputs` is the object the engine was given (serialised once,
 * with the whole batch, when the lines are saved — building each line's JSON text here was most of the
 * engine's time; issue #13 item 10).
 */
export type NewLine = Omit<
  PayrollLineRow,
  'id' | 'payroll_id' | 'explanation' | 'benefit_grosze' | 'bonus_grosze' | 'inputs'
> & { inputs: LineInputs; explanation: string[]; benefit_grosze: number; bonus_grosze: number };

/** What a line was computed from: the engine's input (with its result's end use or refusal), or a note. */
export type LineInputs =
  | (BenefitInput & { endUse?: unknown; error?: { code: string; message: string } })
  | { continuationUntil: string | null }
  | { concernsMonth: string };

export interface ComputedMonth {
  lines: NewLine[];
  ruleSet: string;
  parameters: unknown;
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(key(row)) ?? map.set(key(row), []).get(key(row))!).push(row);
  return map;
};

/**
 * Every participant-month of a CIS payroll, computed by the rules engine from the attendance of the
 * month (never recomputed elsewhere): the benefit with its explanation, the approved bonus proposal,
 * people whose IPZS continues without participation (nothing due, listed), and corrections settled
 * in this month.
 */
export async function computeLines(db: Db, centreId: string, month: string): Promise<ComputedMonth> {
  return (await computeLinesForCentres(db, [centreId], month)).get(centreId)!;
}

/**
 * The same for many centres at once (a network's month): the month is read in one round for all of
 * them, then the engine runs per participant — what a single centre's payroll does too.
 */
export async function computeLinesForCentres(
  db: Db,
  centreIds: string[],
  month: string,
): Promise<Map<string, ComputedMonth>> {
  const { from, to } = monthRange(month);
  const facts = await readPayrollMonthFacts(db, centreIds, {
    month,
    from,
    to,
    previous: previousMonth(month),
  });
  return linesFromFacts(facts, month);
}

/** The engine over the facts read: pure, one entry per centre read. */
export function linesFromFacts(facts: PayrollMonthFacts, month: string): Map<string, ComputedMonth> {
  const { from, to } = monthRange(month);
  const endUse = new Map(facts.carried.map((c) => [c.participant_id, c.end_use]));
  const byPerson = groupBy(facts.attendance, (r) => r[0]);
  const programmesByCentre = groupBy(facts.programmes, (p) => p.centre_id);
  const correctionsByCentre = groupBy(facts.corrections, (c) => c.centre_id);
  const ruleSet = findRuleSet(from).id;
  const out = new Map<string, ComputedMonth>();
  for (const centre of facts.centres) {
    const params = benefitParametersOf(centre.settings);
    const lines: NewLine[] = [];
    for (const p of programmesByCentre.get(centre.id) ?? []) {
      const base = {
        centre_id: centre.id,
        participant_id: p.participant_id,
        name: `${p.last_name} ${p.first_name}`,
        pesel: p.pesel,
        bank_account: p.bank_account,
        paid_in_cash: p.paid_in_cash,
        correction_id: null,
      };
      const participationEnd = p.last_day ?? p.planned_end;
      if (participationEnd < from) {
        lines.push({
          ...base,
          kind: 'BENEFIT',
          status: 'CONTINUING_NO_BENEFIT',
          inputs: { continuationUntil: p.continuation_until },
          explanation: [
            'Program realizowany bez uczestnictwa w zajęciach po podjęciu zatrudnienia ' +
              '— świadczenie integracyjne nie przysługuje (art. 13 ust. 5).',
          ],
          benefit_grosze: 0,
          bonus_grosze: 0,
          total_grosze: 0,
        });
        continue;
      }
      // The register's rows as they were read: the engine takes them as a list (no record to build and walk).
      const days: DayEntry[] = [];
      const known = endUse.get(p.participant_id);
      const priorUse = known ? { ...known } : { daysOff: 0, sickDays: 0 };
      // From June 2025 only the participation period counts against the limits (art. 15 ust. 6a, 7a).
      const countFrom = limitsCountFrom(month, p.admission_date);
      for (const [, date, status] of byPerson.get(p.participant_id) ?? []) {
        if (date >= from) days.push({ date, status });
        else if (!known && date >= countFrom) {
          if (status === 'day_off') priorUse.daysOff++;
          else priorUse.sickDays++;
        }
      }
      const input = {
        month,
        centreType: 'CIS' as const,
        admissionDate: p.admission_date,
        endDate: p.last_day ?? (p.planned_end <= to ? p.planned_end : null),
        days,
        priorUse,
        extensionMonths: p.extension_months,
        bonus: p.bonus ?? 0,
      };
      const result = computeMonthlyBenefit(input, params);
      if (!result.ok) {
        lines.push({
          ...base,
          kind: 'BENEFIT',
          status: 'NOTHING_DUE',
          inputs: { ...input, error: result.error },
          explanation: [result.error.message],
          benefit_grosze: 0,
          bonus_grosze: 0,
          total_grosze: 0,
        });
        continue;
      }
      const v = result.value;
      lines.push({
        ...base,
        kind: 'BENEFIT',
        status: v.total > 0 ? 'PAY' : 'NOTHING_DUE',
        inputs: { ...input, endUse: v.endUse },
        explanation: v.explanation,
        benefit_grosze: v.total - v.bonus,
        bonus_grosze: v.bonus,
        total_grosze: v.total,
      });
    }
    for (const c of correctionsByCentre.get(centre.id) ?? []) {
      lines.push({
        centre_id: centre.id,
        participant_id: c.participant_id,
        name: `${c.last_name} ${c.first_name}`,
        pesel: c.pesel,
        bank_account: c.bank_account,
        paid_in_cash: c.paid_in_cash,
        kind: 'CORRECTION',
        status: 'PAY',
        correction_id: c.id,
        inputs: { concernsMonth: c.concerns_month },
        explanation: [`Korekta za ${c.concerns_month}: ${c.reason}`],
        benefit_grosze: c.amount_grosze,
        bonus_grosze: 0,
        total_grosze: c.amount_grosze,
      });
    }
    out.set(centre.id, { lines, ruleSet, parameters: params });
  }
  return out;
}
