import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../contracts/common';
import {
  AdoptionCreateSchema,
  CalendarSchema,
  CandidateListSchema,
  DocumentCreateSchema,
  DocumentListSchema,
  EntityMemberCreateSchema,
  IndicatorsQuerySchema,
  InvitationCreateSchema,
  MeetingCreateSchema,
  MeetingListSchema,
  MinutesSchema,
  NetworkCreateSchema,
  NetworkIdParamsSchema,
  NetworkIndicatorsSchema,
  NetworkItemParamsSchema,
  NetworkListSchema,
  NetworkSchema,
  OpenEventCreateSchema,
  VersionCreateSchema,
} from '../../contracts/network.contract';
import type { AppDeps } from '../../app/deps';
import { createNetwork } from '../../app/networks/create-network';
import { getCandidateCentres, getNetwork, getNetworks } from '../../app/networks/get-networks';
import { getNetworkIndicators } from '../../app/networks/get-network-indicators';
import {
  addEntityMember,
  inviteCentre,
  leaveNetwork,
  respondToInvitation,
} from '../../app/networks/manage-membership';
import type { NetworkCaller } from '../../app/networks/network-access';
import {
  adoptVersion,
  getNetworkDocuments,
  publishDocument,
  publishVersion,
} from '../../app/networks/network-documents';
import {
  createMeeting,
  getCalendar,
  getMeetings,
  publishOpenEvent,
  recordMinutes,
  registerForMeeting,
} from '../../app/networks/network-meetings';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { authOf } from '../session';

/** The caller of a network route: her account and, when she has one, her current centre and roles there. */
export function callerOf(request: FastifyRequest): NetworkCaller {
  const info = authOf(request);
  return {
    userId: info.user.id,
    email: info.user.email,
    ip: request.ip ?? null,
    centreId: info.current?.centre_id ?? null,
    centreRoles: info.roles as Role[],
  };
}

const read = errorResponses(400, 401, 403, 404);
const write = errorResponses(400, 401, 403, 404, 409);

/**
 * Networks of centres (issue 19): the network and its members, the coordinator's aggregates (protected
 * small numbers), shared standards and templates in versions with adoptions, meetings and the calendar.
 */
export function networkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['networks'] };
    const id = { params: NetworkIdParamsSchema };
    const item = { params: NetworkItemParamsSchema };

    app.get(
      '/api/v1/networks',
      {
        schema: {
          ...common,
          summary: 'Sieci, które koordynuję lub do których należy moje centrum',
          response: { 200: NetworkListSchema, ...read },
        },
      },
      async (request) => getNetworks(deps, callerOf(request)),
    );
    app.post(
      '/api/v1/networks',
      {
        schema: {
          ...common,
          summary: 'Utworzenie sieci (klaster, sieć, konwent) z obszarem i koordynatorem',
          body: NetworkCreateSchema,
          response: { 201: NetworkSchema, ...write },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createNetwork(deps, callerOf(request), request.body)),
    );
    app.get(
      '/api/v1/networks/:id',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Sieć i jej członkowie',
          response: { 200: NetworkSchema, ...read },
        },
      },
      async (request) => getNetwork(deps, callerOf(request), request.params.id),
    );
    app.get(
      '/api/v1/networks/:id/candidates',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Centra, które koordynator może zaprosić',
          response: { 200: CandidateListSchema, ...read },
        },
      },
      async (request) => getCandidateCentres(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/api/v1/networks/:id/invitations',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Zaproszenie centrum do sieci',
          body: InvitationCreateSchema,
          response: { 201: NetworkSchema, ...write },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inviteCentre(deps, callerOf(request), request.params.id, request.body.centreId)),
    );
    app.post(
      '/api/v1/networks/:id/entities',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Dodanie podmiotu ekonomii społecznej bez rejestru uczestników',
          body: EntityMemberCreateSchema,
          response: { 201: NetworkSchema, ...write },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addEntityMember(deps, callerOf(request), request.params.id, request.body)),
    );
    for (const [path, accept, summary] of [
      ['accept', true, 'Przyjęcie zaproszenia przez dyrektora centrum'],
      ['decline', false, 'Odrzucenie zaproszenia przez dyrektora centrum'],
    ] as const)
      app.post(
        `/api/v1/networks/:id/membership/${path}`,
        { schema: { ...common, ...id, summary, response: { 200: NetworkSchema, ...write } } },
        async (request) => respondToInvitation(deps, callerOf(request), request.params.id, accept),
      );
    app.post(
      '/api/v1/networks/:id/membership/leave',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Wystąpienie centrum z sieci',
          response: { 204: z.null().describe('Wystąpiono z sieci'), ...write },
        },
      },
      async (request, reply) => {
        await leaveNetwork(deps, callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/networks/:id/indicators',
      {
        schema: {
          ...common,
          ...id,
          querystring: IndicatorsQuerySchema,
          summary: 'Wskaźniki sieci za rok: na członka i razem, małe liczby ukryte („<5”)',
          response: { 200: NetworkIndicatorsSchema, ...read },
        },
      },
      async (request) => getNetworkIndicators(deps, callerOf(request), request.params.id, request.query.year),
    );

    app.get(
      '/api/v1/networks/:id/documents',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Standardy, wzory dokumentów i zestawy parametrów regulaminu (w wersjach)',
          response: { 200: DocumentListSchema, ...read },
        },
      },
      async (request) => getNetworkDocuments(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/api/v1/networks/:id/documents',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Publikacja nowego standardu, wzoru lub zestawu parametrów (wersja 1)',
          body: DocumentCreateSchema,
          response: { 201: DocumentListSchema, ...write },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await publishDocument(deps, callerOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/networks/:id/documents/:itemId/versions',
      {
        schema: {
          ...common,
          ...item,
          summary: 'Publikacja kolejnej wersji dokumentu (ogłaszana członkom)',
          body: VersionCreateSchema,
          response: { 201: DocumentListSchema, ...write },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await publishVersion(
              deps,
              callerOf(request),
              request.params.id,
              request.params.itemId,
              request.body,
            ),
          ),
    );
    app.post(
      '/api/v1/networks/:id/adoptions',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Przyjęcie wersji dokumentu przez centrum członkowskie',
          body: AdoptionCreateSchema,
          response: { 201: DocumentListSchema, ...write },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await adoptVersion(deps, callerOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/v1/networks/:id/meetings',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Spotkania, wizyty studyjne i szkolenia sieci',
          response: { 200: MeetingListSchema, ...read },
        },
      },
      async (request) => getMeetings(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/api/v1/networks/:id/meetings',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Nowe spotkanie sieci',
          body: MeetingCreateSchema,
          response: { 201: MeetingListSchema, ...write },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createMeeting(deps, callerOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/networks/:id/meetings/:itemId/registrations',
      {
        schema: {
          ...common,
          ...item,
          summary: 'Zapis pracownika centrum członkowskiego na spotkanie',
          response: { 200: MeetingListSchema, ...write },
        },
      },
      async (request) =>
        registerForMeeting(deps, callerOf(request), request.params.id, request.params.itemId),
    );
    app.put(
      '/api/v1/networks/:id/meetings/:itemId/minutes',
      {
        schema: {
          ...common,
          ...item,
          summary: 'Protokół ze spotkania',
          body: MinutesSchema,
          response: { 200: MeetingListSchema, ...write },
        },
      },
      async (request) =>
        recordMinutes(
          deps,
          callerOf(request),
          request.params.id,
          request.params.itemId,
          request.body.minutes,
        ),
    );
    app.get(
      '/api/v1/networks/:id/calendar',
      {
        schema: {
          ...common,
          ...id,
          summary: 'Kalendarz sieci: spotkania i otwarte wydarzenia członków',
          response: { 200: CalendarSchema, ...read },
        },
      },
      async (request) => getCalendar(deps, callerOf(request), request.params.id),
    );
    app.post(
      '/api/v1/network-open-events',
      {
        schema: {
          ...common,
          summary: 'Wydarzenie centrum otwarte dla jego sieci (pokazywane w ich kalendarzach)',
          body: OpenEventCreateSchema,
          response: { 201: z.object({ id: z.uuid() }), ...write },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await publishOpenEvent(deps, callerOf(request), request.body)),
    );
  };
}
