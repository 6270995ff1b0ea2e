import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table instance (
      id int primary key default 1 check (id = 1),
      setup_completed_at timestamptz,
      demo boolean not null default false
    );
    insert into instance (id) values (1);

    create table centres (
      id uuid primary key default gen_random_uuid(),
      type text not null check (type in ('CIS', 'KIS')),
      name text not null,
      regon text not null unique,
      nip text not null,
      street text not null,
      building_no text not null,
      flat_no text,
      postal_code text not null,
      city text not null,
      gmina_code char(7) not null,
      email text,
      phone text,
      founding_institution_name text not null,
      founding_institution_type text not null
        check (founding_institution_type in ('JST', 'NGO', 'CHURCH_LEGAL_PERSON', 'SOCIAL_COOPERATIVE')),
      status_date date not null,
      settings jsonb not null default '{}'::jsonb,
      is_demo boolean not null default false,
      version int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      full_name text not null,
      password_hash text not null,
      totp_secret text,
      totp_enabled boolean not null default false,
      is_active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      password_changed_at timestamptz not null default now()
    );
    create unique index users_email_key on users (lower(email));

    create table centre_members (
      centre_id uuid not null references centres (id),
      user_id uuid not null references users (id),
      roles text[] not null,
      is_active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (centre_id, user_id),
      check (cardinality(roles) > 0)
    );
    create index centre_members_user_idx on centre_members (user_id);

    create table sessions (
      id text primary key,
      user_id uuid not null references users (id),
      csrf_token text not null,
      current_centre_id uuid references centres (id),
      ip text,
      user_agent text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions (user_id);

    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      centre_id uuid references centres (id),
      actor_user_id uuid references users (id),
      actor_email text,
      action text not null,
      entity_type text not null,
      entity_id text,
      ip text,
      details jsonb not null default '{}'::jsonb
    );
    create index audit_log_centre_idx on audit_log (centre_id, occurred_at desc);

    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end;
    $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table audit_log; drop function audit_log_append_only();
    drop table sessions; drop table centre_members; drop table users; drop table centres; drop table instance;
  `.execute(db);
}
