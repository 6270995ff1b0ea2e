import type { Insertable, Updateable } from 'kysely';
import type { Db } from './connection';
import type { EuProjectParticipantsTable, EuProjectsTable } from './schema';

/** EU projects and their enrolments; every query is filtered by centre. */
export async function insertProject(db: Db, row: Insertable<EuProjectsTable>) {
  return db.insertInto('eu_projects').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertProjectPartners(
  db: Db,
  centreId: string,
  projectId: string,
  partnerIds: string[],
) {
  if (!partnerIds.length) return;
  await db
    .insertInto('eu_project_partners')
    .values(partnerIds.map((partner_id) => ({ centre_id: centreId, project_id: projectId, partner_id })))
    .execute();
}

export async function findProjectById(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('eu_projects as p')
    .leftJoin('partners as l', (j) =>
      j.onRef('l.id', '=', 'p.leader_partner_id').on('l.centre_id', '=', centreId),
    )
    .where('p.centre_id', '=', centreId)
    .where('p.id', '=', id)
    .selectAll('p')
    .select('l.name as leader_name')
    .executeTakeFirst();
}

export type ProjectRowWithLeader = NonNullable<Awaited<ReturnType<typeof findProjectById>>>;

export async function listProjects(db: Db, centreId: string) {
  return db
    .selectFrom('eu_projects as p')
    .leftJoin('partners as l', (j) =>
      j.onRef('l.id', '=', 'p.leader_partner_id').on('l.centre_id', '=', centreId),
    )
    .where('p.centre_id', '=', centreId)
    .selectAll('p')
    .select('l.name as leader_name')
    .orderBy('p.start_date', 'desc')
    .orderBy('p.number')
    .execute();
}

export async function findProjectPartners(db: Db, centreId: string, projectIds: string[]) {
  if (!projectIds.length) return [];
  return db
    .selectFrom('eu_project_partners as pp')
    .innerJoin('partners as p', 'p.id', 'pp.partner_id')
    .where('pp.centre_id', '=', centreId)
    .where('pp.project_id', 'in', projectIds)
    .select(['pp.project_id', 'p.id', 'p.name'])
    .orderBy('p.name')
    .execute();
}

export async function countEnrolments(db: Db, centreId: string, projectIds: string[]) {
  if (!projectIds.length) return new Map<string, number>();
  const rows = await db
    .selectFrom('eu_project_participants')
    .where('centre_id', '=', centreId)
    .where('project_id', 'in', projectIds)
    .groupBy('project_id')
    .select((eb) => ['project_id', eb.fn.countAll<number>().as('n')])
    .execute();
  return new Map(rows.map((r) => [r.project_id, Number(r.n)]));
}

/** Partners of this centre among the ids (to refuse another centre's or a missing one). */
export async function findCentrePartnerIds(db: Db, centreId: string, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await db
    .selectFrom('partners')
    .where('centre_id', '=', centreId)
    .where('id', 'in', ids)
    .select('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertEnrolment(db: Db, row: Insertable<EuProjectParticipantsTable>) {
  return db.insertInto('eu_project_participants').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findEnrolment(db: Db, centreId: string, projectId: string, id: string) {
  return db
    .selectFrom('eu_project_participants')
    .where('centre_id', '=', centreId)
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .selectAll()
    .executeTakeFirst();
}

/** Updates an enrolment if it still has the version the caller saw; returns the row or nothing. */
export async function updateEnrolmentVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<EuProjectParticipantsTable>,
) {
  return db
    .updateTable('eu_project_participants')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** The enrolments of a project with the participant's record fields the export needs. */
export async function listEnrolmentsWithPeople(db: Db, centreId: string, projectId: string) {
  return db
    .selectFrom('eu_project_participants as e')
    .innerJoin('participants as p', (j) =>
      j.onRef('p.id', '=', 'e.participant_id').on('p.centre_id', '=', centreId),
    )
    .where('e.centre_id', '=', centreId)
    .where('e.project_id', '=', projectId)
    .selectAll('e')
    .select([
      'p.first_name',
      'p.last_name',
      'p.pesel',
      'p.sex',
      'p.birth_date',
      'p.citizenship',
      'p.education_level',
      'p.postal_code',
      'p.city',
      'p.gmina_code',
      'p.phone',
      'p.email',
    ])
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
}
export type EnrolmentWithPerson = Awaited<ReturnType<typeof listEnrolmentsWithPeople>>[number];
