import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Partner registry, part two (issue 16 items 1 and 6): agreements with their signed file, the cooperation
// log, partner accounts (a worker of a referring institution who sees only its referrals' status), and the
// index the partner card and the partner portal read referrals by.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table partner_agreements (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      partner_id uuid not null,
      kind text not null,
      number text,
      subject text not null,
      signed_on date,
      valid_from date not null,
      valid_until date,
      signatories text not null default '',
      notes text,
      file_name text,
      media_type text,
      size_bytes int,
      sha256 text,
      content bytea,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint partner_agreements_partner_fk foreign key (partner_id, centre_id) references partners (id, centre_id),
      constraint partner_agreements_dates check (valid_until is null or valid_until >= valid_from)
    )
  `.execute(db);
  await sql`create index partner_agreements_partner_idx on partner_agreements (centre_id, partner_id, valid_from)`.execute(
    db,
  );
  await sql`
    create table partner_cooperation_log (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      partner_id uuid not null,
      kind text not null,
      happened_on date not null,
      until_on date,
      subject text not null,
      note text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint partner_cooperation_log_partner_fk foreign key (partner_id, centre_id) references partners (id, centre_id),
      constraint partner_cooperation_log_dates check (until_on is null or until_on >= happened_on)
    )
  `.execute(db);
  await sql`create index partner_cooperation_log_partner_idx on partner_cooperation_log (centre_id, partner_id, happened_on)`.execute(
    db,
  );
  await sql`
    create table partner_accounts (
      centre_id uuid not null references centres (id),
      user_id uuid not null references users (id),
      partner_id uuid not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      primary key (centre_id, user_id),
      constraint partner_accounts_partner_fk foreign key (partner_id, centre_id) references partners (id, centre_id)
    )
  `.execute(db);
  await sql`create index partner_accounts_partner_idx on partner_accounts (centre_id, partner_id)`.execute(
    db,
  );
  await sql`create index referrals_partner_idx on referrals (centre_id, partner_id) where partner_id is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index referrals_partner_idx`.execute(db);
  await sql`drop table partner_accounts`.execute(db);
  await sql`drop table partner_cooperation_log`.execute(db);
  await sql`drop table partner_agreements`.execute(db);
}
