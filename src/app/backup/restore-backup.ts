import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { AppError } from '../app-error';
import { type BackupHeader, openBackup } from './archive';
import { runPgTool } from './postgres-tools';

/** Where to restore: a new PGlite data directory or a new, empty PostgreSQL database. */
export type RestoreTarget = { engine: 'pglite'; dataDir: string } | { engine: 'postgres'; url: string };

export interface RestoreSummary {
  header: BackupHeader;
  centres: number;
  participants: number;
}

const COUNTS = `select (select count(*) from centres)::int as centres,
  (select count(*) from participants)::int as participants`;

/** Tables, views or sequences outside the system schemas: a database with any of them is not empty. */
const USER_RELATIONS = `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
  and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')`;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function restorePglite(dataDir: string, payload: Buffer) {
  const existed = existsSync(dataDir);
  if (existed && readdirSync(dataDir).length > 0) throw new AppError('BACKUP_TARGET_NOT_EMPTY');
  mkdirSync(dirname(dataDir), { recursive: true });
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([new Uint8Array(payload)]) });
    const counts = (await pglite.query<{ centres: number; participants: number }>(COUNTS)).rows[0]!;
    await pglite.close();
    return counts;
  } catch (error) {
    // The directory was empty or absent before: leave nothing half-restored behind (but keep an
    // existing directory itself, which may be a mount point).
    if (pglite && !pglite.closed) await pglite.close().catch(() => undefined);
    if (!existed) rmSync(dataDir, { recursive: true, force: true });
    else
      for (const entry of readdirSync(dataDir))
        rmSync(join(dataDir, entry), { recursive: true, force: true });
    throw error;
  }
}

async function restorePostgres(url: string, payload: Buffer) {
  const used = await withClient(url, async (c) => (await c.query<{ n: number }>(USER_RELATIONS)).rows[0]!.n);
  if (used > 0) throw new AppError('BACKUP_TARGET_NOT_EMPTY');
  const database = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  // Without --dbname pg_restore would print SQL instead of restoring.
  if (!database) throw new AppError('BAD_REQUEST', { message: 'Podaj nazwę bazy danych w DATABASE_URL.' });
  // One transaction: a failed restore leaves the database as empty as it was.
  await runPgTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${database}`],
    url,
    payload,
  );
  return withClient(
    url,
    async (c) => (await c.query<{ centres: number; participants: number }>(COUNTS)).rows[0]!,
  );
}

/**
 * Restores a backup file into an empty target after verifying it completely (passphrase, integrity,
 * checksum, format version, engine): a file that fails any check writes nothing.
 */
export async function restoreBackup(
  target: RestoreTarget,
  file: Buffer,
  passphrase: string,
): Promise<RestoreSummary> {
  const { header, payload } = await openBackup(file, passphrase);
  if (header.engine !== target.engine)
    throw new AppError('BACKUP_ENGINE_MISMATCH', {
      message:
        header.engine === 'pglite'
          ? 'Ta kopia pochodzi z bazy wbudowanej (PGlite): odtwórz ją do nowego katalogu DATA_DIR, bez DATABASE_URL.'
          : 'Ta kopia pochodzi z PostgreSQL: odtwórz ją do nowej, pustej bazy wskazanej w DATABASE_URL.',
    });
  const counts =
    target.engine === 'pglite'
      ? await restorePglite(target.dataDir, payload)
      : await restorePostgres(target.url, payload);
  return { header, ...counts };
}
