import type { z } from 'zod';
import type { ActivityCreateSchema } from '../../contracts/volunteers.contract';
import type { FieldError } from '../../contracts/errors';
import { findAgreements, insertActivity, lockVolunteer } from '../../db/volunteers.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { audit, todayInPoland } from '../pathway/shared';
import { loadVolunteer } from './volunteer-shared';

export type ActivityCreate = z.infer<typeof ActivityCreateSchema>;

/** Records a volunteer's activity and its time; the day must fall within one of their agreements. */
export async function recordVolunteerActivity(
  deps: AppDeps,
  ctx: CallContext,
  volunteerId: string,
  input: ActivityCreate,
) {
  requireAction(ctx, 'volunteers.manage');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  if (input.doneOn > today)
    throw AppError.fields([
      { path: 'doneOn', code: 'DATE_IN_FUTURE', message: 'Data działania nie może być z przyszłości.' },
    ]);

  await deps.db.transaction().execute(async (trx) => {
    if (!(await lockVolunteer(trx, centreId, volunteerId))) throw notFound();
    const agreements = await findAgreements(trx, centreId, volunteerId);
    const covering = agreements.find(
      (a) => a.valid_from <= input.doneOn && (!a.valid_until || a.valid_until >= input.doneOn),
    );
    if (!covering) {
      const problem: FieldError = {
        path: 'doneOn',
        code: 'NO_AGREEMENT',
        message: 'Tego dnia wolontariusz nie miał porozumienia z centrum — najpierw dodaj porozumienie.',
      };
      throw AppError.fields([problem]);
    }
    const { id } = await insertActivity(trx, {
      centre_id: centreId,
      volunteer_id: volunteerId,
      done_on: input.doneOn,
      activity: input.activity,
      description: input.description,
      minutes: input.minutes,
    });
    await audit(trx, ctx, 'volunteer.activity_add', 'volunteer', volunteerId, {
      activityId: id,
      minutes: input.minutes,
    });
  });
  return loadVolunteer(deps.db, centreId, volunteerId, today);
}
