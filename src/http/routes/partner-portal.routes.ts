import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, UuidSchema } from '../../contracts/common';
import {
  PartnerAccountCreateSchema,
  PartnerAccountSchema,
  PortalOverviewSchema,
  PortalReferralSchema,
} from '../../contracts/partner.contract';
import type { AppDeps } from '../../app/deps';
import { getPartnerPortal, getPartnerPortalReferral } from '../../app/partners/get-partner-portal';
import {
  createPartnerAccount,
  listAccountsOfPartner,
  setPartnerAccountActive,
} from '../../app/partners/partner-accounts';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

const PU = z.object({ id: UuidSchema, userId: UuidSchema });

/** Partner accounts (status feedback to referrers, issue 16 item 6) and the portal those accounts see. */
export function partnerPortalRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['partners'] };

    app.get(
      '/api/v1/partners/:id/accounts',
      {
        schema: {
          ...common,
          summary: 'Konta pracowników partnera (podgląd statusu skierowań)',
          params: IdParamsSchema,
          response: {
            200: z.object({ items: z.array(PartnerAccountSchema) }),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => ({ items: await listAccountsOfPartner(deps, ctxOf(request), request.params.id) }),
    );

    app.post(
      '/api/v1/partners/:id/accounts',
      {
        schema: {
          ...common,
          summary: 'Założenie konta pracownikowi partnera (kierownik)',
          params: IdParamsSchema,
          body: PartnerAccountCreateSchema,
          response: { 201: PartnerAccountSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createPartnerAccount(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/v1/partners/:id/accounts/:userId/active',
      {
        schema: {
          ...common,
          summary: 'Wyłączenie lub ponowne włączenie konta partnera',
          params: PU,
          body: z.object({ active: z.boolean() }),
          response: {
            200: z.object({ items: z.array(PartnerAccountSchema) }),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => ({
        items: await setPartnerAccountActive(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.userId,
          request.body.active,
        ),
      }),
    );

    app.get(
      '/api/v1/partner-portal',
      {
        schema: {
          ...common,
          tags: ['partner-portal'],
          summary: 'Konto partnera: osoby skierowane przez instytucję i stan każdej (odczyt rejestrowany)',
          response: { 200: PortalOverviewSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getPartnerPortal(deps, ctxOf(request)),
    );

    app.get(
      '/api/v1/partner-portal/referrals/:id',
      {
        schema: {
          ...common,
          tags: ['partner-portal'],
          summary: 'Konto partnera: stan jednego skierowania (odczyt rejestrowany)',
          params: IdParamsSchema,
          response: { 200: PortalReferralSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getPartnerPortalReferral(deps, ctxOf(request), request.params.id),
    );
  };
}
