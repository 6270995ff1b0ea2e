import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps';
import { listCentreFollowUps, recordFollowUpOutcome } from '../../app/pathway/pathway-view';
import { UuidSchema } from '../../contracts/common';
import { FollowUpQuerySchema, FollowUpRecordSchema, FollowUpSchema } from '../../contracts/pathway.contract';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

const P = z.object({ id: UuidSchema });

/** Contacts after a participant has left: the reminders due and the outcome of each. */
export function followUpRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['pathway'] };

    app.get(
      '/api/v1/follow-ups',
      {
        schema: {
          ...common,
          summary: 'Przypomnienia o kontakcie po zakończeniu udziału',
          querystring: FollowUpQuerySchema,
          response: {
            200: z.object({ items: z.array(FollowUpSchema), dueBy: z.string() }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => listCentreFollowUps(deps, ctxOf(request), request.query),
    );

    app.post(
      '/api/v1/follow-ups/:id',
      {
        schema: {
          ...common,
          summary: 'Wynik kontaktu po zakończeniu udziału',
          params: P,
          body: FollowUpRecordSchema,
          response: { 200: FollowUpSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => recordFollowUpOutcome(deps, ctxOf(request), request.params.id, request.body),
    );
  };
}
