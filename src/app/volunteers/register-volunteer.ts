import type { VolunteerCreate } from '../../contracts/volunteers.contract';
import { insertVolunteer } from '../../db/volunteers.repository';
import { volunteerProblems } from '../../domain/volunteers/volunteer-rules';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { audit, failOn, todayInPoland } from '../pathway/shared';
import { loadVolunteer } from './volunteer-shared';

/** Records a volunteer; a minor only with the guardian's name and the day of their consent. */
export async function registerVolunteer(deps: AppDeps, ctx: CallContext, input: VolunteerCreate) {
  requireAction(ctx, 'volunteers.manage');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  failOn(volunteerFieldProblems(input, today));

  const id = await deps.db.transaction().execute(async (trx) => {
    const { id } = await insertVolunteer(trx, {
      centre_id: centreId,
      first_name: input.firstName,
      last_name: input.lastName,
      sex: input.sex,
      birth_date: input.birthDate,
      email: input.email,
      phone: input.phone,
      guardian_name: input.guardianName,
      guardian_consent_on: input.guardianConsentOn,
      insurance_note: input.insuranceNote,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'volunteer.create', 'volunteer', id, {});
    return id;
  });
  return loadVolunteer(deps.db, centreId, id, today);
}

/** The checks of a volunteer's fields, shared by the new record and its correction. */
export function volunteerFieldProblems(input: VolunteerCreate, today: string) {
  const problems = volunteerProblems(input, today);
  if (input.guardianConsentOn && input.guardianConsentOn > today)
    problems.push({
      path: 'guardianConsentOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data zgody nie może być z przyszłości.',
    });
  return problems;
}
