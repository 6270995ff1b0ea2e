import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../contracts/common';
import { NetworkIdParamsSchema, NetworkItemParamsSchema } from '../../contracts/network.contract';
import {
  CatalogueEntryCreateSchema,
  CatalogueSchema,
  CoordinatorAccountCreateSchema,
  CoordinatorAccountSchema,
  EnquiryCreateSchema,
  EnquiryListSchema,
  JointProjectCreateSchema,
  JointProjectListSchema,
  ProjectLinkSchema,
  PublicCatalogueQuerySchema,
  PublicCatalogueSchema,
  TransferAcceptSchema,
  TransferCreateSchema,
  TransferListSchema,
  TransferRefuseSchema,
  TransferSchema,
} from '../../contracts/network-work.contract';
import type { AppDeps } from '../../app/deps';
import { acceptTransfer, refuseTransfer, withdrawTransfer } from '../../app/networks/answer-transfer';
import { createCoordinatorAccount } from '../../app/networks/create-coordinator-account';
import { getTransfers } from '../../app/networks/get-transfers';
import { createJointProject, getJointProjects, linkJointProject } from '../../app/networks/joint-projects';
import {
  getEnquiries,
  getNetworkCatalogue,
  markEnquiryDone,
  publishCatalogueEntry,
  withdrawCatalogue,
} from '../../app/networks/network-catalogue';
import { getPublicCatalogue, sendEnquiry } from '../../app/networks/public-catalogue';
import { sendTransfer } from '../../app/networks/send-transfer';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { callerOf } from './network.routes';

const read = errorResponses(400, 401, 403, 404);
const write = errorResponses(400, 401, 403, 404, 409);

/**
 * Networks of centres, second part (issue 19): transfers of a person between members, the joint
 * service catalogue (with its public page and enquiries), joint projects, coordinator accounts.
 */
export function networkWorkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['networks'] };
    const id = { params: NetworkIdParamsSchema };
    const item = { params: NetworkItemParamsSchema };

    app.get(
      '/api/v1/networks/:id/transfers',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Przekazania osób między centrami sieci: wysłane i otrzymane przez moje centrum',
          response: { 200: TransferListSchema, ...read },
        },
      },
      async (request) => getTransfers(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/api/v1/networks/:id/transfers',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Przekazanie osoby do innego centrum sieci (za jej zgodą, tylko wybrane dane)',
          body: TransferCreateSchema,
          response: { 201: TransferSchema, ...write },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await sendTransfer(deps, callerOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/networks/:id/transfers/:itemId/accept',
      {
        schema: {
          ...common,
          ...item,
          summary: 'Przyjęcie przekazanej osoby jako nowego skierowania',
          body: TransferAcceptSchema,
          response: { 200: TransferSchema, ...write },
        },
      },
      async (request) =>
        acceptTransfer(
          deps,
          callerOf(request),
          request.params.id,
          request.params.itemId,
          request.body.receivedOn,
        ),
    );
    app.post(
      '/api/v1/networks/:id/transfers/:itemId/refuse',
      {
        schema: {
          ...common,
          ...item,
          summary: 'Odmowa przyjęcia przekazanej osoby (z uzasadnieniem)',
          body: TransferRefuseSchema,
          response: { 200: TransferSchema, ...write },
        },
      },
      async (request) =>
        refuseTransfer(
          deps,
          callerOf(request),
          request.params.id,
          request.params.itemId,
          request.body.reason,
        ),
    );
    app.post(
      '/api/v1/networks/:id/transfers/:itemId/withdraw',
      {
        schema: {
          ...common,
          ...item,
          summary: 'Wycofanie przekazania, na które nie odpowiedziano',
          response: { 200: TransferSchema, ...write },
        },
      },
      async (request) => withdrawTransfer(deps, callerOf(request), request.params.id, request.params.itemId),
    );

    app.get(
      '/api/v1/networks/:id/catalogue',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Wspólny katalog usług sieci',
          response: { 200: CatalogueSchema, ...read },
        },
      },
      async (request) => getNetworkCatalogue(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/api/v1/networks/:id/catalogue',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Publikacja usługi centrum we wspólnym katalogu sieci (z obszarem)',
          body: CatalogueEntryCreateSchema,
          response: { 201: CatalogueSchema, ...write },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await publishCatalogueEntry(deps, callerOf(request), request.params.id, request.body)),
    );
    app.delete(
      '/api/v1/networks/:id/catalogue/:itemId',
      {
        schema: {
          ...common,
          ...item,
          summary: 'Wycofanie usługi z katalogu sieci',
          response: { 200: CatalogueSchema, ...write },
        },
      },
      async (request) => withdrawCatalogue(deps, callerOf(request), request.params.id, request.params.itemId),
    );
    app.get(
      '/api/v1/network-enquiries',
      {
        schema: {
          ...common,
          summary: 'Zapytania ze stron katalogów sieci do mojego centrum',
          response: { 200: EnquiryListSchema, ...read },
        },
      },
      async (request) => getEnquiries(deps, callerOf(request)),
    );
    app.post(
      '/api/v1/network-enquiries/:id/handled',
      {
        schema: {
          ...common,
          params: IdParamsSchema,
          summary: 'Zapytanie obsłużone',
          response: { 200: EnquiryListSchema, ...write },
        },
      },
      async (request) => markEnquiryDone(deps, callerOf(request), request.params.id),
    );

    app.get(
      '/api/v1/public/networks/:id/catalogue',
      {
        schema: {
          tags: ['networks'],
          ...id,
          querystring: PublicCatalogueQuerySchema,
          summary: 'Publiczny katalog usług sieci według powiatów (bez logowania)',
          response: { 200: PublicCatalogueSchema, ...errorResponses(400, 404) },
        },
      },
      async (request) => getPublicCatalogue(deps, request.params.id, request.query),
    );
    app.post(
      '/api/v1/public/networks/:id/enquiries',
      {
        schema: {
          tags: ['networks'],
          ...id,
          body: EnquiryCreateSchema,
          summary: 'Zapytanie ofertowe z publicznego katalogu do centrum, które oferuje usługę',
          response: { 202: z.object({ received: z.literal(true) }), ...errorResponses(400, 404, 429) },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await sendEnquiry(deps, request.params.id, request.body, request.ip ?? null)),
    );

    app.get(
      '/api/v1/networks/:id/projects',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Wspólne projekty sieci z liczbami partnerów (małe liczby ukryte)',
          response: { 200: JointProjectListSchema, ...read },
        },
      },
      async (request) => getJointProjects(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/api/v1/networks/:id/projects',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Nowy wspólny projekt prowadzony przez moje centrum',
          body: JointProjectCreateSchema,
          response: { 201: JointProjectListSchema, ...write },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createJointProject(deps, callerOf(request), request.params.id, request.body)),
    );
    app.put(
      '/api/v1/networks/:id/projects/:itemId/link',
      {
        schema: {
          ...common,
          ...item,
          summary: 'Powiązanie własnego projektu UE centrum z projektem wspólnym',
          body: ProjectLinkSchema,
          response: { 200: JointProjectListSchema, ...write },
        },
      },
      async (request) =>
        linkJointProject(
          deps,
          callerOf(request),
          request.params.id,
          request.params.itemId,
          request.body.euProjectId,
        ),
    );

    app.post(
      '/api/v1/network-coordinators',
      {
        schema: {
          ...common,
          summary: 'Konto koordynatora sieci (bez centrum)',
          body: CoordinatorAccountCreateSchema,
          response: { 201: CoordinatorAccountSchema, ...write },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCoordinatorAccount(deps, callerOf(request), request.body)),
    );
  };
}
