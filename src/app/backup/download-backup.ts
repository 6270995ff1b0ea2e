import { sql } from 'kysely';
import { insertAuditEntry } from '../../db/audit.repository';
import { can } from '../../domain/access/policies';
import { AppError, forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { checkNewPassphrase } from './archive';
import { backupSourceOf } from './backup-source';
import { createBackup } from './create-backup';

/** Whether the user administers every centre of the installation (a backup holds all of them). */
async function administersEveryCentre(deps: AppDeps, userId: string): Promise<boolean> {
  const row = await deps.db
    .selectFrom('centres')
    .select((eb) => [
      eb.fn.countAll<number>().as('centres'),
      eb.fn
        .count<number>('centres.id')
        .filterWhere(
          eb.exists(
            eb
              .selectFrom('centre_members as m')
              .whereRef('m.centre_id', '=', 'centres.id')
              .where('m.user_id', '=', userId)
              .where('m.is_active', '=', true)
              .where(sql<boolean>`'ADMIN' = any(m.roles)`),
          ),
        )
        .as('administered'),
    ])
    .executeTakeFirstOrThrow();
  return Number(row.centres) > 0 && Number(row.centres) === Number(row.administered);
}

/**
 * An encrypted backup of the whole installation for an administrator of every centre, written into
 * each centre's audit log (the passphrase itself is never stored or logged).
 */
export async function downloadBackup(deps: AppDeps, ctx: CallContext, passphrase: string) {
  if (!can.manageUsers(ctx.actor)) throw forbidden();
  checkNewPassphrase(passphrase);
  if (!(await administersEveryCentre(deps, ctx.actor.userId)))
    throw new AppError('BACKUP_ALL_CENTRES_REQUIRED');
  const now = deps.now();
  const { file, header } = await createBackup(await backupSourceOf(deps.db), passphrase, now);
  const centres = await deps.db.selectFrom('centres').select('id').execute();
  await deps.db.transaction().execute(async (trx) => {
    for (const centre of centres)
      await insertAuditEntry(trx, {
        centreId: centre.id,
        actorUserId: ctx.actor.userId,
        actorEmail: ctx.actorEmail,
        action: 'backup.download',
        entityType: 'instance',
        entityId: null,
        ip: ctx.ip,
        details: { engine: header.engine, bytes: file.length, centres: centres.length },
      });
  });
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return { file, fileName: `reintegra-${stamp}.rbak`, header };
}
