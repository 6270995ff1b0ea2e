import { attendedMinutesOf, findEventsOfParticipant } from '../../db/events.repository';
import type { EventKind } from '../../domain/events/event-rules';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, participantOr404 } from '../pathway/shared';
import { requireAction } from './event-shared';

/** The courses and events on a participant's record, with hours attended and the certificate number. */
export async function getParticipantEvents(deps: AppDeps, ctx: CallContext, participantId: string) {
  requireAction(ctx, 'events.view');
  await participantOr404(deps.db, ctx, participantId);
  const rows = await findEventsOfParticipant(deps.db, ctx.actor.centreId, participantId);
  const minutes = await attendedMinutesOf(
    deps.db,
    ctx.actor.centreId,
    rows.map((r) => r.registration_id),
  );
  // The courses a person took part in are part of their record: the read is audited like the record's.
  await audit(deps.db, ctx, 'participant.events_read', 'participant', participantId, { count: rows.length });
  return {
    items: rows.map((r) => ({
      eventId: r.id,
      title: r.title,
      kind: r.kind as EventKind,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      status: r.status,
      attendedMinutes: minutes.get(r.registration_id) ?? 0,
      certificateNumber: r.number,
      certificateId: r.certificate_id,
      certificateIssuedOn: r.issued_on,
    })),
  };
}
