import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { withPglite } from '../../db/pglite-dialect';
import { type BackupHeader, checkNewPassphrase, readBackupHeader, sealBackup } from './archive';
import { runPgTool } from './postgres-tools';

/** What to back up: an open database, and for PostgreSQL the URL pg_dump connects to. */
export type BackupSource = { engine: 'pglite'; db: Db } | { engine: 'postgres'; db: Db; url: string };

/** The names of the migrations applied to `db` (kept in the header: which schema the backup holds). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((r) => r.name);
}

/**
 * Makes an encrypted backup file of the whole installation: PGlite's own dump of its data directory
 * (taken while holding its only session, so it is consistent) or `pg_dump` in custom format.
 */
export async function createBackup(
  source: BackupSource,
  passphrase: string,
  now: Date,
): Promise<{ file: Buffer; header: BackupHeader }> {
  checkNewPassphrase(passphrase);
  const migrations = await appliedMigrations(source.db);
  let payload: Buffer;
  if (source.engine === 'pglite') {
    const dump = await withPglite(source.db, (pglite) => pglite.dumpDataDir('gzip'));
    if (!dump) throw new Error('createBackup: the database is not on PGlite');
    payload = Buffer.from(await dump.arrayBuffer());
  } else {
    payload = await runPgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges'], source.url);
  }
  const file = await sealBackup({ engine: source.engine, payload, migrations, createdAt: now }, passphrase);
  return { file, header: readBackupHeader(file).header };
}
