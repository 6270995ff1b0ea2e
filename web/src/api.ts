import type { FieldError } from '../../src/contracts/errors';
import { currentLang } from './i18n';

let csrfToken: string | undefined;
let onUnauthenticated: ((code: string) => void) | undefined;

export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
}
export const currentCsrfToken = () => csrfToken;
export function setUnauthenticatedHandler(handler: (code: string) => void) {
  onUnauthenticated = handler;
}
let onAuthorisationRequired: ((standing: string) => void) | undefined;
/** Called when the caller holds no valid authorisation to personal data (art. 8b ust. 4): the app shows why. */
export function setAuthorisationRequiredHandler(handler: (standing: string) => void) {
  onAuthorisationRequired = handler;
}

/** An API failure: stable code, the server's (Polish) message, field errors when the input was wrong. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Calls the JSON API; writes carry the CSRF token; a lost session sends the user to the login page. */
export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLang() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Brak połączenia z serwerem.');
  }
  const json = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = json?.error ?? { code: 'INTERNAL', message: response.statusText };
    const fields: FieldError[] = error.details?.fields ?? [];
    if (
      response.status === 401 &&
      (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED') &&
      !url.endsWith('/auth/login')
    ) {
      onUnauthenticated?.(error.code);
    }
    if (error.code === 'PERSONAL_DATA_AUTHORISATION_REQUIRED')
      onAuthorisationRequired?.(String(error.details?.standing ?? 'MISSING'));
    throw new ApiError(response.status, error.code, error.message, fields, error.details);
  }
  if (json && typeof json.csrfToken === 'string') csrfToken = json.csrfToken;
  return json as T;
}

/** Sends a multipart form (file uploads) with the CSRF token; errors as in api(). */
export async function apiUpload<T>(url: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLang() };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Brak połączenia z serwerem.');
  }
  const json = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = json?.error ?? { code: 'INTERNAL', message: response.statusText };
    throw new ApiError(
      response.status,
      error.code,
      error.message,
      error.details?.fields ?? [],
      error.details,
    );
  }
  return json as T;
}
