import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 16 (item 5): EU projects with their enrolled participants and the SM EFS monitoring data.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table eu_projects (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      number text not null,
      title text not null,
      programme text not null,
      priority text not null,
      action text,
      start_date date not null,
      end_date date not null,
      leader_partner_id uuid references partners (id),
      support_forms text[] not null default '{}',
      targets jsonb not null default '{}',
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint eu_projects_dates check (end_date >= start_date)
    )
  `.execute(db);
  await sql`create unique index eu_projects_centre_number_unique on eu_projects (centre_id, number)`.execute(
    db,
  );
  await sql`
    create table eu_project_partners (
      centre_id uuid not null references centres (id),
      project_id uuid not null references eu_projects (id) on delete cascade,
      partner_id uuid not null references partners (id),
      primary key (project_id, partner_id)
    )
  `.execute(db);
  await sql`
    create table eu_project_participants (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      project_id uuid not null references eu_projects (id),
      participant_id uuid not null references participants (id),
      project_start date not null,
      project_end date,
      support_start date not null,
      support_end date,
      support_forms text[] not null default '{}',
      labour_market_status text,
      long_term_unemployed boolean,
      education_end_planned date,
      degurba text,
      foreign_origin text,
      third_country_national text,
      minority text,
      homeless text,
      disability text,
      exit_situation text,
      exit_as_planned boolean,
      business_started_on date,
      notes text,
      version int not null default 1,
      created_by_name text,
      updated_by_name text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint eu_project_participants_unique unique (project_id, participant_id),
      constraint eu_project_participants_support check (support_end is null or support_end >= support_start)
    )
  `.execute(db);
  await sql`create index eu_project_participants_centre_idx on eu_project_participants (centre_id, project_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table eu_project_participants`.execute(db);
  await sql`drop table eu_project_partners`.execute(db);
  await sql`drop table eu_projects`.execute(db);
}
