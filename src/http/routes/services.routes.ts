import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, MonthSchema } from '../../contracts/common';
import {
  CustomerCreateSchema,
  CustomerSchema,
  JobCreateSchema,
  JobDayParamsSchema,
  JobDaySaveSchema,
  JobDayViewSchema,
  JobSchema,
  OrderAcceptSchema,
  OrderCompleteSchema,
  OrderCreateSchema,
  OrderInvoiceSchema,
  OrderListSchema,
  type Order,
  OrderSchema,
  PartnerOptionSchema,
  PaymentCancelSchema,
  PaymentCreateSchema,
  PaymentParamsSchema,
  SalesIncomeSchema,
  ServiceItemCreateSchema,
  ServiceItemSchema,
  StandCreateSchema,
  StandSchema,
  StandTakingsSchema,
  VatStatusSetSchema,
  VatStatusViewSchema,
  WorkshopMonthSchema,
} from '../../contracts/services.contract';
import type { AppDeps } from '../../app/deps';
import {
  createServiceItem,
  getServiceCatalogue,
  getVatStatus,
  setVatStatus,
} from '../../app/services/catalogue';
import { createCustomer, getCustomers } from '../../app/services/customers';
import { jobCardPdf, protocolPdf } from '../../app/services/documents';
import { getSalesIncome, invoiceDataFile } from '../../app/services/income';
import { createJob, getJobDay, recordJobDay } from '../../app/services/jobs';
import {
  acceptOrder,
  cancelPayment,
  completeOrder,
  createQuote,
  getOrder,
  getOrders,
  recordInvoice,
  recordPayment,
} from '../../app/services/orders';
import { correctStandTakings, createStand, getStands } from '../../app/services/stands';
import { getWorkshopMonth } from '../../app/services/workshop-month';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';
import { contentDisposition } from '../attachment';

const file = { 200: z.any().describe('file'), ...errorResponses(400, 401, 403, 404, 409) };

function sendFile(reply: FastifyReply, f: { bytes: Buffer; fileName: string }, mediaType: string) {
  reply.header('content-type', mediaType);
  reply.header('content-disposition', contentDisposition(f.fileName));
  reply.header('x-content-type-options', 'nosniff');
  return reply.send(f.bytes);
}

const YearQuerySchema = z.object({
  year: z.coerce
    .number({ error: 'Podaj rok.' })
    .int({ error: 'Podaj rok.' })
    .min(2000, { error: 'Podaj rok od 2000 do 2100.' })
    .max(2100, { error: 'Podaj rok od 2000 do 2100.' }),
});
const MonthQuerySchema = z.object({ month: MonthSchema });
const InvoiceDataQuerySchema = z.object({
  month: MonthSchema,
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/**
 * What the centre sells (art. 9 of the Act): catalogue, customers, quotes and orders, jobs worked by
 * workshop crews (their days go into the attendance register), documents, income, stands at fairs.
 */
export function servicesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['services'] };

    app.get(
      '/api/v1/services/catalogue',
      {
        schema: {
          ...common,
          summary: 'Katalog usług i produktów warsztatów',
          response: { 200: z.object({ items: z.array(ServiceItemSchema) }), ...errorResponses(401, 403) },
        },
      },
      async (request) => getServiceCatalogue(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/services/catalogue',
      {
        schema: {
          ...common,
          summary: 'Nowa pozycja katalogu (rodzaje wyłączone w art. 9 ust. 1 są odrzucane)',
          body: ServiceItemCreateSchema,
          response: { 201: ServiceItemSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createServiceItem(deps, ctxOf(request), request.body)),
    );
    app.get(
      '/api/v1/services/vat-status',
      {
        schema: {
          ...common,
          summary: 'Status VAT centrum (zależy od organu prowadzącego)',
          response: { 200: VatStatusViewSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getVatStatus(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/services/vat-status',
      {
        schema: {
          ...common,
          summary: 'Zapis statusu VAT od dnia',
          body: VatStatusSetSchema,
          response: { 200: VatStatusViewSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => setVatStatus(deps, ctxOf(request), request.body),
    );
    app.get(
      '/api/v1/services/customers',
      {
        schema: {
          ...common,
          summary: 'Klienci (partnerzy z rejestru i osoby prywatne)',
          response: {
            200: z.object({ items: z.array(CustomerSchema), partners: z.array(PartnerOptionSchema) }),
            ...errorResponses(401, 403),
          },
        },
      },
      async (request) => getCustomers(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/services/customers',
      {
        schema: {
          ...common,
          summary: 'Nowy klient: partner z rejestru albo osoba prywatna (z datą zgody)',
          body: CustomerCreateSchema,
          response: { 201: CustomerSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCustomer(deps, ctxOf(request), request.body)),
    );
    app.get(
      '/api/v1/services/orders',
      {
        schema: {
          ...common,
          summary: 'Oferty i zlecenia',
          response: { 200: OrderListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getOrders(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/services/orders',
      {
        schema: {
          ...common,
          summary: 'Nowa oferta (suma musi równać się sumie pozycji)',
          body: OrderCreateSchema,
          response: { 201: OrderSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await createQuote(deps, ctxOf(request), request.body)),
    );
    app.get(
      '/api/v1/services/orders/:id',
      {
        schema: {
          ...common,
          summary: 'Zlecenie z pozycjami, pracami i wpłatami',
          params: IdParamsSchema,
          response: { 200: OrderSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getOrder(deps, ctxOf(request), request.params.id),
    );
    const orderAction = <B extends z.ZodType>(
      path: string,
      summary: string,
      body: B,
      run: (ctx: ReturnType<typeof ctxOf>, id: string, body: z.infer<B>) => Promise<Order>,
    ) =>
      app.post(
        `/api/v1/services/orders/:id/${path}`,
        {
          schema: {
            ...common,
            summary,
            params: IdParamsSchema,
            body,
            response: { 200: OrderSchema, ...errorResponses(400, 401, 403, 404, 409) },
          },
        },
        async (request) => run(ctxOf(request), request.params.id, request.body as z.infer<B>),
      );
    orderAction('accept', 'Przyjęcie oferty jako zlecenia', OrderAcceptSchema, (ctx, id, b) =>
      acceptOrder(deps, ctx, id, b),
    );
    orderAction('complete', 'Zakończenie i odbiór zlecenia', OrderCompleteSchema, (ctx, id, b) =>
      completeOrder(deps, ctx, id, b),
    );
    orderAction(
      'invoice',
      'Numer i data faktury wystawionej przez organ prowadzący',
      OrderInvoiceSchema,
      (ctx, id, b) => recordInvoice(deps, ctx, id, b),
    );
    orderAction('payments', 'Wpłata za zlecenie', PaymentCreateSchema, (ctx, id, b) =>
      recordPayment(deps, ctx, id, b),
    );
    app.post(
      '/api/v1/services/orders/:id/payments/:paymentId/cancel',
      {
        schema: {
          ...common,
          summary: 'Usunięcie wpłaty wpisanej przez pomyłkę (z rejestru finansowego też)',
          params: PaymentParamsSchema,
          body: PaymentCancelSchema,
          response: { 200: OrderSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        cancelPayment(deps, ctxOf(request), request.params.id, request.params.paymentId, request.body),
    );

    app.post(
      '/api/v1/services/orders/:id/jobs',
      {
        schema: {
          ...common,
          summary:
            'Praca dla brygady warsztatu (instruktor, uczestnicy, terminy, miejsce, zakres, materiały)',
          params: IdParamsSchema,
          body: JobCreateSchema,
          response: { 201: JobSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createJob(deps, ctxOf(request), request.params.id, request.body)),
    );
    app.get(
      '/api/v1/services/orders/:id/protocol.pdf',
      {
        schema: { ...common, summary: 'Protokół odbioru (PDF)', params: IdParamsSchema, response: file },
      },
      async (request, reply) => sendPdf(reply, await protocolPdf(deps, ctxOf(request), request.params.id)),
    );
    app.get(
      '/api/v1/services/jobs/:id/card.pdf',
      {
        schema: { ...common, summary: 'Karta pracy brygady (PDF)', params: IdParamsSchema, response: file },
      },
      async (request, reply) => sendPdf(reply, await jobCardPdf(deps, ctxOf(request), request.params.id)),
    );
    app.get(
      '/api/v1/services/jobs/:id/days/:date',
      {
        schema: {
          ...common,
          summary: 'Dzień pracy: brygada z wpisami listy obecności',
          params: JobDayParamsSchema,
          response: { 200: JobDayViewSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getJobDay(deps, ctxOf(request), request.params.id, request.params.date),
    );
    app.post(
      '/api/v1/services/jobs/:id/days',
      {
        schema: {
          ...common,
          summary: 'Zapis dnia pracy: obecność brygady z godzinami trafia na listę obecności',
          params: IdParamsSchema,
          body: JobDaySaveSchema,
          response: {
            200: z.object({
              saved: z.number().int(),
              place: z.string(),
              warnings: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
            }),
            ...errorResponses(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => recordJobDay(deps, ctxOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/v1/services/income',
      {
        schema: {
          ...common,
          summary: 'Rejestr przychodów ze sprzedaży (miesiące, warsztaty, zlecenia; grosze)',
          querystring: YearQuerySchema,
          response: { 200: SalesIncomeSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => getSalesIncome(deps, ctxOf(request), request.query.year),
    );
    app.get(
      '/api/v1/services/invoice-data',
      {
        schema: {
          ...common,
          summary: 'Dane do faktur za miesiąc (XLSX albo CSV) dla wystawiającego faktury',
          querystring: InvoiceDataQuerySchema,
          response: file,
        },
      },
      async (request, reply) => {
        const f = await invoiceDataFile(deps, ctxOf(request), request.query.month, request.query.format);
        return sendFile(
          reply,
          f,
          request.query.format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
      },
    );
    app.get(
      '/api/v1/services/workshops/:id/month',
      {
        schema: {
          ...common,
          summary: 'Miesiąc warsztatu: prace, godziny, przychód, uczestnicy',
          params: IdParamsSchema,
          querystring: MonthQuerySchema,
          response: { 200: WorkshopMonthSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getWorkshopMonth(deps, ctxOf(request), request.params.id, request.query.month),
    );
    app.get(
      '/api/v1/services/stands',
      {
        schema: {
          ...common,
          summary: 'Stoiska i kiermasze',
          response: { 200: z.object({ items: z.array(StandSchema) }), ...errorResponses(401, 403) },
        },
      },
      async (request) => getStands(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/services/stands',
      {
        schema: {
          ...common,
          summary: 'Nowe stoisko (miejsce, dni, brygada, produkty, utarg)',
          body: StandCreateSchema,
          response: { 201: StandSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await createStand(deps, ctxOf(request), request.body)),
    );
    app.post(
      '/api/v1/services/stands/:id/takings',
      {
        schema: {
          ...common,
          summary: 'Korekta utargu stoiska (rejestr finansowy idzie za nią)',
          params: IdParamsSchema,
          body: StandTakingsSchema,
          response: { 200: StandSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => correctStandTakings(deps, ctxOf(request), request.params.id, request.body),
    );
  };
}
