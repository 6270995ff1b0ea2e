import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps';
import { certificatePdf, ipzsPdf, terminationDecisionPdf } from '../../app/pathway/printouts';
import { UuidSchema } from '../../contracts/common';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

const PR = z.object({ id: UuidSchema, programmeId: UuidSchema });

const pdfResponse = { 200: z.any().describe('application/pdf'), ...errorResponses(401, 403, 404, 409) };

/** The programme's printouts: the IPZS to sign, the certificate of participation, the termination decision. */
export function programmePrintoutRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['pathway'] };

    app.get(
      '/api/v1/participants/:id/programmes/:programmeId/ipzs.pdf',
      { schema: { ...common, summary: 'IPZS do podpisu (PDF)', params: PR, response: pdfResponse } },
      async (request, reply) =>
        sendPdf(reply, await ipzsPdf(deps, ctxOf(request), request.params.id, request.params.programmeId)),
    );

    app.get(
      '/api/v1/participants/:id/programmes/:programmeId/certificate.pdf',
      {
        schema: {
          ...common,
          summary: 'Zaświadczenie o uczestnictwie (PDF)',
          params: PR,
          response: pdfResponse,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await certificatePdf(deps, ctxOf(request), request.params.id, request.params.programmeId),
        ),
    );

    app.get(
      '/api/v1/participants/:id/programmes/:programmeId/decision.pdf',
      {
        schema: {
          ...common,
          summary: 'Decyzja kierownika o zaprzestaniu realizacji programu (PDF)',
          params: PR,
          response: pdfResponse,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await terminationDecisionPdf(deps, ctxOf(request), request.params.id, request.params.programmeId),
        ),
    );
  };
}
