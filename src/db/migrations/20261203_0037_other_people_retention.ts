import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 14, remainder: the director's approvals to anonymise people who are not participants (volunteers,
// art. 200 enrolees, event guests, private customers, in-kind donors, public enquirers) once their retention
// period is over — one row per person of a kind, the pseudonym and the dates, done by the queue's job.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table other_person_anonymisations (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      kind text not null check (kind in ('VOLUNTEER', 'ART200', 'EVENT_PERSON', 'EVENT_GUEST',
        'SERVICE_CUSTOMER', 'INKIND_DONOR', 'NETWORK_ENQUIRY')),
      person_id uuid not null,
      pseudonym text not null,
      last_activity_on date not null,
      retention_ends_on date not null,
      status text not null default 'APPROVED' check (status in ('APPROVED', 'DONE')),
      approved_by uuid references users (id),
      approved_at timestamptz not null default now(),
      job_id uuid references job_runs (id),
      done_at timestamptz,
      constraint other_person_anonymisations_unique unique (kind, person_id)
    )
  `.execute(db);
  await sql`create index other_person_anonymisations_centre_idx on other_person_anonymisations (centre_id, status)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table other_person_anonymisations`.execute(db);
}
