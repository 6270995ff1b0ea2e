import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 19: networks of centres (cluster, sieć, konwent) — members by invitation, coordinators, shared
// standards/templates/parameter sets in versions with members' adoptions, meetings and open events.
// No personal data is copied into these tables.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table networks (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null,
      area_codes text[] not null default '{}',
      coordinator_org_name text not null,
      coordinator_org_kind text not null,
      coordinator_centre_id uuid references centres (id),
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`
    create table network_coordinators (
      network_id uuid not null references networks (id) on delete cascade,
      user_id uuid not null references users (id),
      created_at timestamptz not null default now(),
      primary key (network_id, user_id)
    )
  `.execute(db);
  await sql`
    create table network_members (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id) on delete cascade,
      centre_id uuid references centres (id),
      entity_name text,
      entity_kind text not null,
      entity_nip text,
      status text not null,
      invited_at timestamptz not null default now(),
      invited_by uuid references users (id),
      responded_at timestamptz,
      responded_by uuid references users (id),
      left_at timestamptz,
      constraint network_members_who check (centre_id is not null or entity_name is not null)
    )
  `.execute(db);
  await sql`create unique index network_members_open_unique on network_members (network_id, centre_id)
    where centre_id is not null and status in ('INVITED', 'ACTIVE')`.execute(db);
  await sql`create index network_members_centre_idx on network_members (centre_id, status)`.execute(db);
  await sql`
    create table network_documents (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id) on delete cascade,
      kind text not null,
      title text not null,
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`
    create table network_document_versions (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id) on delete cascade,
      document_id uuid not null references network_documents (id) on delete cascade,
      version int not null,
      body text not null,
      parameters jsonb not null default '[]',
      change_note text,
      published_at timestamptz not null default now(),
      published_by uuid references users (id),
      unique (document_id, version)
    )
  `.execute(db);
  await sql`
    create table network_adoptions (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id) on delete cascade,
      version_id uuid not null references network_document_versions (id),
      centre_id uuid not null references centres (id),
      adopted_on date not null,
      adopted_by uuid references users (id),
      created_at timestamptz not null default now(),
      unique (version_id, centre_id)
    )
  `.execute(db);
  await sql`
    create table network_meetings (
      id uuid primary key default gen_random_uuid(),
      network_id uuid not null references networks (id) on delete cascade,
      kind text not null,
      title text not null,
      starts_on date not null,
      place text,
      description text,
      minutes text,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`
    create table network_meeting_registrations (
      meeting_id uuid not null references network_meetings (id) on delete cascade,
      user_id uuid not null references users (id),
      centre_id uuid not null references centres (id),
      registered_at timestamptz not null default now(),
      primary key (meeting_id, user_id)
    )
  `.execute(db);
  await sql`
    create table network_open_events (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      title text not null,
      starts_on date not null,
      place text,
      description text,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index network_open_events_centre_idx on network_open_events (centre_id, starts_on)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'network_open_events',
    'network_meeting_registrations',
    'network_meetings',
    'network_adoptions',
    'network_document_versions',
    'network_documents',
    'network_members',
    'network_coordinators',
    'networks',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
