import type { FinanceRegisterResponse } from '../../contracts/finance.contract';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { loadFinanceRegister } from './load-finance-register';
import { requireFinanceAction } from './present-finance-entry';

/** The finance register of a year as the accountant and the director see it. */
export async function getFinanceRegister(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
): Promise<FinanceRegisterResponse> {
  requireFinanceAction(ctx, 'finance.view');
  return loadFinanceRegister(deps.db, ctx.actor.centreId, year, todayInPoland(deps));
}
