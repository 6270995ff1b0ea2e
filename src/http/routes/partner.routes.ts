import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, UuidSchema } from '../../contracts/common';
import {
  AgreementInputSchema,
  AgreementSchema,
  AgreementUpdateSchema,
  ContactInputSchema,
  ContactSchema,
  LogEntrySchema,
  LogInputSchema,
  PartnerAccountCreateSchema,
  PartnerAccountSchema,
  PartnerCardSchema,
  PartnerCreateSchema,
  PartnerListQuerySchema,
  PartnerReferralSchema,
  PartnerSchema,
  PartnerUpdateSchema,
  PartnerVersionSchema,
  PortalOverviewSchema,
  PortalReferralSchema,
} from '../../contracts/partner.contract';
import { MAX_SCAN_BYTES } from '../../contracts/pathway.contract';
import { AppError, notFound } from '../../app/app-error';
import type { AppDeps } from '../../app/deps';
import { removePartner, setPartnerArchived } from '../../app/partners/archive-partner';
import { createPartner } from '../../app/partners/create-partner';
import { getPartnerCard } from '../../app/partners/get-partner-card';
import { getPartnerPortal, getPartnerPortalReferral } from '../../app/partners/get-partner-portal';
import { listReferralsOfPartner } from '../../app/partners/list-partner-referrals';
import { listPartners } from '../../app/partners/list-partners';
import {
  attachAgreementFile,
  createAgreement,
  downloadAgreementFile,
  updateAgreement,
} from '../../app/partners/manage-agreements';
import { addContact, changeContact, removeContact } from '../../app/partners/manage-contacts';
import {
  createPartnerAccount,
  listAccountsOfPartner,
  setPartnerAccountActive,
} from '../../app/partners/partner-accounts';
import { recordCooperation, removeCooperation } from '../../app/partners/record-cooperation';
import { updatePartner } from '../../app/partners/update-partner';
import { PARTNER_ROLE } from '../../domain/access/roles';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { TOTP_ENROLMENT_ROUTES } from '../session-guard';
import { contentDisposition } from '../attachment';

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
const PA = z.object({ id: UuidSchema, agreementId: UuidSchema });
const PL = z.object({ id: UuidSchema, entryId: UuidSchema });
const PU = z.object({ id: UuidSchema, userId: UuidSchema });

async function readAgreementUpload(request: FastifyRequest) {
  if (!request.isMultipart())
    throw new AppError('FILE_REQUIRED', { message: 'Prześlij plik jako multipart/form-data (pole "file").' });
  const part = await request.file({ limits: { fileSize: MAX_SCAN_BYTES } });
  if (!part)
    throw new AppError('FILE_REQUIRED', {
      details: { fields: [{ path: 'file', code: 'FILE_REQUIRED', message: 'Wybierz plik do przesłania.' }] },
    });
  const bytes = await part.toBuffer();
  return { bytes, fileName: part.filename || 'porozumienie' };
}

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
      '/api/v1/partners/:id/agreements',
      {
        schema: {
          ...common,
          summary: 'Porozumienie lub umowa z partnerem (przedmiot, daty, sygnatariusze)',
          params: IdParamsSchema,
          body: AgreementInputSchema,
          response: { 201: AgreementSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createAgreement(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.put(
      '/api/v1/partners/:id/agreements/:agreementId',
      {
        schema: {
          ...common,
          summary: 'Korekta porozumienia (wersjonowana)',
          params: PA,
          body: AgreementUpdateSchema,
          response: { 200: AgreementSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        updateAgreement(deps, ctxOf(request), request.params.id, request.params.agreementId, request.body),
    );

    app.post(
      '/api/v1/partners/:id/agreements/:agreementId/file',
      {
        schema: {
          ...common,
          summary: 'Skan podpisanego porozumienia (multipart/form-data, pole file; PDF/JPEG/PNG do 10 MB)',
          params: PA,
          consumes: ['multipart/form-data'],
          response: { 200: AgreementSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request) =>
        attachAgreementFile(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.agreementId,
          await readAgreementUpload(request),
        ),
    );

    app.get(
      '/api/v1/partners/:id/agreements/:agreementId/file',
      {
        schema: {
          ...common,
          summary: 'Pobranie skanu porozumienia',
          params: PA,
          response: { 200: z.any(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const file = await downloadAgreementFile(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.agreementId,
        );
        reply.header('content-type', file.mediaType);
        reply.header('content-disposition', contentDisposition(file.fileName));
        reply.header('x-content-type-options', 'nosniff');
        if (file.sha256) reply.header('x-checksum-sha256', file.sha256);
        return reply.send(file.bytes);
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
