import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../app/app-error';
import type { AppDeps } from '../../app/deps';
import { addEvidence, decideEligibility } from '../../app/pathway/eligibility';
import { referralStatusLetterPdf } from '../../app/pathway/printouts';
import {
  createReferral,
  downloadDocument,
  listParticipantDocuments,
  updateReferral,
  uploadDocument,
} from '../../app/pathway/referrals';
import { UuidSchema } from '../../contracts/common';
import {
  DecisionCreateSchema,
  DecisionSchema,
  DocumentKindSchema,
  DocumentSchema,
  EvidenceCreateSchema,
  EvidenceSchema,
  MAX_SCAN_BYTES,
  ReferralCreateSchema,
  ReferralSchema,
  ReferralUpdateSchema,
} from '../../contracts/pathway.contract';
import { attachmentHeaders } from '../attachment';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { sendPdf } from './pathway.routes';

const P = z.object({ id: UuidSchema });
const PRef = z.object({ id: UuidSchema, referralId: UuidSchema });
const PDoc = z.object({ id: UuidSchema, documentId: UuidSchema });

const pdfResponse = { 200: z.any().describe('application/pdf'), ...errorResponses(401, 403, 404, 409) };

async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart())
    throw new AppError('FILE_REQUIRED', { message: 'Prześlij plik jako multipart/form-data (pole "file").' });
  const part = await request.file({ limits: { fileSize: MAX_SCAN_BYTES } });
  if (!part)
    throw new AppError('FILE_REQUIRED', {
      details: { fields: [{ path: 'file', code: 'FILE_REQUIRED', message: 'Wybierz plik do przesłania.' }] },
    });
  const bytes = await part.toBuffer();
  const field = (name: string) => {
    const f = part.fields[name] as { value?: unknown } | undefined;
    return typeof f?.value === 'string' && f.value.trim() ? f.value.trim() : null;
  };
  const kind = DocumentKindSchema.safeParse(field('kind') ?? 'OTHER');
  if (!kind.success)
    throw AppError.fields([{ path: 'kind', code: 'INVALID_VALUE', message: 'Nieznany rodzaj dokumentu.' }]);
  const referralId = field('referralId');
  if (referralId && !UuidSchema.safeParse(referralId).success)
    throw AppError.fields([
      { path: 'referralId', code: 'INVALID_FORMAT', message: 'Nieprawidłowy identyfikator.' },
    ]);
  const description = field('description');
  if (description && description.length > 500)
    throw AppError.fields([{ path: 'description', code: 'TOO_BIG', message: 'Najwyżej 500 znaków.' }]);
  return { bytes, fileName: part.filename || 'skan', kind: kind.data, referralId, description };
}

/**
 * The referral (art. 12) and what is filed with it: the letter to the referring body, the scans, the
 * evidence of the art. 1 group and the eligibility decision.
 */
export function referralRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['pathway'] };

    app.post(
      '/api/v1/participants/:id/referrals',
      {
        schema: {
          ...common,
          summary: 'Rejestracja skierowania (art. 12)',
          params: P,
          body: ReferralCreateSchema,
          response: { 201: ReferralSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createReferral(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.put(
      '/api/v1/participants/:id/referrals/:referralId',
      {
        schema: {
          ...common,
          summary: 'Korekta lub wycofanie skierowania',
          params: PRef,
          body: ReferralUpdateSchema,
          response: { 200: ReferralSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        updateReferral(deps, ctxOf(request), request.params.id, request.params.referralId, request.body),
    );

    app.get(
      '/api/v1/participants/:id/referrals/:referralId/status-letter.pdf',
      {
        schema: {
          ...common,
          summary: 'Pismo do kierującego o stanie skierowania (PDF)',
          params: PRef,
          response: pdfResponse,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await referralStatusLetterPdf(deps, ctxOf(request), request.params.id, request.params.referralId),
        ),
    );

    app.get(
      '/api/v1/participants/:id/documents',
      {
        schema: {
          ...common,
          summary: 'Skany w aktach uczestnika',
          params: P,
          response: {
            200: z.object({ items: z.array(DocumentSchema) }),
            ...errorResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => ({ items: await listParticipantDocuments(deps, ctxOf(request), request.params.id) }),
    );

    app.post(
      '/api/v1/participants/:id/documents',
      {
        schema: {
          ...common,
          summary:
            'Dodanie skanu (multipart/form-data: pola kind, referralId, description, ' +
            'potem file; PDF/JPEG/PNG do 10 MB)',
          params: P,
          consumes: ['multipart/form-data'],
          response: { 201: DocumentSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await uploadDocument(deps, ctxOf(request), request.params.id, await readUpload(request))),
    );

    app.get(
      '/api/v1/participants/:id/documents/:documentId',
      {
        schema: {
          ...common,
          summary: 'Pobranie skanu (odczyt rejestrowany)',
          params: PDoc,
          response: { 200: z.any(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const file = await downloadDocument(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.documentId,
        );
        attachmentHeaders(reply, file.fileName, file.mediaType);
        reply.header('x-checksum-sha256', file.sha256);
        return reply.send(file.bytes);
      },
    );

    app.post(
      '/api/v1/participants/:id/evidence',
      {
        schema: {
          ...common,
          summary: 'Dokument potwierdzający przynależność do grupy z art. 1 ust. 2',
          params: P,
          body: EvidenceCreateSchema,
          response: { 201: EvidenceSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addEvidence(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/v1/participants/:id/eligibility-decisions',
      {
        schema: {
          ...common,
          summary: 'Kwalifikacja (silnik reguł art. 1) — pozytywna, odmowa lub lista oczekujących',
          params: P,
          body: DecisionCreateSchema,
          response: { 201: DecisionSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await decideEligibility(deps, ctxOf(request), request.params.id, request.body)),
    );
  };
}
