import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps';
import { buildApp } from '../../src/http/app';
import { createDeps, WEB_DIR } from '../../src/main';
import { insertCoordinatorAccount, insertStays, stays } from '../factories/network.factory';
import { seedCentre, TEST_PASSWORD } from '../support/api';
import { createTestDb } from '../support/db';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupDirectorThroughApi,
  signInThroughUi,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';
const YEAR = new Date().getFullYear();
const out = mkdtempSync(join(tmpdir(), 'reintegra-networks-'));

/** Issue 19 in Chromium: a coordinator invites two centres, publishes a template, one adopts it, the figures show. */
describe.skipIf(!e2eEnabled)('a network of centres in Chromium', { timeout: 180_000 }, () => {
  let baseUrl: string;
  let close: () => Promise<void>;
  let deps: AppDeps;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let coordinatorEmail: string;
  let directorB: string;
  let networkId: string;

  beforeAll(async () => {
    console.log(`screenshots: ${out}`);
    const handle = await createTestDb('pglite');
    deps = createDeps(handle, { sessionIdleMinutes: 120, sessionAbsoluteHours: 12 });
    const app = await buildApp(deps, { webDir: WEB_DIR, logLevel: 'silent' });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    close = async () => {
      await app.close();
      await handle.close();
    };
    call = await setupDirectorThroughApi(baseUrl, {
      fullName: 'Anna Kierownik',
      email: 'kierownik@gorzow.example.pl',
      password: PASSWORD,
    });
    const centreA = (await call('GET', '/api/v1/centre')).id as string;
    const b = await seedCentre(deps, ['DIRECTOR'], { name: 'Klub Integracji Społecznej w Słubicach' });
    directorB = b.accounts.DIRECTOR;
    await insertStays(deps.db, centreA, [
      ...stays(14, { groups: ['HOMELESS'], admission: `${YEAR}-02-01` }),
      ...stays(3, { groups: ['LONG_TERM_UNEMPLOYED'], admission: `${YEAR}-03-01` }),
    ]);
    await insertStays(
      deps.db,
      b.centreId,
      stays(22, { groups: ['DISABILITY'], kind: 'KIS_CONTRACT', admission: `${YEAR}-01-10` }),
    );
    coordinatorEmail = await insertCoordinatorAccount(deps.db);
    networkId = (
      await call('POST', '/api/v1/networks', {
        name: 'Klaster CIS i KIS Subregionu Gorzowskiego',
        kind: 'CLUSTER',
        areaCodes: ['0861'],
        coordinatorOrgName: 'Ośrodek Wsparcia Ekonomii Społecznej w Gorzowie',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: [coordinatorEmail],
      })
    ).id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  async function openNetworks(page: Page) {
    await page.getByRole('link', { name: 'Sieci centrów' }).click();
    await page
      .getByRole('heading', { name: 'Klaster CIS i KIS Subregionu Gorzowskiego', level: 2 })
      .waitFor();
  }

  it(
    'the coordinator invites two centres and publishes a template; a director ' +
      'accepts and adopts it; the figures show',
    async () => {
      const coordinator = await signInThroughUi(browser, baseUrl, coordinatorEmail, TEST_PASSWORD);
      await openNetworks(coordinator);
      for (const name of [/^Centrum Integracji Społecznej/, /^Klub Integracji Społecznej w Słubicach/]) {
        const select = coordinator.getByLabel('Centrum do zaproszenia');
        // The candidates arrive after the page; wait for the centre's option before choosing it.
        const wanted = select.locator('option').filter({ hasText: name });
        await wanted.waitFor({ state: 'attached' });
        await select.selectOption({ label: (await wanted.textContent())! });
        await coordinator.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
        await coordinator.getByRole('status').filter({ hasText: 'Wysłano zaproszenie.' }).waitFor();
      }
      expect(await coordinator.getByRole('cell', { name: 'zaproszone' }).count()).toBe(2);
      // A wrong input first: a document without its title — said at the field in Polish, nothing sent.
      const published: string[] = [];
      coordinator.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith(`/api/v1/networks/${networkId}/documents`))
          published.push(r.url());
      });
      await coordinator.getByLabel('Treść').fill('Bez tytułu.');
      await coordinator.getByRole('button', { name: 'Opublikuj', exact: true }).click();
      await coordinator.locator('#f-title-error', { hasText: 'To pole jest wymagane.' }).waitFor();
      expect(await coordinator.locator('#f-title').getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(coordinator)).toEqual([]);
      expect(published).toEqual([]);
      await coordinator.getByLabel('Rodzaj').selectOption({ label: 'wzór dokumentu' });
      await coordinator.getByLabel('Tytuł').fill('Wzór regulaminu uczestnictwa w zajęciach');
      await coordinator
        .getByLabel('Treść')
        .fill('§ 1. Regulamin określa zasady uczestnictwa w zajęciach centrum.');
      await coordinator.getByRole('button', { name: 'Opublikuj', exact: true }).click();
      await coordinator.getByRole('heading', { name: /Wzór regulaminu uczestnictwa/, level: 4 }).waitFor();
      expect(published).toHaveLength(1);
      await coordinator.screenshot({ path: join(out, 'networks-coordinator-invited.png'), fullPage: true });
      expect(await axeViolations(coordinator)).toEqual([]);

      // Centre A's director answers through the API; centre B's director in the browser.
      await call('POST', `/api/v1/networks/${networkId}/membership/accept`);
      const director = await signInThroughUi(browser, baseUrl, directorB, TEST_PASSWORD);
      await openNetworks(director);
      await director.getByRole('button', { name: 'Przyjmij zaproszenie' }).click();
      await director.getByRole('button', { name: 'Przyjmij wersję 1' }).click();
      await director.getByText('Przyjęta przez Twoje centrum: wersja 1').waitFor();
      await director
        .getByRole('row', { name: /Moje centrum \(dokładnie\)/ })
        .first()
        .waitFor();
      await director.screenshot({ path: join(out, 'networks-member-adopted.png'), fullPage: true });
      expect(await axeViolations(director)).toEqual([]);

      await coordinator.reload();
      await coordinator.getByRole('heading', { name: 'Wskaźniki sieci' }).waitFor();
      const groups = coordinator.locator('table', { hasText: 'Uczestnicy w roku według grup' });
      await groups.waitFor();
      const rowA = groups.getByRole('row', { name: /^Centrum Integracji Społecznej/ });
      expect(await rowA.textContent()).toContain('<5');
      expect(await groups.textContent()).toContain('22');
      expect(await coordinator.getByText('Przyjęli: Klub Integracji Społecznej w Słubicach').count()).toBe(1);
      await coordinator.screenshot({
        path: join(out, 'networks-coordinator-indicators.png'),
        fullPage: true,
      });
      expect(await axeViolations(coordinator)).toEqual([]);
    },
  );
});
