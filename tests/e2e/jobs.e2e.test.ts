import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { AppDeps } from '../../src/app/deps';
import { buildApp } from '../../src/http/app';
import { createDeps, WEB_DIR } from '../../src/main';
import { createTestDb } from '../support/db';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  screenshotOnFailure,
  setupDirectorThroughApi,
  signInThroughUi,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';
const EMAIL = 'kierownik@zadania.example.pl';
const shots = mkdtempSync(join(tmpdir(), 'reintegra-jobs-'));

const CSV = Buffer.from(
  [
    'Imię;Nazwisko;PESEL;Data urodzenia;Płeć (K/M);Miejscowość',
    'Teresa;Kolejkowa;;12.06.1975;K;Bolesławiec',
    'Marek;Zadaniowy;;03.04.1979;M;Gromadka',
  ].join('\r\n') + '\r\n',
);

/** Issue #13 item 8 in Chromium: long jobs started in the background show their state, progress and result. */
describe.skipIf(!e2eEnabled)('background jobs in Chromium', { timeout: 180_000 }, () => {
  let deps: AppDeps;
  let baseUrl: string;
  let close: () => Promise<void>;
  let browser: Browser;
  let page: Page | undefined;

  /** Queues the participant import through the API, as the import page would (preview, then the job). */
  async function queueImport() {
    const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken };
    const form = (fields: Record<string, string>) => {
      const f = new FormData();
      f.append('file', new Blob([CSV], { type: 'text/csv' }), 'lista.csv');
      for (const [k, v] of Object.entries(fields)) f.append(k, v);
      return f;
    };
    const preview = (await (
      await fetch(`${baseUrl}/api/v1/participants/import/preview`, {
        method: 'POST',
        headers,
        body: form({}),
      })
    ).json()) as { mapping: unknown; fileSha256: string };
    const queued = await fetch(`${baseUrl}/api/v1/jobs/participant-import`, {
      method: 'POST',
      headers,
      body: form({ mapping: JSON.stringify(preview.mapping), sha256: preview.fileSha256 }),
    });
    expect(queued.status).toBe(202);
  }

  beforeAll(async () => {
    const handle = await createTestDb('pglite');
    deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
    const app = await buildApp(deps, { webDir: WEB_DIR, logLevel: 'silent' });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    close = async () => {
      await deps.jobs?.stop();
      await app.close();
      await handle.close();
    };
    await setupDirectorThroughApi(baseUrl, {
      fullName: 'Teresa Kierownik',
      email: EMAIL,
      password: PASSWORD,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it(
    'runs a network payroll from the page and follows it to its result; an ' +
      'import and its failure show there too',
    async (ctx) => {
      page = await signInThroughUi(browser, baseUrl, EMAIL, PASSWORD);
      await page.getByRole('navigation').getByRole('link', { name: 'Zadania w tle' }).click();
      await page.getByRole('heading', { name: 'Zadania w tle', level: 1 }).waitFor();
      await page.getByText('Nie ma jeszcze żadnych zadań.').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('Miesiąc').fill('2026-05');
      await page.getByRole('button', { name: 'Uruchom w tle' }).click();
      await page.getByRole('status').filter({ hasText: 'Zadanie przyjęte' }).waitFor();
      // The page polls: no reload, the row turns from queued/running to done with what was computed.
      const row = page.getByRole('row', { name: /Listy wypłat we wszystkich moich CIS/ });
      await row.getByText('zakończone').waitFor({ timeout: 30_000 });
      await row.getByText('Obliczono 1 listę wypłat.').waitFor();
      expect(await row.getByText(EMAIL).count()).toBe(1);
      expect(await row.getByRole('progressbar', { name: /Listy wypłat/ }).getAttribute('value')).toBe('1');
      await page.screenshot({ path: join(shots, '1-payroll-done.png'), fullPage: true });

      // The same file twice (queued where the import starts, then the user opens the jobs page again):
      // the first import is done, the second fails on the look-alikes — in Polish.
      await queueImport();
      await page.reload();
      await page.getByRole('cell', { name: 'Zaimportowano 2 osoby.' }).waitFor({ timeout: 30_000 });
      await queueImport();
      await page.reload();
      const failed = page.getByRole('row', { name: /nieudane/ });
      await failed.waitFor({ timeout: 30_000 });
      expect(await failed.getByRole('cell', { name: 'Import uczestników' }).count()).toBe(1);
      expect((await failed.textContent()) ?? '').toMatch(/mogą być już zarejestrowane/);
      expect(await page.getByRole('row').count()).toBe(4); // header + 3 jobs
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, '2-imports.png'), fullPage: true });
      console.log(`screenshots: ${shots}`);
      await screenshotOnFailure(ctx, page, shots);
    },
  );
});
