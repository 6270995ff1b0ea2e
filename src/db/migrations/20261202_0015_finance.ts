import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// The finance register (issue 15 item 5): grants received / used / returned by grantor, own income
// (art. 9), expenses by the categories of art. 10 ust. 6, and the year's estimate (preliminarz).
// The integration benefits and bonuses are never stored here: they are read from the closed payrolls.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table finance_entries (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      kind text not null check (kind in ('GRANT_RECEIVED', 'GRANT_USED', 'GRANT_RETURNED', 'OWN_INCOME', 'EXPENSE')),
      occurred_on date not null,
      amount_grosze bigint not null check (amount_grosze > 0),
      grantor_kind text,
      partner_id uuid,
      grantor_name text,
      category text,
      income_source text,
      description text not null,
      document_ref text,
      source text not null default 'MANUAL',
      source_ref text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint finance_entries_partner_fk foreign key (partner_id, centre_id) references partners (id, centre_id),
      constraint finance_entries_grant_has_grantor check (
        kind not like 'GRANT_%' or (grantor_kind is not null and (partner_id is not null or grantor_name is not null))
      ),
      constraint finance_entries_expense_has_category check (kind <> 'EXPENSE' or category is not null),
      constraint finance_entries_income_has_source check (kind <> 'OWN_INCOME' or income_source is not null)
    )
  `.execute(db);
  await sql`create index finance_entries_centre_date_idx on finance_entries (centre_id, occurred_on)`.execute(
    db,
  );
  // A later module (services sold) feeds own income: one entry per source document, never twice.
  await sql`create unique index finance_entries_source_ref_unique on finance_entries (centre_id, source, source_ref) where source_ref is not null`.execute(
    db,
  );
  await sql`
    create table finance_plan_lines (
      centre_id uuid not null references centres (id),
      year int not null check (year between 1900 and 2100),
      line text not null,
      amount_grosze bigint not null check (amount_grosze >= 0),
      updated_by uuid references users (id),
      updated_at timestamptz not null default now(),
      primary key (centre_id, year, line)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table finance_plan_lines`.execute(db);
  await sql`drop table finance_entries`.execute(db);
}
