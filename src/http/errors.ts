import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../app/app-error';
import { englishCheckMessage } from '../contracts/check-messages-en';
import { ERROR_CATALOG, type ErrorCode, type FieldError, ZOD_CODES } from '../contracts/errors';
import { classifyDatabaseError } from '../db/errors';

function send(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown) {
  return reply
    .status(ERROR_CATALOG[code].status)
    .send({ error: { code, message, ...(details !== undefined ? { details } : {}) } });
}

/**
 * Turns fastify-type-provider-zod's validation entries into our field errors (path, stable code, message).
 * The message is Polish; in English (the web client sends its language as Accept-Language) a check of
 * zod's own — too long, below the minimum — is said in English from its bounds; a code of ours is
 * translated by the client from its code.
 */
function fieldErrors(
  validation: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[],
  part: string,
  input: unknown,
  inEnglish: boolean,
): FieldError[] {
  return validation.map((v) => {
    const segments = v.instancePath.split('/').filter(Boolean);
    const path = segments.join('.') || part;
    const custom = (v.params.params as { code?: string } | undefined)?.code;
    const value = segments.reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      input,
    );
    const missing = v.keyword === 'invalid_type' && (value === undefined || value === null);
    const code = custom ?? (missing ? 'REQUIRED' : (ZOD_CODES[v.keyword] ?? 'INVALID'));
    const polish = missing ? 'To pole jest wymagane.' : (v.message ?? 'Nieprawidłowa wartość.');
    const message =
      inEnglish && !custom && !missing
        ? (englishCheckMessage({ ...v.params, code: v.keyword }) ?? polish)
        : polish;
    return { path, code, message };
  });
}

/** The caller asks for English first (the web client sends the language its pages are in). */
const prefersEnglish = (request: FastifyRequest) =>
  /^\s*en\b/i.test(String(request.headers['accept-language'] ?? ''));

/** The single error handler: every failure leaves as `{"error":{"code","message","details"}}`. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    const wait = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof wait === 'number') reply.header('retry-after', String(wait));
    return send(reply, error.code, error.message, error.details);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as { validationContext?: string }).validationContext ?? 'body';
    const input = (request as unknown as Record<string, unknown>)[part];
    return send(reply, 'VALIDATION_FAILED', ERROR_CATALOG.VALIDATION_FAILED.pl, {
      fields: fieldErrors(error.validation as never, part, input, prefersEnglish(request)),
    });
  }
  const fe = error as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(reply, 'BODY_TOO_LARGE', ERROR_CATALOG.BODY_TOO_LARGE.pl);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(reply, 'UNSUPPORTED_MEDIA_TYPE', ERROR_CATALOG.UNSUPPORTED_MEDIA_TYPE.pl);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(reply, 'BAD_REQUEST', 'Treść żądania nie jest poprawnym JSON-em.');
    case 'FST_REQ_FILE_TOO_LARGE':
      return send(reply, 'FILE_TOO_LARGE', ERROR_CATALOG.FILE_TOO_LARGE.pl);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return send(
        reply,
        'BAD_REQUEST',
        'Nieprawidłowe przesłanie pliku (jeden plik na żądanie, formularz multipart/form-data).',
      );
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return send(reply, 'BAD_REQUEST', 'Nieprawidłowa długość treści żądania.');
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.statusCode === 413) return send(reply, 'BODY_TOO_LARGE', ERROR_CATALOG.BODY_TOO_LARGE.pl);
    if (fe.statusCode === 415)
      return send(reply, 'UNSUPPORTED_MEDIA_TYPE', ERROR_CATALOG.UNSUPPORTED_MEDIA_TYPE.pl);
    return send(reply, 'BAD_REQUEST', ERROR_CATALOG.BAD_REQUEST.pl);
  }
  const failure = classifyDatabaseError(error);
  if (failure?.kind === 'unavailable') {
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', '5');
    return send(reply, 'DATABASE_UNAVAILABLE', ERROR_CATALOG.DATABASE_UNAVAILABLE.pl);
  }
  if (failure?.kind === 'conflict') return send(reply, failure.code, ERROR_CATALOG[failure.code].pl);
  if (failure?.kind === 'closed')
    return send(reply, 'INVALID_STATE', 'Lista wypłat za ten miesiąc jest zamknięta i nie może się zmienić.');
  if (failure?.kind === 'invalid') return send(reply, 'BAD_REQUEST', ERROR_CATALOG.BAD_REQUEST.pl);
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, 'INTERNAL', ERROR_CATALOG.INTERNAL.pl);
}
