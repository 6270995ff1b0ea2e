import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../contracts/common';
import {
  FinanceEntryCreateSchema,
  FinanceEntrySchema,
  FinancePlanUpdateSchema,
  FinanceRegisterSchema,
  FinanceSummarySchema,
  FinanceYearParamsSchema,
  PartnerOptionsSchema,
} from '../../contracts/finance.contract';
import type { AppDeps } from '../../app/deps';
import { deleteFinanceEntry } from '../../app/finance/delete-finance-entry';
import { financeRegisterXlsx } from '../../app/finance/finance-register-xlsx';
import { getFinanceRegister } from '../../app/finance/get-finance-register';
import { getFinanceSummary } from '../../app/finance/get-finance-summary';
import { listGrantorPartners } from '../../app/finance/list-grantor-partners';
import { recordFinanceEntry } from '../../app/finance/record-finance-entry';
import { setFinancePlan } from '../../app/finance/set-finance-plan';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { contentDisposition } from '../attachment';

/**
 * The finance register (art. 10, art. 5 ust. 4 pkt 2 of the Act): grants by grantor, own income, expenses
 * by the categories of art. 10 ust. 6, the estimate against execution, the benefits and bonuses from the
 * closed payrolls with their reconciliation, and its XLSX.
 */
export function financeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['finance'] };

    app.get(
      '/api/v1/finance/partners',
      {
        schema: {
          ...common,
          summary: 'Partnerzy z rejestru, od których może pochodzić dotacja',
          response: { 200: PartnerOptionsSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => listGrantorPartners(deps, ctxOf(request)),
    );

    app.get(
      '/api/v1/finance/:year',
      {
        schema: {
          ...common,
          summary: 'Rejestr finansowy roku: dotacje, przychody własne, wydatki, preliminarz, listy wypłat',
          params: FinanceYearParamsSchema,
          response: { 200: FinanceRegisterSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => getFinanceRegister(deps, ctxOf(request), request.params.year),
    );

    app.get(
      '/api/v1/finance/:year/summary',
      {
        schema: {
          ...common,
          summary: 'Finanse roku dla sprawozdania rocznego (kwoty w groszach)',
          params: FinanceYearParamsSchema,
          response: { 200: FinanceSummarySchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => getFinanceSummary(deps, ctxOf(request), request.params.year),
    );

    app.get(
      '/api/v1/finance/:year/register.xlsx',
      {
        schema: {
          ...common,
          summary: 'Rejestr finansowy roku (XLSX)',
          params: FinanceYearParamsSchema,
          response: {
            200: z.any().describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        const out = await financeRegisterXlsx(deps, ctxOf(request), request.params.year);
        reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', contentDisposition(out.fileName));
        return reply.send(out.bytes);
      },
    );

    app.put(
      '/api/v1/finance/:year/plan',
      {
        schema: {
          ...common,
          summary: 'Preliminarz roku: ustawienie pozycji planu (null usuwa pozycję)',
          params: FinanceYearParamsSchema,
          body: FinancePlanUpdateSchema,
          response: { 200: FinanceRegisterSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => setFinancePlan(deps, ctxOf(request), request.params.year, request.body),
    );

    app.post(
      '/api/v1/finance/entries',
      {
        schema: {
          ...common,
          summary: 'Nowy wpis: dotacja otrzymana / wykorzystana / zwrócona, przychód własny, wydatek',
          body: FinanceEntryCreateSchema,
          response: { 201: FinanceEntrySchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordFinanceEntry(deps, ctxOf(request), request.body)),
    );

    app.delete(
      '/api/v1/finance/entries/:id',
      {
        schema: {
          ...common,
          summary: 'Usunięcie wpisu wpisanego ręcznie (pomyłka)',
          params: IdParamsSchema,
          response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await deleteFinanceEntry(deps, ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
