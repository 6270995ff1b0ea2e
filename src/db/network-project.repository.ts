import { sql } from 'kysely';
import type { Db } from './connection';

export async function insertJointProject(
  db: Db,
  row: {
    network_id: string;
    leader_centre_id: string;
    title: string;
    programme: string;
    start_date: string;
    end_date: string;
    targets: Record<string, number>;
    created_by: string;
  },
) {
  return db
    .insertInto('network_projects')
    .values({ ...row, targets: JSON.stringify(row.targets) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertProjectPartners(db: Db, projectId: string, centreIds: readonly string[]) {
  if (centreIds.length === 0) return;
  await db
    .insertInto('network_project_partners')
    .values(centreIds.map((centre_id) => ({ project_id: projectId, centre_id })))
    .execute();
}

/** The network's joint projects with their partners (all of them, or those a centre takes part in). */
export async function findJointProjects(db: Db, networkId: string, centreId: string | null) {
  let projects = db
    .selectFrom('network_projects as p')
    .innerJoin('centres as c', 'c.id', 'p.leader_centre_id')
    .selectAll('p')
    .select('c.name as leader_name')
    .where('p.network_id', '=', networkId);
  if (centreId)
    projects = projects.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('network_project_partners as pp')
          .select('pp.centre_id')
          .whereRef('pp.project_id', '=', 'p.id')
          .where('pp.centre_id', '=', centreId),
      ),
    );
  const rows = await projects.orderBy('p.start_date', 'desc').execute();
  const partners = rows.length
    ? await db
        .selectFrom('network_project_partners as pp')
        .innerJoin('centres as c', 'c.id', 'pp.centre_id')
        .select(['pp.project_id', 'pp.centre_id', 'pp.eu_project_id', 'c.name'])
        .where(
          'pp.project_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('c.name')
        .execute()
    : [];
  return { projects: rows, partners };
}

/**
 * The counts each partner's own EU project gives (participants, completed as planned, employed at exit):
 * numbers only, each read within the partner's own centre.
 */
export async function findPartnerCounts(db: Db, links: readonly { centreId: string; euProjectId: string }[]) {
  if (links.length === 0) return [];
  const rows = await db
    .selectFrom('eu_project_participants')
    .select([
      'centre_id',
      'project_id',
      sql<number>`count(*)`.as('participants'),
      sql<number>`count(*) filter (where support_end is not null and exit_as_planned)`.as('completed'),
      sql<number>`count(*) filter (where exit_situation in ('EMPLOYED', 'SELF_EMPLOYED'))`.as('employed'),
    ])
    .where((eb) =>
      eb.or(
        links.map((l) => eb.and([eb('centre_id', '=', l.centreId), eb('project_id', '=', l.euProjectId)])),
      ),
    )
    .groupBy(['centre_id', 'project_id'])
    .execute();
  return rows.map((r) => ({
    centreId: r.centre_id,
    euProjectId: r.project_id,
    participants: Number(r.participants),
    completed: Number(r.completed),
    employed: Number(r.employed),
  }));
}

/** A centre's own EU project (issue 16), by id. */
export async function findOwnEuProject(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('eu_projects')
    .select(['id', 'title'])
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function linkPartnerProject(
  db: Db,
  projectId: string,
  centreId: string,
  euProjectId: string | null,
  userId: string,
  at: Date,
) {
  const row = await db
    .updateTable('network_project_partners')
    .set({ eu_project_id: euProjectId, linked_by: userId, linked_at: at })
    .where('project_id', '=', projectId)
    .where('centre_id', '=', centreId)
    .returning('centre_id')
    .executeTakeFirst();
  return !!row;
}
