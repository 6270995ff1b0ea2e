import type { EventCreate } from '../../contracts/events.contract';
import { insertEvent } from '../../db/events.repository';
import { eventProblems } from '../../domain/events/event-rules';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { loadEventDetail, partnerProblem, requireAction } from './event-shared';

/** Creates an event or course (its kind, dates, place, organiser, capacity and waiting list). */
export async function createEvent(deps: AppDeps, ctx: CallContext, input: EventCreate) {
  requireAction(ctx, 'events.manage');
  const centreId = ctx.actor.centreId;
  const problems = [
    ...eventProblems(input),
    ...(await partnerProblem(deps.db, centreId, input.organiserPartnerId, 'organiserPartnerId')),
  ];
  if (problems.length) throw AppError.fields(problems);

  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await insertEvent(trx, {
      centre_id: centreId,
      kind: input.kind,
      title: input.title,
      description: input.description,
      programme: input.programme,
      place: input.place,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      organiser_partner_id: input.organiserPartnerId,
      capacity: input.capacity,
      waiting_list: input.waitingList,
      completion_percent: input.completionPercent,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'event.create', 'event', id, { kind: input.kind, title: input.title });
    return id;
  });
  return loadEventDetail(deps.db, centreId, id);
}
