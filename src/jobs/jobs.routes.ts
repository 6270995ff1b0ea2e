import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, forbidden, notFound } from '../app/app-error';
import type { CallContext } from '../app/context';
import type { AppDeps } from '../app/deps';
import { insertAuditEntry } from '../db/audit.repository';
import type { JobRunRow } from '../db/schema';
import { findUserCentres } from '../db/user.repository';
import type { Role } from '../contracts/common';
import {
  type Job,
  JobListSchema,
  AnnualReportsJobSchema,
  JobParamsSchema,
  JobSchema,
  NetworkPayrollJobSchema,
} from '../contracts/job.contract';
import { can } from '../domain/access/permissions';
import { requireYearStarted } from '../app/reports/annual-reports-for-centres';
import { cookieAuth, errorResponses } from '../http/openapi-helpers';
import { readImportForm } from '../http/routes/participant-import.routes';
import { ctxOf } from '../http/session';
import { findJobRun, findJobRuns, insertJobRun, type JobKind } from './job-runs';
import { createInProcessQueue } from './queue';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The API shape of a job row. */
export function presentJob(row: Omit<JobRunRow, 'payload' | 'input'>): Job {
  return {
    id: row.id,
    kind: row.kind as JobKind,
    status: row.status,
    progress: { done: row.progress_done, total: row.progress_total },
    result: row.result ?? null,
    error: (row.error as Job['error']) ?? null,
    attempts: row.attempts,
    createdAt: iso(row.created_at)!,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}

/** Queues a job of the caller's centre: stored first (so its state can be read at once), then handed on. */
async function enqueue(
  deps: AppDeps,
  ctx: CallContext,
  kind: JobKind,
  params: Record<string, unknown>,
  payload?: Uint8Array,
) {
  const row = await deps.db.transaction().execute(async (trx) => {
    const job = await insertJobRun(trx, { kind, ctx, params, payload: payload ?? null });
    await insertAuditEntry(trx, {
      centreId: ctx.actor.centreId,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'job.queue',
      entityType: 'job',
      entityId: job.id,
      ip: ctx.ip,
      details: { kind, ...(typeof params.fileName === 'string' ? { fileName: params.fileName } : {}) },
    });
    return job;
  });
  deps.jobs ??= createInProcessQueue(deps);
  await deps.jobs.enqueue(row.id);
  return row;
}

/** Long jobs: queue a participant import or a network payroll, and read a job's state and progress. */
export function jobRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['jobs'] };

    app.get(
      '/api/v1/jobs',
      {
        schema: {
          ...common,
          summary:
            'Zadania w tle: ostatnie 50 zadań, które uruchomiłeś (kierownik — wszystkie ' +
            'zadania centrum), najnowsze pierwsze',
          response: { 200: JobListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        if (!can(ctx.actor, 'jobs.view')) throw forbidden();
        const everyone = can(ctx.actor, 'jobs.viewAll');
        const rows = await findJobRuns(deps.db, ctx.actor.centreId, everyone ? null : ctx.actor.userId, 50);
        return {
          everyone,
          items: rows.map((r) => ({ ...presentJob(r), startedBy: r.created_by_email })),
        };
      },
    );

    app.get(
      '/api/v1/jobs/:id',
      {
        schema: {
          ...common,
          summary:
            'Stan zadania w tle: w kolejce, w toku (postęp), zakończone (wynik) lub nieudane (przyczyna)',
          params: JobParamsSchema,
          response: { 200: JobSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        if (!can(ctx.actor, 'jobs.view')) throw forbidden();
        const row = await findJobRun(deps.db, ctx.actor.centreId, request.params.id);
        if (!row) throw notFound();
        // The owner follows their job; the director sees every job of the centre.
        if (row.created_by !== ctx.actor.userId && !can(ctx.actor, 'jobs.viewAll')) throw notFound();
        return presentJob(row);
      },
    );

    app.post(
      '/api/v1/jobs/participant-import',
      {
        schema: {
          ...common,
          summary:
            'Import uczestników w tle (plik sprawdzony w podglądzie): odpowiada od razu numerem zadania; ' +
            'wynik i postęp pod /api/v1/jobs/{id}',
          consumes: ['multipart/form-data'],
          response: { 202: JobSchema, ...errorResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        if (!can(ctx.actor, 'participants.import')) throw forbidden();
        const form = await readImportForm(request);
        const field = (path: string, code: string, message: string) =>
          AppError.fields([{ path, code, message }]);
        if (!form.mapping)
          throw field('mapping', 'REQUIRED', 'Podaj przyporządkowanie kolumn (pole „mapping”).');
        const sha = form.fields.sha256?.trim().toLowerCase();
        if (!sha) throw field('sha256', 'REQUIRED', 'Podaj sumę SHA-256 pliku z podglądu (pole „sha256”).');
        if (createHash('sha256').update(form.bytes).digest('hex') !== sha)
          throw field(
            'sha256',
            'FILE_CHANGED',
            'To nie jest plik sprawdzony w podglądzie. Sprawdź plik ponownie przed importem.',
          );
        const acknowledgeWarnings = ['true', '1', 'on', 'tak'].includes(
          (form.fields.acknowledgeWarnings ?? '').trim().toLowerCase(),
        );
        const row = await enqueue(
          deps,
          ctx,
          'participant-import',
          { fileName: form.fileName, mapping: form.mapping, expectedSha256: sha, acknowledgeWarnings },
          form.bytes,
        );
        return reply.status(202).send(presentJob(row));
      },
    );

    app.post(
      '/api/v1/jobs/network-payroll',
      {
        schema: {
          ...common,
          summary:
            'Listy wypłat za miesiąc we wszystkich CIS, w których masz rolę kierownika lub księgowości ' +
            '(w tle; zamknięte miesiące pozostają bez zmian)',
          body: NetworkPayrollJobSchema,
          response: { 202: JobSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const centres = (await findUserCentres(deps.db, ctx.actor.userId)).filter(
          (c) => c.type === 'CIS' && can({ roles: c.roles as Role[] }, 'payroll.compute'),
        );
        if (!centres.some((c) => c.centre_id === ctx.actor.centreId)) throw forbidden();
        const row = await enqueue(deps, ctx, 'network-payroll', {
          month: request.body.month,
          centreIds: centres.map((c) => c.centre_id),
        });
        return reply.status(202).send(presentJob(row));
      },
    );

    app.post(
      '/api/v1/jobs/annual-reports',
      {
        schema: {
          ...common,
          summary:
            'Sprawozdania roczne za rok we wszystkich centrach, w których możesz przeglądać sprawozdania (w tle)',
          body: AnnualReportsJobSchema,
          response: { 202: JobSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const centres = (await findUserCentres(deps.db, ctx.actor.userId)).filter((c) =>
          can({ roles: c.roles as Role[] }, 'reports.view'),
        );
        if (!centres.some((c) => c.centre_id === ctx.actor.centreId)) throw forbidden();
        requireYearStarted(deps, request.body.year);
        const row = await enqueue(deps, ctx, 'annual-reports', {
          year: request.body.year,
          centreIds: centres.map((c) => c.centre_id),
        });
        return reply.status(202).send(presentJob(row));
      },
    );
  };
}
