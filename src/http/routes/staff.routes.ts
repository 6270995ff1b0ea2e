import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../contracts/common';
import {
  StaffMemberCreateSchema,
  StaffMemberSchema,
  StaffMemberUpdateSchema,
  StaffRatioQuerySchema,
  StaffRatioSchema,
  StaffRegisterSchema,
} from '../../contracts/staff.contract';
import type { AppDeps } from '../../app/deps';
import { getStaffRatio } from '../../app/staff/get-staff-ratio';
import { listStaff } from '../../app/staff/list-staff';
import { createStaffMember } from '../../app/staff/create-staff-member';
import { updateStaffMember } from '../../app/staff/update-staff-member';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

/** The staff register (employees and other staff) and the 1 : 10 check of art. 11 ust. 3. */
export function staffRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['staff'] };

    app.get(
      '/api/v1/staff',
      {
        schema: {
          ...common,
          summary: 'Rejestr kadry z dzisiejszym sprawdzeniem proporcji 1 : 10',
          response: { 200: StaffRegisterSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => listStaff(deps, ctxOf(request)),
    );

    app.get(
      '/api/v1/staff/ratio',
      {
        schema: {
          ...common,
          summary: 'Proporcja uczestników na pracownika prowadzącego zajęcia w danym dniu (art. 11 ust. 3)',
          querystring: StaffRatioQuerySchema,
          response: { 200: StaffRatioSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => getStaffRatio(deps, ctxOf(request), request.query.date),
    );

    app.post(
      '/api/v1/staff',
      {
        schema: {
          ...common,
          summary: 'Dodanie osoby do rejestru kadry',
          body: StaffMemberCreateSchema,
          response: { 201: StaffMemberSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createStaffMember(deps, ctxOf(request), request.body)),
    );

    app.put(
      '/api/v1/staff/:id',
      {
        schema: {
          ...common,
          summary: 'Zmiana wpisu w rejestrze kadry',
          params: IdParamsSchema,
          body: StaffMemberUpdateSchema,
          response: { 200: StaffMemberSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => updateStaffMember(deps, ctxOf(request), request.params.id, request.body),
    );
  };
}
