import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps';
import { getPathway } from '../../app/pathway/pathway-view';
import type { PdfFile } from '../../app/pathway/printouts';
import { UuidSchema } from '../../contracts/common';
import { PathwaySchema } from '../../contracts/pathway.contract';
import { attachmentHeaders } from '../attachment';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

const P = z.object({ id: UuidSchema });

/** Sends a generated PDF inline, named, never cached (every printout route answers through here). */
export const sendPdf = (reply: FastifyReply, file: PdfFile) => {
  attachmentHeaders(reply, file.fileName, 'application/pdf', true);
  return reply.send(file.bytes);
};

/**
 * The participant pathway at a glance: referrals, eligibility, programme, exit and the timeline. Its
 * steps have their own plugins: referral.routes.ts, programme.routes.ts, programme-printouts.routes.ts,
 * follow-up.routes.ts.
 */
export function pathwayRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['pathway'] };

    app.get(
      '/api/v1/participants/:id/pathway',
      {
        schema: {
          ...common,
          summary: 'Ścieżka uczestnika: skierowania, kwalifikacja, program, zakończenie, oś czasu',
          params: P,
          response: { 200: PathwaySchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getPathway(deps, ctxOf(request), request.params.id),
    );
  };
}
