import type { Insertable, Updateable } from 'kysely';
import type { Db } from './connection';
import type { StaffMemberRow, StaffMembersTable } from './schema';

/** The centre's staff register, newest contracts first. */
export async function listStaffMembers(db: Db, centreId: string): Promise<StaffMemberRow[]> {
  return db
    .selectFrom('staff_members')
    .selectAll()
    .where('centre_id', '=', centreId)
    .orderBy('from_date', 'desc')
    .orderBy('full_name')
    .execute();
}

export async function findStaffMember(
  db: Db,
  centreId: string,
  id: string,
): Promise<StaffMemberRow | undefined> {
  return db
    .selectFrom('staff_members')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertStaffMember(db: Db, row: Insertable<StaffMembersTable>): Promise<StaffMemberRow> {
  return db.insertInto('staff_members').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Optimistic update: undefined when the version moved on. */
export async function updateStaffMember(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<StaffMembersTable>,
): Promise<StaffMemberRow | undefined> {
  return db
    .updateTable('staff_members')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Participation periods (signed programmes) that touch a day, for the 1 : 10 check. */
export async function participationOn(db: Db, centreId: string, date: string) {
  return db
    .selectFrom('programmes')
    .select(['participant_id', 'admission_date', 'last_day', 'planned_end'])
    .where('centre_id', '=', centreId)
    .where('signed_on', 'is not', null)
    .where('admission_date', '<=', date)
    .where((eb) =>
      eb.or([
        eb('last_day', '>=', date),
        eb.and([eb('last_day', 'is', null), eb('planned_end', '>=', date)]),
      ]),
    )
    .execute();
}
