import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';

describe.skipIf(!e2eEnabled)(
  'participants in Chromium: register with live PESEL check, find without diacritics',
  { timeout: 60_000 },
  () => {
    let server: Awaited<ReturnType<typeof startE2eServer>>;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      server = await startE2eServer();
      await setupThroughApi(server.baseUrl, {
        fullName: 'Dyrektor Testowa',
        email: 'kierownik@cis.example.pl',
        password: PASSWORD,
      });
      // The first account is an administrator; give it the director's role too, as a small centre would.
      const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'kierownik@cis.example.pl', password: PASSWORD }),
      });
      const me = await login.json();
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const patch = await fetch(`${server.baseUrl}/api/v1/users/${me.user.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ roles: ['ADMIN', 'DIRECTOR'] }),
      });
      expect(patch.status).toBe(200);

      browser = await launchBrowser();
      page = await signInThroughUi(browser, server.baseUrl, 'kierownik@cis.example.pl', PASSWORD);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('registers a person, decoding the PESEL live and refusing a wrong one', async () => {
      await page.getByRole('link', { name: 'Uczestnicy' }).click();
      await page.getByRole('heading', { name: 'Uczestnicy', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Zarejestruj osobę' }).click();
      await page.getByLabel(/^Imię/).fill('Łukasz');
      await page.getByLabel(/^Nazwisko/).fill('Żółć');
      // A wrong input first: no PESEL and no birth date or sex, an e-mail without "@" — the browser says so
      // at the fields with the contract's own checks, and nothing is sent.
      const sent: string[] = [];
      const watch = (r: { method(): string; url(): string }) => {
        if (r.method() === 'POST' && r.url().endsWith('/api/v1/participants')) sent.push(r.url());
      };
      page.on('request', watch);
      await page.getByLabel('E-mail').fill('lukasz.example.pl');
      await page.getByRole('button', { name: 'Zapisz' }).click();
      await expect.poll(() => page.locator('#f-birthDate-error').textContent()).toContain('datę urodzenia');
      expect(await page.locator('#f-sex-error').textContent()).toContain('płeć');
      await page.locator('#f-email-error').waitFor();
      expect(await page.locator('#f-email').getAttribute('aria-invalid')).toBe('true');
      expect(sent).toEqual([]);
      page.off('request', watch);
      await page.getByLabel('E-mail').fill('lukasz@example.pl');
      await page.getByLabel('PESEL').fill('44051401358');
      await expect.poll(() => page.locator('#f-pesel-error').textContent()).toContain('cyfra kontrolna');
      await page.getByLabel('PESEL').fill('44051401359');
      await expect.poll(() => page.locator('#f-pesel-hint').textContent()).toContain('1944-05-14');
      await page.getByLabel('długotrwale bezrobotni (pkt 5)').check();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Zapisz' }).click();
      await page.getByRole('link', { name: 'Żółć Łukasz' }).waitFor();
    });

    it('finds the person without Polish letters and shows the record with the audited groups', async () => {
      await page.getByLabel('Szukaj', { exact: true }).fill('zolc');
      await page.getByRole('button', { name: 'Szukaj' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('1 osoba');
      await page.getByRole('link', { name: 'Żółć Łukasz' }).click();
      await page.getByRole('heading', { name: 'Łukasz Żółć' }).waitFor();
      expect(await page.getByText('długotrwale bezrobotni (pkt 5)').count()).toBe(1);
      expect(await page.getByText('Odczyt tych danych został zapisany').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  },
);
