import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Personal data (art. 8b of the Act, GDPR): staff authorisations with confidentiality pledges, the centre's
// information clause, the date a person was informed, and indexes for the breach-support audit queries.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table staff_authorisations (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      user_id uuid not null references users (id),
      number text not null,
      scope text not null,
      issued_on date not null,
      valid_from date not null,
      valid_until date,
      pledge_signed_on date,
      issued_by uuid references users (id),
      issued_by_name text not null,
      source text not null default 'ISSUED',
      revoked_at timestamptz,
      revoked_by uuid references users (id),
      revocation_reason text,
      created_at timestamptz not null default now(),
      unique (centre_id, number),
      check (valid_until is null or valid_until >= valid_from)
    );
    create index staff_authorisations_user_idx on staff_authorisations (centre_id, user_id);

    -- Accounts that existed before this migration keep working: each membership gets a transitional entry
    -- that the register marks for the controller to confirm on paper.
    insert into staff_authorisations
      (centre_id, user_id, number, scope, issued_on, valid_from, pledge_signed_on, issued_by_name, source)
    select m.centre_id, m.user_id,
      'UPO/PRZEJ/' || lpad((row_number() over (partition by m.centre_id order by m.created_at, m.user_id))::text, 4, '0'),
      'Przetwarzanie danych osobowych uczestników w zakresie obowiązków służbowych',
      current_date, current_date, current_date, 'wpis przejściowy przy aktualizacji systemu', 'MIGRATION'
    from centre_members m;

    create table privacy_settings (
      centre_id uuid primary key references centres (id),
      information_clause text not null,
      updated_at timestamptz not null default now(),
      updated_by uuid references users (id)
    );

    alter table participants add column informed_on date;

    create index audit_log_entity_idx on audit_log (centre_id, entity_id, occurred_at);
    create index audit_log_actor_idx on audit_log (centre_id, actor_user_id, occurred_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index audit_log_actor_idx;
    drop index audit_log_entity_idx;
    alter table participants drop column informed_on;
    drop table privacy_settings;
    drop table staff_authorisations;
  `.execute(db);
}
