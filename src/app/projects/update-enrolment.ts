import type { EnrolmentUpdate } from '../../contracts/projects.contract';
import type { EuProjectParticipantsTable } from '../../db/schema';
import { findEnrolment, updateEnrolmentVersioned } from '../../db/projects.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { requireAction } from '../privacy/present-authorisation';
import { refuseInvalidEnrolment } from './enrolment-checks';
import { getProject } from './get-project';

const COLUMNS: Record<Exclude<keyof EnrolmentUpdate, 'version'>, keyof EuProjectParticipantsTable> = {
  projectStart: 'project_start',
  projectEnd: 'project_end',
  supportStart: 'support_start',
  supportEnd: 'support_end',
  supportForms: 'support_forms',
  labourMarketStatus: 'labour_market_status',
  longTermUnemployed: 'long_term_unemployed',
  educationEndPlanned: 'education_end_planned',
  degurba: 'degurba',
  foreignOrigin: 'foreign_origin',
  thirdCountryNational: 'third_country_national',
  minority: 'minority',
  homeless: 'homeless',
  disability: 'disability',
  exitSituation: 'exit_situation',
  exitAsPlanned: 'exit_as_planned',
  businessStartedOn: 'business_started_on',
  notes: 'notes',
};

/** Changes an enrolment's monitoring data (the fields sent; null clears one), refusing wrong values. */
export async function updateEnrolment(
  deps: AppDeps,
  ctx: CallContext,
  projectId: string,
  enrolmentId: string,
  input: EnrolmentUpdate,
) {
  requireAction(ctx, 'projects.enrol');
  const centreId = ctx.actor.centreId;
  const existing = await findEnrolment(deps.db, centreId, projectId, enrolmentId);
  if (!existing) throw notFound();

  const changes: Record<string, unknown> = { updated_by_name: ctx.actorEmail };
  const changed: string[] = [];
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = input[key as keyof typeof COLUMNS];
    if (value === undefined) continue;
    changes[column] = value;
    changed.push(key);
  }
  await deps.db.transaction().execute(async (trx) => {
    const row = await updateEnrolmentVersioned(trx, centreId, enrolmentId, input.version, changes);
    if (!row) throw new AppError('VERSION_CONFLICT');
    await refuseInvalidEnrolment(trx, deps.gminas, centreId, projectId, enrolmentId);
    await audit(trx, ctx, 'project.enrolment.update', 'participant', existing.participant_id, {
      projectId,
      enrolmentId,
      fields: changed,
    });
  });
  return (await getProject(deps, ctx, projectId)).enrolments.find((e) => e.id === enrolmentId)!;
}
