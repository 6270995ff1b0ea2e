import type { Db } from './connection';
import { updateVersioned } from './versioned-update';
import type { Insertable, Updateable } from 'kysely';
import type { VolunteerActivitiesTable, VolunteerAgreementsTable, VolunteersTable } from './schema';

/** Volunteers of a centre with their total minutes, by last name. */
export async function findVolunteers(db: Db, centreId: string) {
  return db
    .selectFrom('volunteers as v')
    .leftJoin('volunteer_activities as a', (j) =>
      j.onRef('a.volunteer_id', '=', 'v.id').onRef('a.centre_id', '=', 'v.centre_id'),
    )
    .select(['v.id', 'v.first_name', 'v.last_name', 'v.sex', 'v.birth_date'])
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('a.minutes'), eb.lit(0)).as('minutes'))
    .where('v.centre_id', '=', centreId)
    .groupBy(['v.id', 'v.first_name', 'v.last_name', 'v.sex', 'v.birth_date'])
    .orderBy('v.last_name')
    .orderBy('v.first_name')
    .execute();
}

/** One volunteer of the centre, or undefined. */
export async function findVolunteer(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('volunteers')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A volunteer's agreements, oldest first. */
export async function findAgreements(db: Db, centreId: string, volunteerId: string) {
  return db
    .selectFrom('volunteer_agreements')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('volunteer_id', '=', volunteerId)
    .orderBy('valid_from')
    .orderBy('number')
    .execute();
}

/** A volunteer's activities, oldest first. */
export async function findActivities(db: Db, centreId: string, volunteerId: string) {
  return db
    .selectFrom('volunteer_activities')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('volunteer_id', '=', volunteerId)
    .orderBy('done_on')
    .orderBy('created_at')
    .execute();
}

export async function insertVolunteer(db: Db, row: Insertable<VolunteersTable>) {
  return db.insertInto('volunteers').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertAgreement(db: Db, row: Insertable<VolunteerAgreementsTable>) {
  return db.insertInto('volunteer_agreements').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertActivity(db: Db, row: Insertable<VolunteerActivitiesTable>) {
  return db.insertInto('volunteer_activities').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Locks a volunteer's row for the rest of the transaction (agreement numbers, overlapping writes). */
export async function lockVolunteer(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('volunteers')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Every activity of the centre's volunteers in a date range, with the volunteer's sex (for the statistics). */
export async function findActivitiesBetween(db: Db, centreId: string, from: string, to: string) {
  return db
    .selectFrom('volunteer_activities as a')
    .innerJoin('volunteers as v', (j) =>
      j.onRef('v.id', '=', 'a.volunteer_id').onRef('v.centre_id', '=', 'a.centre_id'),
    )
    .select(['a.volunteer_id', 'a.activity', 'a.minutes', 'v.sex'])
    .where('a.centre_id', '=', centreId)
    .where('a.done_on', '>=', from)
    .where('a.done_on', '<=', to)
    .execute();
}

/** Volunteers with an agreement in force on any day of the range (they count in the year without hours too). */
export async function findVolunteersUnderAgreement(db: Db, centreId: string, from: string, to: string) {
  return db
    .selectFrom('volunteer_agreements as g')
    .innerJoin('volunteers as v', (j) =>
      j.onRef('v.id', '=', 'g.volunteer_id').onRef('v.centre_id', '=', 'g.centre_id'),
    )
    .select(['v.id', 'v.sex'])
    .distinct()
    .where('g.centre_id', '=', centreId)
    .where('g.valid_from', '<=', to)
    .where((eb) => eb.or([eb('g.valid_until', 'is', null), eb('g.valid_until', '>=', from)]))
    .execute();
}

/** Changes a volunteer's record if its version is still the one the user saw; undefined otherwise. */
export const updateVolunteerVersioned = (
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<VolunteersTable>,
) => updateVersioned(db, 'volunteers', centreId, id, version, changes);

/** One agreement of a volunteer of the centre, or undefined. */
export async function findAgreement(db: Db, centreId: string, volunteerId: string, id: string) {
  return db
    .selectFrom('volunteer_agreements')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('volunteer_id', '=', volunteerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Changes an agreement if its version is still the one the user saw; undefined otherwise. */
export const updateAgreementVersioned = (
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<VolunteerAgreementsTable>,
) => updateVersioned(db, 'volunteer_agreements', centreId, id, version, changes);
