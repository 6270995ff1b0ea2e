import { lockKeys } from '../../db/locks';
import {
  findCisCentres,
  findPayrollMonthStates,
  insertPayrollAuditEntries,
  upsertDraftPayrollMonths,
} from '../../db/payroll.repository';
import { deletePayrollLines, insertPayrollLines } from '../../db/payroll-lines.repository';
import type { AppDeps } from '../deps';
import { computeLinesForCentres } from './compute-lines';
import { payrollLockKey } from './payroll-access';

/**
 * Computes the month's draft payroll of many CIS centres in one run (a network operator, the CLI):
 * the month read in one round for all, one transaction; closed months are left alone and reported.
 */
export async function computePayrollsForCentres(
  deps: AppDeps,
  month: string,
  centreIds: string[] | 'ALL',
  operator: { userId: string | null; email: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const centres = await findCisCentres(trx, centreIds);
    if (!centres.length) return { computed: [], skippedClosed: [] };
    await lockKeys(
      trx,
      centres.map((c) => payrollLockKey(c.id, month)),
    );
    const existing = await findPayrollMonthStates(
      trx,
      centres.map((c) => c.id),
      month,
    );
    const closed = new Set(existing.filter((e) => e.status === 'CLOSED').map((e) => e.centre_id));
    const open = centres.filter((c) => !closed.has(c.id));
    if (!open.length)
      return { computed: [], skippedClosed: centres.filter((c) => closed.has(c.id)).map((c) => c.name) };
    const computed = await computeLinesForCentres(
      trx,
      open.map((c) => c.id),
      month,
    );
    await deletePayrollLines(
      trx,
      existing.filter((e) => e.status !== 'CLOSED').map((e) => e.id),
    );
    const months = await upsertDraftPayrollMonths(
      trx,
      open.map((c) => {
        const r = computed.get(c.id)!;
        return {
          centre_id: c.id,
          month,
          computed_by: operator.userId,
          rule_set: r.ruleSet,
          parameters: JSON.stringify(r.parameters),
          total_grosze: r.lines.filter((l) => l.status === 'PAY').reduce((s, l) => s + l.total_grosze, 0),
        };
      }),
    );
    const payrollOf = new Map(months.map((m) => [m.centre_id, m.id]));
    await insertPayrollLines(
      trx,
      open.flatMap((c) => computed.get(c.id)!.lines.map((l) => ({ ...l, payroll_id: payrollOf.get(c.id)! }))),
      { returning: false },
    );
    await insertPayrollAuditEntries(
      trx,
      months.map((m) => ({
        centreId: m.centre_id,
        payrollId: m.id,
        actorUserId: operator.userId,
        actorEmail: operator.email,
        details: {
          month,
          lines: computed.get(m.centre_id)!.lines.length,
          total: Number(m.total_grosze),
          batch: true,
        },
      })),
    );
    return {
      computed: months.map((m) => ({
        centreId: m.centre_id,
        total: Number(m.total_grosze),
        lines: computed.get(m.centre_id)!.lines.length,
      })),
      skippedClosed: centres.filter((c) => closed.has(c.id)).map((c) => c.name),
    };
  });
}
