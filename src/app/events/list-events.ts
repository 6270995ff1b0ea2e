import { countRegistrationsByEvent, findEvents, findSessions } from '../../db/events.repository';
import { sessionMinutes } from '../../domain/events/event-rules';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { presentEvent, requireAction } from './event-shared';

/** The centre's events and courses, newest first, with planned hours and the number registered. */
export async function listEvents(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'events.view');
  const centreId = ctx.actor.centreId;
  const rows = await findEvents(deps.db, centreId);
  const sessions = await findSessions(
    deps.db,
    centreId,
    rows.map((r) => r.id),
  );
  const counts = await countRegistrationsByEvent(deps.db, centreId);
  const count = (id: string, status: string) =>
    Number(counts.find((c) => c.event_id === id && c.status === status)?.n ?? 0);
  return {
    items: rows.map((r) =>
      presentEvent(
        r,
        sessions
          .filter((s) => s.event_id === r.id)
          .reduce((sum, s) => sum + sessionMinutes({ startsAt: s.starts_at, endsAt: s.ends_at }), 0),
        { registered: count(r.id, 'REGISTERED'), waiting: count(r.id, 'WAITING') },
      ),
    ),
  };
}
