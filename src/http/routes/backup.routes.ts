import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { downloadBackup } from '../../app/backup/download-backup';
import type { AppDeps } from '../../app/deps';
import { cookieAuth, errorResponses } from '../openapi-helpers';
import { ctxOf } from '../session';
import { contentDisposition } from '../attachment';

/** The passphrase arrives in the body (never in the URL, so no proxy or access log records it). */
const BackupRequestSchema = z.object({ passphrase: z.string().max(1024) });

/** An administrator downloads an encrypted backup of the running installation. */
export function backupRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/admin/backup',
      {
        schema: {
          security: cookieAuth,
          tags: ['admin'],
          summary: 'Zaszyfrowana kopia zapasowa całej instalacji (administrator każdego centrum)',
          body: BackupRequestSchema,
          response: { 200: z.any(), ...errorResponses(400, 401, 403, 409, 503) },
        },
      },
      async (request, reply) => {
        const out = await downloadBackup(deps, ctxOf(request), request.body.passphrase);
        reply
          .header('content-type', 'application/octet-stream')
          .header('content-disposition', contentDisposition(out.fileName))
          .header('cache-control', 'no-store');
        return reply.send(out.file);
      },
    );
  };
}
