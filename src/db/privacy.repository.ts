import { type Insertable, sql } from 'kysely';
import type { Db } from './connection';
import type { RetentionAnonymisationsTable, StaffAuthorisationRow, StaffAuthorisationsTable } from './schema';

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

/** One person who may have reached the end of retention: the record's summary and every day of services. */
export interface RetentionCandidateRow {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  status: string;
  status_since: string | null;
  open_programmes: number;
  programme_day: string | null;
  follow_up_day: string | null;
  attendance_day: string | null;
  decision_day: string | null;
  referral_day: string | null;
  paid_month: string | null;
}

/**
 * The centre's people who exited or were refused and are not anonymised yet, with the latest day of each
 * kind of service (retention is counted from the latest of them). `ids` narrows to those people.
 */
export async function findRetentionCandidates(
  db: Db,
  centreId: string,
  today: string,
  only: { ids?: readonly string[]; includeApproved?: boolean } = {},
): Promise<RetentionCandidateRow[]> {
  const { ids, includeApproved = false } = only;
  if (ids && ids.length === 0) return [];
  const rows = await sql<RetentionCandidateRow>`
    select p.id, p.first_name, p.last_name, p.birth_date, p.status, p.status_since,
      (select count(*) from programmes g where g.centre_id = p.centre_id and g.participant_id = p.id
        and (g.status in ('DRAFT', 'SIGNED') or (g.status = 'CONTINUING' and
          coalesce(g.continuation_until, ${today}) >= ${today}))
      )::int as open_programmes,
      (select max(greatest(g.admission_date, g.last_day, g.exit_event_date, g.continuation_until,
          g.certificate_issued_on, g.decision_on))
        from programmes g where g.centre_id = p.centre_id and g.participant_id = p.id) as programme_day,
      (select max(greatest(f.due_on, f.done_on)) from follow_ups f
        where f.centre_id = p.centre_id and f.participant_id = p.id) as follow_up_day,
      (select max(a.date) from attendance_entries a
        where a.centre_id = p.centre_id and a.participant_id = p.id) as attendance_day,
      (select max(d.decided_on) from eligibility_decisions d
        where d.centre_id = p.centre_id and d.participant_id = p.id) as decision_day,
      (select max(r.received_on) from referrals r
        where r.centre_id = p.centre_id and r.participant_id = p.id) as referral_day,
      (select max(m.month) from payroll_lines l join payroll_months m on m.id = l.payroll_id
        where l.centre_id = p.centre_id and l.participant_id = p.id) as paid_month
    from participants p
    where p.centre_id = ${centreId} and p.status in ('EXITED', 'REFUSED')
      ${
        includeApproved
          ? sql``
          : sql`and not exists (select 1 from retention_anonymisations x where x.participant_id = p.id)`
      }
      ${ids ? sql`and p.id in (${sql.join(ids)})` : sql``}
    order by p.last_name, p.first_name`.execute(db);
  return rows.rows;
}

/** The centre's approvals of anonymisation (pending and done), newest first. */
export async function findRetentionAnonymisations(db: Db, centreId: string) {
  return db
    .selectFrom('retention_anonymisations as r')
    .leftJoin('users as u', 'u.id', 'r.approved_by')
    .selectAll('r')
    .select('u.full_name as approved_by_name')
    .where('r.centre_id', '=', centreId)
    .orderBy('r.approved_at', 'desc')
    .execute();
}

/** The approvals of these people that already exist (approved or done). */
export async function findAnonymisationsOf(db: Db, centreId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('retention_anonymisations')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', 'in', ids)
    .execute();
}

/** Records the director's approvals (one row per person). */
export async function insertRetentionAnonymisations(
  db: Db,
  rows: Insertable<RetentionAnonymisationsTable>[],
): Promise<void> {
  if (rows.length) await db.insertInto('retention_anonymisations').values(rows).execute();
}

/** The approval of one person, locked for the transaction that anonymises them. */
export async function lockRetentionAnonymisation(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('retention_anonymisations')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .forUpdate()
    .executeTakeFirst();
}
