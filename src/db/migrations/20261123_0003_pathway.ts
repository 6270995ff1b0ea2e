import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// The participant pathway: referral → eligibility → programme (IPZS / KIS social contract) → exit → follow-up.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table referrals (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      applicant_type text not null,
      referring_body_kind text not null default 'OPS',
      referring_body text,
      referring_body_address text,
      referred_on date not null,
      received_on date not null,
      consent_given boolean not null default false,
      consent_on date,
      ops_opinion_required boolean not null,
      ops_opinion_on date,
      ops_opinion text,
      status text not null default 'RECEIVED',
      status_since date not null,
      notes text,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index referrals_participant_idx on referrals (centre_id, participant_id, referred_on);

    create table participant_documents (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      referral_id uuid references referrals (id),
      kind text not null,
      file_name text not null,
      media_type text not null,
      size_bytes int not null check (size_bytes > 0),
      sha256 char(64) not null,
      content bytea not null,
      description text,
      uploaded_by uuid references users (id),
      uploaded_at timestamptz not null default now()
    );
    create index participant_documents_participant_idx on participant_documents (centre_id, participant_id);

    create table eligibility_evidence (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      group_code text not null,
      document_type text not null,
      document_number text,
      issuer text,
      issued_on date,
      valid_until date,
      document_id uuid references participant_documents (id),
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index eligibility_evidence_participant_idx on eligibility_evidence (centre_id, participant_id);

    create table eligibility_decisions (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      referral_id uuid not null references referrals (id),
      decided_on date not null,
      outcome text not null check (outcome in ('ELIGIBLE', 'REFUSED')),
      waiting_list boolean not null default false,
      groups text[] not null,
      declared_benefits text[] not null,
      declaration_signed boolean not null,
      justification text,
      reasons jsonb not null,
      note text,
      decided_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index eligibility_decisions_participant_idx on eligibility_decisions (centre_id, participant_id, created_at);

    create table programmes (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      referral_id uuid references referrals (id),
      kind text not null check (kind in ('IPZS', 'KIS_CONTRACT')),
      number text not null,
      status text not null default 'DRAFT',
      admission_date date not null,
      trial_last_day date,
      base_end date,
      extension_months int not null default 0,
      planned_end date not null,
      signed_on date,
      workshop text,
      weekly_hours real,
      disability_degree text not null default 'NONE',
      vocational_scope text not null default '',
      vocational_forms text not null default '',
      social_scope text not null default '',
      social_forms text not null default '',
      responsible_persons jsonb not null default '[]',
      contract_number text,
      contract_ops text,
      contract_from date,
      contract_to date,
      exit_type text,
      last_day date,
      exit_event_date date,
      continuation_until date,
      closed_on date,
      decision_number text,
      decision_on date,
      complaint_court text,
      exit_justification text,
      vocational_skills text[] not null default '{}',
      social_skills text[] not null default '{}',
      certificate_number text,
      certificate_issued_on date,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index programmes_one_open on programmes (participant_id) where status <> 'CLOSED';
    create unique index programmes_number on programmes (centre_id, number);
    create index programmes_centre_status_idx on programmes (centre_id, status, planned_end);

    create table programme_versions (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      programme_id uuid not null references programmes (id),
      version int not null,
      change_kind text not null,
      changed_fields text[] not null default '{}',
      reason text,
      snapshot jsonb not null,
      changed_by uuid references users (id),
      changed_by_name text,
      changed_at timestamptz not null default now(),
      unique (programme_id, version)
    );

    create table follow_ups (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      programme_id uuid not null references programmes (id),
      label text not null,
      due_on date not null,
      done_on date,
      outcome text,
      note text,
      recorded_by uuid references users (id),
      unique (programme_id, label)
    );
    create index follow_ups_due_idx on follow_ups (centre_id, done_on, due_on);

    create table document_counters (
      centre_id uuid not null references centres (id),
      kind text not null,
      year int not null,
      last int not null,
      primary key (centre_id, kind, year)
    );

    alter table participants add column status_since date;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table participants drop column status_since;
    drop table document_counters;
    drop table follow_ups;
    drop table programme_versions;
    drop table programmes;
    drop table eligibility_decisions;
    drop table eligibility_evidence;
    drop table participant_documents;
    drop table referrals;
  `.execute(db);
}
