import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../contracts/common';
import {
  AnonymisationApproveSchema,
  AuthorisationCreateSchema,
  AuthorisationPledgeSchema,
  AuthorisationRegisterSchema,
  AuthorisationRevokeSchema,
  AuthorisationSchema,
  InformationClauseSchema,
  InformationClauseUpdateSchema,
  InformedOnSchema,
  ErasureRequestSchema,
  ErasureStandingSchema,
  ProcessingRegisterSchema,
  RetentionViewSchema,
  SensitiveAccessLogSchema,
  SensitiveAccessQuerySchema,
} from '../../contracts/privacy.contract';
import type { AppDeps } from '../../app/deps';
import { getAuthorisationRegister } from '../../app/privacy/get-authorisation-register';
import {
  getSensitiveAccessLog,
  sensitiveAccessCsv,
  sensitiveAccessXlsx,
} from '../../app/privacy/get-sensitive-access-log';
import { issueAuthorisation } from '../../app/privacy/issue-authorisation';
import {
  authorisationPdf,
  getInformationClause,
  getProcessingRegister,
  informationClausePdf,
  processingRegisterPdf,
  updateInformationClause,
} from '../../app/privacy/privacy-documents';
import { recordInformed } from '../../app/privacy/record-informed';
import { recordPledge } from '../../app/privacy/record-pledge';
import { revokeAuthorisation } from '../../app/privacy/revoke-authorisation';
import { subjectCopyJson, subjectCopyPdf } from '../../app/privacy/subject-copy';
import { approveAnonymisation } from '../../app/privacy/approve-anonymisation';
import { eraseParticipant } from '../../app/privacy/erase-participant';
import { getErasureStanding } from '../../app/privacy/get-erasure-standing';
import { getRetentionView } from '../../app/privacy/get-retention-view';
import { createInProcessQueue } from '../../jobs/queue';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

const pdf = { 200: z.any().describe('application/pdf'), ...errorResponses(400, 401, 403, 404) };

/**
 * Personal data (art. 8b of the Act, GDPR): the register of authorisations, the information clause, the
 * processing register, the sensitive-read log, the date a person was informed and the person's own copy.
 */
export function privacyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['privacy'] };

    app.get(
      '/api/v1/privacy/authorisations',
      {
        schema: {
          ...common,
          summary: 'Rejestr upoważnień do przetwarzania danych osobowych',
          response: { 200: AuthorisationRegisterSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getAuthorisationRegister(deps, ctxOf(request)),
    );

    app.post(
      '/api/v1/privacy/authorisations',
      {
        schema: {
          ...common,
          summary: 'Wydanie upoważnienia (z datą podpisania oświadczenia o poufności)',
          body: AuthorisationCreateSchema,
          response: { 201: AuthorisationSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await issueAuthorisation(deps, ctxOf(request), request.body)),
    );

    app.post(
      '/api/v1/privacy/authorisations/:id/revoke',
      {
        schema: {
          ...common,
          summary: 'Cofnięcie upoważnienia (ze skutkiem natychmiastowym)',
          params: IdParamsSchema,
          body: AuthorisationRevokeSchema,
          response: { 200: AuthorisationSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => revokeAuthorisation(deps, ctxOf(request), request.params.id, request.body.reason),
    );

    app.post(
      '/api/v1/privacy/authorisations/:id/pledge',
      {
        schema: {
          ...common,
          summary: 'Data podpisania oświadczenia o zachowaniu poufności',
          params: IdParamsSchema,
          body: AuthorisationPledgeSchema,
          response: { 200: AuthorisationSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => recordPledge(deps, ctxOf(request), request.params.id, request.body.pledgeSignedOn),
    );

    app.get(
      '/api/v1/privacy/authorisations/:id/document.pdf',
      {
        schema: {
          ...common,
          summary: 'Upoważnienie i oświadczenie do podpisu (PDF)',
          params: IdParamsSchema,
          response: pdf,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await authorisationPdf(deps, ctxOf(request), request.params.id)),
    );

    app.get(
      '/api/v1/privacy/information-clause',
      {
        schema: {
          ...common,
          summary: 'Klauzula informacyjna centrum',
          response: { 200: InformationClauseSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getInformationClause(deps, ctxOf(request)),
    );

    app.put(
      '/api/v1/privacy/information-clause',
      {
        schema: {
          ...common,
          summary: 'Zmiana treści klauzuli informacyjnej',
          body: InformationClauseUpdateSchema,
          response: { 200: InformationClauseSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => updateInformationClause(deps, ctxOf(request), request.body.text),
    );

    app.get(
      '/api/v1/privacy/information-clause.pdf',
      { schema: { ...common, summary: 'Klauzula informacyjna do wywieszenia (PDF)', response: pdf } },
      async (request, reply) => sendPdf(reply, await informationClausePdf(deps, ctxOf(request))),
    );

    app.get(
      '/api/v1/privacy/processing-register',
      {
        schema: {
          ...common,
          summary: 'Rejestr czynności przetwarzania (art. 30 RODO)',
          response: { 200: ProcessingRegisterSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getProcessingRegister(deps, ctxOf(request)),
    );

    app.get(
      '/api/v1/privacy/processing-register.pdf',
      { schema: { ...common, summary: 'Rejestr czynności przetwarzania (PDF)', response: pdf } },
      async (request, reply) => sendPdf(reply, await processingRegisterPdf(deps, ctxOf(request))),
    );

    app.get(
      '/api/v1/privacy/access-log',
      {
        schema: {
          ...common,
          summary:
            'Kto odczytywał dane szczególnych kategorii danej osoby / co odczytywało ' +
            'dane konto (JSON ze stronami, CSV lub XLSX)',
          querystring: SensitiveAccessQuerySchema,
          response: {
            200: SensitiveAccessLogSchema.or(z.any().describe('text/csv')),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        const log = await getSensitiveAccessLog(deps, ctxOf(request), request.query);
        if (request.query.format === 'json') return log;
        if (request.query.format === 'xlsx') {
          reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
          reply.header('content-disposition', 'attachment; filename="odczyty-danych-wrazliwych.xlsx"');
          return reply.send(await sensitiveAccessXlsx(log));
        }
        reply.header('content-type', 'text/csv; charset=utf-8');
        reply.header('content-disposition', 'attachment; filename="odczyty-danych-wrazliwych.csv"');
        return reply.send(sensitiveAccessCsv(log.items));
      },
    );

    app.put(
      '/api/v1/privacy/participants/:id/informed',
      {
        schema: {
          ...common,
          summary: 'Data przekazania osobie klauzuli informacyjnej',
          params: IdParamsSchema,
          body: InformedOnSchema,
          response: {
            200: z.object({ participantId: z.string(), informedOn: z.string() }),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => recordInformed(deps, ctxOf(request), request.params.id, request.body.informedOn),
    );

    app.get(
      '/api/v1/privacy/participants/:id/copy.json',
      {
        schema: {
          ...common,
          summary: 'Kopia danych osoby (art. 15 RODO), do odczytu maszynowego',
          params: IdParamsSchema,
          response: { 200: z.record(z.string(), z.unknown()), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const copy = await subjectCopyJson(deps, ctxOf(request), request.params.id);
        reply.header('content-disposition', 'attachment; filename="kopia-danych.json"');
        return copy;
      },
    );

    app.get(
      '/api/v1/privacy/participants/:id/copy.pdf',
      {
        schema: {
          ...common,
          summary: 'Kopia danych osoby (art. 15 RODO), PDF',
          params: IdParamsSchema,
          response: pdf,
        },
      },
      async (request, reply) => sendPdf(reply, await subjectCopyPdf(deps, ctxOf(request), request.params.id)),
    );

    app.get(
      '/api/v1/privacy/participants/retention',
      {
        schema: {
          ...common,
          summary:
            'Przechowywanie danych (art. 8b ust. 5): osoby, których okres przechowywania minął, ' +
            'osoby z biegnącym okresem i zatwierdzone anonimizacje',
          response: { 200: RetentionViewSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getRetentionView(deps, ctxOf(request)),
    );

    app.post(
      '/api/v1/privacy/participants/retention/anonymise',
      {
        schema: {
          ...common,
          summary:
            'Zatwierdzenie anonimizacji danych osób po upływie okresu przechowywania (kierownik); ' +
            'anonimizację wykonuje zadanie w tle (/api/v1/jobs/{id})',
          body: AnonymisationApproveSchema,
          response: {
            202: z.object({ jobId: z.string(), approved: z.number().int() }),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        const result = await approveAnonymisation(deps, ctxOf(request), request.body.participantIds);
        deps.jobs ??= createInProcessQueue(deps);
        await deps.jobs.enqueue(result.jobId);
        return reply.status(202).send(result);
      },
    );

    app.get(
      '/api/v1/privacy/participants/:id/erasure',
      {
        schema: {
          ...common,
          summary:
            'Okres przechowywania danych osoby i czy usunięcie błędnego wpisu jest możliwe (z powodem odmowy)',
          params: IdParamsSchema,
          response: { 200: ErasureStandingSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getErasureStanding(deps, ctxOf(request), request.params.id),
    );

    app.post(
      '/api/v1/privacy/participants/:id/erase',
      {
        schema: {
          ...common,
          summary:
            'Usunięcie danych na żądanie osoby (art. 17 RODO) — tylko rekord bez ścieżki; ' +
            'dane objęte obowiązkiem przechowywania nie są usuwane',
          params: IdParamsSchema,
          body: ErasureRequestSchema,
          response: { 200: z.object({ person: z.string() }), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => eraseParticipant(deps, ctxOf(request), request.params.id, request.body),
    );
  };
}
