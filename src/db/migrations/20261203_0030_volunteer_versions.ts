import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 18, remainder: a volunteer's record and an agreement can be corrected against the version the user
// saw (a stale version is 409, nothing changes); the correction is audited with the fields changed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table volunteers
      add column version integer not null default 0,
      add column updated_at timestamptz
  `.execute(db);
  await sql`
    alter table volunteer_agreements
      add column version integer not null default 0,
      add column updated_at timestamptz
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table volunteer_agreements drop column version, drop column updated_at`.execute(db);
  await sql`alter table volunteers drop column version, drop column updated_at`.execute(db);
}
