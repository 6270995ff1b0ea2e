import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app';
import { createDeps, openMigratedDatabase } from '../../src/main';
import { admitThroughApi } from '../factories/pathway.factory';
import { clientFor, seedCentre } from '../support/api';
import { readBack } from '../reports/pdf-readback';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'reintegra-cli-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reintegra report annual (child process)', () => {
  it('writes JSON and PDF by id or REGON; a year not started is exit 2', { timeout: 120_000 }, async () => {
    const dataDir = join(dir, 'data');
    const handle = await openMigratedDatabase({ dataDir, databaseUrl: undefined });
    const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
    const app = await buildApp(deps, { logLevel: 'silent' });
    const centre = await seedCentre(deps);
    const director = await clientFor(app, centre.accounts.DIRECTOR);
    await admitThroughApi(director);
    await admitThroughApi(director);
    const regon = (await director.get('/api/v1/centre')).json().regon as string;
    const fromApi = (await director.get('/api/v1/reports/annual/2026')).json();
    await app.close();
    await handle.close();
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };

    const json = join(dir, 'r.json');
    const a = await runCli(
      ['report', 'annual', '--centre', centre.centreId, '--year', '2026', '--format', 'json', '--out', json],
      '',
      env,
    );
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain('uczestnicy 2');
    const written = JSON.parse(readFileSync(json, 'utf8'));
    expect(written.participants).toEqual(fromApi.participants);
    expect(written.finance).toEqual(fromApi.finance);

    const pdf = join(dir, 'r.pdf');
    const b = await runCli(
      ['report', 'annual', '--centre', regon, '--year', '2026', '--format', 'pdf', '--out', pdf],
      '',
      env,
    );
    expect(b.code, b.stderr).toBe(0);
    expect(readBack('cli-annual', readFileSync(pdf)).text).toContain(
      'SPRAWOZDANIE CENTRUM INTEGRACJI SPOŁECZNEJ ZA ROK 2026',
    );

    const future = await runCli(
      ['report', 'annual', '--centre', regon, '--year', '2099', '--format', 'pdf', '--out', pdf],
      '',
      env,
    );
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('jeszcze się nie zaczął');
    expect(
      (
        await runCli(
          ['report', 'annual', '--centre', regon, '--year', '2026', '--format', 'odt', '--out', pdf],
          '',
          env,
        )
      ).code,
    ).toBe(2);
  });
});
