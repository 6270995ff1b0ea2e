import type { Payroll } from '../../contracts/payroll.contract';
import { tryLockKey } from '../../db/locks';
import { findPayrollMonth, insertPayrollMonth, updatePayrollMonth } from '../../db/payroll.repository';
import { deletePayrollLines, insertPayrollLines } from '../../db/payroll-lines.repository';
import type { PayrollMonthRow } from '../../db/schema';
import { AppError } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf } from '../pathway/shared';
import { computeLines } from './compute-lines';
import { payrollLockKey } from './payroll-access';
import { presentPayroll } from './payroll-view';

/**
 * (Re)computes the month's payroll; a reviewed or approved payroll goes back to draft. A closed month
 * never changes.
 */
export async function computePayroll(deps: AppDeps, ctx: CallContext, month: string): Promise<Payroll> {
  requireAction(ctx, 'payroll.compute');
  const { row: centre } = await centreOf(deps.db, ctx);
  if (centre.type !== 'CIS')
    throw new AppError('INVALID_STATE', {
      message: 'Świadczenie integracyjne wypłaca tylko centrum integracji społecznej (CIS).',
    });
  return deps.db.transaction().execute(async (trx) => {
    // One compute of a centre's month at a time (across instances): the others answer 409 at once.
    if (!(await tryLockKey(trx, payrollLockKey(ctx.actor.centreId, month))))
      throw new AppError('PAYROLL_BUSY');
    const existing = await findPayrollMonth(trx, ctx.actor.centreId, month);
    if (existing?.status === 'CLOSED')
      throw new AppError('INVALID_STATE', {
        message: `Lista wypłat za ${month} jest zamknięta. Zmiany wprowadza się korektą w innym miesiącu.`,
      });
    const { lines, ruleSet, parameters } = await computeLines(trx, ctx.actor.centreId, month);
    const total = lines.filter((l) => l.status === 'PAY').reduce((s, l) => s + l.total_grosze, 0);
    let row: PayrollMonthRow;
    if (existing) {
      await deletePayrollLines(trx, [existing.id]);
      row = await updatePayrollMonth(trx, existing.id, {
        status: 'DRAFT',
        computed_at: new Date(),
        computed_by: ctx.actor.userId,
        reviewed_by: null,
        reviewed_at: null,
        approved_by: null,
        approved_at: null,
        rule_set: ruleSet,
        parameters: JSON.stringify(parameters),
        total_grosze: total,
        version: existing.version + 1,
      });
    } else {
      row = await insertPayrollMonth(trx, {
        centre_id: ctx.actor.centreId,
        month,
        computed_by: ctx.actor.userId,
        rule_set: ruleSet,
        parameters: JSON.stringify(parameters),
        total_grosze: total,
      });
    }
    const saved = await insertPayrollLines(
      trx,
      lines.map((l) => ({ ...l, payroll_id: row.id })),
    );
    await audit(trx, ctx, 'payroll.compute', 'payroll', row.id, { month, lines: lines.length, total });
    return presentPayroll(trx, ctx.actor.centreId, row, saved);
  });
}
