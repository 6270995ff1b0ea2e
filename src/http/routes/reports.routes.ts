import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnnualReportSchema,
  IndicatorsQuerySchema,
  IndicatorsSchema,
  IndicatorTargetsSchema,
  NarrativeUpdateSchema,
  ReportActionSchema,
  TraceQuerySchema,
  TraceSchema,
  YearParamsSchema,
} from '../../contracts/reports.contract';
import type { AppDeps } from '../../app/deps';
import { annualReportFile } from '../../app/reports/annual-report-file';
import {
  correctAnnualReport,
  sendAnnualReport,
  signAnnualReport,
  updateReportNarrative,
} from '../../app/reports/annual-report-workflow';
import { getAnnualReport } from '../../app/reports/get-annual-report';
import { traceAnnualFigure } from '../../app/reports/trace-annual-figure';
import { casDatasetFile } from '../../app/reports/cas-dataset-file';
import { getIndicators } from '../../app/reports/get-indicators';
import { updateIndicatorTargets } from '../../app/reports/update-indicator-targets';
import { todayInPoland } from '../../app/pathway/shared';
import { can } from '../../domain/access/permissions';
import { forbidden } from '../../app/app-error';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { contentDisposition } from '../attachment';

const FileParamsSchema = YearParamsSchema.extend({ ext: z.enum(['pdf', 'xlsx', 'docx', 'json']) });

/** The statutory annual report (CIS: Dz.U. 2017 poz. 97; KIS: art. 18a ust. 6): figures, files, signing. */
export function reportsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['reports'] };
    const answer = { 200: AnnualReportSchema, ...errorResponses(400, 401, 403, 409, 422) };

    app.get(
      '/api/v1/reports/indicators',
      {
        schema: {
          ...common,
          summary:
            'Wskaźniki efektywności zatrudnieniowej i społecznej (rok, rocznik przyjęcia, warsztat, kierujący)',
          querystring: IndicatorsQuerySchema,
          response: { 200: IndicatorsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => getIndicators(deps, ctxOf(request), request.query.year),
    );

    app.put(
      '/api/v1/reports/indicator-targets',
      {
        schema: {
          ...common,
          summary: 'Cele centrum dla wskaźników (z uzasadnieniem)',
          body: IndicatorTargetsSchema,
          response: { 200: IndicatorsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => updateIndicatorTargets(deps, ctxOf(request), request.body),
    );

    app.get(
      '/api/v1/reports/annual/:year',
      {
        schema: {
          ...common,
          summary:
            'Sprawozdanie roczne CIS/KIS (dane liczbowe, ostrzeżenia, stan: projekt, podpisane, wysłane)',
          params: YearParamsSchema,
          response: answer,
        },
      },
      async (request) => getAnnualReport(deps, ctxOf(request), request.params.year),
    );

    app.get(
      '/api/v1/reports/annual/:year.:ext',
      {
        schema: {
          ...common,
          summary: 'Sprawozdanie roczne jako plik: PDF (jak wzór), XLSX albo DOCX (do edycji)',
          params: FileParamsSchema,
          response: { 200: z.any().describe('PDF / XLSX / DOCX'), ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        if (!can(ctx.actor, 'reports.view')) throw forbidden();
        const file = await annualReportFile(
          deps.db,
          ctx.actor.centreId,
          request.params.year,
          request.params.ext,
          todayInPoland(deps),
        );
        return reply
          .header('content-type', file.mediaType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('cache-control', 'no-store')
          .send(file.bytes);
      },
    );

    app.get(
      '/api/v1/reports/annual/:year/cas.xlsx',
      {
        schema: {
          ...common,
          summary: 'Zestaw danych do CAS (MRiPS CAS 02 dla CIS, CAS 01 dla KIS) do przepisania',
          params: YearParamsSchema,
          response: { 200: z.any().describe('XLSX'), ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => {
        const file = await casDatasetFile(deps, ctxOf(request), request.params.year);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', contentDisposition(file.fileName))
          .header('cache-control', 'no-store')
          .send(file.bytes);
      },
    );

    app.get(
      '/api/v1/reports/annual/:year/trace',
      {
        schema: {
          ...common,
          summary: 'Osoby, z których wynika pozycja sprawozdania (tylko kierownik, tylko na ekranie)',
          params: YearParamsSchema,
          querystring: TraceQuerySchema,
          response: { 200: TraceSchema, ...errorResponses(400, 401, 403, 422) },
        },
      },
      async (request) => traceAnnualFigure(deps, ctxOf(request), request.params.year, request.query.cell),
    );

    app.put(
      '/api/v1/reports/annual/:year/narrative',
      {
        schema: {
          ...common,
          summary: 'Części opisowe projektu sprawozdania',
          params: YearParamsSchema,
          body: NarrativeUpdateSchema,
          response: answer,
        },
      },
      async (request) => updateReportNarrative(deps, ctxOf(request), request.params.year, request.body),
    );

    for (const [path, summary, run] of [
      ['sign', 'Podpisanie sprawozdania przez kierownika (dane zostają zamrożone)', signAnnualReport],
      ['send', 'Oznaczenie podpisanego sprawozdania jako wysłanego', sendAnnualReport],
      ['correct', 'Korekta wysłanego sprawozdania (nowa wersja)', correctAnnualReport],
    ] as const)
      app.post(
        `/api/v1/reports/annual/:year/${path}`,
        {
          schema: {
            ...common,
            summary,
            params: YearParamsSchema,
            body: ReportActionSchema,
            response: answer,
          },
        },
        async (request) => run(deps, ctxOf(request), request.params.year, request.body),
      );
  };
}
