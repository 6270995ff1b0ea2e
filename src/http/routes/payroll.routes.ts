import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from '../../contracts/common';
import {
  BonusProposalCreateSchema,
  CorrectionCreateSchema,
  PayrollActionSchema,
  PayrollMonthParamsSchema,
  PayrollSchema,
} from '../../contracts/payroll.contract';
import type { AppDeps } from '../../app/deps';
import {
  addCorrection,
  advancePayroll,
  bonusSuggestions,
  computePayroll,
  getPayroll,
  proposeBonus,
} from '../../app/payroll/payroll';
import {
  elixirFile,
  paymentListPdf,
  paymentListXlsx,
  payslipPdf,
  refundClaimPdf,
} from '../../app/payroll/payroll-files';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';
import { contentDisposition } from '../attachment';

const ENCODINGS = ['cp1250', 'iso-8859-2', 'utf-8'] as const;

/**
 * The monthly integration-benefit payroll: compute, bonuses, review → approve → close, corrections,
 * bank file, payment list.
 */
export function payrollRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['payroll'] };
    const file = { 200: z.any(), ...errorResponses(400, 401, 403, 404, 409) };

    app.get(
      '/api/v1/payroll/:month',
      {
        schema: {
          ...common,
          summary: 'Lista wypłat za miesiąc (z wyjaśnieniem każdej kwoty)',
          params: PayrollMonthParamsSchema,
          response: { 200: PayrollSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getPayroll(deps, ctxOf(request), request.params.month),
    );

    app.post(
      '/api/v1/payroll/:month/compute',
      {
        schema: {
          ...common,
          summary: 'Obliczenie (lub przeliczenie) listy z obecności silnikiem reguł',
          params: PayrollMonthParamsSchema,
          response: { 200: PayrollSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request) => computePayroll(deps, ctxOf(request), request.params.month),
    );

    for (const step of ['review', 'approve', 'close'] as const) {
      app.post(
        `/api/v1/payroll/:month/${step}`,
        {
          schema: {
            ...common,
            summary: {
              review: 'Sprawdzenie przez księgowość',
              approve: 'Zatwierdzenie przez kierownika',
              close: 'Zamknięcie miesiąca (jedna transakcja, niezmienna kopia)',
            }[step],
            params: PayrollMonthParamsSchema,
            body: PayrollActionSchema,
            response: { 200: PayrollSchema, ...errorResponses(400, 401, 403, 404, 409) },
          },
        },
        async (request) =>
          advancePayroll(
            deps,
            ctxOf(request),
            (request.params as { month: string }).month,
            step,
            (request.body as { version: number }).version,
          ),
      );
    }

    app.post(
      '/api/v1/payroll/bonuses',
      {
        schema: {
          ...common,
          summary: 'Premia motywacyjna (art. 15a) — propozycja kierownika z uzasadnieniem',
          body: BonusProposalCreateSchema,
          response: {
            200: z.object({
              month: z.string(),
              participantId: z.string(),
              amountGrosze: z.number().int(),
              limitGrosze: z.number().int(),
            }),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request) => proposeBonus(deps, ctxOf(request), request.body),
    );

    app.get(
      '/api/v1/payroll/:month/bonus-suggestions',
      {
        schema: {
          ...common,
          summary: 'Propozycje premii wg regulaminu (pełna obecność) — do potwierdzenia przez kierownika',
          params: PayrollMonthParamsSchema,
          response: {
            200: z.object({
              percent: z.number().nullable(),
              /** False until the month has ended with every class day recorded: no suggestion before. */
              monthComplete: z.boolean().optional(),
              items: z.array(
                z.object({
                  participantId: z.string(),
                  name: z.string(),
                  amountGrosze: z.number().int(),
                  justification: z.string(),
                }),
              ),
            }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => bonusSuggestions(deps, ctxOf(request), request.params.month),
    );

    app.post(
      '/api/v1/payroll/corrections',
      {
        schema: {
          ...common,
          summary: 'Korekta zamkniętego miesiąca (osobny wpis z powodem)',
          body: CorrectionCreateSchema,
          response: { 201: z.object({ id: z.string() }).passthrough(), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addCorrection(deps, ctxOf(request), request.body)),
    );

    app.get(
      '/api/v1/payroll/:month/bank-file',
      {
        schema: {
          ...common,
          summary: 'Plik przelewów Elixir-O (domyślnie CP1250)',
          params: PayrollMonthParamsSchema,
          querystring: z.object({
            encoding: z.enum(ENCODINGS).optional(),
            executionDate: IsoDateSchema.optional(),
          }),
          response: file,
        },
      },
      async (request, reply) => {
        const out = await elixirFile(deps, ctxOf(request), request.params.month, request.query);
        const charset = { cp1250: 'windows-1250', 'iso-8859-2': 'iso-8859-2', 'utf-8': 'utf-8' }[
          request.query.encoding ?? 'cp1250'
        ];
        reply
          .header('content-type', `text/plain; charset=${charset}`)
          .header('content-disposition', contentDisposition(out.fileName))
          .header('cache-control', 'no-store')
          .header('x-transfers-count', String(out.count))
          .header('x-transfers-total-grosze', String(out.totalGrosze));
        return reply.send(out.bytes);
      },
    );

    app.get(
      '/api/v1/payroll/:month/payment-list.pdf',
      {
        schema: {
          ...common,
          summary: 'Lista wypłat (PDF)',
          params: PayrollMonthParamsSchema,
          response: file,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await paymentListPdf(deps, ctxOf(request), request.params.month)),
    );

    app.get(
      '/api/v1/payroll/:month/refund-claim.pdf',
      {
        schema: {
          ...common,
          summary: 'Wniosek o refundację z Funduszu Pracy z listami obecności (PDF)',
          params: PayrollMonthParamsSchema,
          response: file,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await refundClaimPdf(deps, ctxOf(request), request.params.month)),
    );

    app.get(
      '/api/v1/payroll/:month/payslip/:participantId',
      {
        schema: {
          ...common,
          summary: 'Odcinek wypłaty uczestnika (PDF)',
          params: PayrollMonthParamsSchema.extend({ participantId: UuidSchema }),
          response: file,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await payslipPdf(deps, ctxOf(request), request.params.month, request.params.participantId),
        ),
    );

    app.get(
      '/api/v1/payroll/:month/payment-list.xlsx',
      {
        schema: {
          ...common,
          summary: 'Lista wypłat (XLSX)',
          params: PayrollMonthParamsSchema,
          response: file,
        },
      },
      async (request, reply) => {
        const out = await paymentListXlsx(deps, ctxOf(request), request.params.month);
        reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', contentDisposition(out.fileName))
          .header('cache-control', 'no-store');
        return reply.send(out.bytes);
      },
    );
  };
}
