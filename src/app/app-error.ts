import { ERROR_CATALOG, type ErrorCode, type FieldError } from '../contracts/errors';

/** The one error type of the application: a stable code, a Polish message, optional details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, options: { message?: string; details?: unknown } = {}) {
    super(options.message ?? ERROR_CATALOG[code].pl);
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }

  /** A validation failure on named fields (shown next to each field in the UI). */
  static fields(fields: FieldError[], code: ErrorCode = 'VALIDATION_FAILED'): AppError {
    return new AppError(code, { details: { fields } });
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
