import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SetupRequestSchema, SetupStatusSchema } from '../../contracts/auth.contract';
import { GminaListSchema, GminaQuerySchema, GminaSchema } from '../../contracts/teryt.contract';
import { completeSetup, getSetupStatus } from '../../app/setup/complete-setup';
import { AppError } from '../../app/app-error';
import type { AppDeps } from '../../app/deps';
import { errorResponses } from '../openapi-helpers';
import { originOf, SESSION_COOKIE } from '../session';

/** Health, first-run setup and the public TERYT reference list. */
export function systemRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Stan serwera i bazy',
          response: { 200: z.object({ status: z.literal('ok') }), ...errorResponses(500) },
        },
      },
      async () => {
        await sql`select 1`.execute(deps.db);
        return { status: 'ok' as const };
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
