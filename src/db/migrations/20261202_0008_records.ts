import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 12 (records): every correction of a participant's record as a row — who, when, old → new.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table participant_changes (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id) on delete cascade,
      version int not null,
      changed_by uuid references users (id),
      changed_by_email text,
      changed_at timestamptz not null default now(),
      changes jsonb not null
    )
  `.execute(db);
  await sql`
    create index participant_changes_participant_idx
      on participant_changes (centre_id, participant_id, version)
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table participant_changes`.execute(db);
}
