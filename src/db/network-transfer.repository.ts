import type { Insertable } from 'kysely';
import type { Db } from './connection';
import type { NetworkTransferRow, NetworkTransfersTable, ParticipantsTable } from './schema';

/** A transfer row with both centres' names and types (what either side's history shows). */
export type TransferListRow = NetworkTransferRow & {
  from_name: string;
  from_type: 'CIS' | 'KIS';
  to_name: string;
  to_type: 'CIS' | 'KIS';
};

export async function insertTransfer(db: Db, row: Insertable<NetworkTransfersTable>) {
  return db.insertInto('network_transfers').values(row).returningAll().executeTakeFirstOrThrow();
}

const listQuery = (db: Db) =>
  db
    .selectFrom('network_transfers as t')
    .innerJoin('centres as f', 'f.id', 't.from_centre_id')
    .innerJoin('centres as r', 'r.id', 't.to_centre_id')
    .selectAll('t')
    .select(['f.name as from_name', 'f.type as from_type', 'r.name as to_name', 'r.type as to_type']);

/** The transfers of a network that one centre sent or received — never another pair's. */
export async function findTransfersOfCentre(
  db: Db,
  networkId: string,
  centreId: string,
): Promise<TransferListRow[]> {
  return listQuery(db)
    .where('t.network_id', '=', networkId)
    .where((eb) => eb.or([eb('t.from_centre_id', '=', centreId), eb('t.to_centre_id', '=', centreId)]))
    .orderBy('t.sent_at', 'desc')
    .execute() as Promise<TransferListRow[]>;
}

/** One transfer the centre is a side of. */
export async function findTransferOfCentre(
  db: Db,
  networkId: string,
  centreId: string,
  id: string,
): Promise<TransferListRow | undefined> {
  return listQuery(db)
    .where('t.network_id', '=', networkId)
    .where('t.id', '=', id)
    .where((eb) => eb.or([eb('t.from_centre_id', '=', centreId), eb('t.to_centre_id', '=', centreId)]))
    .executeTakeFirst() as Promise<TransferListRow | undefined>;
}

/**
 * Answers a transfer still waiting (SENT) and not expired at `responded_at`: the data sent is cleared in
 * the same statement. Returns nothing when someone else answered first or the transfer has expired (the
 * caller turns that into a 409).
 */
export async function answerTransfer(
  db: Db,
  id: string,
  change: {
    status: 'ACCEPTED' | 'REFUSED' | 'WITHDRAWN';
    responded_by: string;
    responded_at: Date;
    refusal_reason?: string | null;
    received_participant_id?: string | null;
    received_referral_id?: string | null;
  },
) {
  return db
    .updateTable('network_transfers')
    .set({ ...change, data: null })
    .where('id', '=', id)
    .where('status', '=', 'SENT')
    .where('expires_at', '>', change.responded_at)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Marks EXPIRED every transfer still waiting at `now` past its expiry (optionally only one person's to
 * one centre) and removes the data sent, in one statement: two sweeps at once expire each row once.
 */
export async function expireWaitingTransfers(
  db: Db,
  now: Date,
  only?: { participantId: string; toCentreId: string },
) {
  let q = db
    .updateTable('network_transfers')
    .set({ status: 'EXPIRED', data: null, responded_at: now })
    .where('status', '=', 'SENT')
    .where('expires_at', '<=', now);
  if (only)
    q = q.where('participant_id', '=', only.participantId).where('to_centre_id', '=', only.toCentreId);
  return q.returning(['id', 'network_id', 'from_centre_id', 'to_centre_id', 'categories']).execute();
}

/** The people named in a centre's own records (for its side of the history). */
export async function findOwnPeople(db: Db, centreId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'birth_date'])
    .where('centre_id', '=', centreId)
    .where('id', 'in', [...ids])
    .execute();
}

/** A person's stays (programmes) in one centre: kind, dates and exit — the participation history sent. */
export async function findStays(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('programmes')
    .select(['kind', 'admission_date', 'last_day', 'exit_type'])
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .orderBy('admission_date')
    .execute();
}

/**
 * A participant of the receiving centre with the same PESEL (the person was there before), with what a
 * transfer can add to.
 */
export async function findParticipantByPesel(db: Db, centreId: string, pesel: string) {
  return db
    .selectFrom('participants')
    .select([
      'id',
      'status',
      'eligibility_groups',
      'eligibility_justification',
      'phone',
      'email',
      'street',
      'building_no',
      'flat_no',
      'postal_code',
      'city',
      'gmina_code',
      'education_level',
    ])
    .where('centre_id', '=', centreId)
    .where('pesel', '=', pesel)
    .executeTakeFirst();
}

/** Writes what a transfer added to an existing record; returns its new version (an open edit form gets a 409). */
export async function updateMergedParticipant(
  db: Db,
  centreId: string,
  id: string,
  changes: Partial<Insertable<ParticipantsTable>>,
  now: Date,
): Promise<number> {
  const row = await db
    .updateTable('participants')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: now }))
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}
