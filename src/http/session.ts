import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../app/app-error';
import type { CallContext, Origin } from '../app/context';
import type { AppDeps } from '../app/deps';
import { actorOf, resolveSession, type SessionInfo } from '../app/auth/session';

export const SESSION_COOKIE = 'reintegra_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    auth: SessionInfo | null;
  }
}

export function originOf(request: FastifyRequest): Origin {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secure: boolean,
  maxAgeSeconds: number,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secure || request.protocol === 'https',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Builds the hook (preValidation: before the body is checked, so an anonymous caller learns nothing)
 * that requires a signed-in caller. Writes need the CSRF token in
 * `X-CSRF-Token` (the session cookie alone is not enough). Unless `allowTotpEnrolment`,
 * a user whose role requires TOTP must enrol first.
 */
export function requireSession(deps: AppDeps, options: { allowTotpEnrolment?: boolean } = {}) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    try {
      request.auth = await resolveSession(deps, token);
    } catch (error) {
      if (error instanceof AppError && error.code === 'SESSION_EXPIRED') clearSessionCookie(reply);
      throw error;
    }
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || header !== request.auth.session.csrf_token)
        throw new AppError('CSRF_INVALID');
    }
    if (request.auth.totpEnrolmentRequired && !options.allowTotpEnrolment)
      throw new AppError('TOTP_ENROLMENT_REQUIRED');
  };
}

export function authOf(request: FastifyRequest): SessionInfo {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth;
}

/** The caller in their current centre, for use cases. */
export function ctxOf(request: FastifyRequest): CallContext {
  const info = authOf(request);
  return { actor: actorOf(info), actorEmail: info.user.email, ip: request.ip ?? null };
}
