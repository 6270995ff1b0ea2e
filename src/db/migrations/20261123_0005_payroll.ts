import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// The monthly integration-benefit payroll: computed lines, bonus proposals, corrections, a closed snapshot.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table participants add column paid_in_cash boolean not null default false;
    -- The payroll reads a centre's month of attendance, and the days off / sick days before it.
    create index attendance_entries_centre_date_idx on attendance_entries (centre_id, date);
    create index attendance_entries_limits_idx on attendance_entries (centre_id, participant_id, date) where status in ('day_off', 'sick');

    create table payroll_months (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      month char(7) not null,
      status text not null default 'DRAFT',
      computed_at timestamptz not null default now(),
      computed_by uuid references users (id),
      reviewed_by uuid references users (id),
      reviewed_at timestamptz,
      approved_by uuid references users (id),
      approved_at timestamptz,
      closed_by uuid references users (id),
      closed_at timestamptz,
      rule_set text not null,
      parameters jsonb not null,
      total_grosze bigint not null default 0,
      version int not null default 1,
      unique (centre_id, month)
    );

    create table payroll_lines (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      payroll_id uuid not null references payroll_months (id),
      participant_id uuid not null references participants (id),
      kind text not null,
      status text not null,
      name text not null,
      pesel text,
      bank_account char(26),
      paid_in_cash boolean not null,
      inputs jsonb not null,
      explanation text[] not null default '{}',
      benefit_grosze int not null default 0,
      bonus_grosze int not null default 0,
      total_grosze int not null,
      correction_id uuid
    );
    create index payroll_lines_payroll_idx on payroll_lines (payroll_id);

    create table bonus_proposals (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      month char(7) not null,
      participant_id uuid not null references participants (id),
      amount_grosze int not null check (amount_grosze > 0),
      justification text not null,
      proposed_by uuid references users (id),
      created_at timestamptz not null default now(),
      unique (centre_id, month, participant_id)
    );

    create table payroll_corrections (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      concerns_month char(7) not null,
      settle_month char(7) not null,
      amount_grosze int not null check (amount_grosze <> 0),
      reason text not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index payroll_corrections_settle_idx on payroll_corrections (centre_id, settle_month);

    -- A closed payroll is a snapshot: its lines can never change (statement-level: one check per statement).
    create function payroll_lines_frozen() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from payroll_months m join changed c on c.payroll_id = m.id where m.status = 'CLOSED') then
        raise exception 'payroll is closed';
      end if;
      return null;
    end $$;
    create trigger payroll_lines_frozen_insert after insert on payroll_lines referencing new table as changed for each statement execute function payroll_lines_frozen();
    create trigger payroll_lines_frozen_update after update on payroll_lines referencing old table as changed for each statement execute function payroll_lines_frozen();
    create trigger payroll_lines_frozen_delete after delete on payroll_lines referencing old table as changed for each statement execute function payroll_lines_frozen();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop trigger payroll_lines_frozen_insert on payroll_lines;
    drop trigger payroll_lines_frozen_update on payroll_lines;
    drop trigger payroll_lines_frozen_delete on payroll_lines;
    drop function payroll_lines_frozen;
    drop table payroll_corrections;
    drop table bonus_proposals;
    drop table payroll_lines;
    drop table payroll_months;
    drop index attendance_entries_limits_idx;
    drop index attendance_entries_centre_date_idx;
    alter table participants drop column paid_in_cash;
  `.execute(db);
}
