import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app/deps';
import { requireSession } from './session';

/**
 * The only routes anyone may call without a session (`tests/api/session-required.api.test.ts` walks
 * the OpenAPI document to prove every other operation answers 401). Keys are `METHOD /route/:param`.
 */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/health',
  'GET /api/v1/openapi.json',
  'GET /api/v1/setup',
  'POST /api/v1/setup',
  'POST /api/v1/auth/login',
  'GET /api/v1/teryt/gminas',
  'GET /api/v1/teryt/gminas/:code',
  'GET /api/v1/law',
]);

/** Routes a signed-in user may use before enrolling TOTP that her role requires (to enrol, or to leave). */
export const TOTP_ENROLMENT_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/logout-all',
  'GET /api/v1/me',
  'POST /api/v1/me/centre',
  'POST /api/v1/me/password',
  'POST /api/v1/me/totp/setup',
  'POST /api/v1/me/totp/confirm',
]);

/**
 * Registers the session check once, for every `/api` route but the public ones and the API docs page.
 * It runs at preValidation: before the body is looked at, so an anonymous caller learns nothing.
 */
export function registerSessionGuard(app: FastifyInstance, deps: AppDeps): void {
  const signedIn = requireSession(deps);
  const enrolling = requireSession(deps, { allowTotpEnrolment: true });
  app.addHook('preValidation', async (request, reply) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/') || route.startsWith('/api/docs')) return;
    const key = `${request.method === 'HEAD' ? 'GET' : request.method} ${route}`;
    if (PUBLIC_ROUTES.has(key)) return;
    await (TOTP_ENROLMENT_ROUTES.has(key) ? enrolling : signedIn)(request, reply);
  });
}
