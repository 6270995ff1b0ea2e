import {
  countEnrolments,
  findProjectPartners,
  listProjects as listProjectRows,
} from '../../db/projects.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../privacy/present-authorisation';
import { presentProject } from './present-project';

/** The centre's EU projects, newest first, with their partners and number of participants. */
export async function listProjects(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'projects.view');
  const centreId = ctx.actor.centreId;
  const rows = await listProjectRows(deps.db, centreId);
  const ids = rows.map((r) => r.id);
  const partners = await findProjectPartners(deps.db, centreId, ids);
  const counts = await countEnrolments(deps.db, centreId, ids);
  return {
    items: rows.map((r) =>
      presentProject(
        r,
        partners.filter((p) => p.project_id === r.id).map((p) => ({ id: p.id, name: p.name })),
        counts.get(r.id) ?? 0,
      ),
    ),
  };
}
