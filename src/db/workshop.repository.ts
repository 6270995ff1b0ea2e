import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from './connection';
import type { Database, WorkshopRow } from './schema';

// Every query names the centre: another centre's id finds nothing.

export async function insertWorkshop(db: Db, row: Insertable<Database['workshops']>): Promise<WorkshopRow> {
  return db.insertInto('workshops').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findWorkshop(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('workshops')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateWorkshopVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<Database['workshops']>,
) {
  return db
    .updateTable('workshops')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** The centre's workshops with how many people are assigned on a day. */
export async function listWorkshops(db: Db, centreId: string, onDate: string) {
  return db
    .selectFrom('workshops as w')
    .selectAll('w')
    .select(
      sql<number>`(select count(*) from workshop_assignments a where a.workshop_id = w.id and
        a.from_date <= ${onDate}::date and (a.to_date is null or a.to_date >= ${onDate}::date))`.as(
        'assigned',
      ),
    )
    .where('w.centre_id', '=', centreId)
    .orderBy('w.active', 'desc')
    .orderBy('w.name')
    .execute();
}

export async function listInstructors(db: Db, centreId: string, workshopIds: string[]) {
  if (!workshopIds.length) return [];
  return db
    .selectFrom('workshop_instructors as wi')
    .innerJoin('users as u', 'u.id', 'wi.user_id')
    .select(['wi.workshop_id', 'u.id', 'u.full_name'])
    .where('wi.centre_id', '=', centreId)
    .where('wi.workshop_id', 'in', workshopIds)
    .orderBy('u.full_name')
    .execute();
}

export async function replaceInstructors(db: Db, centreId: string, workshopId: string, userIds: string[]) {
  await db
    .deleteFrom('workshop_instructors')
    .where('centre_id', '=', centreId)
    .where('workshop_id', '=', workshopId)
    .execute();
  if (userIds.length)
    await db
      .insertInto('workshop_instructors')
      .values(userIds.map((u) => ({ centre_id: centreId, workshop_id: workshopId, user_id: u })))
      .execute();
}

/** The workshops a user instructs in a centre. */
export async function workshopsOfInstructor(db: Db, centreId: string, userId: string): Promise<string[]> {
  return (
    await db
      .selectFrom('workshop_instructors')
      .select('workshop_id')
      .where('centre_id', '=', centreId)
      .where('user_id', '=', userId)
      .execute()
  ).map((r) => r.workshop_id);
}

const assignmentColumns = [
  'a.id',
  'a.workshop_id',
  'w.name as workshop_name',
  'a.participant_id',
  'p.first_name',
  'p.last_name',
  'a.from_date',
  'a.to_date',
] as const;

/** Assignments to a workshop overlapping [from, to]. */
export async function listAssignments(
  db: Db,
  centreId: string,
  filter: { workshopId?: string; participantId?: string; from?: string; to?: string },
) {
  let q = db
    .selectFrom('workshop_assignments as a')
    .innerJoin('workshops as w', 'w.id', 'a.workshop_id')
    .innerJoin('participants as p', 'p.id', 'a.participant_id')
    .select(assignmentColumns)
    .where('a.centre_id', '=', centreId);
  if (filter.workshopId) q = q.where('a.workshop_id', '=', filter.workshopId);
  if (filter.participantId) q = q.where('a.participant_id', '=', filter.participantId);
  if (filter.to) q = q.where('a.from_date', '<=', filter.to);
  if (filter.from)
    q = q.where((eb) => eb.or([eb('a.to_date', 'is', null), eb('a.to_date', '>=', filter.from!)]));
  return q.orderBy('p.name_key').orderBy('a.from_date').execute();
}

export async function findOpenAssignment(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('workshop_assignments')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .where('to_date', 'is', null)
    .executeTakeFirst();
}

export async function findAssignment(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('workshop_assignments')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function closeAssignment(db: Db, centreId: string, id: string, toDate: string) {
  await db
    .updateTable('workshop_assignments')
    .set({ to_date: toDate })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .execute();
}

export async function insertAssignment(db: Db, row: Insertable<Database['workshop_assignments']>) {
  return db.insertInto('workshop_assignments').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Whether a participant was ever assigned to one of these workshops. */
export async function everInWorkshops(
  db: Db,
  centreId: string,
  participantId: string,
  workshopIds: string[],
): Promise<boolean> {
  if (!workshopIds.length) return false;
  const row = await db
    .selectFrom('workshop_assignments')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .where('workshop_id', 'in', workshopIds)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}
