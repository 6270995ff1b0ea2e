import type { AgreementUpdate, VolunteerUpdate } from '../../contracts/volunteers.contract';
import {
  findActivities,
  findAgreement,
  findAgreements,
  findVolunteer,
  lockVolunteer,
  updateAgreementVersioned,
  updateVolunteerVersioned,
} from '../../db/volunteers.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { audit, failOn, todayInPoland } from '../pathway/shared';
import { agreementProblems } from './add-volunteer-agreement';
import { loadVolunteer, volunteerColumns, volunteerFieldProblems } from './volunteer-shared';

const changedKeys = (before: Record<string, unknown>, after: Record<string, unknown>, keys: string[]) =>
  keys.filter((k) => String(before[k] ?? '') !== String(after[k] ?? ''));

/**
 * Corrects a volunteer's record against the version the user saw: the same checks as a new record (a minor
 * needs the guardian and the consent day); a stale version is 409 and nothing changes; audited with the
 * names of the fields changed (not their values: the audit log holds no copies of personal data).
 */
export async function updateVolunteer(deps: AppDeps, ctx: CallContext, id: string, input: VolunteerUpdate) {
  requireAction(ctx, 'volunteers.manage');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  failOn(volunteerFieldProblems(input, today));
  await deps.db.transaction().execute(async (trx) => {
    const before = await findVolunteer(trx, centreId, id);
    if (!before) throw notFound();
    const columns = volunteerColumns(input);
    const after = await updateVolunteerVersioned(trx, centreId, id, input.version, columns);
    if (!after) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'volunteer.update', 'volunteer', id, {
      changed: changedKeys(before, after, Object.keys(columns)),
    });
  });
  return loadVolunteer(deps.db, centreId, id, today);
}

/**
 * Corrects an agreement (its number stays) against the version the user saw. The same checks as a new one;
 * besides, every activity recorded under the volunteer must still fall within one of the agreements.
 */
export async function correctVolunteerAgreement(
  deps: AppDeps,
  ctx: CallContext,
  volunteerId: string,
  agreementId: string,
  input: AgreementUpdate,
) {
  requireAction(ctx, 'volunteers.manage');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  failOn(agreementProblems(input, today));
  await deps.db.transaction().execute(async (trx) => {
    if (!(await lockVolunteer(trx, centreId, volunteerId))) throw notFound();
    const before = await findAgreement(trx, centreId, volunteerId, agreementId);
    if (!before) throw notFound();
    const columns = {
      signed_on: input.signedOn,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      scope: input.scope,
      written: input.written,
    };
    const others = (await findAgreements(trx, centreId, volunteerId)).filter((a) => a.id !== agreementId);
    const periods = [...others, { valid_from: input.validFrom, valid_until: input.validUntil }];
    const uncovered = (await findActivities(trx, centreId, volunteerId)).filter(
      (a) =>
        !periods.some((p) => p.valid_from <= a.done_on && (!p.valid_until || p.valid_until >= a.done_on)),
    );
    if (uncovered.length)
      throw AppError.fields([
        {
          path: 'validFrom',
          code: 'ACTIVITIES_OUTSIDE',
          message:
            `Po tej zmianie działania z dni ${uncovered.map((a) => a.done_on).join(', ')} ` +
            `nie miałyby porozumienia — popraw daty.`,
        },
      ]);
    const after = await updateAgreementVersioned(trx, centreId, agreementId, input.version, columns);
    if (!after) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'volunteer.agreement_correct', 'volunteer', volunteerId, {
      agreementId,
      number: after.number,
      changed: changedKeys(before, after, Object.keys(columns)),
    });
  });
  return loadVolunteer(deps.db, centreId, volunteerId, today);
}
