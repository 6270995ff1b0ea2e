import type { FinancePlanUpdate, FinanceRegisterResponse } from '../../contracts/finance.contract';
import { savePlanLines } from '../../db/finance.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { loadFinanceRegister } from './load-finance-register';
import { requireFinanceAction } from './present-finance-entry';

/** Sets lines of a year's estimate (preliminarz); a line set to null is removed. Answers the register. */
export async function setFinancePlan(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
  input: FinancePlanUpdate,
): Promise<FinanceRegisterResponse> {
  requireFinanceAction(ctx, 'finance.edit');
  // The last value given for a line wins (a client may send a line twice).
  const lines = [...new Map(input.lines.map((l) => [l.line, l])).values()];
  await deps.db.transaction().execute(async (trx) => {
    await savePlanLines(trx, ctx.actor.centreId, year, ctx.actor.userId, lines);
    await audit(trx, ctx, 'finance.plan_set', 'finance_plan', null, {
      year,
      lines: Object.fromEntries(lines.map((l) => [l.line, l.amountGrosze])),
    });
  });
  return loadFinanceRegister(deps.db, ctx.actor.centreId, year, todayInPoland(deps));
}
