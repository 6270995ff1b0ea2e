import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Wave 2 foundation (issue 16): the centre's partner registry — institutions and firms it works with.
// Referrals, placements, customers, donors and EU project partners all point here.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table partners (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      kind text not null,
      name text not null,
      short_name text,
      nip text,
      regon text,
      krs text,
      street text,
      building_no text,
      flat_no text,
      postal_code text,
      city text,
      gmina_code text,
      email text,
      phone text,
      website text,
      notes text,
      archived_at timestamptz,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint partners_id_centre_unique unique (id, centre_id)
    )
  `.execute(db);
  await sql`create index partners_centre_idx on partners (centre_id, name)`.execute(db);
  await sql`create unique index partners_centre_nip_unique on partners (centre_id, nip) where nip is not null and archived_at is null`.execute(
    db,
  );
  await sql`
    create table partner_contacts (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      partner_id uuid not null references partners (id) on delete cascade,
      full_name text not null,
      function text,
      email text,
      phone text,
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index partner_contacts_partner_idx on partner_contacts (centre_id, partner_id)`.execute(
    db,
  );
  await sql`alter table referrals add column partner_id uuid references partners (id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table referrals drop column partner_id`.execute(db);
  await sql`drop table partner_contacts`.execute(db);
  await sql`drop table partners`.execute(db);
}
