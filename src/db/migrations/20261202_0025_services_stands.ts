import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Services sold (issue 17): from now on every payment for an order and every stand's takings is written into
// the finance register as own income by the services module itself (src/app/services/finance-feed.ts).
// This copies what was recorded before, once, with the same source references, so nothing is typed twice
// and nothing is counted twice (the unique index on centre, source and source_ref keeps it so).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    insert into finance_entries
      (centre_id, kind, income_source, occurred_on, amount_grosze, description, document_ref, source, source_ref)
    select p.centre_id, 'OWN_INCOME', 'SERVICES', p.paid_on, p.amount,
           left('Wpłata za zlecenie ' || o.number || ': ' || o.title, 500), o.invoice_number,
           'SERVICES_MODULE', 'payment:' || p.id::text
    from service_payments p
    join service_orders o on o.id = p.order_id
    where p.amount > 0
    on conflict (centre_id, source, source_ref) where source_ref is not null do nothing
  `.execute(db);
  await sql`
    insert into finance_entries
      (centre_id, kind, income_source, occurred_on, amount_grosze, description, source, source_ref)
    select s.centre_id, 'OWN_INCOME', 'SERVICES', s.to_date, s.takings,
           left('Utarg ze stoiska: ' || s.name || ', ' || s.place, 500),
           'SERVICES_MODULE', 'stand:' || s.id::text
    from service_stands s
    where s.takings > 0
    on conflict (centre_id, source, source_ref) where source_ref is not null do nothing
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from finance_entries where source = 'SERVICES_MODULE'`.execute(db);
}
