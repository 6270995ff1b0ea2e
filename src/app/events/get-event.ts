import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { loadEventDetail, requireAction } from './event-shared';

/** One event with its sessions, registrations, attendance and certificates. */
export async function getEvent(deps: AppDeps, ctx: CallContext, id: string) {
  requireAction(ctx, 'events.view');
  return loadEventDetail(deps.db, ctx.actor.centreId, id);
}
