import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Issue 17: what the centre sells (art. 9) — catalogue, customers, quotes and orders, jobs worked by
// workshop crews and their days (linked to the attendance register), payments, stands at fairs.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table service_vat_statuses (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      valid_from date not null,
      status text not null,
      note text,
      created_at timestamptz not null default now(),
      constraint service_vat_statuses_unique unique (centre_id, valid_from)
    )
  `.execute(db);
  await sql`
    create table service_items (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      workshop_id uuid not null references workshops (id),
      name text not null,
      kind text not null,
      activity_type text not null,
      unit text not null,
      net_price int not null check (net_price >= 0),
      vat_rate text not null,
      description text,
      active boolean not null default true,
      version int not null default 1,
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index service_items_centre_idx on service_items (centre_id, workshop_id)`.execute(db);
  await sql`
    create table service_customers (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      kind text not null,
      partner_id uuid references partners (id),
      full_name text,
      address text,
      phone text,
      email text,
      consent_on date,
      created_at timestamptz not null default now(),
      constraint service_customers_shape check (
        (kind = 'PARTNER' and partner_id is not null) or
        (kind = 'PERSON' and full_name is not null and consent_on is not null)
      )
    )
  `.execute(db);
  await sql`create unique index service_customers_partner_unique on service_customers (centre_id, partner_id) where partner_id is not null`.execute(
    db,
  );
  await sql`
    create table service_orders (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      number text not null,
      workshop_id uuid not null references workshops (id),
      customer_id uuid not null references service_customers (id),
      status text not null,
      title text not null,
      quote_date date not null,
      order_date date,
      unpaid boolean not null default false,
      vat_status text not null,
      total_net int not null,
      total_vat int not null,
      total_gross int not null,
      invoice_number text,
      invoiced_on date,
      completed_on date,
      remarks text,
      version int not null default 1,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      constraint service_orders_number_unique unique (centre_id, number)
    )
  `.execute(db);
  await sql`create index service_orders_centre_idx on service_orders (centre_id, workshop_id, quote_date)`.execute(
    db,
  );
  await sql`
    create table service_order_items (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      order_id uuid not null references service_orders (id) on delete cascade,
      position int not null,
      item_id uuid references service_items (id),
      name text not null,
      unit text not null,
      quantity_milli int not null check (quantity_milli > 0),
      net_price int not null check (net_price >= 0),
      vat_rate text not null,
      net int not null,
      vat int not null,
      gross int not null
    )
  `.execute(db);
  await sql`create index service_order_items_order_idx on service_order_items (centre_id, order_id)`.execute(
    db,
  );
  await sql`
    create table service_payments (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      order_id uuid not null references service_orders (id),
      paid_on date not null,
      amount int not null check (amount > 0),
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index service_payments_centre_idx on service_payments (centre_id, paid_on)`.execute(db);
  await sql`
    create table service_jobs (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      order_id uuid not null references service_orders (id),
      workshop_id uuid not null references workshops (id),
      instructor_id uuid not null references users (id),
      from_date date not null,
      to_date date not null,
      place text not null,
      address text not null,
      task text not null,
      materials text,
      version int not null default 1,
      created_at timestamptz not null default now(),
      constraint service_jobs_dates check (from_date <= to_date)
    )
  `.execute(db);
  await sql`create index service_jobs_centre_idx on service_jobs (centre_id, workshop_id, from_date)`.execute(
    db,
  );
  await sql`
    create table service_job_crew (
      centre_id uuid not null references centres (id),
      job_id uuid not null references service_jobs (id) on delete cascade,
      participant_id uuid not null references participants (id),
      primary key (job_id, participant_id)
    )
  `.execute(db);
  await sql`
    create table service_job_days (
      centre_id uuid not null references centres (id),
      job_id uuid not null references service_jobs (id),
      participant_id uuid not null references participants (id),
      date date not null,
      hours real not null check (hours > 0 and hours <= 24),
      practised text,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null default now(),
      primary key (participant_id, date, job_id)
    )
  `.execute(db);
  await sql`create index service_job_days_job_idx on service_job_days (centre_id, job_id, date)`.execute(db);
  await sql`
    create table service_stands (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      workshop_id uuid not null references workshops (id),
      partner_id uuid references partners (id),
      name text not null,
      place text not null,
      from_date date not null,
      to_date date not null,
      takings int not null default 0 check (takings >= 0),
      notes text,
      created_at timestamptz not null default now(),
      constraint service_stands_dates check (from_date <= to_date)
    )
  `.execute(db);
  await sql`
    create table service_stand_crew (
      centre_id uuid not null references centres (id),
      stand_id uuid not null references service_stands (id) on delete cascade,
      participant_id uuid not null references participants (id),
      primary key (stand_id, participant_id)
    )
  `.execute(db);
  await sql`
    create table service_stand_products (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      stand_id uuid not null references service_stands (id) on delete cascade,
      item_id uuid references service_items (id),
      name text not null,
      taken int not null check (taken >= 0),
      sold int not null check (sold >= 0 and sold <= taken),
      unit_price int not null check (unit_price >= 0)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'service_stand_products',
    'service_stand_crew',
    'service_stands',
    'service_job_days',
    'service_job_crew',
    'service_jobs',
    'service_payments',
    'service_order_items',
    'service_orders',
    'service_customers',
    'service_items',
    'service_vat_statuses',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
