import type { Payroll } from '../../contracts/payroll.contract';
import { findPayrollMonth } from '../../db/payroll.repository';
import { notFound } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { presentPayroll } from './payroll-view';

/** The centre's payroll of a month, with its blockers and whether it is stale. */
export async function getPayroll(deps: AppDeps, ctx: CallContext, month: string): Promise<Payroll> {
  requireAction(ctx, 'payroll.view');
  const row = await findPayrollMonth(deps.db, ctx.actor.centreId, month);
  if (!row) throw notFound();
  return presentPayroll(deps.db, ctx.actor.centreId, row);
}
