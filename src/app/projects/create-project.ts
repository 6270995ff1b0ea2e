import type { FieldError } from '../../contracts/errors';
import type { ProjectCreate } from '../../contracts/projects.contract';
import { isUniqueViolation } from '../../db/errors';
import { findCentrePartnerIds, insertProject, insertProjectPartners } from '../../db/projects.repository';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { requireAction } from '../privacy/present-authorisation';
import { getProject } from './get-project';

/** Records an EU project (number, programme, priority, dates, leader, partners, forms, targets). */
export async function createProject(deps: AppDeps, ctx: CallContext, input: ProjectCreate) {
  requireAction(ctx, 'projects.manage');
  const centreId = ctx.actor.centreId;
  const problems: FieldError[] = [];
  if (input.endDate < input.startDate)
    problems.push({
      path: 'endDate',
      code: 'BEFORE_START',
      message: 'Data zakończenia projektu nie może być wcześniejsza niż data rozpoczęcia.',
    });
  const partnerIds = [...new Set(input.partnerIds)];
  const wanted = input.leaderPartnerId ? [...partnerIds, input.leaderPartnerId] : partnerIds;
  const known = await findCentrePartnerIds(deps.db, centreId, wanted);
  partnerIds.forEach((id, i) => {
    if (!known.has(id))
      problems.push({
        path: `partnerIds.${i}`,
        code: 'NOT_FOUND',
        message: 'Nie ma takiego partnera w rejestrze.',
      });
  });
  if (input.leaderPartnerId && !known.has(input.leaderPartnerId))
    problems.push({
      path: 'leaderPartnerId',
      code: 'NOT_FOUND',
      message: 'Nie ma takiego partnera w rejestrze.',
    });
  if (problems.length) throw AppError.fields(problems);

  try {
    const id = await deps.db.transaction().execute(async (trx) => {
      const row = await insertProject(trx, {
        centre_id: centreId,
        number: input.number,
        title: input.title,
        programme: input.programme,
        priority: input.priority,
        action: input.action,
        start_date: input.startDate,
        end_date: input.endDate,
        leader_partner_id: input.leaderPartnerId ?? null,
        support_forms: [...new Set(input.supportForms)],
        targets: JSON.stringify(input.targets),
        created_by: ctx.actor.userId || null,
      });
      await insertProjectPartners(trx, centreId, row.id, partnerIds);
      await audit(trx, ctx, 'project.create', 'eu_project', row.id, { number: input.number });
      return row.id;
    });
    return (await getProject(deps, ctx, id)).project;
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.fields([
        { path: 'number', code: 'DUPLICATE', message: 'Projekt o tym numerze jest już zapisany.' },
      ]);
    throw error;
  }
}
