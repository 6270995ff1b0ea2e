import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 16 item 7: the art. 200 track (2025 labour-market act) — activities for the unemployed funded by the
// PUP under an agreement with the starosta. The agreement (partner from the registry, dates, expected effects
// and how they are measured, the daily-hours and months limits), the people enrolled under it (a light record
// of their own, not a participant: no referral, no IPZS, no benefit), and their days in hours.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table art200_agreements (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      partner_id uuid not null,
      number text not null,
      signed_on date,
      valid_from date not null,
      valid_until date not null,
      activities text not null,
      expected_effects text not null,
      measurement text not null,
      daily_hours_limit numeric(4, 2) not null,
      max_months int not null,
      planned_people int,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint art200_agreements_partner_fk foreign key (partner_id, centre_id) references partners (id, centre_id),
      constraint art200_agreements_dates check (valid_until >= valid_from),
      constraint art200_agreements_hours check (daily_hours_limit > 0 and daily_hours_limit <= 24),
      constraint art200_agreements_months check (max_months between 1 and 24),
      constraint art200_agreements_id_centre unique (id, centre_id)
    )
  `.execute(db);
  await sql`create unique index art200_agreements_number_unique on art200_agreements (centre_id, number)`.execute(
    db,
  );
  await sql`
    create table art200_enrolments (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      agreement_id uuid not null,
      first_name text not null,
      last_name text not null,
      pesel text,
      pup_reference text,
      start_date date not null,
      planned_end_date date not null,
      ended_on date,
      end_reason text,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint art200_enrolments_agreement_fk foreign key (agreement_id, centre_id)
        references art200_agreements (id, centre_id),
      constraint art200_enrolments_dates check (planned_end_date >= start_date),
      constraint art200_enrolments_id_centre unique (id, centre_id)
    )
  `.execute(db);
  await sql`create index art200_enrolments_agreement_idx on art200_enrolments (centre_id, agreement_id)`.execute(
    db,
  );
  await sql`
    create unique index art200_enrolments_pesel_unique on art200_enrolments (agreement_id, pesel)
      where pesel is not null
  `.execute(db);
  await sql`
    create table art200_hours (
      enrolment_id uuid not null,
      centre_id uuid not null references centres (id),
      date date not null,
      hours numeric(4, 2) not null,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null default now(),
      primary key (enrolment_id, date),
      constraint art200_hours_enrolment_fk foreign key (enrolment_id, centre_id)
        references art200_enrolments (id, centre_id),
      constraint art200_hours_range check (hours >= 0 and hours <= 24)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table art200_hours`.execute(db);
  await sql`drop table art200_enrolments`.execute(db);
  await sql`drop table art200_agreements`.execute(db);
}
