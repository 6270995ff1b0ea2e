import type { Db } from '../../db/connection';
import { withPglite } from '../../db/pglite-dialect';
import { AppError } from '../app-error';
import type { BackupSource } from './create-backup';

/** A pool does not tell its URL, so the composition root tells it here (pg_dump connects on its own). */
const postgresUrls = new WeakMap<Db, string>();

/** Records the URL of the PostgreSQL database behind `db`, for backups made by the running server. */
export function rememberDatabaseUrl(db: Db, url: string): void {
  postgresUrls.set(db, url);
}

/** How the running server backs up its own database; BACKUP_UNAVAILABLE when it cannot. */
export async function backupSourceOf(db: Db): Promise<BackupSource> {
  if (await withPglite(db, async () => true)) return { engine: 'pglite', db };
  const url = postgresUrls.get(db);
  if (!url) throw new AppError('BACKUP_UNAVAILABLE');
  return { engine: 'postgres', db, url };
}
