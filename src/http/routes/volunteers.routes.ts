import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../contracts/common';
import {
  ActivityCreateSchema,
  AgreementCreateSchema,
  AgreementParamsSchema,
  AgreementUpdateSchema,
  OpinionSchema,
  VolunteerCreateSchema,
  VolunteerListSchema,
  VolunteerSchema,
  VolunteerStatsQuerySchema,
  VolunteerStatsSchema,
  VolunteerUpdateSchema,
} from '../../contracts/volunteers.contract';
import type { AppDeps } from '../../app/deps';
import { addVolunteerAgreement } from '../../app/volunteers/add-volunteer-agreement';
import { getVolunteer } from '../../app/volunteers/get-volunteer';
import { getVolunteerStats } from '../../app/volunteers/get-volunteer-stats';
import { listVolunteers } from '../../app/volunteers/list-volunteers';
import { recordVolunteerActivity } from '../../app/volunteers/record-volunteer-activity';
import { registerVolunteer } from '../../app/volunteers/register-volunteer';
import { correctVolunteerAgreement, updateVolunteer } from '../../app/volunteers/update-volunteer';
import { volunteerCertificatePdf, volunteerOpinionPdf } from '../../app/volunteers/volunteer-documents';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

const pdf = { 200: z.any().describe('application/pdf'), ...errorResponses(400, 401, 403, 404) };

/** Volunteers: records, agreements, activities and hours, their papers and the yearly figures (issue 18). */
export function volunteerRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['volunteers'] };
    const one = { 200: VolunteerSchema, ...errorResponses(400, 401, 403, 404, 409) };

    app.get(
      '/api/v1/volunteers',
      {
        schema: {
          ...common,
          summary: 'Wolontariusze centrum',
          response: { 200: VolunteerListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => listVolunteers(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/volunteers',
      {
        schema: {
          ...common,
          summary: 'Nowy wolontariusz',
          body: VolunteerCreateSchema,
          response: { 201: VolunteerSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await registerVolunteer(deps, ctxOf(request), request.body)),
    );
    app.get(
      '/api/v1/volunteers/stats',
      {
        schema: {
          ...common,
          summary: 'Wolontariusze w roku według płci i rodzaju działań',
          querystring: VolunteerStatsQuerySchema,
          response: { 200: VolunteerStatsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => getVolunteerStats(deps, ctxOf(request), request.query.year),
    );
    app.get(
      '/api/v1/volunteers/:id',
      { schema: { ...common, summary: 'Karta wolontariusza', params: IdParamsSchema, response: one } },
      async (request) => getVolunteer(deps, ctxOf(request), request.params.id),
    );
    app.patch(
      '/api/v1/volunteers/:id',
      {
        schema: {
          ...common,
          summary: 'Poprawienie danych wolontariusza (z wersją; nieaktualna wersja: 409)',
          params: IdParamsSchema,
          body: VolunteerUpdateSchema,
          response: one,
        },
      },
      async (request) => updateVolunteer(deps, ctxOf(request), request.params.id, request.body),
    );
    app.patch(
      '/api/v1/volunteers/:id/agreements/:agreementId',
      {
        schema: {
          ...common,
          summary: 'Korekta porozumienia (numer bez zmian; z wersją; nieaktualna wersja: 409)',
          params: AgreementParamsSchema,
          body: AgreementUpdateSchema,
          response: one,
        },
      },
      async (request) =>
        correctVolunteerAgreement(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.agreementId,
          request.body,
        ),
    );
    app.post(
      '/api/v1/volunteers/:id/agreements',
      {
        schema: {
          ...common,
          summary: 'Porozumienie z wolontariuszem',
          params: IdParamsSchema,
          body: AgreementCreateSchema,
          response: one,
        },
      },
      async (request) => addVolunteerAgreement(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/volunteers/:id/activities',
      {
        schema: {
          ...common,
          summary: 'Działanie wolontariusza i jego czas',
          params: IdParamsSchema,
          body: ActivityCreateSchema,
          response: one,
        },
      },
      async (request) => recordVolunteerActivity(deps, ctxOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/v1/volunteers/:id/certificate.pdf',
      {
        schema: {
          ...common,
          summary: 'Zaświadczenie o wykonaniu świadczeń (PDF)',
          params: IdParamsSchema,
          response: pdf,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await volunteerCertificatePdf(deps, ctxOf(request), request.params.id)),
    );
    app.post(
      '/api/v1/volunteers/:id/opinion.pdf',
      {
        schema: {
          ...common,
          summary: 'Opinia o pracy wolontariusza (PDF)',
          params: IdParamsSchema,
          body: OpinionSchema,
          response: pdf,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await volunteerOpinionPdf(deps, ctxOf(request), request.params.id, request.body.text)),
    );
  };
}
