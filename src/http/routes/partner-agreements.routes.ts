import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, UuidSchema } from '../../contracts/common';
import {
  AgreementInputSchema,
  AgreementSchema,
  AgreementUpdateSchema,
} from '../../contracts/partner.contract';
import { MAX_SCAN_BYTES } from '../../contracts/pathway.contract';
import { AppError } from '../../app/app-error';
import type { AppDeps } from '../../app/deps';
import {
  attachAgreementFile,
  createAgreement,
  downloadAgreementFile,
  updateAgreement,
} from '../../app/partners/manage-agreements';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { contentDisposition } from '../attachment';

const PA = z.object({ id: UuidSchema, agreementId: UuidSchema });

async function readAgreementUpload(request: FastifyRequest) {
  if (!request.isMultipart())
    throw new AppError('FILE_REQUIRED', { message: 'Prześlij plik jako multipart/form-data (pole "file").' });
  const part = await request.file({ limits: { fileSize: MAX_SCAN_BYTES } });
  if (!part)
    throw new AppError('FILE_REQUIRED', {
      details: { fields: [{ path: 'file', code: 'FILE_REQUIRED', message: 'Wybierz plik do przesłania.' }] },
    });
  const bytes = await part.toBuffer();
  return { bytes, fileName: part.filename || 'porozumienie' };
}

/** A partner's agreements (porozumienia, umowy) and their signed files (issue 16). */
export function partnerAgreementRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['partners'] };

    app.post(
      '/api/v1/partners/:id/agreements',
      {
        schema: {
          ...common,
          summary: 'Porozumienie lub umowa z partnerem (przedmiot, daty, sygnatariusze)',
          params: IdParamsSchema,
          body: AgreementInputSchema,
          response: { 201: AgreementSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createAgreement(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.put(
      '/api/v1/partners/:id/agreements/:agreementId',
      {
        schema: {
          ...common,
          summary: 'Korekta porozumienia (wersjonowana)',
          params: PA,
          body: AgreementUpdateSchema,
          response: { 200: AgreementSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        updateAgreement(deps, ctxOf(request), request.params.id, request.params.agreementId, request.body),
    );

    app.post(
      '/api/v1/partners/:id/agreements/:agreementId/file',
      {
        schema: {
          ...common,
          summary: 'Skan podpisanego porozumienia (multipart/form-data, pole file; PDF/JPEG/PNG do 10 MB)',
          params: PA,
          consumes: ['multipart/form-data'],
          response: { 200: AgreementSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request) =>
        attachAgreementFile(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.agreementId,
          await readAgreementUpload(request),
        ),
    );

    app.get(
      '/api/v1/partners/:id/agreements/:agreementId/file',
      {
        schema: {
          ...common,
          summary: 'Pobranie skanu porozumienia',
          params: PA,
          response: { 200: z.any(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const file = await downloadAgreementFile(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.agreementId,
        );
        reply.header('content-type', file.mediaType);
        reply.header('content-disposition', contentDisposition(file.fileName));
        reply.header('x-content-type-options', 'nosniff');
        if (file.sha256) reply.header('x-checksum-sha256', file.sha256);
        return reply.send(file.bytes);
      },
    );
  };
}
