import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildCentreInput } from '../factories/centre.factory';
import { buildPerson } from '../factories/pathway.factory';
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
const SHOTS = join(tmpdir(), 'reintegra-records-e2e');

/** Console errors a page logged (failed requests show up as "Failed to load resource: … 401/404"). */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

describe.skipIf(!e2eEnabled)(
  'records in Chromium: a participant corrected after registration (audited); a KIS without payroll',
  { timeout: 90_000 },
  () => {
    let server: Awaited<ReturnType<typeof startE2eServer>>;
    let browser: Browser;
    let page: Page | undefined;
    let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
    let personId: string;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      server = await startE2eServer();
      call = await setupDirectorThroughApi(server.baseUrl, {
        fullName: 'Dorota Kierownik',
        email: 'kierownik@cis.example.pl',
        password: PASSWORD,
      });
      const worker = await call<{ id: string }>('POST', '/api/v1/users', {
        email: 'socjalna@cis.example.pl',
        fullName: 'Sabina Socjalna',
        roles: ['SOCIAL_WORKER'],
        password: PASSWORD,
      });
      // Art. 8b ust. 4: the social worker is authorised to process participants' data (decision 0009).
      await call('POST', '/api/v1/privacy/authorisations', {
        userId: worker.id,
        issuedOn: '2026-01-02',
        validFrom: '2026-01-02',
        pledgeSignedOn: '2026-01-02',
      });
      const person = await call<{ id: string }>(
        'POST',
        '/api/v1/participants',
        buildPerson({ firstName: 'Halina', lastName: 'Poprawska', bankAccount: null, phone: '600 100 200' }),
      );
      personId = person.id;
      browser = await launchBrowser();
    });
    afterEach(async (ctx) => {
      await screenshotOnFailure(ctx, page, SHOTS);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it(
      'a social worker corrects the phone and address and enters a bank account ' +
        'she then sees as "wpisano"',
      async () => {
        page = await signInThroughUi(browser, server.baseUrl, 'socjalna@cis.example.pl', PASSWORD);
        const consoleErrors = collectConsoleErrors(page);
        expect(await page.getByText('pojawią się tutaj wkrótce').count()).toBe(0);
        await page.getByRole('link', { name: /Rejestracja osób i ich ścieżka/ }).click();
        await page.getByRole('link', { name: /Poprawska Halina/ }).click();
        await page.getByRole('heading', { name: 'Halina Poprawska' }).waitFor();
        await page.getByRole('button', { name: 'Popraw dane' }).click();
        await page.getByRole('heading', { name: 'Popraw dane osoby' }).waitFor();
        await page.getByLabel('Telefon').fill('600 999 888');
        await page.getByLabel('Ulica').fill('ul. Kwiatowa');
        await page.getByLabel('Nr domu').fill('7');
        await page.getByLabel('Kod pocztowy').fill('59-700');
        await page.getByLabel('Miejscowość').fill('Bolesławiec');
        await page.getByLabel('Wykształcenie').selectOption('3');
        await page.locator('#f-edit-bankAccount').fill('61 1090 1014 0000 0712 1981 2874');
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(SHOTS, 'edit-form.png'), fullPage: true });
        await page
          .getByRole('region', { name: 'Popraw dane osoby' })
          .getByRole('button', { name: 'Zapisz', exact: true })
          .click();
        await expect
          .poll(() => page!.getByRole('status').first().textContent())
          .toContain('Zapisano poprawki');
        expect(await page.getByText('600 999 888').count()).toBeGreaterThan(0);
        expect(await page.getByText('ul. Kwiatowa 7, 59-700 Bolesławiec').count()).toBe(1);
        // She may enter the account but not read it back.
        expect(await page.getByText('wpisano', { exact: true }).count()).toBe(1);
        expect(await page.getByText('61 1090 1014').count()).toBe(0);
        const history = page.getByRole('region', { name: 'Historia poprawek danych' });
        await history.getByText('Telefon: 600 100 200 → 600 999 888').waitFor();
        expect(await history.getByText('Rachunek bankowy (NRB): wpisano (wartość ukryta)').count()).toBe(1);
        expect(await history.getByText(/Sabina Socjalna/).count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(SHOTS, 'after-correction.png'), fullPage: true });
        expect(consoleErrors).toEqual([]);
        await page.close();
      },
    );

    it('the director sees the correction with its values and in the audit log, in Polish', async () => {
      page = await signInThroughUi(browser, server.baseUrl, 'kierownik@cis.example.pl', PASSWORD);
      const consoleErrors = collectConsoleErrors(page);
      await page.goto(`${server.baseUrl}/participants/${personId}`);
      await page.getByRole('heading', { name: 'Halina Poprawska' }).waitFor();
      expect(await page.getByText('61 1090 1014 0000 0712 1981 2874').count()).toBeGreaterThan(0);
      const history = page.getByRole('region', { name: 'Historia poprawek danych' });
      await history.getByText('Rachunek bankowy (NRB): puste → 61 1090 1014 0000 0712 1981 2874').waitFor();
      await page.getByRole('link', { name: 'Dziennik zdarzeń' }).first().click();
      await page.getByRole('heading', { name: 'Dziennik zdarzeń' }).waitFor();
      const row = page.getByRole('row', { name: /Zmiana danych uczestnika/ }).first();
      await row.waitFor();
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('Zmienione pola');
      expect(text).toContain('Telefon');
      expect(text).not.toContain('changedFields');
      expect(text).not.toContain('participant.update');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'audit.png'), fullPage: true });
      expect(consoleErrors).toEqual([]);
      await page.close();
    });

    it('logs no 401 or 404 in the console from the first page load through the director’s daily pages', async () => {
      page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'pl-PL' });
      const consoleErrors = collectConsoleErrors(page);
      await page.goto(server.baseUrl);
      await page.getByLabel('E-mail').fill('kierownik@cis.example.pl');
      await page.getByLabel('Hasło').fill(PASSWORD);
      await page.getByRole('button', { name: 'Zaloguj' }).click();
      await page.getByRole('heading', { name: /Witaj/ }).waitFor();
      const tasks = page.getByRole('region', { name: 'Twoje codzienne zadania' });
      for (const link of [
        'Rejestracja osób',
        'Obecność na dzisiejszych',
        'wypłata świadczeń',
        'Kontakty z osobami',
      ])
        expect(await tasks.getByRole('link', { name: new RegExp(link) }).count(), link).toBe(1);
      await page.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });
      for (const [path, heading] of [
        ['/participants', 'Uczestnicy'],
        [`/participants/${personId}`, 'Halina Poprawska'],
        ['/workshops', 'Warsztaty'],
        ['/follow-ups', /kontakt/i],
        ['/users', 'Użytkownicy'],
        ['/audit', 'Dziennik zdarzeń'],
        ['/account', 'Moje konto'],
      ] as const) {
        await page.goto(`${server.baseUrl}${path}`);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
      }
      await page.getByRole('button', { name: 'Wyloguj', exact: true }).click();
      await page.getByRole('button', { name: 'Zaloguj' }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Zaloguj' }).waitFor();
      expect(consoleErrors).toEqual([]);
      await page.close();
    });

    it('a KIS is offered no payroll, and its social contract prints as a contract, not an IPZS', async () => {
      const kis = await call<{ id: string }>(
        'POST',
        '/api/v1/centres',
        buildCentreInput({ type: 'KIS', name: 'Klub Integracji Społecznej „Razem”' }),
      );
      // A staff member in the CIS only: after the switch, the KIS's register must not show her (the read of the
      // CIS is cached in the browser under the same address).
      await call('POST', '/api/v1/staff', {
        fullName: 'Ewa Kadrowa',
        sex: 'F',
        function: 'INSTRUCTOR',
        basis: 'EMPLOYMENT_CONTRACT',
        fte: 1,
        conductsClasses: true,
        fromDate: '2026-01-01',
        toDate: null,
      });
      await call('POST', '/api/v1/me/centre', { centreId: kis.id });
      const me = await call<{ user: { id: string } }>('GET', '/api/v1/me');
      await call('PATCH', `/api/v1/users/${me.user.id}`, { roles: ['ADMIN', 'DIRECTOR'] });
      page = await signInThroughUi(browser, server.baseUrl, 'kierownik@cis.example.pl', PASSWORD);
      const consoleErrors = collectConsoleErrors(page);
      const nav = page.getByRole('navigation', { name: 'Menu główne' });
      expect(await nav.getByRole('link', { name: 'Wypłaty' }).count()).toBe(1);
      await nav.getByRole('link', { name: 'Kadra' }).click();
      await page.getByRole('row', { name: /Ewa Kadrowa/ }).waitFor();
      await page
        .getByLabel('Bieżące centrum')
        .selectOption({ label: 'Klub Integracji Społecznej „Razem” (KIS)' });
      await nav.getByRole('link', { name: 'Start' }).click();
      await page.getByText('Klub Integracji Społecznej „Razem” — ').waitFor();
      await nav.getByRole('link', { name: 'Kadra' }).click();
      await page.getByText('Rejestr jest pusty.').waitFor();
      expect(await page.getByText('Ewa Kadrowa').count()).toBe(0);
      await nav.getByRole('link', { name: 'Start' }).click();
      await page.getByText('Klub Integracji Społecznej „Razem” — ').waitFor();
      expect(await nav.getByRole('link', { name: 'Wypłaty' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /wypłata świadczeń/ }).count()).toBe(0);
      await page.goto(`${server.baseUrl}/payroll`);
      await page.getByRole('heading', { name: 'Nie znaleziono strony' }).waitFor();
      expect(await page.getByText('Oblicz listę z obecności').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'kis-home.png'), fullPage: true });
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  },
);
