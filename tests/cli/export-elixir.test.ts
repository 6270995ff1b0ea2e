import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app';
import { createDeps, openMigratedDatabase } from '../../src/main';
import { closeMay, preparePayrollMonth } from '../factories/payroll.factory';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'reintegra-cli-elixir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reintegra export elixir and payroll compute (child process)', () => {
  it('writes the same bytes as the web page, in each encoding; refuses wrong input with exit 2', {
    timeout: 120_000,
  }, async () => {
    const dataDir = join(dir, 'data');
    const handle = await openMigratedDatabase({ dataDir, databaseUrl: undefined });
    const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
    const app = await buildApp(deps, { logLevel: 'silent' });
    const { c, centreId, workshopId } = await preparePayrollMonth(app, deps);
    await closeMay(c, workshopId);
    const fromApi = {
      cp1250: (await c.ACCOUNTANT.get('/api/v1/payroll/2026-05/bank-file?executionDate=2026-06-05'))
        .rawPayload,
      'iso-8859-2': (
        await c.ACCOUNTANT.get(
          '/api/v1/payroll/2026-05/bank-file?executionDate=2026-06-05&encoding=iso-8859-2',
        )
      ).rawPayload,
    };
    await app.close();
    await handle.close();
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    for (const encoding of ['cp1250', 'iso-8859-2'] as const) {
      const out = join(dir, `przelewy-${encoding}.txt`);
      const r = await runCli(
        [
          'export',
          'elixir',
          '--centre',
          centreId,
          '--month',
          '2026-05',
          '--encoding',
          encoding,
          '--date',
          '2026-06-05',
          '--out',
          out,
        ],
        '',
        env,
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('przelewów');
      expect(readFileSync(out).equals(fromApi[encoding])).toBe(true);
    }
    expect(
      (
        await runCli(
          ['export', 'elixir', '--centre', centreId, '--month', '2026-13', '--out', join(dir, 'x.txt')],
          '',
          env,
        )
      ).code,
    ).toBe(2);
    const open = await runCli(
      ['export', 'elixir', '--centre', centreId, '--month', '2026-06', '--out', join(dir, 'y.txt')],
      '',
      env,
    );
    expect(open.code).toBe(1);
    expect(open.stderr).toContain('Błąd');
    // A network's payrolls in one run: May is closed and left alone; June is computed.
    const may = await runCli(['payroll', 'compute', '--month', '2026-05'], '', env);
    expect(may.code, may.stderr).toBe(0);
    expect(may.stdout).toContain('Pominięto zamknięte');
    const june = await runCli(['payroll', 'compute', '--month', '2026-06', '--centre', centreId], '', env);
    expect(june.code, june.stderr).toBe(0);
    expect(june.stdout).toMatch(/Obliczono listy wypłat za 2026-06: 1 centrum,/);
  });
});
