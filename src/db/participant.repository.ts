import { sql } from 'kysely';
import type { Db } from './connection';
import type { Insertable } from 'kysely';
import type { NewParticipantRow, ParticipantChangesTable, ParticipantRow } from './schema';

export async function insertParticipant(db: Db, row: NewParticipantRow): Promise<ParticipantRow> {
  return db.insertInto('participants').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A participant of one centre; another centre's id finds nothing. */
export async function findParticipantById(
  db: Db,
  centreId: string,
  id: string,
): Promise<ParticipantRow | undefined> {
  return db
    .selectFrom('participants')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateParticipantVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Partial<NewParticipantRow>,
) {
  return db
    .updateTable('participants')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Possible duplicates in a centre: the same PESEL, or the same folded name and birth date. */
export async function findDuplicateParticipants(
  db: Db,
  centreId: string,
  probe: { pesel?: string | null; nameKey?: string; birthDate?: string | null },
  excludeId?: string,
) {
  const conditions = [];
  if (probe.pesel) conditions.push(sql<boolean>`pesel = ${probe.pesel}`);
  if (probe.nameKey && probe.birthDate)
    conditions.push(sql<boolean>`(name_key = ${probe.nameKey} and birth_date = ${probe.birthDate}::date)`);
  if (!conditions.length) return [];
  let query = db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'birth_date', 'pesel', 'name_key'])
    .where('centre_id', '=', centreId)
    .where(sql<boolean>`(${sql.join(conditions, sql` or `)})`);
  if (excludeId) query = query.where('id', '!=', excludeId);
  return query.limit(20).execute();
}

export interface ParticipantFilter {
  centreId: string;
  nameQuery?: string | undefined;
  peselPrefix?: string | undefined;
  status?: string | undefined;
  group?: string | undefined;
  workshop?: string | undefined;
  referrer?: string | undefined;
  /** Participants whose signed programme ends between these dates (inclusive). */
  endingBetween?: [string, string] | undefined;
  /** Only people ever assigned to one of these workshops (an instructor's view). */
  inWorkshops?: string[] | undefined;
  limit: number;
  offset: number;
}

export type ParticipantListRow = ParticipantRow & {
  workshop: string | null;
  planned_end: string | null;
  admission_date: string | null;
};

const likeText = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of a centre's participants by name, with the total; each row carries its open programme's
 * workshop and dates.
 */
export async function findParticipants(
  db: Db,
  f: ParticipantFilter,
): Promise<{ rows: ParticipantListRow[]; total: number }> {
  let query = db.selectFrom('participants').where('participants.centre_id', '=', f.centreId);
  if (f.nameQuery && f.peselPrefix) {
    query = query.where((eb) =>
      eb.or([eb('name_key', 'like', `%${f.nameQuery}%`), eb('pesel', 'like', `${f.peselPrefix}%`)]),
    );
  } else if (f.nameQuery) query = query.where('name_key', 'like', `%${f.nameQuery}%`);
  else if (f.peselPrefix) query = query.where('pesel', 'like', `${f.peselPrefix}%`);
  if (f.status) query = query.where('participants.status', '=', f.status);
  if (f.group) query = query.where(sql<boolean>`${f.group} = any(eligibility_groups)`);
  if (f.workshop)
    query = query.where(
      sql<boolean>`exists (select 1 from programmes pr where pr.participant_id = participants.id and
        pr.centre_id = participants.centre_id and pr.status <> 'CLOSED' and pr.workshop ilike ${likeText(f.workshop)})`,
    );
  if (f.referrer)
    query = query.where(
      sql<boolean>`exists (select 1 from referrals r where r.participant_id = participants.id and
        r.centre_id = participants.centre_id and (r.referring_body ilike ${likeText(f.referrer)} or
        r.applicant_type = ${f.referrer.toUpperCase()}))`,
    );
  if (f.inWorkshops) {
    const ids = f.inWorkshops.length ? f.inWorkshops : ['00000000-0000-0000-0000-000000000000'];
    query = query.where(
      sql<boolean>`exists (select 1 from workshop_assignments wa where wa.participant_id =
        participants.id and wa.centre_id = participants.centre_id and wa.workshop_id in (${sql.join(ids)}))`,
    );
  }
  if (f.endingBetween)
    query = query.where(
      sql<boolean>`exists (select 1 from programmes pr where pr.participant_id = participants.id and
        pr.centre_id = participants.centre_id and pr.status = 'SIGNED' and pr.planned_end between
        ${f.endingBetween[0]}::date and ${f.endingBetween[1]}::date)`,
    );
  const [rows, count] = await Promise.all([
    query
      .leftJoin('programmes as op', (join) =>
        join.onRef('op.participant_id', '=', 'participants.id').on('op.status', '<>', 'CLOSED'),
      )
      .selectAll('participants')
      .select(['op.workshop', 'op.planned_end', 'op.admission_date'])
      .orderBy('participants.name_key')
      .orderBy('participants.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * Every person of a centre by the keys the duplicate check compares (PESEL; folded name + birth date),
 * for a bulk import.
 */
export async function findParticipantIdentities(db: Db, centreId: string) {
  return db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'birth_date', 'pesel', 'name_key'])
    .where('centre_id', '=', centreId)
    .execute();
}

/** Inserts many people in statements of `batchSize` rows (one round trip each); the caller owns the transaction. */
export async function insertParticipantsInBatches(
  db: Db,
  rows: NewParticipantRow[],
  batchSize = 500,
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const result = await db
      .insertInto('participants')
      .values(rows.slice(start, start + batchSize))
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Records one correction of a participant's record (the fields with their old and new values). */
export async function insertParticipantChange(db: Db, row: Insertable<ParticipantChangesTable>) {
  await db
    .insertInto('participant_changes')
    .values({ ...row, changes: JSON.stringify(row.changes) })
    .execute();
}

/** The corrections of one participant's record, newest first, with the name of who made each. */
export async function findParticipantChanges(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('participant_changes as c')
    .leftJoin('users as u', 'u.id', 'c.changed_by')
    .select(['c.id', 'c.version', 'c.changed_at', 'c.changed_by_email', 'c.changes', 'u.full_name'])
    .where('c.centre_id', '=', centreId)
    .where('c.participant_id', '=', participantId)
    .orderBy('c.version', 'desc')
    .execute();
}

/** Deletes a record of one centre; the database refuses (foreign key) when anything refers to it. */
export async function deleteParticipantRow(db: Db, centreId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom('participants')
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
