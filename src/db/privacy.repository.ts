import type { Insertable } from 'kysely';
import type { Db } from './connection';
import type { StaffAuthorisationRow, StaffAuthorisationsTable } from './schema';

/** An authorisation with its holder's name and e-mail, as the register shows it. */
export type AuthorisationListRow = StaffAuthorisationRow & { holder_name: string; holder_email: string };

/** Records an authorisation (with its pledge date) for one account in one centre. */
export async function insertAuthorisation(
  db: Db,
  row: Insertable<StaffAuthorisationsTable>,
): Promise<StaffAuthorisationRow> {
  return db.insertInto('staff_authorisations').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Every authorisation an account holds or held in a centre (usually one or two rows). */
export async function findAuthorisationsOfUser(
  db: Db,
  centreId: string,
  userId: string,
): Promise<StaffAuthorisationRow[]> {
  return db
    .selectFrom('staff_authorisations')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('user_id', '=', userId)
    .execute();
}

/** One authorisation of the centre, with its holder. */
export async function findAuthorisationById(
  db: Db,
  centreId: string,
  id: string,
): Promise<AuthorisationListRow | undefined> {
  return db
    .selectFrom('staff_authorisations as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .selectAll('a')
    .select(['u.full_name as holder_name', 'u.email as holder_email'])
    .where('a.centre_id', '=', centreId)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** The centre's register: every authorisation ever issued there, newest first. */
export async function findCentreAuthorisations(db: Db, centreId: string): Promise<AuthorisationListRow[]> {
  return db
    .selectFrom('staff_authorisations as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .selectAll('a')
    .select(['u.full_name as holder_name', 'u.email as holder_email'])
    .where('a.centre_id', '=', centreId)
    .orderBy('a.issued_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();
}

/** Revokes an authorisation that is not revoked yet; false when there was none to revoke. */
export async function revokeAuthorisationRow(
  db: Db,
  centreId: string,
  id: string,
  change: { revokedAt: Date; revokedBy: string; reason: string },
): Promise<boolean> {
  const result = await db
    .updateTable('staff_authorisations')
    .set({ revoked_at: change.revokedAt, revoked_by: change.revokedBy, revocation_reason: change.reason })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The centre's own information clause, when it has edited the default. */
export async function findInformationClause(db: Db, centreId: string) {
  return db.selectFrom('privacy_settings').selectAll().where('centre_id', '=', centreId).executeTakeFirst();
}

/** Saves the centre's information clause (one row per centre). */
export async function upsertInformationClause(db: Db, centreId: string, text: string, by: string) {
  return db
    .insertInto('privacy_settings')
    .values({ centre_id: centreId, information_clause: text, updated_by: by })
    .onConflict((oc) =>
      oc
        .column('centre_id')
        .doUpdateSet({ information_clause: text, updated_by: by, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Sets the day a participant of the centre was informed; false when no such participant. */
export async function updateInformedOn(
  db: Db,
  centreId: string,
  participantId: string,
  informedOn: string,
): Promise<boolean> {
  const result = await db
    .updateTable('participants')
    .set({ informed_on: informedOn })
    .where('centre_id', '=', centreId)
    .where('id', '=', participantId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
