import type { FastifyInstance } from 'fastify';
import { AppError } from '../app/app-error';
import type { AppDeps } from '../app/deps';
import { checkPersonalDataAccess } from '../app/privacy/check-personal-data-access';
import { actorOf } from '../app/auth/session';
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
  // A network's joint service catalogue is its public promotion (issue 19 item 4).
  'GET /api/v1/public/networks/:id/catalogue',
  'POST /api/v1/public/networks/:id/enquiries',
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
 * Routes that read or write participants' personal data, by prefix of the route pattern: an account needs an
 * authorisation in force in its current centre to use them (art. 8b ust. 4; decision 0009). One place.
 */
export const PERSONAL_DATA_ROUTE_PREFIXES: readonly string[] = [
  '/api/v1/participants',
  '/api/v1/follow-ups',
  '/api/v1/social-activities',
  '/api/v1/workshop-assignments',
  '/api/v1/workshops/:id/assignments',
  '/api/v1/attendance',
  '/api/v1/payroll',
  '/api/v1/privacy/participants',
  '/api/v1/privacy/access-log',
  '/api/v1/partners/:id/referrals',
  '/api/v1/projects',
  '/api/v1/events',
  '/api/v1/groups',
  '/api/v1/volunteers',
  '/api/v1/inkind',
  '/api/v1/networks/:id/transfers',
  '/api/v1/placements',
  '/api/v1/graduates',
  '/api/v1/supported-employment',
];

/** Whether a route pattern (`/api/v1/participants/:id`) is one of the personal-data routes. */
export const isPersonalDataRoute = (route: string) =>
  PERSONAL_DATA_ROUTE_PREFIXES.some((p) => route === p || route.startsWith(`${p}/`));

/**
 * Registers the session check once, for every `/api` route but the public ones and the API docs page.
 * It runs at preValidation: before the body is looked at, so an anonymous caller learns nothing. On the
 * personal-data routes it then asks for the caller's authorisation (refused with a stable 403).
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
    // A partner account is fenced off every such route with a 404 (partner.routes.ts), not told about authorisations.
    if (request.auth && isPersonalDataRoute(route) && !request.auth.roles.includes('PARTNER_VIEWER')) {
      // An account without a centre (a network coordinator from an OWES or a ROPS) has no people at all:
      // for her every participant, document and attendance route leads nowhere (issue 19).
      if (!request.auth.current) throw new AppError('NOT_FOUND');
      const actor = actorOf(request.auth);
      await checkPersonalDataAccess(
        deps,
        {
          userId: actor.userId,
          centreId: actor.centreId,
          email: request.auth.user.email,
          ip: request.ip ?? null,
        },
        request.auth.authorisations.map((a) => ({
          validFrom: a.valid_from,
          validUntil: a.valid_until,
          pledgeSignedOn: a.pledge_signed_on,
          revoked: a.revoked,
        })),
      );
    }
  });
}
