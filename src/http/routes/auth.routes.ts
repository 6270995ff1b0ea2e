import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ChangePasswordSchema,
  LoginRequestSchema,
  MeResponseSchema,
  OkSchema,
  SwitchCentreSchema,
  TotpConfirmSchema,
  TotpDisableSchema,
  TotpSetupResponseSchema,
} from '../../contracts/auth.contract';
import { changePassword, confirmTotp, disableTotp, startTotpSetup } from '../../app/auth/account';
import { login, logout, logoutEverywhere, switchCentre, toMe } from '../../app/auth/session';
import type { AppDeps } from '../../app/deps';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { authOf, clearSessionCookie, originOf, SESSION_COOKIE, setSessionCookie } from '../session';

/** Login, logout, the caller's own account (password, TOTP) and the centre switcher. */
export function authRoutes(deps: AppDeps, options: { secureCookies: boolean }): FastifyPluginAsyncZod {
  return async (app) => {
    const maxAge = deps.sessions.absoluteHours * 3600;

    app.post(
      '/api/v1/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Logowanie (e-mail, hasło, kod TOTP gdy włączony)',
          body: LoginRequestSchema,
          response: { 200: MeResponseSchema, ...errorResponses(400, 401, 429) },
        },
      },
      async (request, reply) => {
        const { token, info } = await login(deps, request.body, originOf(request));
        setSessionCookie(request, reply, token, options.secureCookies, maxAge);
        return toMe(deps, info);
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'Wylogowanie',
          security: cookieAuth,
          response: { 200: OkSchema, ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        await logout(deps, authOf(request), originOf(request));
        clearSessionCookie(reply);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/auth/logout-all',
      {
        schema: {
          tags: ['auth'],
          summary: 'Wylogowanie ze wszystkich urządzeń',
          security: cookieAuth,
          response: { 200: OkSchema, ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        await logoutEverywhere(deps, authOf(request), originOf(request));
        clearSessionCookie(reply);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'Zalogowany użytkownik, jego centra i role',
          security: cookieAuth,
          response: { 200: MeResponseSchema, ...errorResponses(401) },
        },
      },
      async (request) => toMe(deps, authOf(request)),
    );

    app.post(
      '/api/v1/me/centre',
      {
        schema: {
          tags: ['auth'],
          summary: 'Zmiana bieżącego centrum',
          security: cookieAuth,
          body: SwitchCentreSchema,
          response: { 200: MeResponseSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const info = await switchCentre(
          deps,
          authOf(request),
          request.body.centreId,
          request.cookies[SESSION_COOKIE]!,
        );
        return toMe(deps, info);
      },
    );

    app.post(
      '/api/v1/me/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Zmiana hasła (kończy pozostałe sesje)',
          security: cookieAuth,
          body: ChangePasswordSchema,
          response: { 200: OkSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        await changePassword(deps, authOf(request), request.body, originOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/me/totp/setup',
      {
        schema: {
          tags: ['auth'],
          summary: 'Rozpoczęcie konfiguracji TOTP',
          security: cookieAuth,
          response: { 200: TotpSetupResponseSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => startTotpSetup(deps, authOf(request)),
    );

    app.post(
      '/api/v1/me/totp/confirm',
      {
        schema: {
          tags: ['auth'],
          summary: 'Potwierdzenie TOTP kodem z aplikacji',
          security: cookieAuth,
          body: TotpConfirmSchema,
          response: { 200: OkSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        await confirmTotp(deps, authOf(request), request.body.code, originOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/me/totp/disable',
      {
        schema: {
          tags: ['auth'],
          summary: 'Wyłączenie TOTP',
          security: cookieAuth,
          body: TotpDisableSchema,
          response: { 200: OkSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        await disableTotp(deps, authOf(request), request.body, originOf(request));
        return { ok: true as const };
      },
    );
  };
}
