import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 16 (items 2 and 4): practical placements at partner employers (plan, agreement, tutor, days worked
// there, evaluation), the follow-up of graduates after their exit (contacts, employment, support given), and
// supported employment (art. 15b–16: the application, the PUP referral, the starosta–employer agreement and
// the employer's monthly refund claims).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table placements (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      programme_id uuid not null references programmes (id),
      partner_id uuid not null,
      agreement_id uuid references partner_agreements (id),
      workshop_id uuid not null references workshops (id),
      number text,
      status text not null default 'PLANNED',
      position text not null,
      place text not null,
      tutor_name text not null,
      tutor_phone text,
      centre_tutor text not null,
      start_date date not null,
      end_date date not null,
      schedule text not null,
      daily_hours numeric(4, 2) not null,
      learning_goals text not null,
      signed_on date,
      evaluation jsonb,
      evaluated_on date,
      cancel_reason text,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint placements_partner_fk foreign key (partner_id, centre_id) references partners (id, centre_id),
      constraint placements_dates check (end_date >= start_date),
      constraint placements_hours check (daily_hours > 0 and daily_hours <= 24),
      constraint placements_status check (status in ('PLANNED', 'AGREED', 'FINISHED', 'CANCELLED'))
    )
  `.execute(db);
  await sql`create unique index placements_centre_number_unique on placements (centre_id, number)`.execute(
    db,
  );
  await sql`create index placements_centre_idx on placements (centre_id, participant_id, start_date)`.execute(
    db,
  );
  await sql`
    create table placement_days (
      placement_id uuid not null references placements (id),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      date date not null,
      hours numeric(4, 2) not null,
      note text,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null default now(),
      primary key (placement_id, date),
      constraint placement_days_hours check (hours > 0 and hours <= 24)
    )
  `.execute(db);
  await sql`
    create table graduate_contacts (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      programme_id uuid not null references programmes (id),
      contacted_on date not null,
      channel text not null,
      employment text not null,
      employer text,
      support_given text,
      note text,
      recorded_by uuid references users (id),
      recorded_by_name text,
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index graduate_contacts_idx on graduate_contacts (centre_id, programme_id, contacted_on)`.execute(
    db,
  );
  await sql`
    create table supported_employment (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      programme_id uuid not null references programmes (id),
      form text not null,
      applied_on date not null,
      signed_by_director boolean not null,
      signed_by_social_worker boolean not null,
      signed_by_participant boolean not null,
      justification text,
      pup_referral_on date,
      pup_name text,
      employer_partner_id uuid,
      starosta_agreement_number text,
      starosta_agreement_on date,
      employment_from date,
      employment_until date,
      note text,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint supported_employment_partner_fk foreign key (employer_partner_id, centre_id) references partners (id, centre_id),
      constraint supported_employment_dates check (employment_until is null or employment_until >= employment_from)
    )
  `.execute(db);
  await sql`
    create table supported_employment_claims (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      supported_employment_id uuid not null references supported_employment (id),
      month text not null,
      received_on date not null,
      wage_gross int not null,
      refund_wage int not null,
      refund_contributions int not null,
      paid_on date,
      recorded_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint supported_employment_claims_month unique (supported_employment_id, month),
      constraint supported_employment_claims_amounts check (wage_gross >= 0 and refund_wage >= 0 and refund_contributions >= 0)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table supported_employment_claims`.execute(db);
  await sql`drop table supported_employment`.execute(db);
  await sql`drop table graduate_contacts`.execute(db);
  await sql`drop table placement_days`.execute(db);
  await sql`drop table placements`.execute(db);
}
