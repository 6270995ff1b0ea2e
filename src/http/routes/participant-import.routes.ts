import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IMPORT_COMMIT_DESCRIPTION,
  IMPORT_MULTIPART_DESCRIPTION,
  ImportMappingSchema,
  ImportPreviewSchema,
  ImportResultSchema,
  MAX_IMPORT_BYTES,
  ParticipantExportQuerySchema,
  type ImportMapping,
} from '../../contracts/participant-import.contract';
import { AppError } from '../../app/app-error';
import type { AppDeps } from '../../app/deps';
import { exportParticipants } from '../../app/participants/export-participants';
import { importParticipants, previewParticipantImport } from '../../app/participants/import-participants';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { contentDisposition } from '../attachment';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fieldError = (path: string, code: string, message: string) =>
  AppError.fields([{ path, code, message }]);

/** The multipart form of an import: the file and the text fields, in whatever order the client sent them. */
export async function readImportForm(request: FastifyRequest) {
  if (!request.isMultipart()) {
    throw new AppError('FILE_REQUIRED', {
      message: 'Prześlij plik jako multipart/form-data (pole „file”).',
      details: { fields: [{ path: 'file', code: 'FILE_REQUIRED', message: 'Wybierz plik do przesłania.' }] },
    });
  }
  let file: { bytes: Buffer; fileName: string } | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts({ limits: { fileSize: MAX_IMPORT_BYTES } })) {
    if (part.type === 'file') {
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('FILE_TOO_LARGE', {
            message: 'Plik jest za duży: najwyżej 10 MB.',
            details: {
              fields: [
                { path: 'file', code: 'FILE_TOO_LARGE', message: 'Plik jest za duży: najwyżej 10 MB.' },
              ],
            },
          });
        throw error;
      }
      if (part.fieldname === 'file') file = { bytes, fileName: part.filename || 'import' };
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  if (!file)
    throw new AppError('FILE_REQUIRED', {
      details: { fields: [{ path: 'file', code: 'FILE_REQUIRED', message: 'Wybierz plik do przesłania.' }] },
    });

  let mapping: ImportMapping | undefined;
  if (fields.mapping?.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(fields.mapping);
    } catch {
      throw fieldError('mapping', 'INVALID_FORMAT', 'Przyporządkowanie kolumn nie jest poprawnym JSON-em.');
    }
    const parsed = ImportMappingSchema.safeParse(json);
    if (!parsed.success)
      throw fieldError(
        'mapping',
        'INVALID_VALUE',
        'Przyporządkowanie kolumn: każdej kolumnie przypisz jedno ze znanych pól albo null.',
      );
    mapping = parsed.data;
  }
  return { ...file, mapping, fields };
}

/** Import of participants from XLSX/CSV (preview, then an all-or-nothing import) and export of the list to XLSX. */
export function participantImportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const common = { security: cookieAuth, tags: ['participants'] };

    app.post(
      '/api/v1/participants/import/preview',
      {
        schema: {
          ...common,
          summary:
            'Import uczestników — podgląd: przyporządkowanie kolumn, błędy i ostrzeżenia ' +
            'w każdym wierszu (nic nie zapisuje)',
          description: IMPORT_MULTIPART_DESCRIPTION,
          consumes: ['multipart/form-data'],
          response: { 200: ImportPreviewSchema, ...errorResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request) => {
        const form = await readImportForm(request);
        return previewParticipantImport(deps, ctxOf(request), {
          bytes: form.bytes,
          fileName: form.fileName,
          mapping: form.mapping,
        });
      },
    );

    app.post(
      '/api/v1/participants/import',
      {
        schema: {
          ...common,
          summary: 'Import uczestników z pliku sprawdzonego w podglądzie — wszystko albo nic',
          description: IMPORT_COMMIT_DESCRIPTION,
          consumes: ['multipart/form-data'],
          response: { 201: ImportResultSchema, ...errorResponses(400, 401, 403, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const form = await readImportForm(request);
        if (!form.mapping)
          throw fieldError('mapping', 'REQUIRED', 'Podaj przyporządkowanie kolumn (pole „mapping”).');
        const sha = form.fields.sha256?.trim();
        if (!sha)
          throw fieldError('sha256', 'REQUIRED', 'Podaj sumę SHA-256 pliku z podglądu (pole „sha256”).');
        const acknowledgeWarnings = ['true', '1', 'on', 'tak'].includes(
          (form.fields.acknowledgeWarnings ?? '').trim().toLowerCase(),
        );
        const result = await importParticipants(deps, ctxOf(request), {
          bytes: form.bytes,
          fileName: form.fileName,
          mapping: form.mapping,
          expectedSha256: sha,
          acknowledgeWarnings,
        });
        return reply.status(201).send(result);
      },
    );

    app.get(
      '/api/v1/participants/export.xlsx',
      {
        schema: {
          ...common,
          summary:
            'Eksport listy uczestników do XLSX (filtry jak w liście; tylko pola widoczne ' +
            'dla roli, bez danych wrażliwych)',
          querystring: ParticipantExportQuerySchema,
          response: { 200: z.any().describe(XLSX_TYPE), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const file = await exportParticipants(deps, ctxOf(request), request.query);
        reply.header('content-type', XLSX_TYPE);
        reply.header('content-disposition', contentDisposition(file.fileName));
        reply.header('cache-control', 'no-store');
        reply.header('x-content-type-options', 'nosniff');
        return reply.send(file.bytes);
      },
    );
  };
}
