import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, UuidSchema } from '../../contracts/common';
import {
  ContactInputSchema,
  ContactSchema,
  LogEntrySchema,
  LogInputSchema,
  PartnerCardSchema,
  PartnerCreateSchema,
  PartnerListQuerySchema,
  PartnerReferralSchema,
  PartnerSchema,
  PartnerUpdateSchema,
  PartnerVersionSchema,
} from '../../contracts/partner.contract';
import { notFound } from '../../app/app-error';
import type { AppDeps } from '../../app/deps';
import { removePartner, setPartnerArchived } from '../../app/partners/archive-partner';
import { createPartner } from '../../app/partners/create-partner';
import { getPartnerCard } from '../../app/partners/get-partner-card';
import { listReferralsOfPartner } from '../../app/partners/list-partner-referrals';
import { listPartners } from '../../app/partners/list-partners';
import { addContact, changeContact, removeContact } from '../../app/partners/manage-contacts';
import { recordCooperation, removeCooperation } from '../../app/partners/record-cooperation';
import { updatePartner } from '../../app/partners/update-partner';
import { PARTNER_ROLE } from '../../domain/access/roles';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { TOTP_ENROLMENT_ROUTES } from '../session-guard';

/**
 * The only routes a partner account (PARTNER_VIEWER) may call besides the public ones: its own account
 * (sign out, password, TOTP, /me) and the partner portal. Every other route answers 404 to it — not 403,
 * so it learns nothing about what exists (decision 0013).
 */
export const PARTNER_ACCOUNT_ROUTES: ReadonlySet<string> = new Set([
  ...TOTP_ENROLMENT_ROUTES,
  'POST /api/v1/me/totp/disable',
  'GET /api/v1/partner-portal',
  'GET /api/v1/partner-portal/referrals/:id',
]);

/** Registers the fence after the session guard: a signed-in partner account reaches only its own routes. */
export function registerPartnerFence(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const route = request.routeOptions.url;
    if (!request.auth || !route?.startsWith('/api/')) return;
    if (!request.auth.roles.includes(PARTNER_ROLE)) return;
    const key = `${request.method === 'HEAD' ? 'GET' : request.method} ${route}`;
    if (!PARTNER_ACCOUNT_ROUTES.has(key)) throw notFound();
  });
}

const PC = z.object({ id: UuidSchema, contactId: UuidSchema });
const PL = z.object({ id: UuidSchema, entryId: UuidSchema });

/** The partner registry (issue 16): partners, contacts, agreements, cooperation log, referrals, accounts, portal. */
export function partnerRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['partners'] };

    app.get(
      '/api/v1/partners',
      {
        schema: {
          ...common,
          summary: 'Rejestr partnerów: wyszukiwanie (nazwa, NIP, REGON, miejscowość) i filtr rodzaju',
          querystring: PartnerListQuerySchema,
          response: { 200: z.object({ items: z.array(PartnerSchema) }), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => ({ items: await listPartners(deps, ctxOf(request), request.query) }),
    );

    app.post(
      '/api/v1/partners',
      {
        schema: {
          ...common,
          summary: 'Dodanie partnera (instytucji lub firmy)',
          body: PartnerCreateSchema,
          response: { 201: PartnerSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createPartner(deps, ctxOf(request), request.body)),
    );

    app.get(
      '/api/v1/partners/:id',
      {
        schema: {
          ...common,
          summary: 'Karta partnera: dane, osoby kontaktowe, porozumienia, dziennik współpracy',
          params: IdParamsSchema,
          response: { 200: PartnerCardSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getPartnerCard(deps, ctxOf(request), request.params.id),
    );

    app.put(
      '/api/v1/partners/:id',
      {
        schema: {
          ...common,
          summary: 'Korekta danych partnera (wersjonowana: 409 przy nieaktualnej wersji)',
          params: IdParamsSchema,
          body: PartnerUpdateSchema,
          response: { 200: PartnerSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => updatePartner(deps, ctxOf(request), request.params.id, request.body),
    );

    for (const [action, archived] of [
      ['archive', true],
      ['restore', false],
    ] as const) {
      app.post(
        `/api/v1/partners/:id/${action}`,
        {
          schema: {
            ...common,
            summary: archived
              ? 'Archiwizacja partnera (zamiast usunięcia)'
              : 'Przywrócenie partnera z archiwum',
            params: IdParamsSchema,
            body: PartnerVersionSchema,
            response: { 200: PartnerSchema, ...errorResponses(400, 401, 403, 404, 409) },
          },
        },
        async (request) =>
          setPartnerArchived(deps, ctxOf(request), request.params.id, request.body.version, archived),
      );
    }

    app.delete(
      '/api/v1/partners/:id',
      {
        schema: {
          ...common,
          summary: 'Usunięcie partnera wpisanego omyłkowo (409, gdy wskazują na niego inne zapisy)',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await removePartner(deps, ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/partners/:id/contacts',
      {
        schema: {
          ...common,
          summary: 'Dodanie osoby kontaktowej',
          params: IdParamsSchema,
          body: ContactInputSchema,
          response: { 201: ContactSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addContact(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.put(
      '/api/v1/partners/:id/contacts/:contactId',
      {
        schema: {
          ...common,
          summary: 'Korekta osoby kontaktowej',
          params: PC,
          body: ContactInputSchema,
          response: { 200: ContactSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        changeContact(deps, ctxOf(request), request.params.id, request.params.contactId, request.body),
    );

    app.delete(
      '/api/v1/partners/:id/contacts/:contactId',
      {
        schema: {
          ...common,
          summary: 'Usunięcie osoby kontaktowej',
          params: PC,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await removeContact(deps, ctxOf(request), request.params.id, request.params.contactId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/partners/:id/log',
      {
        schema: {
          ...common,
          summary: 'Wpis do dziennika współpracy (spotkanie, konsultacja, użyczenie…)',
          params: IdParamsSchema,
          body: LogInputSchema,
          response: { 201: LogEntrySchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordCooperation(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.delete(
      '/api/v1/partners/:id/log/:entryId',
      {
        schema: {
          ...common,
          summary: 'Usunięcie omyłkowego wpisu z dziennika współpracy',
          params: PL,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await removeCooperation(deps, ctxOf(request), request.params.id, request.params.entryId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/partners/:id/referrals',
      {
        schema: {
          ...common,
          summary: 'Skierowania od partnera i ich stan (kierownik i pracownicy socjalni)',
          params: IdParamsSchema,
          response: {
            200: z.object({ items: z.array(PartnerReferralSchema) }),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => ({ items: await listReferralsOfPartner(deps, ctxOf(request), request.params.id) }),
    );
  };
}
