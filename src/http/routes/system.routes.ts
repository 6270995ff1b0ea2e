import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SetupRequestSchema, SetupStatusSchema } from '../../contracts/auth.contract';
import { GminaListSchema, GminaQuerySchema, GminaSchema } from '../../contracts/teryt.contract';
import { completeSetup, getSetupStatus } from '../../app/setup/complete-setup';
import { AppError } from '../../app/app-error';
import type { AppDeps } from '../../app/deps';
import { classifyDatabaseError } from '../../db/errors';
import { jobRoutes } from '../../jobs/jobs.routes';
import { errorResponses } from '../openapi-helpers';
import { originOf, SESSION_COOKIE } from '../session';

const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  reason: z.string().optional().describe('Dlaczego baza jest niedostępna (kod błędu sterownika lub TIMEOUT)'),
});

const HEALTH_TIMEOUT_MS = 3_000;

/** Why the database does not answer `select 1` within the timeout, or undefined when it does. */
async function databaseProblem(deps: AppDeps): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('TIMEOUT'), HEALTH_TIMEOUT_MS);
  });
  const probe = sql`select 1`.execute(deps.db).then(
    () => undefined,
    (error: unknown) => {
      const failure = classifyDatabaseError(error);
      return failure?.kind === 'unavailable' ? failure.reason : 'DATABASE_ERROR';
    },
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Health, first-run setup, the public TERYT reference list, and the long jobs' routes. */
export function systemRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(jobRoutes(deps));

    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Stan serwera i bazy',
          description:
            '200 gdy serwer odpowiada i baza danych działa; 503 z przyczyną, gdy baza jest chwilowo ' +
            'niedostępna (np. restart PostgreSQL). Serwer łączy się ponownie sam — nie trzeba go restartować.',
          response: { 200: HealthSchema, 503: HealthSchema },
        },
      },
      async (_request, reply) => {
        const problem = await databaseProblem(deps);
        if (!problem) return { status: 'ok' as const };
        reply.header('retry-after', '5');
        return reply.status(503).send({ status: 'unavailable' as const, reason: problem });
      },
    );

    app.get(
      '/api/v1/setup',
      {
        schema: {
          tags: ['setup'],
          summary: 'Czy wymagana jest konfiguracja początkowa',
          response: { 200: SetupStatusSchema },
        },
      },
      async (request) => ({
        ...(await getSetupStatus(deps)),
        hasSession: Boolean(request.cookies[SESSION_COOKIE]),
      }),
    );

    app.post(
      '/api/v1/setup',
      {
        schema: {
          tags: ['setup'],
          summary: 'Konfiguracja początkowa: pierwsze centrum i administrator',
          body: SetupRequestSchema,
          response: {
            201: z.object({ centreId: z.uuid(), userId: z.uuid() }),
            ...errorResponses(400, 404, 409),
          },
        },
      },
      async (request, reply) => {
        const result = await completeSetup(deps, request.body, originOf(request));
        return reply.status(201).send(result);
      },
    );

    app.get(
      '/api/v1/teryt/gminas',
      {
        schema: {
          tags: ['reference'],
          summary: 'Wyszukiwanie gmin (TERYT TERC)',
          querystring: GminaQuerySchema,
          response: { 200: GminaListSchema },
        },
      },
      async (request) => ({ items: deps.gminas.search(request.query.q, request.query.limit) }),
    );

    app.get(
      '/api/v1/teryt/gminas/:code',
      {
        schema: {
          tags: ['reference'],
          summary: 'Gmina po kodzie TERYT',
          params: z.object({ code: z.string().max(20) }),
          response: { 200: GminaSchema, ...errorResponses(404) },
        },
      },
      async (request) => {
        const gmina = deps.gminas.get(request.params.code);
        if (!gmina) throw new AppError('NOT_FOUND');
        return gmina;
      },
    );
  };
}
