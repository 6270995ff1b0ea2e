import { sql, type Insertable } from 'kysely';
import type { Db } from './connection';
import { lockKeys } from './locks';
import type { Database } from './schema';

// Every query names the centre: another centre's id finds nothing.

export async function findClassProgramme(db: Db, centreId: string, workshopId: string, month: string) {
  return db
    .selectFrom('class_programmes')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('workshop_id', '=', workshopId)
    .where('month', '=', month)
    .executeTakeFirst();
}

export async function insertClassProgramme(db: Db, row: Insertable<Database['class_programmes']>) {
  return db.insertInto('class_programmes').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateClassProgrammeVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: {
    weekday_hours?: string;
    day_hours?: string;
    status?: string;
    approved_by?: string | null;
    approved_at?: Date | null;
  },
) {
  return db
    .updateTable('class_programmes')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function findMonthState(db: Db, centreId: string, workshopId: string, month: string) {
  return db
    .selectFrom('attendance_months')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('workshop_id', '=', workshopId)
    .where('month', '=', month)
    .executeTakeFirst();
}

export async function upsertMonthState(db: Db, row: Insertable<Database['attendance_months']>) {
  await db
    .insertInto('attendance_months')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['workshop_id', 'month']).doUpdateSet({
        status: row.status,
        locked_by: row.locked_by ?? null,
        locked_at: row.locked_at ?? null,
        reopen_reason: row.reopen_reason ?? null,
        reopened_by: row.reopened_by ?? null,
        reopened_at: row.reopened_at ?? null,
      }),
    )
    .execute();
}

/** The month's entries of the given people (whatever workshop they were recorded in). */
export async function listEntries(
  db: Db,
  centreId: string,
  participantIds: string[],
  from: string,
  to: string,
) {
  if (!participantIds.length) return [];
  return db
    .selectFrom('attendance_entries')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', 'in', participantIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('participant_id')
    .orderBy('date')
    .execute();
}

/**
 * Serialises saving a workshop's month against locking or reopening it: saves take the lock shared (they
 * do not wait for each other), lock/reopen take it exclusive — so a save never lands in a month that was
 * locked meanwhile, and a lock never misses a save still in flight. Call it inside the transaction.
 */
export async function lockAttendanceMonth(
  db: Db,
  workshopId: string,
  month: string,
  mode: 'shared' | 'exclusive',
) {
  const key = `attendance-month:${workshopId}:${month}`;
  if (mode === 'shared')
    await sql`select pg_advisory_xact_lock_shared(hashtextextended(${key}, 0))`.execute(db);
  else await lockKeys(db, [key]);
}

/** The stored entries of these person-days, locked until the transaction ends (call it inside one). */
export async function findEntriesForUpdate(
  db: Db,
  centreId: string,
  keys: { participantId: string; date: string }[],
) {
  if (!keys.length) return [];
  // A first save has no row to lock: the advisory lock per person and day makes the second of two
  // concurrent first saves wait, then see the first one's row (and answer VERSION_CONFLICT).
  await lockKeys(
    db,
    keys.map((k) => `attendance:${k.participantId}:${k.date}`),
  );
  return db
    .selectFrom('attendance_entries')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where(
      sql<boolean>`(participant_id, date) in
        (${sql.join(keys.map((k) => sql`(${k.participantId}::uuid, ${k.date}::date)`))})`,
    )
    .forUpdate()
    .execute();
}

export async function upsertEntries(db: Db, rows: Insertable<Database['attendance_entries']>[]) {
  if (!rows.length) return;
  await db
    .insertInto('attendance_entries')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['participant_id', 'date']).doUpdateSet((eb) => ({
        workshop_id: eb.ref('excluded.workshop_id'),
        status: eb.ref('excluded.status'),
        hours: eb.ref('excluded.hours'),
        meal: eb.ref('excluded.meal'),
        sick_note_number: eb.ref('excluded.sick_note_number'),
        sick_note_from: eb.ref('excluded.sick_note_from'),
        sick_note_to: eb.ref('excluded.sick_note_to'),
        day_off_approved: eb.ref('excluded.day_off_approved'),
        version: sql`attendance_entries.version + 1`,
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
