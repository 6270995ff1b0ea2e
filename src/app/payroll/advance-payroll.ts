import type { Payroll } from '../../contracts/payroll.contract';
import { lockKeys } from '../../db/locks';
import { findPayrollMonthForUpdate, updatePayrollMonth } from '../../db/payroll.repository';
import { AppError, notFound } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { payrollLockKey } from './payroll-access';
import { requireFreshAndComplete } from './payroll-checks';
import { presentPayroll } from './payroll-view';

/** The accountant reviews, the director approves, then the month closes — one transaction, an immutable snapshot. */
export async function advancePayroll(
  deps: AppDeps,
  ctx: CallContext,
  month: string,
  step: 'review' | 'approve' | 'close',
  version: number,
): Promise<Payroll> {
  // The accountant reviews, the director approves, either closes (the permission table's payroll.* rows).
  requireAction(
    ctx,
    ({ review: 'payroll.review', approve: 'payroll.approve', close: 'payroll.close' } as const)[step],
  );
  return deps.db.transaction().execute(async (trx) => {
    await lockKeys(trx, [payrollLockKey(ctx.actor.centreId, month)]);
    const row = await findPayrollMonthForUpdate(trx, ctx.actor.centreId, month);
    if (!row) throw notFound();
    if (row.version !== version) throw new AppError('VERSION_CONFLICT');
    const from = { review: 'DRAFT', approve: 'REVIEWED', close: 'APPROVED' }[step];
    if (row.status === 'CLOSED')
      throw new AppError('INVALID_STATE', { message: `Lista wypłat za ${month} jest już zamknięta.` });
    if (row.status !== from)
      throw new AppError('INVALID_STATE', {
        message: {
          review: 'Sprawdzić można listę w projekcie.',
          approve: 'Zatwierdza się listę sprawdzoną przez księgowość.',
          close: 'Zamknąć można listę zatwierdzoną przez kierownika.',
        }[step],
      });
    const now = new Date();
    await requireFreshAndComplete(trx, ctx.actor.centreId, row, step);
    const changes =
      step === 'review'
        ? { status: 'REVIEWED', reviewed_by: ctx.actor.userId, reviewed_at: now }
        : step === 'approve'
          ? { status: 'APPROVED', approved_by: ctx.actor.userId, approved_at: now }
          : { status: 'CLOSED', closed_by: ctx.actor.userId, closed_at: now };
    const updated = await updatePayrollMonth(trx, row.id, { ...changes, version: row.version + 1 });
    await audit(trx, ctx, `payroll.${step}`, 'payroll', row.id, { month, total: Number(row.total_grosze) });
    return presentPayroll(trx, ctx.actor.centreId, updated);
  });
}
