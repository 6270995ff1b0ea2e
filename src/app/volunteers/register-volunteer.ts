import type { VolunteerCreate } from '../../contracts/volunteers.contract';
import { insertVolunteer } from '../../db/volunteers.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { audit, failOn, todayInPoland } from '../pathway/shared';
import { loadVolunteer, volunteerColumns, volunteerFieldProblems } from './volunteer-shared';

/** Records a volunteer; a minor only with the guardian's name and the day of their consent. */
export async function registerVolunteer(deps: AppDeps, ctx: CallContext, input: VolunteerCreate) {
  requireAction(ctx, 'volunteers.manage');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  failOn(volunteerFieldProblems(input, today));

  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await insertVolunteer(trx, {
      centre_id: centreId,
      ...volunteerColumns(input),
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'volunteer.create', 'volunteer', id, {});
    return id;
  });
  return loadVolunteer(deps.db, centreId, id, today);
}
