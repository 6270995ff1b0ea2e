import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { audit, todayInPoland } from '../pathway/shared';
import { loadVolunteer } from './volunteer-shared';

/** One volunteer's record (personal data: the read is written to the audit log). */
export async function getVolunteer(deps: AppDeps, ctx: CallContext, id: string) {
  requireAction(ctx, 'volunteers.view');
  const view = await loadVolunteer(deps.db, ctx.actor.centreId, id, todayInPoland(deps));
  await audit(deps.db, ctx, 'volunteer.read', 'volunteer', id, {});
  return view;
}
