import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app/deps';
import { z } from 'zod';
import { art200MonthListPdf, art200MonthListXlsx } from '../../app/art200/art200-month-list';
import { getArt200Month, saveArt200Hours } from '../../app/art200/art200-month';
import { endArt200Enrolment, enrolArt200Person } from '../../app/art200/enrol-person';
import {
  createArt200Agreement,
  getArt200Agreement,
  listArt200Agreements,
  updateArt200Agreement,
} from '../../app/art200/manage-agreements';
import {
  Art200AgreementDetailSchema,
  Art200AgreementInputSchema,
  Art200AgreementListSchema,
  Art200AgreementUpdateSchema,
  Art200EnrolmentEndSchema,
  Art200EnrolmentInputSchema,
  Art200EnrolmentParamsSchema,
  Art200HoursBatchSchema,
  Art200MonthParamsSchema,
  Art200MonthSchema,
} from '../../contracts/art200.contract';
import { IdParamsSchema } from '../../contracts/common';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The art. 200 track: agreements with the starosta, people enrolled, hours by month, the PUP's monthly list. */
export function art200Routes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['art200'] };
    const detail = { 200: Art200AgreementDetailSchema, ...errorResponses(400, 401, 403, 404, 409) };

    app.get(
      '/api/v1/art200/agreements',
      {
        schema: {
          ...common,
          summary: 'Porozumienia ze starostą o zajęciach dla bezrobotnych (art. 200)',
          response: { 200: Art200AgreementListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => listArt200Agreements(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/art200/agreements',
      {
        schema: {
          ...common,
          summary: 'Nowe porozumienie (partner, numer, terminy, efekty i sposób ich pomiaru, limity)',
          body: Art200AgreementInputSchema,
          response: { 201: Art200AgreementDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createArt200Agreement(deps, ctxOf(request), request.body)),
    );
    app.get(
      '/api/v1/art200/agreements/:id',
      {
        schema: {
          ...common,
          summary: 'Porozumienie z zapisanymi osobami',
          params: IdParamsSchema,
          response: { 200: Art200AgreementDetailSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getArt200Agreement(deps, ctxOf(request), request.params.id),
    );
    app.put(
      '/api/v1/art200/agreements/:id',
      {
        schema: {
          ...common,
          summary: 'Zmiana porozumienia',
          params: IdParamsSchema,
          body: Art200AgreementUpdateSchema,
          response: detail,
        },
      },
      async (request) => updateArt200Agreement(deps, ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/art200/agreements/:id/enrolments',
      {
        schema: {
          ...common,
          summary: 'Zapis osoby bezrobotnej na zajęcia',
          params: IdParamsSchema,
          body: Art200EnrolmentInputSchema,
          response: { 201: Art200AgreementDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await enrolArt200Person(deps, ctxOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/art200/agreements/:id/enrolments/:enrolmentId/end',
      {
        schema: {
          ...common,
          summary: 'Zakończenie udziału osoby',
          params: Art200EnrolmentParamsSchema,
          body: Art200EnrolmentEndSchema,
          response: detail,
        },
      },
      async (request) =>
        endArt200Enrolment(deps, ctxOf(request), request.params.id, request.params.enrolmentId, request.body),
    );
    app.get(
      '/api/v1/art200/agreements/:id/months/:month',
      {
        schema: {
          ...common,
          summary: 'Godziny zajęć w miesiącu (siatka)',
          params: Art200MonthParamsSchema,
          response: { 200: Art200MonthSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getArt200Month(deps, ctxOf(request), request.params.id, request.params.month),
    );
    app.put(
      '/api/v1/art200/agreements/:id/months/:month',
      {
        schema: {
          ...common,
          summary: 'Zapis godzin miesiąca (wszystko albo nic)',
          params: Art200MonthParamsSchema,
          body: Art200HoursBatchSchema,
          response: { 200: Art200MonthSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        saveArt200Hours(deps, ctxOf(request), request.params.id, request.params.month, request.body),
    );
    app.get(
      '/api/v1/art200/agreements/:id/months/:month/list.pdf',
      {
        schema: {
          ...common,
          summary: 'Miesięczna lista obecności dla PUP (PDF)',
          params: Art200MonthParamsSchema,
          response: { 200: z.any().describe('application/pdf'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await art200MonthListPdf(deps, ctxOf(request), request.params.id, request.params.month),
        ),
    );
    app.get(
      '/api/v1/art200/agreements/:id/months/:month/list.xlsx',
      {
        schema: {
          ...common,
          summary: 'Miesięczna lista obecności dla PUP (XLSX)',
          params: Art200MonthParamsSchema,
          response: { 200: z.any().describe(XLSX), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const out = await art200MonthListXlsx(deps, ctxOf(request), request.params.id, request.params.month);
        reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="${out.fileName}"`)
          .header('cache-control', 'no-store');
        return reply.send(out.bytes);
      },
    );
  };
}
