import { sql } from 'kysely';
import type { Db } from '../../../db/connection';
import { scrubAuditEntries } from '../scrub-audit-entries';
import { findOtherPeople } from './other-kind-rows';
import { OTHER_KIND_DEFS, type OtherKind, type OtherPerson } from './other-kinds';

/** One person who is not a participant: the kind and the id of the own row. */
export interface OtherRef {
  kind: OtherKind;
  id: string;
}

export const NO_SUCH = 'Nie ma takiej osoby w tym centrum.';

/** The person of the reference in the centre, with the last day of their activity. */
export async function findOtherPerson(
  db: Db,
  centreId: string,
  today: string,
  ref: OtherRef,
): Promise<OtherPerson | undefined> {
  return (await findOtherPeople(db, OTHER_KIND_DEFS[ref.kind], centreId, today, [ref.id]))[0];
}

/** Locks the person's own row: a day, an order or a registration written meanwhile waits for this answer. */
export async function lockOtherPerson(trx: Db, centreId: string, ref: OtherRef): Promise<boolean> {
  const found = await sql`select 1 from ${sql.table(OTHER_KIND_DEFS[ref.kind].table)}
    where centre_id = ${centreId} and id = ${ref.id}::uuid for update`.execute(trx);
  return found.rows.length > 0;
}

/**
 * Audit entries about the person (on one of their row ids) keep only ids, days and codes, with the person as
 * the pseudonym; any other entry of the centre mentioning them has the mentions replaced.
 */
export async function scrubOtherAudit(db: Db, centreId: string, ids: string[], tokens: string[], ps: string) {
  await scrubAuditEntries(db, centreId, sql`entity_id in (${sql.join(ids)})`, tokens, ps);
}
