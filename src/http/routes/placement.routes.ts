import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps';
import {
  getGraduateFigures,
  graduateConfirmationPdf,
  listGraduates,
  recordGraduateContact,
} from '../../app/graduates/graduates';
import { getParticipantGraduate } from '../../app/graduates/get-participant-graduate';
import { pupCoverLetterPdf } from '../../app/graduates/pup-cover-letter';
import { getPlacement, listPlacements } from '../../app/placements/list-placements';
import { placementAgreementPdf, placementCertificatePdf } from '../../app/placements/placement-documents';
import { evaluatePlacement, recordPlacementDay } from '../../app/placements/placement-days';
import {
  cancelPlacement,
  planPlacement,
  signPlacement,
  updatePlacement,
} from '../../app/placements/plan-placement';
import {
  applyForSupportedEmployment,
  listSupportedEmployment,
  recordSupportedClaim,
  recordSupportedReferral,
} from '../../app/placements/supported-employment';
import { IdParamsSchema, UuidSchema } from '../../contracts/common';
import {
  SupportedApplicationSchema,
  SupportedClaimSchema,
  SupportedEmploymentListSchema,
  SupportedEmploymentSchema,
  SupportedReferralSchema,
} from '../../contracts/supported-employment.contract';
import {
  GraduateContactSchema,
  GraduateFiguresQuerySchema,
  GraduateFiguresSchema,
  GraduateListQuerySchema,
  GraduateListSchema,
  GraduateProgrammeParamsSchema,
  ParticipantGraduateSchema,
} from '../../contracts/graduates.contract';
import {
  PlacementCancelSchema,
  PlacementDaySchema,
  PlacementDetailSchema,
  PlacementEvaluationSchema,
  PlacementListQuerySchema,
  PlacementListSchema,
  PlacementPlanSchema,
  PlacementSignSchema,
  PlacementUpdateSchema,
} from '../../contracts/placements.contract';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

/** Placements at partner employers (plan → agreement → days → evaluation → certificate) and graduates. */
export function placementRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['placements'] };
    const file = { 200: z.any().describe('PDF'), ...errorResponses(401, 403, 404, 409) };
    const detail = { 200: PlacementDetailSchema, ...errorResponses(400, 401, 403, 404, 409) };

    app.get(
      '/api/v1/placements',
      {
        schema: {
          ...common,
          summary: 'Praktyki zawodowe u pracodawców',
          querystring: PlacementListQuerySchema,
          response: { 200: PlacementListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => listPlacements(deps, ctxOf(request), request.query),
    );
    app.post(
      '/api/v1/placements',
      {
        schema: {
          ...common,
          summary: 'Plan praktyki (pracodawca, opiekun, terminy, godziny, program)',
          body: PlacementPlanSchema,
          response: { 201: PlacementDetailSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await planPlacement(deps, ctxOf(request), request.body)),
    );
    app.get(
      '/api/v1/placements/:id',
      {
        schema: {
          ...common,
          summary: 'Praktyka z dniami i oceną',
          params: IdParamsSchema,
          response: { 200: PlacementDetailSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getPlacement(deps, ctxOf(request), request.params.id),
    );
    app.put(
      '/api/v1/placements/:id',
      {
        schema: {
          ...common,
          summary: 'Zmiana planu praktyki',
          params: IdParamsSchema,
          body: PlacementUpdateSchema,
          response: detail,
        },
      },
      async (request) => updatePlacement(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/placements/:id/sign',
      {
        schema: {
          ...common,
          summary: 'Podpisanie umowy o praktykę (nadaje numer)',
          params: IdParamsSchema,
          body: PlacementSignSchema,
          response: detail,
        },
      },
      async (request) => signPlacement(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/placements/:id/cancel',
      {
        schema: {
          ...common,
          summary: 'Odwołanie praktyki',
          params: IdParamsSchema,
          body: PlacementCancelSchema,
          response: detail,
        },
      },
      async (request) => cancelPlacement(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/placements/:id/days',
      {
        schema: {
          ...common,
          summary: 'Dzień praktyki (trafia do listy obecności jako dzień zajęć)',
          params: IdParamsSchema,
          body: PlacementDaySchema,
          response: detail,
        },
      },
      async (request) => recordPlacementDay(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/placements/:id/evaluation',
      {
        schema: {
          ...common,
          summary: 'Ocena praktyki przez opiekuna (kończy praktykę)',
          params: IdParamsSchema,
          body: PlacementEvaluationSchema,
          response: detail,
        },
      },
      async (request) => evaluatePlacement(deps, ctxOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/v1/placements/:id/agreement.pdf',
      { schema: { ...common, summary: 'Umowa o praktykę (PDF)', params: IdParamsSchema, response: file } },
      async (request, reply) =>
        sendPdf(reply, await placementAgreementPdf(deps, ctxOf(request), request.params.id)),
    );
    app.get(
      '/api/v1/placements/:id/certificate.pdf',
      {
        schema: {
          ...common,
          summary: 'Zaświadczenie o odbyciu praktyki z oceną (PDF)',
          params: IdParamsSchema,
          response: file,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await placementCertificatePdf(deps, ctxOf(request), request.params.id)),
    );

    const graduates = { security: cookieAuth, tags: ['graduates'] };
    app.get(
      '/api/v1/graduates',
      {
        schema: {
          ...graduates,
          summary: 'Absolwenci CIS/KIS (art. 2 pkt 1a–1b) z kontaktami po wyjściu',
          querystring: GraduateListQuerySchema,
          response: { 200: GraduateListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => listGraduates(deps, ctxOf(request), request.query),
    );
    app.get(
      '/api/v1/graduates/figures',
      {
        schema: {
          ...graduates,
          summary: 'Liczby o absolwentach za rok (do sprawozdania)',
          querystring: GraduateFiguresQuerySchema,
          response: { 200: GraduateFiguresSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => getGraduateFigures(deps, ctxOf(request), request.query.year),
    );
    app.post(
      '/api/v1/graduates/:programmeId/contacts',
      {
        schema: {
          ...graduates,
          summary: 'Kontakt z absolwentem po wyjściu (sytuacja zawodowa, udzielone wsparcie)',
          params: GraduateProgrammeParamsSchema,
          body: GraduateContactSchema,
          response: { 201: z.any(), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordGraduateContact(deps, ctxOf(request), request.params.programmeId, request.body)),
    );

    app.get(
      '/api/v1/participants/:id/graduate',
      {
        schema: {
          ...graduates,
          summary: 'Status absolwenta osoby (każde zakończone uczestnictwo) z kontaktami po wyjściu',
          params: IdParamsSchema,
          response: { 200: ParticipantGraduateSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getParticipantGraduate(deps, ctxOf(request), request.params.id),
    );

    app.get(
      '/api/v1/participants/:id/programmes/:programmeId/pup-letter.pdf',
      {
        schema: {
          ...graduates,
          summary: 'Pismo przewodnie do PUP z zaświadczeniem osoby długotrwale bezrobotnej (art. 13 ust. 5a)',
          params: z.object({ id: UuidSchema, programmeId: UuidSchema }),
          querystring: z.object({ partnerId: UuidSchema.optional() }),
          response: { ...file, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await pupCoverLetterPdf(
            deps,
            ctxOf(request),
            request.params.id,
            request.params.programmeId,
            request.query.partnerId,
          ),
        ),
    );

    app.get(
      '/api/v1/graduates/:programmeId/confirmation.pdf',
      {
        schema: {
          ...graduates,
          summary: 'Potwierdzenie statusu absolwenta (PDF)',
          params: GraduateProgrammeParamsSchema,
          response: file,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await graduateConfirmationPdf(deps, ctxOf(request), request.params.programmeId)),
    );

    const supported = { security: cookieAuth, tags: ['supported-employment'] };
    const one = { 200: SupportedEmploymentSchema, ...errorResponses(400, 401, 403, 404, 409) };
    app.get(
      '/api/v1/supported-employment',
      {
        schema: {
          ...supported,
          summary: 'Zatrudnienie wspierane (art. 15b–16)',
          querystring: z.object({ participantId: UuidSchema.optional() }),
          response: { 200: SupportedEmploymentListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => listSupportedEmployment(deps, ctxOf(request), request.query.participantId),
    );
    app.post(
      '/api/v1/supported-employment',
      {
        schema: {
          ...supported,
          summary: 'Wspólny wniosek o zatrudnienie wspierane',
          body: SupportedApplicationSchema,
          response: { 201: SupportedEmploymentSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await applyForSupportedEmployment(deps, ctxOf(request), request.body)),
    );
    app.put(
      '/api/v1/supported-employment/:id/referral',
      {
        schema: {
          ...supported,
          summary: 'Skierowanie z PUP i umowa starosty z pracodawcą',
          params: IdParamsSchema,
          body: SupportedReferralSchema,
          response: one,
        },
      },
      async (request) => recordSupportedReferral(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/supported-employment/:id/claims',
      {
        schema: {
          ...supported,
          summary: 'Miesięczny wniosek pracodawcy o refundację',
          params: IdParamsSchema,
          body: SupportedClaimSchema,
          response: { 201: SupportedEmploymentSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordSupportedClaim(deps, ctxOf(request), request.params.id, request.body)),
    );
  };
}
