import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  OtherAnonymisationApproveSchema,
  OtherErasureRequestSchema,
  OtherParamsSchema,
  OtherRetentionViewSchema,
} from '../../contracts/privacy-others.contract';
import type { AppDeps } from '../../app/deps';
import { approveOtherAnonymisation } from '../../app/privacy/others/approve-other-anonymisation';
import { eraseOtherPerson } from '../../app/privacy/others/erase-other-person';
import { getOtherRetentionView } from '../../app/privacy/others/get-other-retention-view';
import { otherCopyJson } from '../../app/privacy/others/other-copy-json';
import { otherCopyPdf } from '../../app/privacy/others/other-copy-pdf';
import { createInProcessQueue } from '../../jobs/queue';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

/**
 * Retention, anonymisation, erasure of mistakes and the own copy (GDPR art. 15) for people who are not
 * participants: volunteers, art. 200 enrolees, event guests, private customers, in-kind donors, enquirers.
 */
export function privacyOthersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['privacy'] };

    app.get(
      '/api/v1/privacy/others/retention',
      {
        schema: {
          ...common,
          summary:
            'Przechowywanie danych osób, które nie są uczestnikami: kto po okresie, kto w okresie, zatwierdzenia',
          response: { 200: OtherRetentionViewSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getOtherRetentionView(deps, ctxOf(request)),
    );

    app.post(
      '/api/v1/privacy/others/retention/anonymise',
      {
        schema: {
          ...common,
          summary: 'Zatwierdzenie anonimizacji (kierownik); wykonuje ją zadanie w tle (/api/v1/jobs/{id})',
          body: OtherAnonymisationApproveSchema,
          response: {
            202: z.object({ jobId: z.string(), approved: z.number().int() }),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const result = await approveOtherAnonymisation(deps, ctxOf(request), request.body.persons);
        deps.jobs ??= createInProcessQueue(deps);
        await deps.jobs.enqueue(result.jobId);
        return reply.status(202).send(result);
      },
    );

    app.post(
      '/api/v1/privacy/others/:kind/:id/erase',
      {
        schema: {
          ...common,
          summary:
            'Usunięcie błędnie wprowadzonej osoby (art. 17 RODO), z powodem odmowy, gdy coś musi zostać',
          params: OtherParamsSchema,
          body: OtherErasureRequestSchema,
          response: { 200: z.object({ person: z.string() }), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => eraseOtherPerson(deps, ctxOf(request), request.params, request.body),
    );

    app.get(
      '/api/v1/privacy/others/:kind/:id/copy.json',
      {
        schema: {
          ...common,
          summary: 'Kopia danych osoby (art. 15 RODO), do odczytu maszynowego',
          params: OtherParamsSchema,
          response: { 200: z.record(z.string(), z.unknown()), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const copy = await otherCopyJson(deps, ctxOf(request), request.params);
        reply.header('content-disposition', 'attachment; filename="kopia-danych.json"');
        return copy;
      },
    );

    app.get(
      '/api/v1/privacy/others/:kind/:id/copy.pdf',
      {
        schema: {
          ...common,
          summary: 'Kopia danych osoby (art. 15 RODO), PDF',
          params: OtherParamsSchema,
          response: { 200: z.any().describe('application/pdf'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => sendPdf(reply, await otherCopyPdf(deps, ctxOf(request), request.params)),
    );
  };
}
