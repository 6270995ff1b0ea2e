import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, IsoDateSchema, UuidSchema } from '../../contracts/common';
import {
  AssignmentCreateSchema,
  AssignmentEndSchema,
  AssignmentSchema,
  WorkshopInputSchema,
  WorkshopSchema,
  WorkshopUpdateSchema,
} from '../../contracts/workshop.contract';
import type { AppDeps } from '../../app/deps';
import {
  SocialActivityCreateSchema,
  SocialActivityQuerySchema,
  SocialActivitySchema,
} from '../../contracts/social-activity.contract';
import { listSocialActivities, recordSocialActivity } from '../../app/workshops/social-activities';
import {
  assignToWorkshop,
  createWorkshop,
  endAssignment,
  listWorkshops,
  participantAssignments,
  updateWorkshop,
  workshopAssignments,
} from '../../app/workshops/manage-workshops';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

/** Workshops (warsztaty/pracownie), their instructors and who is assigned when. */
export function workshopRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['workshops'] };

    app.get(
      '/api/v1/workshops',
      {
        schema: {
          ...common,
          summary: 'Warsztaty centrum',
          response: { 200: z.object({ items: z.array(WorkshopSchema) }), ...errorResponses(401, 403) },
        },
      },
      async (request) => ({ items: await listWorkshops(deps, ctxOf(request)) }),
    );

    app.post(
      '/api/v1/workshops',
      {
        schema: {
          ...common,
          summary: 'Nowy warsztat (kierownik, administrator)',
          body: WorkshopInputSchema,
          response: { 201: WorkshopSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createWorkshop(deps, ctxOf(request), request.body)),
    );

    app.patch(
      '/api/v1/workshops/:id',
      {
        schema: {
          ...common,
          summary: 'Zmiana warsztatu, instruktorów, zamknięcie',
          params: IdParamsSchema,
          body: WorkshopUpdateSchema,
          response: { 200: WorkshopSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => updateWorkshop(deps, ctxOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/workshops/:id/assignments',
      {
        schema: {
          ...common,
          summary: 'Kto był w warsztacie w okresie (historia przydziałów)',
          params: IdParamsSchema,
          querystring: z.object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() }),
          response: { 200: z.object({ items: z.array(AssignmentSchema) }), ...errorResponses(400, 401, 404) },
        },
      },
      async (request) => ({
        items: await workshopAssignments(deps, ctxOf(request), request.params.id, request.query),
      }),
    );

    app.post(
      '/api/v1/workshops/:id/assignments',
      {
        schema: {
          ...common,
          summary: 'Przydział lub przeniesienie uczestnika do warsztatu od dnia',
          params: IdParamsSchema,
          body: AssignmentCreateSchema,
          response: { 201: AssignmentSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await assignToWorkshop(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/v1/workshop-assignments/:id/end',
      {
        schema: {
          ...common,
          summary: 'Zakończenie przydziału',
          params: IdParamsSchema,
          body: AssignmentEndSchema,
          response: { 200: AssignmentSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => endAssignment(deps, ctxOf(request), request.params.id, request.body.toDate),
    );

    app.get(
      '/api/v1/social-activities',
      {
        schema: {
          ...common,
          summary: 'Zajęcia reintegracji społecznej (psycholog, terapia, poradnictwo, zajęcia grupowe)',
          querystring: SocialActivityQuerySchema,
          response: {
            200: z.object({ items: z.array(SocialActivitySchema) }),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => ({ items: await listSocialActivities(deps, ctxOf(request), request.query) }),
    );

    app.post(
      '/api/v1/social-activities',
      {
        schema: {
          ...common,
          summary: 'Zapis zajęć reintegracji społecznej',
          body: SocialActivityCreateSchema,
          response: { 201: SocialActivitySchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordSocialActivity(deps, ctxOf(request), request.body)),
    );

    app.get(
      '/api/v1/participants/:id/assignments',
      {
        schema: {
          ...common,
          summary: 'Historia warsztatów uczestnika',
          params: z.object({ id: UuidSchema }),
          response: { 200: z.object({ items: z.array(AssignmentSchema) }), ...errorResponses(400, 401, 404) },
        },
      },
      async (request) => ({ items: await participantAssignments(deps, ctxOf(request), request.params.id) }),
    );
  };
}
