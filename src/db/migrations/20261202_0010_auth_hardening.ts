import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Authentication hardening: a TOTP code is used once, and failed logins are counted in the database
// (shared by every process and kept across restarts).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The 30-second TOTP step of the last accepted code: the same code (or an older one) is refused.
    alter table users add column totp_last_step bigint;

    -- One row per throttled key: 'pair:<e-mail>|<address>', 'address:<address>' or 'account:<e-mail>'.
    create table login_failures (
      key text primary key,
      failures int not null default 0,
      first_failed_at timestamptz not null,
      last_failed_at timestamptz not null,
      locked_until timestamptz
    );
    create index login_failures_last_failed_idx on login_failures (last_failed_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table login_failures;
    alter table users drop column totp_last_step;
  `.execute(db);
}
