import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/connection';
import { buildApp } from '../../src/http/app';
import { createDeps, openMigratedDatabase } from '../../src/main';
import { closeMay, preparePayrollMonth } from '../factories/payroll.factory';
import { ApiClient } from '../support/api';
import { testEngines, type Engine } from '../support/db';
import { testDatabaseUrl } from '../support/env';
import { backupCommand, restoreCommand } from '../../src/cli/commands/backup';
import type { CliCommand } from '../../src/cli/io';
import { runCli, runInProcess } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'reintegra-cli-backup-'));
const databases: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!databases.length) return;
  const c = new pg.Client({ connectionString: testDatabaseUrl });
  await c.connect();
  for (const name of databases) await c.query(`drop database if exists ${name} with (force)`);
  await c.end();
});

const PASSPHRASE = 'Kopia-nocna-Bolesławiec-2026';

/** Where a database lives, as the CLI's environment says it: a data directory or a new PostgreSQL database. */
async function newTarget(engine: Engine, label: string): Promise<Record<string, string>> {
  if (engine === 'pglite')
    return { DATA_DIR: join(dir, `${label}-${randomBytes(3).toString('hex')}`), DATABASE_URL: '' };
  const name = `reintegra_bk_${label}_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: testDatabaseUrl });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  databases.push(name);
  const url = new URL(testDatabaseUrl!);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString(), DATA_DIR: join(dir, 'unused') };
}

const open = (env: Record<string, string>) =>
  openMigratedDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR ?? '' });

/** What staff see of the month: the people, their attendance days. */
async function snapshot(handle: DbHandle) {
  const people = await handle.db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'pesel', 'status', 'bank_account'])
    .orderBy('id')
    .execute();
  const days = await handle.db
    .selectFrom('attendance_entries')
    .select(['participant_id', 'date', 'status'])
    .orderBy('participant_id')
    .orderBy('date')
    .execute();
  return { people, days };
}

/** Runs a command in this process under the given environment: the refusals need no child process. */
async function inProcess(command: CliCommand, args: string[], stdin: string, env: Record<string, string>) {
  const full = { BACKUP_PASSPHRASE: '', ...env };
  const saved = Object.entries(full).map(([k]) => [k, process.env[k]] as const);
  Object.assign(process.env, full);
  try {
    return await runInProcess(command, args, stdin);
  } finally {
    for (const [k, v] of saved)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

describe.each(testEngines())('reintegra backup and restore on %s (CLI)', (engine) => {
  it('restores into a new database the same people, attendance and bank-file bytes of a closed month', {
    timeout: 240_000,
  }, async () => {
    const source = await newTarget(engine, 'src');
    const handle = await open(source);
    const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
    const app = await buildApp(deps, { logLevel: 'silent' });
    const { c, workshopId } = await preparePayrollMonth(app, deps);
    await closeMay(c, workshopId);
    const bankFile = '/api/v1/payroll/2026-05/bank-file?executionDate=2026-06-05';
    const bytes = (await c.ACCOUNTANT.get(bankFile)).rawPayload;
    expect(bytes.length).toBeGreaterThan(100);
    const before = await snapshot(handle);
    expect(before.people.length).toBe(4);
    expect(before.days.length).toBe(60);

    const file = join(dir, `${engine}.rbak`);
    const withPass = { ...source, BACKUP_PASSPHRASE: PASSPHRASE };
    if (engine === 'pglite') {
      // The server has the directory open: a second opener could corrupt it, so the CLI refuses.
      const busy = await inProcess(backupCommand, ['--out', file], '', withPass);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain('działający serwer');
      expect(existsSync(file)).toBe(false);
    }
    await app.close();
    await handle.close();
    if (engine === 'postgres') {
      // Without pg_dump on the PATH the operator is told which Debian package to install.
      const missing = await inProcess(backupCommand, ['--out', file], '', {
        ...withPass,
        PATH: '/nonexistent',
      });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('postgresql-client');
      expect(existsSync(file)).toBe(false);
    }

    const argument = await inProcess(
      backupCommand,
      ['--out', file, `--passphrase=${PASSPHRASE}`],
      '',
      withPass,
    );
    expect(argument.code).toBe(2);
    const made = await runCli(['backup', '--out', file], '', withPass);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('Zapisano kopię zapasową');
    const archive = readFileSync(file);
    expect(archive.includes(Buffer.from(before.people[0]!.last_name))).toBe(false);

    // A wrong passphrase, a damaged file and a missing passphrase: exit 2, nothing written.
    const target = await newTarget(engine, 'dst');
    const wrong = await inProcess(restoreCommand, ['--in', file], 'Kopia-nocna-Bolesławiec-2025\n', target);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Nieprawidłowe hasło');
    const damaged = Buffer.from(archive);
    damaged[Math.floor(damaged.length / 2)]! ^= 0x20;
    writeFileSync(join(dir, 'damaged.rbak'), damaged);
    const broken = await inProcess(
      restoreCommand,
      ['--in', join(dir, 'damaged.rbak')],
      `${PASSPHRASE}\n`,
      target,
    );
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('uszkodzony');
    expect((await inProcess(restoreCommand, ['--in', file], '', target)).code).toBe(2);
    if (engine === 'pglite') expect(existsSync(target.DATA_DIR!)).toBe(false);
    else {
      const c2 = new pg.Client({ connectionString: target.DATABASE_URL });
      await c2.connect();
      const tables = await c2.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`);
      await c2.end();
      expect(tables.rows[0].n).toBe(0);
    }

    // The passphrase typed on stdin; then a second restore into the now used target is refused.
    const restored = await runCli(['restore', '--in', file], `${PASSPHRASE}\n`, target);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('uczestnicy: 4');
    const again = await inProcess(restoreCommand, ['--in', file], `${PASSPHRASE}\n`, target);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('tylko do pustej bazy');
    // A backup of the other engine is refused with a pointer to the right target.
    const other = await inProcess(restoreCommand, ['--in', file], `${PASSPHRASE}\n`, {
      ...(engine === 'pglite'
        ? { DATABASE_URL: testDatabaseUrl ?? 'postgres://127.0.0.1:1/none' }
        : { DATABASE_URL: '', DATA_DIR: join(dir, 'never') }),
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('Ta kopia pochodzi z');

    const copy = await open(target);
    try {
      expect(await snapshot(copy)).toEqual(before);
      const app2 = await buildApp(createDeps(copy, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 }), {
        logLevel: 'silent',
      });
      // The accountant's session came back with the data: the same file, byte for byte.
      const accountant = new ApiClient(app2);
      accountant.cookie = c.ACCOUNTANT.cookie;
      const fromCopy = await accountant.get(bankFile);
      expect(fromCopy.statusCode, fromCopy.body).toBe(200);
      expect(fromCopy.rawPayload.equals(bytes)).toBe(true);
      await app2.close();
    } finally {
      await copy.close();
    }
  });
});
