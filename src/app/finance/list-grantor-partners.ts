import { findGrantorPartners } from '../../db/finance.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireFinanceAction } from './present-finance-entry';

/** The partners of the centre's registry a grant may be recorded from. */
export async function listGrantorPartners(deps: AppDeps, ctx: CallContext) {
  requireFinanceAction(ctx, 'finance.view');
  return { items: await findGrantorPartners(deps.db, ctx.actor.centreId) };
}
