import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../app/app-error';
import { createBackup } from '../../app/backup/create-backup';
import { restoreBackup } from '../../app/backup/restore-backup';
import { loadConfig } from '../../config';
import type { ErrorCode } from '../../contracts/errors';
import { openDatabase } from '../../db/connection';
import type { CliCommand, CliIo } from '../io';

const BACKUP_USAGE =
  'Użycie: reintegra backup --out PLIK   (hasło: zmienna BACKUP_PASSPHRASE albo standardowe wejście)';
const RESTORE_USAGE =
  'Użycie: reintegra restore --in PLIK  (hasło: zmienna BACKUP_PASSPHRASE albo standardowe wejście)';

/** A bad file or passphrase is the caller's input (exit 2); anything else the installation's state (exit 1). */
const INPUT_ERRORS: ErrorCode[] = [
  'BACKUP_PASSPHRASE_WRONG',
  'BACKUP_PASSPHRASE_TOO_SHORT',
  'BACKUP_FILE_INVALID',
  'BACKUP_FORMAT_UNSUPPORTED',
];

function parseFileOption(args: string[], name: 'out' | 'in', io: CliIo, usage: string): string | undefined {
  try {
    const { values } = parseArgs({ args, options: { [name]: { type: 'string' } } });
    const value = values[name];
    if (typeof value === 'string' && value) return value;
  } catch (error) {
    io.err((error as Error).message);
  }
  io.err(usage);
  return undefined;
}

/** The passphrase from BACKUP_PASSPHRASE, else the first line of stdin; never from an argument. */
async function passphraseOf(io: CliIo, fromEnv: string | undefined): Promise<string | undefined> {
  if (fromEnv) return fromEnv;
  const line = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  if (line) return line;
  io.err('Błąd: podaj hasło kopii w zmiennej BACKUP_PASSPHRASE albo na standardowym wejściu.');
  return undefined;
}

function reportError(error: unknown, io: CliIo): number {
  if (!(error instanceof AppError)) throw error;
  io.err(`Błąd: ${error.message}`);
  return INPUT_ERRORS.includes(error.code) ? 2 : 1;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
const engineName = (engine: 'pglite' | 'postgres') => (engine === 'pglite' ? 'PGlite' : 'PostgreSQL');

/** `reintegra backup --out FILE`: an encrypted backup of the configured database (PGlite or PostgreSQL). */
export const backupCommand: CliCommand = async (args, io) => {
  const out = parseFileOption(args, 'out', io, BACKUP_USAGE);
  if (!out) return 2;
  const config = loadConfig();
  const passphrase = await passphraseOf(io, config.backupPassphrase);
  if (!passphrase) return 2;
  try {
    if (!config.databaseUrl) {
      if (!existsSync(join(config.dataDir, 'PG_VERSION'))) throw new AppError('BACKUP_SOURCE_MISSING');
      // PGlite writes postmaster.pid while a process has the directory open; a second opener would corrupt it.
      if (existsSync(join(config.dataDir, 'postmaster.pid'))) throw new AppError('BACKUP_DATABASE_IN_USE');
    }
    const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    let result: Awaited<ReturnType<typeof createBackup>>;
    try {
      result = await createBackup(
        config.databaseUrl
          ? { engine: 'postgres', db: handle.db, url: config.databaseUrl }
          : { engine: 'pglite', db: handle.db },
        passphrase,
        new Date(),
      );
    } finally {
      await handle.close();
    }
    // Written beside the target and renamed: a failed run never leaves a half-written backup.
    const partial = `${out}.partial-${process.pid}`;
    try {
      writeFileSync(partial, result.file, { mode: 0o600 });
      renameSync(partial, out);
    } finally {
      rmSync(partial, { force: true });
    }
    const { header } = result;
    io.out(
      `Zapisano kopię zapasową ${out}: ${megabytes(result.file.length)}, ${engineName(header.engine)}, ` +
        `schemat ${header.migrations.at(-1) ?? '—'}, SHA-256 danych ${header.payload.sha256.slice(0, 16)}…`,
    );
    return 0;
  } catch (error) {
    return reportError(error, io);
  }
};

/** `reintegra restore --in FILE`: verifies a backup and restores it into an empty database. */
export const restoreCommand: CliCommand = async (args, io) => {
  const input = parseFileOption(args, 'in', io, RESTORE_USAGE);
  if (!input) return 2;
  let file: Buffer;
  try {
    file = readFileSync(input);
  } catch (error) {
    io.err(`Błąd: nie można odczytać pliku ${input} (${(error as NodeJS.ErrnoException).code ?? 'błąd'}).`);
    return 2;
  }
  const config = loadConfig();
  const passphrase = await passphraseOf(io, config.backupPassphrase);
  if (!passphrase) return 2;
  try {
    const summary = await restoreBackup(
      config.databaseUrl
        ? { engine: 'postgres', url: config.databaseUrl }
        : { engine: 'pglite', dataDir: config.dataDir },
      file,
      passphrase,
    );
    io.out(
      `Odtworzono kopię z ${summary.header.createdAt} (${engineName(summary.header.engine)}): ` +
        `centra: ${summary.centres}, uczestnicy: ${summary.participants}. Teraz uruchom serwer: reintegra serve`,
    );
    return 0;
  } catch (error) {
    return reportError(error, io);
  }
};
