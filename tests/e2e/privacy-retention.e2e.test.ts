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
import { buildDecision, buildIpzs, buildPerson, buildReferral } from '../factories/pathway.factory';

const PASSWORD = 'Trudne-Haslo-2026!';
const shots = mkdtempSync(join(tmpdir(), 'reintegra-retention-'));

/** Issue #14 item 3 in Chromium: the director sees who is due after the retention period and approves. */
describe.skipIf(!e2eEnabled)('retention and anonymisation in Chromium', { timeout: 180_000 }, () => {
  let deps: AppDeps;
  let baseUrl: string;
  let close: () => Promise<void>;
  let browser: Browser;
  let page: Page | undefined;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  const keptUntilYear = Number(new Date().toISOString().slice(0, 4)) + 10;

  beforeAll(async () => {
    // The real server in this process, so that the test can move the app's clock (deps.now); the idle
    // limit is long enough to outlast the move.
    const handle = await createTestDb('pglite');
    deps = createDeps(handle, {
      sessionIdleMinutes: 60 * 24 * 366 * 20,
      sessionAbsoluteHours: 24 * 366 * 20,
    });
    const app = await buildApp(deps, { webDir: WEB_DIR, logLevel: 'silent' });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    close = async () => {
      await app.close();
      await handle.close();
    };
    call = await setupDirectorThroughApi(baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@retencja.example.pl',
      password: PASSWORD,
    });
    for (const [firstName, lastName] of [
      ['Halina', 'Odchodząca'],
      ['Roman', 'Trwały'],
    ]) {
      const id = (await call('POST', '/api/v1/participants', buildPerson({ firstName, lastName }))).id;
      const referral = await call('POST', `/api/v1/participants/${id}/referrals`, buildReferral());
      await call('POST', `/api/v1/participants/${id}/eligibility-decisions`, buildDecision(referral.id));
      const draft = await call('POST', `/api/v1/participants/${id}/programmes`, buildIpzs());
      const signed = await call('POST', `/api/v1/participants/${id}/programmes/${draft.id}/sign`, {
        signedOn: draft.admissionDate,
        version: draft.version,
      });
      if (lastName === 'Odchodząca')
        await call('POST', `/api/v1/participants/${id}/programmes/${draft.id}/exit`, {
          type: 'COMPLETED',
          lastDay: '2026-06-30',
          version: signed.version,
        });
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('lists the person whose retention is over, approves the anonymisation and shows it done', async (ctx) => {
    page = await signInThroughUi(browser, baseUrl, 'kierownik@retencja.example.pl', PASSWORD);
    await page.goto(`${baseUrl}/privacy`);
    await page.getByRole('tab', { name: 'Przechowywanie danych' }).click();
    await page.getByRole('heading', { name: 'Okres przechowywania trwa' }).waitFor();
    await page.getByRole('cell', { name: 'Halina Odchodząca' }).waitFor();
    expect(await page.getByText('Nie ma osób, których okres przechowywania danych minął.').count()).toBe(1);
    expect(await page.getByRole('cell', { name: `31.12.${keptUntilYear}` }).count()).toBe(1);
    expect(await page.getByText('Roman Trwały').count()).toBe(0); // still taking part
    await page.screenshot({ path: join(shots, '1-running.png'), fullPage: true });

    // Eleven years on: the app's clock moves to January after the retention period.
    deps.now = () => new Date(`${keptUntilYear + 1}-01-02T09:00:00Z`);
    await page.reload();
    await page.getByRole('tab', { name: 'Przechowywanie danych' }).click();
    await page
      .getByRole('heading', { name: `Okres przechowywania minął (stan na 02.01.${keptUntilYear + 1})` })
      .waitFor();
    const approve = page.getByRole('button', { name: /Zatwierdź anonimizację/ });
    expect(await approve.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /Halina Odchodząca/ }).check();
    await page.getByRole('checkbox', { name: /Potwierdzam/ }).check();
    expect(await approve.textContent()).toBe('Zatwierdź anonimizację 1 osoby');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, '2-due.png'), fullPage: true });
    await approve.click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Zanonimizowano dane 1 osoby.' })
      .waitFor({ timeout: 30_000 });
    await page.getByRole('cell', { name: /^Osoba-[0-9A-F]{8}$/ }).waitFor();
    await page.getByText(/^wykonana /).waitFor();
    expect(await page.getByText('Odchodząca').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, '3-done.png'), fullPage: true });
    console.log(`screenshots: ${shots}`);

    // The participants list shows the pseudonym, never the name.
    await page.goto(`${baseUrl}/participants`);
    await page.getByRole('heading', { name: 'Uczestnicy', level: 1 }).waitFor();
    await page
      .getByText(/Osoba-[0-9A-F]{8}/)
      .first()
      .waitFor();
    expect(await page.getByText('Odchodząca').count()).toBe(0);
    await screenshotOnFailure(ctx, page, shots);
  });
});
