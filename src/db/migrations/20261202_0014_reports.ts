import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 15: the staff register (art. 11, the reports' staff part), the participant's situation after
// an exit or at a follow-up (the reports' outcome rows) and the annual report's versions.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table staff_members (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      full_name text not null,
      sex text,
      function text not null,
      basis text not null,
      fte_milli int not null check (fte_milli between 0 and 1000),
      conducts_classes boolean not null default false,
      from_date date not null,
      to_date date,
      user_id uuid references users (id),
      notes text,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint staff_members_dates check (to_date is null or to_date >= from_date)
    )
  `.execute(db);
  await sql`create index staff_members_centre_idx on staff_members (centre_id, from_date)`.execute(db);

  await sql`
    create table participant_outcomes (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      programme_id uuid references programmes (id),
      follow_up_id uuid references follow_ups (id),
      source text not null,
      observed_on date not null,
      work text not null,
      employment_form text,
      contract_type text,
      social_effects text[] not null default '{}',
      note text,
      recorded_by uuid references users (id),
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index participant_outcomes_centre_idx on participant_outcomes (centre_id, observed_on)`.execute(
    db,
  );
  await sql`create index participant_outcomes_person_idx on participant_outcomes (centre_id, participant_id)`.execute(
    db,
  );

  await sql`
    create table annual_reports (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      year int not null,
      version int not null,
      status text not null default 'DRAFT',
      narrative jsonb not null default '{}',
      snapshot jsonb,
      row_version int not null default 1,
      signed_by uuid references users (id),
      signed_by_name text,
      signed_at timestamptz,
      sent_at timestamptz,
      sent_by uuid references users (id),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint annual_reports_version_unique unique (centre_id, year, version)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table annual_reports`.execute(db);
  await sql`drop table participant_outcomes`.execute(db);
  await sql`drop table staff_members`.execute(db);
}
