import type { ProjectDetail } from '../../contracts/projects.contract';
import { findProjectById, findProjectPartners, listEnrolmentsWithPeople } from '../../db/projects.repository';
import { computeIndicators } from '../../domain/projects/indicators';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../privacy/present-authorisation';
import { presentEnrolment, presentProject, toMonitoringPerson } from './present-project';

/** A project with its enrolled participants, each checked for completeness, and its indicators. */
export async function getProject(deps: AppDeps, ctx: CallContext, id: string): Promise<ProjectDetail> {
  requireAction(ctx, 'projects.view');
  const centreId = ctx.actor.centreId;
  const row = await findProjectById(deps.db, centreId, id);
  if (!row) throw notFound();
  const partners = (await findProjectPartners(deps.db, centreId, [id])).map((p) => ({
    id: p.id,
    name: p.name,
  }));
  const rows = await listEnrolmentsWithPeople(deps.db, centreId, id);
  const frame = { startDate: row.start_date, endDate: row.end_date };
  const people = rows.map((r) => toMonitoringPerson(r, row.number, deps.gminas));
  return {
    project: presentProject(row, partners, rows.length),
    enrolments: rows.map((r, i) => presentEnrolment(r, people[i]!, frame)),
    indicators: computeIndicators(people, (row.targets ?? {}) as Record<string, number>),
  };
}
