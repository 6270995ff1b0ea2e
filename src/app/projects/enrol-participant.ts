import type { EnrolmentCreate } from '../../contracts/projects.contract';
import { isUniqueViolation } from '../../db/errors';
import { findParticipantById } from '../../db/participant.repository';
import { findProjectById, insertEnrolment } from '../../db/projects.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { requireAction } from '../privacy/present-authorisation';
import { refuseInvalidEnrolment } from './enrolment-checks';
import { getProject } from './get-project';

/** Enrols a participant of the centre in a project with the start of participation and of the support. */
export async function enrolParticipant(
  deps: AppDeps,
  ctx: CallContext,
  projectId: string,
  input: EnrolmentCreate,
) {
  requireAction(ctx, 'projects.enrol');
  const centreId = ctx.actor.centreId;
  const project = await findProjectById(deps.db, centreId, projectId);
  if (!project) throw notFound();
  if (!(await findParticipantById(deps.db, centreId, input.participantId)))
    throw AppError.fields([
      { path: 'participantId', code: 'NOT_FOUND', message: 'Nie ma takiego uczestnika w tym centrum.' },
    ]);

  try {
    const id = await deps.db.transaction().execute(async (trx) => {
      const row = await insertEnrolment(trx, {
        centre_id: centreId,
        project_id: projectId,
        participant_id: input.participantId,
        project_start: input.projectStart,
        project_end: input.projectEnd ?? null,
        support_start: input.supportStart,
        support_end: input.supportEnd ?? null,
        support_forms: input.supportForms ?? [],
        labour_market_status: input.labourMarketStatus ?? null,
        long_term_unemployed: input.longTermUnemployed ?? null,
        education_end_planned: input.educationEndPlanned ?? null,
        degurba: input.degurba ?? null,
        foreign_origin: input.foreignOrigin ?? null,
        third_country_national: input.thirdCountryNational ?? null,
        minority: input.minority ?? null,
        homeless: input.homeless ?? null,
        disability: input.disability ?? null,
        exit_situation: input.exitSituation ?? null,
        exit_as_planned: input.exitAsPlanned ?? null,
        business_started_on: input.businessStartedOn ?? null,
        notes: input.notes ?? null,
        created_by_name: ctx.actorEmail,
        updated_by_name: ctx.actorEmail,
      });
      await refuseInvalidEnrolment(trx, deps.gminas, centreId, projectId, row.id);
      await audit(trx, ctx, 'project.enrol', 'participant', input.participantId, {
        projectId,
        enrolmentId: row.id,
        fields: Object.keys(input).filter((k) => input[k as keyof EnrolmentCreate] != null),
      });
      return row.id;
    });
    return (await getProject(deps, ctx, projectId)).enrolments.find((e) => e.id === id)!;
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.fields([
        { path: 'participantId', code: 'DUPLICATE', message: 'Ta osoba jest już uczestnikiem projektu.' },
      ]);
    throw error;
  }
}
