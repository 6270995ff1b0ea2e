import type { SessionCreate } from '../../contracts/events.contract';
import { findEventById, insertSession } from '../../db/events.repository';
import { sessionProblems } from '../../domain/events/event-rules';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { loadEventDetail, requireAction } from './event-shared';

/** Adds a session (day, hours, topic) to an event; a session outside the event's dates is refused. */
export async function addEventSession(
  deps: AppDeps,
  ctx: CallContext,
  eventId: string,
  input: SessionCreate,
) {
  requireAction(ctx, 'events.manage');
  const centreId = ctx.actor.centreId;
  const event = await findEventById(deps.db, centreId, eventId);
  if (!event) throw notFound();
  const problems = sessionProblems({ startsOn: event.starts_on, endsOn: event.ends_on }, input);
  if (problems.length) throw AppError.fields(problems);

  await deps.db.transaction().execute(async (trx) => {
    const { id } = await insertSession(trx, {
      centre_id: centreId,
      event_id: eventId,
      held_on: input.heldOn,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      topic: input.topic,
    });
    await audit(trx, ctx, 'event.session_add', 'event', eventId, { sessionId: id, heldOn: input.heldOn });
  });
  return loadEventDetail(deps.db, centreId, eventId);
}
