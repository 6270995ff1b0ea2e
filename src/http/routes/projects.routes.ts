import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps';
import { createProject } from '../../app/projects/create-project';
import { enrolParticipant } from '../../app/projects/enrol-participant';
import { exportSmEfs } from '../../app/projects/export-sm-efs';
import { getProject } from '../../app/projects/get-project';
import { listProjects } from '../../app/projects/list-projects';
import { updateEnrolment } from '../../app/projects/update-enrolment';
import { IdParamsSchema } from '../../contracts/common';
import {
  EnrolmentCreateSchema,
  EnrolmentParamsSchema,
  EnrolmentSchema,
  EnrolmentUpdateSchema,
  ProjectCreateSchema,
  ProjectDetailSchema,
  ProjectListSchema,
  ProjectSchema,
} from '../../contracts/projects.contract';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { attachmentHeaders } from '../attachment';

/** A downloaded file: RFC 6266 name with an ASCII fallback, never cached. */
export function sendFile(reply: FastifyReply, file: { fileName: string; mediaType: string; bytes: Buffer }) {
  attachmentHeaders(reply, file.fileName, file.mediaType);
  return reply.send(file.bytes);
}

/** EU projects: the project, its participants with their SM EFS data, indicators and the export. */
export function projectRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['projects'] };

    app.get(
      '/api/v1/projects',
      {
        schema: {
          ...common,
          summary: 'Projekty unijne centrum',
          response: { 200: ProjectListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => listProjects(deps, ctxOf(request)),
    );

    app.post(
      '/api/v1/projects',
      {
        schema: {
          ...common,
          summary:
            'Nowy projekt (numer, program, priorytet, daty, lider i partnerzy, wskaźniki, formy wsparcia)',
          body: ProjectCreateSchema,
          response: { 201: ProjectSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createProject(deps, ctxOf(request), request.body)),
    );

    app.get(
      '/api/v1/projects/:id',
      {
        schema: {
          ...common,
          summary: 'Projekt z uczestnikami, kompletnością danych SM EFS i wskaźnikami',
          params: IdParamsSchema,
          response: { 200: ProjectDetailSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getProject(deps, ctxOf(request), request.params.id),
    );

    app.post(
      '/api/v1/projects/:id/participants',
      {
        schema: {
          ...common,
          summary: 'Zapisanie uczestnika do projektu',
          params: IdParamsSchema,
          body: EnrolmentCreateSchema,
          response: { 201: EnrolmentSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await enrolParticipant(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/api/v1/projects/:id/participants/:enrolmentId',
      {
        schema: {
          ...common,
          summary: 'Zmiana danych monitorowania uczestnika projektu',
          params: EnrolmentParamsSchema,
          body: EnrolmentUpdateSchema,
          response: { 200: EnrolmentSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        updateEnrolment(deps, ctxOf(request), request.params.id, request.params.enrolmentId, request.body),
    );

    for (const format of ['csv', 'xlsx'] as const)
      app.get(
        `/api/v1/projects/:id/sm-efs.${format}`,
        {
          schema: {
            ...common,
            summary:
              format === 'csv'
                ? 'Eksport uczestników do SM EFS (CSV, UTF-8 z BOM, średniki)'
                : 'Eksport uczestników do SM EFS — kopia XLSX',
            params: IdParamsSchema,
            response: { 200: z.any().describe(format), ...errorResponses(401, 403, 404, 409) },
          },
        },
        async (request, reply) =>
          sendFile(reply, await exportSmEfs(deps, ctxOf(request), request.params.id, format)),
      );
  };
}
