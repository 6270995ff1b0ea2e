import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../contracts/common';
import {
  ConversionCreateSchema,
  DeliveryCreateSchema,
  DeliverySchema,
  DonationCreateSchema,
  DonationListSchema,
  HistorySchema,
  MovementCreateSchema,
  StockSchema,
} from '../../contracts/inkind.contract';
import type { AppDeps } from '../../app/deps';
import { getMovementHistory } from '../../app/inkind/get-movement-history';
import { getStock } from '../../app/inkind/get-stock';
import { listDonations } from '../../app/inkind/list-donations';
import { deliveryProtocolPdf, thankYouLetterPdf } from '../../app/inkind/inkind-documents';
import { convertMaterial, deliverMaterial, moveMaterial } from '../../app/inkind/move-material';
import { recordDonation } from '../../app/inkind/record-donation';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

const pdf = { 200: z.any().describe('application/pdf'), ...errorResponses(400, 401, 403, 404) };
const created = z.object({ id: z.uuid() });
const operation = z.object({ operationId: z.uuid(), productId: z.uuid().optional() });

/** In-kind help: donations, append-only movements between holders, deliveries, and their papers (issue 18). */
export function inkindRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['inkind'] };
    const writes = errorResponses(400, 401, 403, 409);

    app.get(
      '/api/v1/inkind/stock',
      {
        schema: {
          ...common,
          summary: 'Gdzie jest teraz materiał',
          response: { 200: StockSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getStock(deps, ctxOf(request)),
    );
    app.get(
      '/api/v1/inkind/donations',
      {
        schema: {
          ...common,
          summary: 'Darowizny rzeczowe centrum',
          response: { 200: DonationListSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => listDonations(deps, ctxOf(request)),
    );
    app.get(
      '/api/v1/inkind/history',
      {
        schema: {
          ...common,
          summary: 'Historia ruchów materiału (tylko dopisywana)',
          response: { 200: HistorySchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => getMovementHistory(deps, ctxOf(request)),
    );
    app.post(
      '/api/v1/inkind/donations',
      {
        schema: {
          ...common,
          summary: 'Przyjęcie darowizny rzeczowej',
          body: DonationCreateSchema,
          response: { 201: created, ...writes },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordDonation(deps, ctxOf(request), request.body)),
    );
    app.post(
      '/api/v1/inkind/movements',
      {
        schema: {
          ...common,
          summary: 'Przekazanie materiału między posiadaczami',
          body: MovementCreateSchema,
          response: { 201: operation, ...writes },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await moveMaterial(deps, ctxOf(request), request.body)),
    );
    app.post(
      '/api/v1/inkind/conversions',
      {
        schema: {
          ...common,
          summary: 'Przetworzenie materiału w wyrób',
          body: ConversionCreateSchema,
          response: { 201: operation, ...writes },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await convertMaterial(deps, ctxOf(request), request.body)),
    );
    app.post(
      '/api/v1/inkind/deliveries',
      {
        schema: {
          ...common,
          summary: 'Przekazanie wyrobów instytucji (z protokołem)',
          body: DeliveryCreateSchema,
          response: { 201: DeliverySchema, ...writes },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await deliverMaterial(deps, ctxOf(request), request.body)),
    );
    app.get(
      '/api/v1/inkind/deliveries/:id/protocol.pdf',
      { schema: { ...common, summary: 'Protokół przekazania (PDF)', params: IdParamsSchema, response: pdf } },
      async (request, reply) =>
        sendPdf(reply, await deliveryProtocolPdf(deps, ctxOf(request), request.params.id)),
    );
    app.get(
      '/api/v1/inkind/donations/:id/thank-you.pdf',
      {
        schema: {
          ...common,
          summary: 'Podziękowanie dla darczyńcy (PDF)',
          params: IdParamsSchema,
          response: pdf,
        },
      },
      async (request, reply) =>
        sendPdf(reply, await thankYouLetterPdf(deps, ctxOf(request), request.params.id)),
    );
  };
}
