import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
// Integrity under concurrency (issue 13): a payroll holds at most one benefit line per person and one
// line per correction, enforced by the database; the state of long jobs run by the queue.
export async function up(db: Kysely<any>): Promise<void> {
  // Concurrent recomputes before this migration could leave duplicated lines. In an open payroll they
  // are a draft's leftovers (the next compute replaces them anyway): keep one. A closed payroll is a
  // frozen record of money paid: it is never changed here; the operator must see it.
  const closed = await sql<{ month: string; name: string }>`
    select m.month, c.name
    from payroll_months m join centres c on c.id = m.centre_id
    where m.status = 'CLOSED' and exists (
      select 1 from payroll_lines l where l.payroll_id = m.id and l.kind = 'BENEFIT'
      group by l.participant_id having count(*) > 1)
  `.execute(db);
  if (closed.rows.length)
    throw new Error(
      `Zamknięte listy wypłat zawierają zdublowane pozycje (${closed.rows
        .map((r) => `${r.name} ${r.month}`)
        .join(', ')}). Skontaktuj się z pomocą techniczną przed aktualizacją.`,
    );
  await sql`
    delete from payroll_lines l
    using payroll_months m
    where m.id = l.payroll_id and m.status <> 'CLOSED' and l.kind = 'BENEFIT'
      and exists (select 1 from payroll_lines o where o.payroll_id = l.payroll_id and o.kind = 'BENEFIT'
                  and o.participant_id = l.participant_id and o.id < l.id);
    delete from payroll_lines l
    using payroll_months m
    where m.id = l.payroll_id and m.status <> 'CLOSED' and l.correction_id is not null
      and exists (select 1 from payroll_lines o where o.payroll_id = l.payroll_id
                  and o.correction_id = l.correction_id and o.id < l.id);
    create unique index payroll_lines_one_benefit on payroll_lines (payroll_id, participant_id) where kind = 'BENEFIT';
    create unique index payroll_lines_one_correction on payroll_lines (payroll_id, correction_id) where correction_id is not null;

    -- A long job (an import, a network payroll): what the user sees while the queue runs it.
    create table job_runs (
      id uuid primary key default gen_random_uuid(),
      centre_id uuid not null references centres (id),
      kind text not null,
      status text not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
      input jsonb not null default '{}',
      payload bytea,
      progress_done int not null default 0,
      progress_total int,
      result jsonb,
      error jsonb,
      attempts int not null default 0,
      worker text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    );
    create index job_runs_centre_idx on job_runs (centre_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table job_runs;
    drop index payroll_lines_one_correction;
    drop index payroll_lines_one_benefit;
  `.execute(db);
}
