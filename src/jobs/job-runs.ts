import { hostname } from 'node:os';
import { sql } from 'kysely';
import { AppError } from '../app/app-error';
import type { CallContext } from '../app/context';
import type { AppDeps } from '../app/deps';
import type { Db } from '../db/connection';
import type { JobRunRow } from '../db/schema';

/** The long jobs the queue runs; each is a plain use case `(deps, job, progress)`. */
export type JobKind = 'participant-import' | 'network-payroll' | 'retention-anonymise' | 'annual-reports';

/** What a job knows when it runs: who asked for it (the caller's context, frozen at enqueue time). */
export interface JobInput {
  kind: JobKind;
  ctx: CallContext;
  params: Record<string, unknown>;
  payload: Uint8Array | null;
}

export type Progress = (done: number, total: number) => Promise<void>;
export type JobHandler = (deps: AppDeps, job: JobInput, progress: Progress) => Promise<unknown>;

/** This process, as recorded on the jobs it runs (two instances show which one ran a job). */
export const WORKER_ID = `${hostname()}:${process.pid}`;

/** A job is marked interrupted when it has been RUNNING this long and is delivered again (a crashed worker). */
export const JOB_EXPIRY_SECONDS = 60 * 60;

/** Stores a new job in the QUEUED state; the caller then hands its id to the queue. */
export async function insertJobRun(
  db: Db,
  job: { kind: JobKind; ctx: CallContext; params: Record<string, unknown>; payload?: Uint8Array | null },
): Promise<JobRunRow> {
  return db
    .insertInto('job_runs')
    .values({
      centre_id: job.ctx.actor.centreId,
      kind: job.kind,
      input: JSON.stringify({ ctx: job.ctx, params: job.params }),
      payload: job.payload ? Buffer.from(job.payload) : null,
      created_by: job.ctx.actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A job of the caller's centre (another centre's id finds nothing). */
export async function findJobRun(db: Db, centreId: string, id: string): Promise<JobRunRow | undefined> {
  return db
    .selectFrom('job_runs')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The centre's latest jobs, newest first: those one user started, or (`startedBy` null) everyone's.
 * The uploaded file is never read back.
 */
export async function findJobRuns(
  db: Db,
  centreId: string,
  startedBy: string | null,
  limit: number,
): Promise<(Omit<JobRunRow, 'payload' | 'input'> & { created_by_email: string | null })[]> {
  let q = db
    .selectFrom('job_runs as j')
    .leftJoin('users as u', 'u.id', 'j.created_by')
    .select([
      'j.id',
      'j.centre_id',
      'j.kind',
      'j.status',
      'j.progress_done',
      'j.progress_total',
      'j.result',
      'j.error',
      'j.attempts',
      'j.worker',
      'j.created_by',
      'j.created_at',
      'j.started_at',
      'j.finished_at',
      'u.email as created_by_email',
    ])
    .where('j.centre_id', '=', centreId);
  if (startedBy) q = q.where('j.created_by', '=', startedBy);
  return q.orderBy('j.created_at', 'desc').orderBy('j.id').limit(limit).execute();
}

/**
 * Runs a queued job once. The claim (QUEUED → RUNNING) is one conditional update, so a job delivered
 * twice — by two instances or a queue retry — runs only for the first; a delivery of a job left RUNNING
 * by a crashed worker after the expiry marks it FAILED (INTERRUPTED) instead of running it again, because
 * its transaction may have committed. The handler's failure is recorded, never thrown: the queue sees success.
 */
export async function runJob(
  deps: AppDeps,
  id: string,
  handlers: Record<JobKind, JobHandler>,
): Promise<void> {
  const claimed = await deps.db
    .updateTable('job_runs')
    .set({ status: 'RUNNING', started_at: new Date(), attempts: sql`attempts + 1`, worker: WORKER_ID })
    .where('id', '=', id)
    .where('status', '=', 'QUEUED')
    .returningAll()
    .executeTakeFirst();
  if (!claimed) {
    await deps.db
      .updateTable('job_runs')
      .set({
        status: 'FAILED',
        finished_at: new Date(),
        payload: null,
        error: JSON.stringify({
          code: 'JOB_INTERRUPTED',
          message:
            'Zadanie zostało przerwane (restart serwera). Sprawdź jego wynik i w razie potrzeby uruchom je ponownie.',
        }),
      })
      .where('id', '=', id)
      .where('status', '=', 'RUNNING')
      .where('started_at', '<', new Date(Date.now() - JOB_EXPIRY_SECONDS * 1000))
      .execute();
    return;
  }
  const input = claimed.input as { ctx: CallContext; params: Record<string, unknown> };
  const progress: Progress = async (done, total) => {
    await deps.db
      .updateTable('job_runs')
      .set({ progress_done: done, progress_total: total })
      .where('id', '=', id)
      .where('status', '=', 'RUNNING')
      .execute();
  };
  let outcome: { status: 'DONE'; result: unknown } | { status: 'FAILED'; error: unknown };
  try {
    const handler = handlers[claimed.kind as JobKind];
    if (!handler) throw new Error(`unknown job kind ${claimed.kind}`);
    const result = await handler(
      deps,
      {
        kind: claimed.kind as JobKind,
        ctx: input.ctx,
        params: input.params,
        payload: claimed.payload ? new Uint8Array(claimed.payload) : null,
      },
      progress,
    );
    outcome = { status: 'DONE', result: result ?? null };
  } catch (error) {
    if (!(error instanceof AppError))
      process.stderr.write(`job ${id} (${claimed.kind}) failed: ${String(error)}\n`);
    outcome = {
      status: 'FAILED',
      error:
        error instanceof AppError
          ? { code: error.code, message: error.message, details: error.details }
          : { code: 'INTERNAL', message: 'Zadanie nie powiodło się z powodu nieoczekiwanego błędu.' },
    };
  }
  await deps.db
    .updateTable('job_runs')
    .set({
      status: outcome.status,
      finished_at: new Date(),
      // The uploaded file holds personal data: it is not kept once the job is over.
      payload: null,
      result: outcome.status === 'DONE' ? JSON.stringify(outcome.result) : null,
      error: outcome.status === 'FAILED' ? JSON.stringify(outcome.error) : null,
    })
    .where('id', '=', id)
    .execute();
}
