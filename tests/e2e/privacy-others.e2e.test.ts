import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  screenshotOnFailure,
  setupDirectorThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';
const shots = mkdtempSync(join(tmpdir(), 'reintegra-others-'));

/**
 * Issue #14 for people who are not participants, in Chromium: the director sees each kind's period and its
 * basis, erases a volunteer entered by mistake, approves the anonymisation of one whose period is over.
 */
describe.skipIf(!e2eEnabled)(
  'retention of people who are not participants in Chromium',
  { timeout: 180_000 },
  () => {
    let server: Awaited<ReturnType<typeof startE2eServer>>;
    let browser: Browser;
    let page: Page | undefined;

    beforeAll(async () => {
      server = await startE2eServer();
      const call = await setupDirectorThroughApi(server.baseUrl, {
        fullName: 'Teresa Kierownik',
        email: 'kierownik@inne.example.pl',
        password: PASSWORD,
      });
      const wanda = await call('POST', '/api/v1/volunteers', {
        firstName: 'Wanda',
        lastName: 'Ochotnicka',
        sex: 'F',
        birthDate: '1961-04-02',
        phone: '601 222 333',
      });
      await call('POST', `/api/v1/volunteers/${wanda.id}/agreements`, {
        signedOn: '2017-02-01',
        validFrom: '2017-02-01',
        validUntil: '2017-06-30',
        scope: 'kuchnia społeczna',
        written: true,
      });
      await call('POST', '/api/v1/volunteers', {
        firstName: 'Irena',
        lastName: 'Pomyłkowska',
        sex: 'F',
        birthDate: '1970-07-07',
      });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the rules, erases a mistake and anonymises the one whose period is over', async (ctx) => {
      page = await signInThroughUi(browser, server.baseUrl, 'kierownik@inne.example.pl', PASSWORD);
      await page.goto(`${server.baseUrl}/privacy`);
      await page.getByRole('tab', { name: 'Przechowywanie danych' }).click();
      const section = page.locator('section[aria-labelledby="po-title"]');
      await section.getByRole('heading', { name: 'Inne osoby, których dane przechowuje centrum' }).waitFor();
      await section
        .getByRole('cell', { name: /art\. 74 ust\. 2 i 4/ })
        .first()
        .waitFor();
      // 30.06.2017 + 6 years (the volunteers' rule) → kept to 31.12.2023.
      await section
        .getByRole('checkbox', {
          name: /Wanda Ochotnicka \(wolontariusz\) — 30\.06\.2017, przechowywanie do 31\.12\.2023/,
        })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, '1-others.png'), fullPage: true });

      const mistake = section.locator('tr', { hasText: 'Irena Pomyłkowska' });
      await mistake.getByRole('button', { name: 'Usuń błędny wpis' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Powód usunięcia').fill('Wpisana przez pomyłkę');
      await dialog.getByRole('button', { name: 'Usuń bezpowrotnie' }).click();
      await section
        .getByRole('status')
        .filter({ hasText: /pseudonim Osoba-[0-9A-F]{8}/ })
        .waitFor();
      expect(await page.getByText('Pomyłkowska').count()).toBe(0);

      const wanda = section.locator('tr', { hasText: 'Wanda Ochotnicka' });
      await wanda.getByRole('button', { name: 'Usuń błędny wpis' }).click();
      await dialog.getByLabel('Powód usunięcia').fill('Prośba osoby');
      await dialog.getByRole('button', { name: 'Usuń bezpowrotnie' }).click();
      await section.getByRole('alert').filter({ hasText: 'pisemne porozumienie o wolontariacie' }).waitFor();

      await section.getByRole('checkbox', { name: /Wanda Ochotnicka/ }).check();
      await section.getByRole('checkbox', { name: /Potwierdzam/ }).check();
      await section.getByRole('button', { name: 'Zatwierdź anonimizację (1)' }).click();
      await section
        .getByRole('status')
        .filter({ hasText: 'Zanonimizowano dane osób: 1.' })
        .waitFor({ timeout: 30_000 });
      await section.getByRole('cell', { name: /^Osoba-[0-9A-F]{8}$/ }).waitFor();
      expect(await page.getByText('Ochotnicka').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, '2-done.png'), fullPage: true });
      console.log(`screenshots: ${shots}`);
      await screenshotOnFailure(ctx, page, shots);
    });
  },
);
