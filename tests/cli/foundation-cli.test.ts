import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/db/connection';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const dataDir = join(mkdtempSync(join(tmpdir(), 'reintegra-cli-')), 'data');

async function cli(args: string[], stdin?: string) {
  const child = execFile(process.execPath, [join(root, 'bin/reintegra.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  if (stdin !== undefined) child.stdin!.end(stdin);
  else child.stdin!.end();
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}

describe('reintegra CLI: migrate and user add', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates a new data dir, then says it is up to date', async () => {
    const first = await cli(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('20261123_0001_foundation');
    const second = await cli(['migrate']);
    expect(second.stdout).toContain('Baza jest aktualna');
  });

  it('adds a user to a centre found by REGON, reading the password from stdin; refuses a weak one', async () => {
    const handle = await openPglite(dataDir);
    await handle.db
      .insertInto('centres')
      .values({
        type: 'KIS',
        name: 'Klub Integracji Społecznej',
        regon: '123456785',
        nip: '5260250995',
        street: 'ul. Polna',
        building_no: '3',
        postal_code: '59-700',
        city: 'Bolesławiec',
        gmina_code: '0201011',
        founding_institution_name: 'Gmina',
        founding_institution_type: 'JST',
        status_date: '2020-01-01',
        settings: '{}',
      })
      .execute();
    await handle.close();

    const weak = await cli(
      [
        'user',
        'add',
        '--centre',
        '123456785',
        '--email',
        'ewa@kis.pl',
        '--role',
        'DIRECTOR',
        '--password-stdin',
      ],
      'krotkie\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('co najmniej 12 znaków');

    const ok = await cli(
      [
        'user',
        'add',
        '--centre',
        '123456785',
        '--email',
        'ewa@kis.pl',
        '--role',
        'director',
        '--name',
        'Ewa Nowak',
        '--password-stdin',
      ],
      'Kwitnaca-Jablon-77\n',
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Utworzono konto ewa@kis.pl (DIRECTOR)');

    const unknown = await cli(
      ['user', 'add', '--centre', '999999999', '--email', 'x@kis.pl', '--role', 'ADMIN', '--password-stdin'],
      'Kwitnaca-Jablon-77\n',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Nie znaleziono centrum');

    const usage = await cli(['user', 'add', '--email', 'x@kis.pl']);
    expect(usage.code).toBe(2);
  });

  it('prints help and refuses an unknown command', async () => {
    const { stdout } = await run(process.execPath, [join(root, 'bin/reintegra.mjs'), '--help'], {
      cwd: root,
    });
    expect(stdout).toContain('user add --centre');
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
  });
});
