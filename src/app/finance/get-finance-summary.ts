import type { FinanceSummary } from '../../domain/finance/register';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { loadFinanceRegister } from './load-finance-register';
import { requireFinanceAction } from './present-finance-entry';

/**
 * A year's money for the annual report (art. 5 ust. 4 pkt 2: the settlement of grants, the benefits and
 * bonuses paid): grants received and used, own income (art. 9), expenses by the ten categories of
 * art. 10 ust. 6 — the benefits-and-bonuses one from the closed payrolls — and the benefits and bonuses
 * themselves (corrections included in the benefits, by the month they were settled in). All grosze.
 */
export async function getFinanceSummary(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
): Promise<FinanceSummary> {
  requireFinanceAction(ctx, 'finance.view');
  return (await loadFinanceRegister(deps.db, ctx.actor.centreId, year, todayInPoland(deps))).summary;
}
