import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table participants (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      first_name text not null,
      last_name text not null,
      name_key text not null,
      pesel char(11),
      birth_date date not null,
      sex char(1) not null check (sex in ('F', 'M')),
      citizenship text not null default 'PL',
      street text,
      building_no text,
      flat_no text,
      postal_code text,
      city text,
      gmina_code char(7),
      phone text,
      email text,
      education_level text,
      bank_account char(26),
      status text not null default 'REFERRED',
      eligibility_groups text[] not null default '{}',
      eligibility_justification text,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index participants_pesel_key on participants (centre_id, pesel) where pesel is not null;
    create index participants_centre_name_idx on participants (centre_id, name_key);
    create index participants_centre_status_idx on participants (centre_id, status);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table participants`.execute(db);
}
