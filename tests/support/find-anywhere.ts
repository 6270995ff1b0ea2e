import { sql } from 'kysely';
import type { Db } from '../../src/db/connection';

/**
 * Every text, character, json(b), array and bytea column of every table of every schema, searched for
 * each value (case-insensitive): the hits as "schema.table.column ∋ value". The test of issue #14: after an
 * anonymisation or an erasure no name, PESEL, phone or e-mail remains anywhere in the database.
 */
export async function findAnywhere(db: Db, values: string[]): Promise<string[]> {
  const columns = (
    await sql<{ s: string; t: string; c: string; type: string }>`
      select c.table_schema as s, c.table_name as t, c.column_name as c, c.data_type as type
      from information_schema.columns c join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema not in ('pg_catalog', 'information_schema')
        and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')`.execute(
      db,
    )
  ).rows;
  if (columns.length < 100) throw new Error('the search found too few text columns');
  const hits: string[] = [];
  const list = sql.join(values.map((v) => sql`(${v}::text)`));
  for (const col of columns) {
    const ref = sql.ref(`x.${col.c}`);
    const match =
      col.type === 'bytea'
        ? sql`position(convert_to(v.value, 'UTF8') in ${ref}) > 0`
        : sql`position(lower(v.value) in lower(${ref}::text)) > 0`;
    const found = (
      await sql<{ value: string }>`select v.value from (values ${list}) as v(value)
        where exists (select 1 from ${sql.table(`${col.s}.${col.t}`)} as x where ${match})`.execute(db)
    ).rows;
    for (const f of found) hits.push(`${col.s}.${col.t}.${col.c} ∋ ${f.value}`);
  }
  return hits;
}
