import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Retention (art. 8b ust. 5 of the Act, issue 14 item 3): the director's approvals of anonymisation, and
// the one narrow door through which the anonymisation job may rewrite the two append-only tables.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table retention_anonymisations (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      participant_id uuid not null references participants (id),
      pseudonym text not null,
      services_ended_on date not null,
      retention_ends_on date not null,
      status text not null default 'APPROVED' check (status in ('APPROVED', 'DONE')),
      approved_by uuid references users (id),
      approved_at timestamptz not null default now(),
      job_id uuid references job_runs (id),
      done_at timestamptz,
      unique (participant_id)
    );
    create index retention_anonymisations_centre_idx on retention_anonymisations (centre_id, status);

    -- The audit log stays append-only, except inside a transaction that set reintegra.anonymisation = 'on'
    -- (the anonymisation job): there only the details may change — who, what, when and on what stay.
    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and coalesce(current_setting('reintegra.anonymisation', true), '') = 'on'
        and new.id = old.id and new.occurred_at = old.occurred_at
        and new.centre_id is not distinct from old.centre_id
        and new.actor_user_id is not distinct from old.actor_user_id
        and new.actor_email is not distinct from old.actor_email
        and new.action = old.action and new.entity_type = old.entity_type
        and new.entity_id is not distinct from old.entity_id
        and new.ip is not distinct from old.ip then
        return new;
      end if;
      raise exception 'audit_log is append-only';
    end;
    $$;

    -- A closed payroll stays frozen, except that the anonymisation job may blank the name, PESEL and
    -- account of a line; the amounts, kind, status and the person's link never change.
    create or replace function payroll_lines_frozen() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and coalesce(current_setting('reintegra.anonymisation', true), '') = 'on' then
        return null;
      end if;
      if exists (select 1 from payroll_months m join changed c on c.payroll_id = m.id where m.status = 'CLOSED') then
        raise exception 'payroll is closed';
      end if;
      return null;
    end $$;
    create function payroll_lines_anonymisation_guard() returns trigger language plpgsql as $$
    begin
      if coalesce(current_setting('reintegra.anonymisation', true), '') = 'on' and (
        new.payroll_id <> old.payroll_id or new.participant_id <> old.participant_id
        or new.kind <> old.kind or new.status <> old.status or new.paid_in_cash <> old.paid_in_cash
        or new.benefit_grosze <> old.benefit_grosze or new.bonus_grosze <> old.bonus_grosze
        or new.total_grosze <> old.total_grosze
        or new.correction_id is distinct from old.correction_id) then
        raise exception 'anonymisation may not change a payroll amount';
      end if;
      return new;
    end $$;
    create trigger payroll_lines_anonymisation_guard before update on payroll_lines
      for each row execute function payroll_lines_anonymisation_guard();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop trigger payroll_lines_anonymisation_guard on payroll_lines;
    drop function payroll_lines_anonymisation_guard();
    create or replace function payroll_lines_frozen() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from payroll_months m join changed c on c.payroll_id = m.id where m.status = 'CLOSED') then
        raise exception 'payroll is closed';
      end if;
      return null;
    end $$;
    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end;
    $$;
    drop table retention_anonymisations;
  `.execute(db);
}
