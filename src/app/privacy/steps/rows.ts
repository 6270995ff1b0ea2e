import { sql } from 'kysely';
import type { Db } from '../../../db/connection';
import type { PersonRow } from '../anonymisation-steps';

/** Dates as ISO text and file bytes left out: rows as the own copy lists them. */
export const plainRow = (row: PersonRow): PersonRow =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([, v]) => !(v instanceof Uint8Array))
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );

/** The person's rows of a table that carries `centre_id` and `participant_id`. */
export async function rowsOf(db: Db, table: string, centreId: string, participantId: string) {
  const found = await sql<PersonRow>`select * from ${sql.table(table)}
    where centre_id = ${centreId} and participant_id = ${participantId}`.execute(db);
  return found.rows.map(plainRow);
}

/** The ids (as text) of the person's rows of such a table. */
export async function idsOf(db: Db, table: string, centreId: string, participantId: string) {
  const found = await sql<{ id: string }>`select id::text as id from ${sql.table(table)}
    where centre_id = ${centreId} and participant_id = ${participantId}`.execute(db);
  return found.rows.map((r) => r.id);
}

/** A text containing one of the tokens, as a SQL condition on `column`. */
export const mentions = (column: string, tokens: readonly string[]) =>
  sql.join(
    tokens.map((t) => sql`position(${t} in lower(coalesce(${sql.ref(column)}, ''))) > 0`),
    sql` or `,
  );
