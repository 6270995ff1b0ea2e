import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 19, second part: transfers of a person between member centres (with the person's consent; the
// data travels only while the receiving centre decides), the network's joint service catalogue with the
// public's enquiries, and joint projects (a leader and partners, each keeping its own participants).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table network_transfers (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id),
      from_centre_id uuid not null references centres (id),
      to_centre_id uuid not null references centres (id),
      participant_id uuid references participants (id) on delete set null,
      status text not null default 'SENT',
      applicant_type text not null,
      consent_on date not null,
      consent_scope text[] not null,
      consent_note text,
      categories text[] not null,
      data jsonb,
      note text,
      sent_by uuid references users (id),
      sent_at timestamptz not null default now(),
      responded_by uuid references users (id),
      responded_at timestamptz,
      refusal_reason text,
      received_participant_id uuid references participants (id) on delete set null,
      received_referral_id uuid references referrals (id) on delete set null,
      constraint network_transfers_two_centres check (from_centre_id <> to_centre_id),
      constraint network_transfers_status check (status in ('SENT', 'ACCEPTED', 'REFUSED', 'WITHDRAWN'))
    )
  `.execute(db);
  await sql`create unique index network_transfers_open_unique on network_transfers (participant_id, to_centre_id)
    where status = 'SENT'`.execute(db);
  await sql`create index network_transfers_from_idx on network_transfers (from_centre_id, sent_at)`.execute(
    db,
  );
  await sql`create index network_transfers_to_idx on network_transfers (to_centre_id, sent_at)`.execute(db);

  await sql`
    create table network_catalogue_entries (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id) on delete cascade,
      centre_id uuid not null references centres (id),
      service_item_id uuid not null references service_items (id),
      area_codes text[] not null default '{}',
      public_description text,
      contact_phone text,
      contact_email text,
      published_by uuid references users (id),
      published_at timestamptz not null default now(),
      withdrawn_at timestamptz
    )
  `.execute(db);
  await sql`create unique index network_catalogue_open_unique on network_catalogue_entries (network_id, service_item_id)
    where withdrawn_at is null`.execute(db);
  await sql`create index network_catalogue_network_idx on network_catalogue_entries (network_id)
    where withdrawn_at is null`.execute(db);
  await sql`
    create table network_enquiries (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id) on delete cascade,
      entry_id uuid not null references network_catalogue_entries (id),
      centre_id uuid not null references centres (id),
      full_name text not null,
      email text,
      phone text,
      message text not null,
      status text not null default 'NEW',
      handled_by uuid references users (id),
      handled_at timestamptz,
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index network_enquiries_centre_idx on network_enquiries (centre_id, created_at)`.execute(
    db,
  );

  await sql`
    create table network_projects (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id) on delete cascade,
      leader_centre_id uuid not null references centres (id),
      title text not null,
      programme text not null,
      start_date date not null,
      end_date date not null,
      targets jsonb not null default '{}',
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint network_projects_dates check (end_date >= start_date)
    )
  `.execute(db);
  await sql`
    create table network_project_partners (
      project_id uuid not null references network_projects (id) on delete cascade,
      centre_id uuid not null references centres (id),
      eu_project_id uuid references eu_projects (id) on delete set null,
      linked_by uuid references users (id),
      linked_at timestamptz,
      primary key (project_id, centre_id)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'network_project_partners',
    'network_projects',
    'network_enquiries',
    'network_catalogue_entries',
    'network_transfers',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
