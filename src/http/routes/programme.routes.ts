import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps';
import { closeProgramme, exitProgramme, recordBenefitApplication } from '../../app/pathway/programme-end';
import {
  amendProgramme,
  createProgramme,
  extendProgramme,
  signProgramme,
} from '../../app/pathway/programmes';
import { IsoDateSchema, UuidSchema, VersionSchema } from '../../contracts/common';
import {
  BenefitApplicationSchema,
  ProgrammeAmendSchema,
  ProgrammeCreateSchema,
  ProgrammeExitSchema,
  ProgrammeExtendSchema,
  ProgrammeSchema,
  ProgrammeSignSchema,
} from '../../contracts/pathway.contract';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';

const P = z.object({ id: UuidSchema });
const PR = z.object({ id: UuidSchema, programmeId: UuidSchema });

/**
 * The programme (IPZS in a CIS, social contract in a KIS): draft, amendments, signature, extension,
 * the benefit application, exit and closing.
 */
export function programmeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['pathway'] };

    app.post(
      '/api/v1/participants/:id/programmes',
      {
        schema: {
          ...common,
          summary: 'Projekt IPZS (CIS) lub kontraktu socjalnego (KIS)',
          params: P,
          body: ProgrammeCreateSchema,
          response: { 201: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createProgramme(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/api/v1/participants/:id/programmes/:programmeId',
      {
        schema: {
          ...common,
          summary: 'Zmiana programu; po podpisaniu — aneks z powodem (wersjonowany)',
          params: PR,
          body: ProgrammeAmendSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        amendProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.post(
      '/api/v1/participants/:id/programmes/:programmeId/sign',
      {
        schema: {
          ...common,
          summary: 'Podpisanie programu przez kierownika — początek uczestnictwa',
          params: PR,
          body: ProgrammeSignSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        signProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.post(
      '/api/v1/participants/:id/programmes/:programmeId/extend',
      {
        schema: {
          ...common,
          summary: 'Przedłużenie uczestnictwa z powodem (art. 15)',
          params: PR,
          body: ProgrammeExtendSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        extendProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.put(
      '/api/v1/participants/:id/programmes/:programmeId/benefit-application',
      {
        schema: {
          ...common,
          summary:
            'Wniosek uczestnika o świadczenie integracyjne i jego przyznanie przez kierownika (art. 15 ust. 4)',
          params: PR,
          body: BenefitApplicationSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        recordBenefitApplication(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.programmeId,
          request.body,
        ),
    );

    app.post(
      '/api/v1/participants/:id/programmes/:programmeId/exit',
      {
        schema: {
          ...common,
          summary: 'Zakończenie uczestnictwa (art. 13 ust. 4–5), zaświadczenie i kontakty po wyjściu',
          params: PR,
          body: ProgrammeExitSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        exitProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.post(
      '/api/v1/participants/:id/programmes/:programmeId/close',
      {
        schema: {
          ...common,
          summary: 'Zamknięcie programu kontynuowanego bez uczestnictwa',
          params: PR,
          body: z.object({ closedOn: IsoDateSchema, version: VersionSchema }),
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        closeProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );
  };
}
