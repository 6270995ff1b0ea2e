import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
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
import { ERROR_CATALOG } from '../contracts/errors';
import { handleError } from './errors';
import { adminRoutes } from './routes/admin.routes';
import { authRoutes } from './routes/auth.routes';
import { participantRoutes } from './routes/participant.routes';
import { participantImportRoutes } from './routes/participant-import.routes';
import { pathwayRoutes } from './routes/pathway.routes';
import { workshopRoutes } from './routes/workshop.routes';
import { attendanceRoutes } from './routes/attendance.routes';
import { payrollRoutes } from './routes/payroll.routes';
import { benefitRoutes } from './routes/benefit.routes';
import { systemRoutes } from './routes/system.routes';
import { privacyRoutes } from './routes/privacy.routes';
import { registerSessionGuard } from './session-guard';

z.config(z.locales.pl());

/** The largest file any upload route accepts (routes may set a lower limit). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface HttpOptions {
  /** Folder of the built web client (index.html); when absent, only the API is served. */
  webDir?: string | undefined;
  logLevel?: string;
  trustProxy?: boolean;
  secureCookies?: boolean;
  bodyLimit?: number;
}

/** Builds the Fastify application (API, OpenAPI docs, web client); listen() is the caller's business. */
export async function buildApp(deps: AppDeps, options: HttpOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'warn' },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 256 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('auth', null);
  // The API speaks JSON only: anything else is 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
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
          'API systemu Reintegra dla CIS i KIS. Jeden kształt błędu: {"error":{"code","message","details"}}. Zapisy z sesją cookie wymagają nagłówka X-CSRF-Token.',
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
  await app.register(systemRoutes(deps));
  await app.register(authRoutes(deps, { secureCookies }));
  await app.register(adminRoutes(deps));
  await app.register(participantRoutes(deps));
  await app.register(participantImportRoutes(deps));
  await app.register(pathwayRoutes(deps));
  await app.register(workshopRoutes(deps));
  await app.register(attendanceRoutes(deps));
  await app.register(payrollRoutes(deps));
  await app.register(benefitRoutes(deps));
  await app.register(privacyRoutes(deps));

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
