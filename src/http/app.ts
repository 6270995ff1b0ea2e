import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app/deps';
import { STORABLE_TEXT } from '../contracts/common';
import { ERROR_CATALOG } from '../contracts/errors';
import { AppError } from '../app/app-error';
import { handleError } from './errors';
import { adminRoutes } from './routes/admin.routes';
import { authRoutes } from './routes/auth.routes';
import { participantRoutes } from './routes/participant.routes';
import { participantImportRoutes } from './routes/participant-import.routes';
import { pathwayRoutes } from './routes/pathway.routes';
import { referralRoutes } from './routes/referral.routes';
import { programmeRoutes } from './routes/programme.routes';
import { programmePrintoutRoutes } from './routes/programme-printouts.routes';
import { followUpRoutes } from './routes/follow-up.routes';
import { workshopRoutes } from './routes/workshop.routes';
import { attendanceRoutes } from './routes/attendance.routes';
import { payrollRoutes } from './routes/payroll.routes';
import { benefitRoutes } from './routes/benefit.routes';
import { systemRoutes } from './routes/system.routes';
import { privacyRoutes } from './routes/privacy.routes';
import { privacyOthersRoutes } from './routes/privacy-others.routes';
import { servicesRoutes } from './routes/services.routes';
import { reportsRoutes } from './routes/reports.routes';
import { staffRoutes } from './routes/staff.routes';
import { networkRoutes } from './routes/network.routes';
import { networkWorkRoutes } from './routes/network-work.routes';
import { eventRoutes } from './routes/events.routes';
import { inkindRoutes } from './routes/inkind.routes';
import { volunteerRoutes } from './routes/volunteers.routes';
import { registerSessionGuard } from './session-guard';
import { backupRoutes } from './routes/backup.routes';
import { financeRoutes } from './routes/finance.routes';
import { homeRoutes } from './routes/home.routes';
import { partnerAgreementRoutes } from './routes/partner-agreements.routes';
import { partnerPortalRoutes } from './routes/partner-portal.routes';
import { partnerRoutes, registerPartnerFence } from './routes/partner.routes';
import { placementRoutes } from './routes/placement.routes';
import { art200Routes } from './routes/art200.routes';
import { projectRoutes } from './routes/projects.routes';

z.config(z.locales.pl());

/** The largest file any upload route accepts (routes may set a lower limit). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface HttpOptions {
  /** Folder of the built web client (index.html); when absent, only the API is served. */
  webDir?: string | undefined;
  logLevel?: string;
  /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-* headers are believed; none by default. */
  trustProxy?: readonly string[];
  secureCookies?: boolean;
  bodyLimit?: number;
}

/** The path of the first text (value or key) PostgreSQL could not store, or null. */
function unstorableTextAt(value: unknown, path: string[], depth = 0): string[] | null {
  if (typeof value === 'string') return STORABLE_TEXT.test(value) ? null : path;
  if (!value || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (!STORABLE_TEXT.test(key)) return [...path, 'key'];
    const found = unstorableTextAt(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

// busboy's words for a broken multipart body (no boundary, cut short, bad headers): the client's fault.
const MALFORMED_MULTIPART = /^(Multipart: |Unexpected end of |Malformed )/;

/** A malformed upload is a 400 with the one error shape, not an unexplained 500. */
function asClientError(error: Error, request: FastifyRequest): Error {
  if (error instanceof AppError || !request.isMultipart()) return error;
  const code = (error as { code?: string }).code;
  if (MALFORMED_MULTIPART.test(error.message) || code === 'ERR_STREAM_PREMATURE_CLOSE')
    return new AppError('BAD_REQUEST', {
      message: 'Nieprawidłowe przesłanie pliku: formularz multipart/form-data jest uszkodzony lub niepełny.',
    });
  return error;
}

/** Builds the Fastify application (API, OpenAPI docs, web client); listen() is the caller's business. */
export async function buildApp(deps: AppDeps, options: HttpOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'warn' },
    // A list, never `true`: only a known proxy may tell us the client's address (login limits, audit).
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
    bodyLimit: options.bodyLimit ?? 256 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) =>
    handleError(asClientError(error as Error, request), request, reply),
  );
  app.decorateRequest('auth', null);
  // The API speaks JSON only: anything else is 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // No inline script anywhere: the web client and Swagger UI load theirs from files.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Inline style attributes (React, Swagger UI) carry no code; styles stay allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // HSTS only on an HTTPS request (below): over plain HTTP it means nothing and would pin a test host.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    // API answers carry personal data: no browser or proxy may keep a copy.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  // Safety net behind the contracts' text schema: no NUL or lone surrogate reaches a use case, in any field or key.
  app.addHook('preHandler', async (request) => {
    for (const part of ['params', 'query', 'body'] as const) {
      const path = unstorableTextAt((request as unknown as Record<string, unknown>)[part], []);
      if (path)
        throw AppError.fields([
          {
            path: path.join('.') || part,
            code: 'INVALID_TEXT',
            message: 'Tekst zawiera niedozwolone znaki (np. znak NUL).',
          },
        ]);
    }
  });
  // Uploads (referral scans, evidence, import files): one file per request; each route sets its own size limit.
  await app.register(fastifyMultipart, {
    limits: { files: 1, fields: 20, fileSize: MAX_UPLOAD_BYTES, fieldSize: 64 * 1024 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Reintegra API',
        version: '1',
        description:
          'API systemu Reintegra dla CIS i KIS. Jeden kształt błędu: {"error":{"code","message","details"}}. ' +
          'Zapisy z sesją cookie wymagają nagłówka X-CSRF-Token.',
      },
      components: {
        securitySchemes: { cookieAuth: { type: 'apiKey', in: 'cookie', name: 'reintegra_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const secureCookies = options.secureCookies ?? false;
  registerSessionGuard(app, deps);
  registerPartnerFence(app);
  await app.register(systemRoutes(deps));
  await app.register(authRoutes(deps, { secureCookies }));
  await app.register(adminRoutes(deps));
  await app.register(participantRoutes(deps));
  await app.register(participantImportRoutes(deps));
  await app.register(pathwayRoutes(deps));
  await app.register(referralRoutes(deps));
  await app.register(programmeRoutes(deps));
  await app.register(programmePrintoutRoutes(deps));
  await app.register(followUpRoutes(deps));
  await app.register(workshopRoutes(deps));
  await app.register(attendanceRoutes(deps));
  await app.register(payrollRoutes(deps));
  await app.register(benefitRoutes(deps));
  await app.register(backupRoutes(deps));
  await app.register(privacyRoutes(deps));
  await app.register(privacyOthersRoutes(deps));
  await app.register(financeRoutes(deps));
  await app.register(homeRoutes(deps));
  await app.register(servicesRoutes(deps));
  await app.register(staffRoutes(deps));
  await app.register(reportsRoutes(deps));
  await app.register(partnerRoutes(deps));
  await app.register(partnerAgreementRoutes(deps));
  await app.register(partnerPortalRoutes(deps));
  await app.register(networkRoutes(deps));
  await app.register(networkWorkRoutes(deps));
  await app.register(projectRoutes(deps));
  await app.register(placementRoutes(deps));
  await app.register(art200Routes(deps));
  await app.register(eventRoutes(deps));
  await app.register(inkindRoutes(deps));
  await app.register(volunteerRoutes(deps));

  const webDir = options.webDir;
  const hasWeb = !!webDir && existsSync(join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, index: ['index.html'] });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: ERROR_CATALOG.NOT_FOUND.pl } });
    }
    return reply.type('text/html').sendFile('index.html');
  });

  return app;
}
