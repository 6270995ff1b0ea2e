import type { z } from 'zod';
import {
  type JointProject,
  type JointProjectCreateSchema,
  PROJECT_TARGETS,
} from '../../contracts/network-work.contract';
import type { FieldError } from '../../contracts/errors';
import { protectTable } from '../../domain/networks/suppression';
import { insertAuditEntry } from '../../db/audit.repository';
import { findMembers } from '../../db/network.repository';
import {
  findJointProjects,
  findOwnEuProject,
  findPartnerCounts,
  insertJointProject,
  insertProjectPartners,
  linkPartnerProject,
} from '../../db/network-project.repository';
import { AppError, forbidden, notFound } from '../app-error';
import type { AppDeps } from '../deps';
import { loadNetworkAccess, type NetworkCaller, requireNetwork } from './network-access';

const KEY = { PARTICIPANTS: 'participants', COMPLETED: 'completed', EMPLOYED: 'employed' } as const;

/**
 * The network's joint projects the caller takes part in (the coordinator: all), each with every
 * partner's counts from its own EU project — protected one figure at a time like the network's
 * indicators (the three figures overlap, so each is a table of its own with its total). The leader
 * never reads a partner's rows: person-level data stay in each partner's own export (issue 16).
 */
export async function getJointProjects(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
): Promise<{ projects: JointProject[] }> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.view');
  const own = access.membership?.status === 'ACTIVE' ? access.membership.centre_id : null;
  if (!access.isCoordinator && !own) throw forbidden();
  const { projects, partners } = await findJointProjects(
    deps.db,
    networkId,
    access.isCoordinator ? null : own,
  );
  const links = partners
    .filter((p) => p.eu_project_id)
    .map((p) => ({ centreId: p.centre_id, euProjectId: p.eu_project_id! }));
  const counts = await findPartnerCounts(deps.db, links);

  return {
    projects: projects.map((p) => {
      const mine = partners.filter((x) => x.project_id === p.id);
      const values = mine.map((x) => {
        const c = x.eu_project_id
          ? counts.find((k) => k.centreId === x.centre_id && k.euProjectId === x.eu_project_id)
          : undefined;
        return PROJECT_TARGETS.map((t) => c?.[KEY[t]] ?? 0);
      });
      const columns = PROJECT_TARGETS.map((t, i) =>
        protectTable(
          [t],
          values.map((row) => [row[i]!]),
        ),
      );
      return {
        id: p.id,
        title: p.title,
        programme: p.programme,
        startDate: p.start_date,
        endDate: p.end_date,
        leader: { centreId: p.leader_centre_id, name: p.leader_name },
        isLeader: own === p.leader_centre_id,
        targets: p.targets as JointProject['targets'],
        partners: mine.map((x) => ({
          centreId: x.centre_id,
          name: x.name,
          linked: !!x.eu_project_id,
          euProjectId: x.centre_id === own ? x.eu_project_id : null,
        })),
        figures: {
          categories: [...PROJECT_TARGETS],
          rows: mine.map((x, r) => ({
            centreId: x.centre_id,
            cells: columns.map((col) => col.rows[r]!.cells[0]!),
          })),
          totals: columns.map((col) => col.totals.cells[0]!),
        },
      };
    }),
  };
}

/** The director of a member centre sets up a joint project her centre leads, with member centres as partners. */
export async function createJointProject(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  input: z.infer<typeof JointProjectCreateSchema>,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  if (access.membership?.status !== 'ACTIVE' || !access.membership.centre_id) throw forbidden();
  requireNetwork(access, 'networks.projects.manage');
  const leader = access.membership.centre_id;
  const active = new Set(
    (await findMembers(deps.db, networkId)).filter((m) => m.status === 'ACTIVE').map((m) => m.centre_id),
  );
  const fields: FieldError[] = [];
  input.partnerCentreIds.forEach((id, i) => {
    if (id === leader)
      fields.push({
        path: `partnerCentreIds.${i}`,
        code: 'SAME_CENTRE',
        message: 'Lider jest w projekcie z urzędu — nie dodawaj go jako partnera.',
      });
    else if (!active.has(id))
      fields.push({
        path: `partnerCentreIds.${i}`,
        code: 'NOT_A_MEMBER',
        message: 'To centrum nie jest członkiem tej sieci.',
      });
  });
  if (fields.length) throw AppError.fields(fields);
  await deps.db.transaction().execute(async (trx) => {
    const row = await insertJointProject(trx, {
      network_id: networkId,
      leader_centre_id: leader,
      title: input.title,
      programme: input.programme,
      start_date: input.startDate,
      end_date: input.endDate,
      targets: input.targets as Record<string, number>,
      created_by: caller.userId,
    });
    await insertProjectPartners(trx, row.id, [leader, ...new Set(input.partnerCentreIds)]);
    await insertAuditEntry(trx, {
      centreId: leader,
      actorUserId: caller.userId,
      actorEmail: caller.email,
      action: 'network.project.create',
      entityType: 'network_project',
      entityId: row.id,
      ip: caller.ip,
      details: { network: access.network.name, title: input.title },
    });
  });
  return getJointProjects(deps, caller, networkId);
}

/** A partner's director links (or unlinks) her centre's own EU project whose participants it counts. */
export async function linkJointProject(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  projectId: string,
  euProjectId: string | null,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  if (access.membership?.status !== 'ACTIVE' || !access.membership.centre_id) throw forbidden();
  requireNetwork(access, 'networks.projects.manage');
  const centreId = access.membership.centre_id;
  if (euProjectId && !(await findOwnEuProject(deps.db, centreId, euProjectId)))
    throw AppError.fields([
      { path: 'euProjectId', code: 'NO_SUCH_PROJECT', message: 'Nie ma takiego projektu w centrum.' },
    ]);
  const { projects } = await findJointProjects(deps.db, networkId, centreId);
  if (!projects.some((p) => p.id === projectId)) throw notFound();
  await linkPartnerProject(deps.db, projectId, centreId, euProjectId, caller.userId, deps.now());
  return getJointProjects(deps, caller, networkId);
}
