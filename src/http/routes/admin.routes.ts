import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, AuditQuerySchema } from '../../contracts/audit.contract';
import { CentreInputSchema, CentreSchema, CentreUpdateSchema } from '../../contracts/centre.contract';
import { IdParamsSchema } from '../../contracts/common';
import {
  UserAddExistingSchema,
  UserCreateSchema,
  UserListSchema,
  UserSchema,
  UserUpdateSchema,
} from '../../contracts/user.contract';
import { listAuditEntries } from '../../app/audit/list-audit-entries';
import { createCentre, getCurrentCentre, updateCurrentCentre } from '../../app/centres/manage-centres';
import { addExistingUser } from '../../app/users/add-existing-user';
import { createUser, getUser, listUsers, updateUserInCentre } from '../../app/users/manage-users';
import type { AppDeps } from '../../app/deps';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

/** Centre settings, user management and the audit log — all scoped to the caller's current centre. */
export function adminRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth };

    app.get(
      '/api/v1/centre',
      {
        schema: {
          ...common,
          tags: ['centre'],
          summary: 'Bieżące centrum',
          response: { 200: CentreSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getCurrentCentre(deps, ctxOf(request)),
    );

    app.patch(
      '/api/v1/centre',
      {
        schema: {
          ...common,
          tags: ['centre'],
          summary: 'Zmiana danych i ustawień centrum',
          body: CentreUpdateSchema,
          response: { 200: CentreSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request) => updateCurrentCentre(deps, ctxOf(request), request.body),
    );

    app.post(
      '/api/v1/centres',
      {
        schema: {
          ...common,
          tags: ['centre'],
          summary: 'Nowe centrum (twórca zostaje administratorem)',
          body: CentreInputSchema,
          response: { 201: CentreSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCentre(deps, ctxOf(request), request.body)),
    );

    app.get(
      '/api/v1/users',
      {
        schema: {
          ...common,
          tags: ['users'],
          summary: 'Użytkownicy bieżącego centrum',
          response: { 200: UserListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => ({ items: await listUsers(deps, ctxOf(request)) }),
    );

    app.post(
      '/api/v1/users',
      {
        schema: {
          ...common,
          tags: ['users'],
          summary: 'Nowe konto z rolami w bieżącym centrum',
          body: UserCreateSchema,
          response: { 201: UserSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await createUser(deps, ctxOf(request), request.body)),
    );

    app.post(
      '/api/v1/users/existing',
      {
        schema: {
          ...common,
          tags: ['users'],
          summary: 'Istniejące konto (po adresie e-mail) otrzymuje role w bieżącym centrum',
          body: UserAddExistingSchema,
          response: { 201: UserSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addExistingUser(deps, ctxOf(request), request.body)),
    );

    app.get(
      '/api/v1/users/:id',
      {
        schema: {
          ...common,
          tags: ['users'],
          summary: 'Jeden użytkownik',
          params: IdParamsSchema,
          response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getUser(deps, ctxOf(request), request.params.id),
    );

    app.patch(
      '/api/v1/users/:id',
      {
        schema: {
          ...common,
          tags: ['users'],
          summary: 'Zmiana ról, nazwy lub aktywności',
          params: IdParamsSchema,
          body: UserUpdateSchema,
          response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => updateUserInCentre(deps, ctxOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/audit',
      {
        schema: {
          ...common,
          tags: ['audit'],
          summary: 'Dziennik zdarzeń bieżącego centrum',
          querystring: AuditQuerySchema,
          response: { 200: AuditPageSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => listAuditEntries(deps, ctxOf(request), request.query),
    );
  };
}
