import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UuidSchema } from '../../contracts/common';
import {
  DecisionCreateSchema,
  DecisionSchema,
  DocumentKindSchema,
  DocumentSchema,
  EvidenceCreateSchema,
  EvidenceSchema,
  FollowUpQuerySchema,
  FollowUpRecordSchema,
  FollowUpSchema,
  MAX_SCAN_BYTES,
  PathwaySchema,
  BenefitApplicationSchema,
  ProgrammeAmendSchema,
  ProgrammeCreateSchema,
  ProgrammeExitSchema,
  ProgrammeExtendSchema,
  ProgrammeSchema,
  ProgrammeSignSchema,
  ReferralCreateSchema,
  ReferralSchema,
  ReferralUpdateSchema,
} from '../../contracts/pathway.contract';
import { IsoDateSchema, VersionSchema } from '../../contracts/common';
import { AppError } from '../../app/app-error';
import type { AppDeps } from '../../app/deps';
import { addEvidence, decideEligibility } from '../../app/pathway/eligibility';
import { getPathway, listCentreFollowUps, recordFollowUpOutcome } from '../../app/pathway/pathway-view';
import {
  certificatePdf,
  ipzsPdf,
  referralStatusLetterPdf,
  terminationDecisionPdf,
  type PdfFile,
} from '../../app/pathway/printouts';
import { closeProgramme, exitProgramme, recordBenefitApplication } from '../../app/pathway/programme-end';
import {
  amendProgramme,
  createProgramme,
  extendProgramme,
  signProgramme,
} from '../../app/pathway/programmes';
import {
  createReferral,
  downloadDocument,
  listParticipantDocuments,
  updateReferral,
  uploadDocument,
} from '../../app/pathway/referrals';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { attachmentHeaders } from '../attachment';

const P = z.object({ id: UuidSchema });
const PR = z.object({ id: UuidSchema, programmeId: UuidSchema });
const PRef = z.object({ id: UuidSchema, referralId: UuidSchema });
const PDoc = z.object({ id: UuidSchema, documentId: UuidSchema });

const attachment = attachmentHeaders;

export const sendPdf = (reply: FastifyReply, file: PdfFile) => {
  attachment(reply, file.fileName, 'application/pdf', true);
  return reply.send(file.bytes);
};

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
 * The participant pathway: referral, scans, eligibility, programme (IPZS / KIS contract), exit,
 * printouts, follow-ups.
 */
export function pathwayRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['pathway'] };

    app.get(
      '/api/v1/participants/:id/pathway',
      {
        schema: {
          ...common,
          summary: 'Ścieżka uczestnika: skierowania, kwalifikacja, program, zakończenie, oś czasu',
          params: P,
          response: { 200: PathwaySchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => getPathway(deps, ctxOf(request), request.params.id),
    );

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
        attachment(reply, file.fileName, file.mediaType);
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

    app.post(
      '/api/v1/participants/:id/programmes',
      {
        schema: {
          ...common,
          summary: 'Projekt IPZS (CIS) lub kontraktu socjalnego (KIS)',
          params: P,
          body: ProgrammeCreateSchema,
          response: { 201: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createProgramme(deps, ctxOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/api/v1/participants/:id/programmes/:programmeId',
      {
        schema: {
          ...common,
          summary: 'Zmiana programu; po podpisaniu — aneks z powodem (wersjonowany)',
          params: PR,
          body: ProgrammeAmendSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        amendProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.post(
      '/api/v1/participants/:id/programmes/:programmeId/sign',
      {
        schema: {
          ...common,
          summary: 'Podpisanie programu przez kierownika — początek uczestnictwa',
          params: PR,
          body: ProgrammeSignSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        signProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.post(
      '/api/v1/participants/:id/programmes/:programmeId/extend',
      {
        schema: {
          ...common,
          summary: 'Przedłużenie uczestnictwa z powodem (art. 15)',
          params: PR,
          body: ProgrammeExtendSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        extendProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.put(
      '/api/v1/participants/:id/programmes/:programmeId/benefit-application',
      {
        schema: {
          ...common,
          summary:
            'Wniosek uczestnika o świadczenie integracyjne i jego przyznanie przez kierownika (art. 15 ust. 4)',
          params: PR,
          body: BenefitApplicationSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        recordBenefitApplication(
          deps,
          ctxOf(request),
          request.params.id,
          request.params.programmeId,
          request.body,
        ),
    );

    app.post(
      '/api/v1/participants/:id/programmes/:programmeId/exit',
      {
        schema: {
          ...common,
          summary: 'Zakończenie uczestnictwa (art. 13 ust. 4–5), zaświadczenie i kontakty po wyjściu',
          params: PR,
          body: ProgrammeExitSchema,
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        exitProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.post(
      '/api/v1/participants/:id/programmes/:programmeId/close',
      {
        schema: {
          ...common,
          summary: 'Zamknięcie programu kontynuowanego bez uczestnictwa',
          params: PR,
          body: z.object({ closedOn: IsoDateSchema, version: VersionSchema }),
          response: { 200: ProgrammeSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        closeProgramme(deps, ctxOf(request), request.params.id, request.params.programmeId, request.body),
    );

    app.get(
      '/api/v1/participants/:id/programmes/:programmeId/ipzs.pdf',
      { schema: { ...common, summary: 'IPZS do podpisu (PDF)', params: PR, response: pdfResponse } },
      async (request, reply) =>
        sendPdf(reply, await ipzsPdf(deps, ctxOf(request), request.params.id, request.params.programmeId)),
    );

    app.get(
      '/api/v1/participants/:id/programmes/:programmeId/certificate.pdf',
      {
        schema: {
          ...common,
          summary: 'Zaświadczenie o uczestnictwie (PDF)',
          params: PR,
          response: pdfResponse,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await certificatePdf(deps, ctxOf(request), request.params.id, request.params.programmeId),
        ),
    );

    app.get(
      '/api/v1/participants/:id/programmes/:programmeId/decision.pdf',
      {
        schema: {
          ...common,
          summary: 'Decyzja kierownika o zaprzestaniu realizacji programu (PDF)',
          params: PR,
          response: pdfResponse,
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await terminationDecisionPdf(deps, ctxOf(request), request.params.id, request.params.programmeId),
        ),
    );

    app.get(
      '/api/v1/follow-ups',
      {
        schema: {
          ...common,
          summary: 'Przypomnienia o kontakcie po zakończeniu udziału',
          querystring: FollowUpQuerySchema,
          response: {
            200: z.object({ items: z.array(FollowUpSchema), dueBy: z.string() }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => listCentreFollowUps(deps, ctxOf(request), request.query),
    );

    app.post(
      '/api/v1/follow-ups/:id',
      {
        schema: {
          ...common,
          summary: 'Wynik kontaktu po zakończeniu udziału',
          params: P,
          body: FollowUpRecordSchema,
          response: { 200: FollowUpSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => recordFollowUpOutcome(deps, ctxOf(request), request.params.id, request.body),
    );
  };
}
