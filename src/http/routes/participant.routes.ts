import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../contracts/common';
import {
  DuplicateListSchema,
  DuplicateQuerySchema,
  ParticipantCreateSchema,
  ParticipantListQuerySchema,
  ParticipantListSchema,
  ParticipantSchema,
  ParticipantChangeListSchema,
  ParticipantDeleteSchema,
  ParticipantUpdateSchema,
} from '../../contracts/participant.contract';
import { deleteParticipant } from '../../app/participants/delete-participant';
import { listParticipantChanges } from '../../app/participants/list-participant-changes';
import {
  findParticipantDuplicates,
  getParticipant,
  listParticipants,
  registerParticipant,
  updateParticipant,
} from '../../app/participants/manage-participants';
import type { AppDeps } from '../../app/deps';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

/** Participant records, scoped to the caller's centre, each field class shown by role. */
export function participantRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['participants'] };

    app.get(
      '/api/v1/participants',
      {
        schema: {
          ...common,
          summary: 'Lista uczestników (wyszukiwanie po nazwisku bez znaków diakrytycznych lub PESEL)',
          querystring: ParticipantListQuerySchema,
          response: { 200: ParticipantListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => listParticipants(deps, ctxOf(request), request.query),
    );

    app.post(
      '/api/v1/participants',
      {
        schema: {
          ...common,
          summary: 'Rejestracja osoby (ze sprawdzeniem duplikatów)',
          body: ParticipantCreateSchema,
          response: { 201: ParticipantSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await registerParticipant(deps, ctxOf(request), request.body)),
    );

    app.get(
      '/api/v1/participants/duplicates',
      {
        schema: {
          ...common,
          summary: 'Możliwe duplikaty przed zapisem',
          querystring: DuplicateQuerySchema,
          response: { 200: DuplicateListSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => ({ items: await findParticipantDuplicates(deps, ctxOf(request), request.query) }),
    );

    app.get(
      '/api/v1/participants/:id',
      {
        schema: {
          ...common,
          summary: 'Jeden uczestnik (odczyt danych wrażliwych jest rejestrowany)',
          params: IdParamsSchema,
          response: { 200: ParticipantSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getParticipant(deps, ctxOf(request), request.params.id),
    );

    app.patch(
      '/api/v1/participants/:id',
      {
        schema: {
          ...common,
          summary: 'Zmiana danych uczestnika (wersjonowanie optymistyczne)',
          params: IdParamsSchema,
          body: ParticipantUpdateSchema,
          response: { 200: ParticipantSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => updateParticipant(deps, ctxOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/participants/:id/changes',
      {
        schema: {
          ...common,
          summary: 'Historia poprawek danych uczestnika (kto, kiedy, co było → co jest)',
          params: IdParamsSchema,
          response: { 200: ParticipantChangeListSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => ({ items: await listParticipantChanges(deps, ctxOf(request), request.params.id) }),
    );

    app.delete(
      '/api/v1/participants/:id',
      {
        schema: {
          ...common,
          summary:
            'Usunięcie rekordu wprowadzonego omyłkowo (kierownik) — to samo co POST ' +
            '/api/v1/privacy/participants/{id}/erase',
          params: IdParamsSchema,
          body: ParticipantDeleteSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await deleteParticipant(deps, ctxOf(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
  };
}
