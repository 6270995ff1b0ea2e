import { sql } from 'kysely';
import type { Db } from './connection';
import type { Database, NewProgrammeRow, ProgrammeRow } from './schema';
import type { Insertable, Updateable } from 'kysely';

// Every query names the centre: another centre's id finds nothing.

export async function insertReferral(db: Db, row: Insertable<Database['referrals']>) {
  return db.insertInto('referrals').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findReferral(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('referrals')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listReferrals(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('referrals')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .orderBy('referred_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function updateReferralVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<Database['referrals']>,
) {
  return db
    .updateTable('referrals')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function setReferralStatus(db: Db, centreId: string, id: string, status: string, since: string) {
  await db
    .updateTable('referrals')
    .set((eb) => ({ status, status_since: since, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .execute();
}

export async function setParticipantStatus(
  db: Db,
  centreId: string,
  id: string,
  status: string,
  since: string,
  groups?: string[],
) {
  await db
    .updateTable('participants')
    .set((eb) => ({
      status,
      status_since: since,
      version: eb('version', '+', 1),
      updated_at: new Date(),
      ...(groups ? { eligibility_groups: groups } : {}),
    }))
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .execute();
}

const documentColumns = [
  'id',
  'centre_id',
  'participant_id',
  'referral_id',
  'kind',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'description',
  'uploaded_by',
  'uploaded_at',
] as const;

export async function insertDocument(db: Db, row: Insertable<Database['participant_documents']>) {
  return db
    .insertInto('participant_documents')
    .values(row)
    .returning(documentColumns)
    .executeTakeFirstOrThrow();
}

export async function listDocuments(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('participant_documents')
    .select(documentColumns)
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .orderBy('uploaded_at')
    .execute();
}

export async function findDocumentWithContent(db: Db, centreId: string, participantId: string, id: string) {
  return db
    .selectFrom('participant_documents')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertEvidence(db: Db, row: Insertable<Database['eligibility_evidence']>) {
  return db.insertInto('eligibility_evidence').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listEvidence(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('eligibility_evidence')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .orderBy('created_at')
    .execute();
}

export async function insertDecision(db: Db, row: Insertable<Database['eligibility_decisions']>) {
  return db.insertInto('eligibility_decisions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listDecisions(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('eligibility_decisions')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function latestDecisionForReferral(db: Db, centreId: string, referralId: string) {
  return db
    .selectFrom('eligibility_decisions')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('referral_id', '=', referralId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertProgramme(db: Db, row: NewProgrammeRow): Promise<ProgrammeRow> {
  return db.insertInto('programmes').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findProgramme(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('programmes')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listProgrammes(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('programmes')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findOpenProgramme(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('programmes')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .where('status', '!=', 'CLOSED')
    .executeTakeFirst();
}

export async function updateProgrammeVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<Database['programmes']>,
) {
  return db
    .updateTable('programmes')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function insertProgrammeVersion(db: Db, row: Insertable<Database['programme_versions']>) {
  await db.insertInto('programme_versions').values(row).execute();
}

export async function listProgrammeVersions(db: Db, centreId: string, programmeIds: string[]) {
  if (!programmeIds.length) return [];
  return db
    .selectFrom('programme_versions')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('programme_id', 'in', programmeIds)
    .orderBy('programme_id')
    .orderBy('version')
    .execute();
}

/** People taking part now (a signed programme that has not ended) and people on the waiting list. */
export async function countOccupancy(db: Db, centreId: string): Promise<{ active: number; waiting: number }> {
  const row = await db
    .selectFrom('participants')
    .select([
      sql<number>`count(*) filter (where status = 'ACTIVE')`.as('active'),
      sql<number>`count(*) filter (where status = 'WAITING')`.as('waiting'),
    ])
    .where('centre_id', '=', centreId)
    .executeTakeFirstOrThrow();
  return { active: Number(row.active), waiting: Number(row.waiting) };
}

export async function insertFollowUps(db: Db, rows: Insertable<Database['follow_ups']>[]) {
  if (rows.length) await db.insertInto('follow_ups').values(rows).execute();
}

export async function listFollowUps(
  db: Db,
  centreId: string,
  filter: { participantId?: string; dueBy?: string; openOnly: boolean },
) {
  let q = db
    .selectFrom('follow_ups as f')
    .innerJoin('participants as p', 'p.id', 'f.participant_id')
    .select([
      'f.id',
      'f.participant_id',
      'f.programme_id',
      'f.label',
      'f.due_on',
      'f.done_on',
      'f.outcome',
      'f.note',
      'p.first_name',
      'p.last_name',
    ])
    .where('f.centre_id', '=', centreId);
  if (filter.participantId) q = q.where('f.participant_id', '=', filter.participantId);
  if (filter.dueBy) q = q.where('f.due_on', '<=', filter.dueBy);
  if (filter.openOnly) q = q.where('f.done_on', 'is', null);
  return q.orderBy('f.due_on').orderBy('p.last_name').limit(500).execute();
}

export async function recordFollowUp(
  db: Db,
  centreId: string,
  id: string,
  changes: Updateable<Database['follow_ups']>,
) {
  return db
    .updateTable('follow_ups')
    .set(changes)
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** The next number of a document kind in a centre and year ("ZAS/2026/0003"); locked row, one transaction. */
export async function nextDocumentNumber(
  db: Db,
  centreId: string,
  kind: string,
  year: number,
): Promise<number> {
  const row = await db
    .insertInto('document_counters')
    .values({ centre_id: centreId, kind, year, last: 1 })
    .onConflict((oc) =>
      oc
        .columns(['centre_id', 'kind', 'year'])
        .doUpdateSet((eb) => ({ last: eb('document_counters.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** A scan's metadata (never its bytes). */
export async function findDocument(db: Db, centreId: string, participantId: string, id: string) {
  return db
    .selectFrom('participant_documents')
    .select(documentColumns)
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
