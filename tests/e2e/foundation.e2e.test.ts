import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, e2eEnabled, launchBrowser, startE2eServer } from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';

describe.skipIf(!e2eEnabled)(
  'foundation in Chromium: setup → login → add a user → audit log',
  { timeout: 60_000 },
  () => {
    let server: Awaited<ReturnType<typeof startE2eServer>>;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      server = await startE2eServer();
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'pl-PL' });
      page.setDefaultTimeout(10_000);
    });
    afterEach(async (context) => {
      if (context.task.result?.state === 'fail')
        await page.screenshot({
          path: `/tmp/e2e-failure-${context.task.name.slice(0, 20).replace(/\W+/g, '-')}.png`,
          fullPage: true,
        });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the setup page on first visit, checks REGON live and on the server, and creates the centre', async () => {
      await page.goto(server.baseUrl);
      await page.getByRole('heading', { name: 'Pierwsze uruchomienie' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('Nazwa').fill('Centrum Integracji Społecznej w Bolesławcu');
      await page.getByLabel('REGON').fill('123456789');
      await expect.poll(() => page.locator('#f-regon-error').textContent()).toContain('cyfra kontrolna');
      await page.getByLabel('REGON').fill('123456785');
      await page.getByLabel('NIP').fill('5260250995');
      await page.getByLabel('Ulica').fill('ul. Zielona');
      await page.getByLabel('Nr budynku').fill('12');
      await page.getByLabel('Kod pocztowy').fill('59-700');
      await page.getByLabel('Miejscowość').fill('Bolesławiec');
      await page.getByRole('combobox', { name: 'Gmina (TERYT)' }).fill('Bolesł');
      await page.getByRole('option', { name: /Bolesławiec gmina miejska/ }).click();
      await page.getByLabel('Instytucja tworząca').fill('Gmina Miejska Bolesławiec');
      await page.getByLabel('Data przyznania statusu CIS').fill('2024-02-15');
      const adminSection = page.getByRole('region', { name: 'Konto administratora' });
      await adminSection.getByLabel('Imię i nazwisko').fill('Alicja Nowak');
      await adminSection.getByLabel('E-mail').fill('alicja@cis.example.pl');
      await adminSection.getByLabel('Hasło').fill('krotkie');
      await page.getByRole('button', { name: 'Utwórz centrum i konto' }).click();
      await expect
        .poll(() => page.locator('#f-admin-password-error').textContent())
        .toContain('co najmniej 12 znaków');

      await adminSection.getByLabel('Hasło').fill(PASSWORD);
      await page.getByRole('button', { name: 'Utwórz centrum i konto' }).click();
      await page.getByRole('heading', { name: 'Logowanie' }).waitFor();
      expect(await page.getByRole('status').first().textContent()).toContain('Centrum zostało utworzone');
    });

    it('refuses a wrong password in Polish, then logs in', async () => {
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.getByLabel('E-mail').inputValue()).toBe('alicja@cis.example.pl');
      await page.getByLabel('Hasło').fill('zle-haslo-1234');
      await page.getByRole('button', { name: 'Zaloguj' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Nieprawidłowy e-mail lub hasło');
      await page.getByLabel('Hasło').fill(PASSWORD);
      await page.getByRole('button', { name: 'Zaloguj' }).click();
      await page.getByRole('heading', { name: 'Witaj, Alicja Nowak' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    it('adds a user, who appears in the list and in the audit log', async () => {
      await page
        .getByRole('navigation', { name: 'Menu główne' })
        .getByRole('link', { name: 'Użytkownicy' })
        .click();
      await page.getByRole('heading', { name: 'Użytkownicy', level: 1 }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // A wrong input first: an e-mail without its domain and no role — the browser says so at the fields
      // with the contract's own checks, and nothing is sent.
      await page.getByLabel('Imię i nazwisko').fill('Jan Kowalski');
      await page.getByLabel('E-mail').fill('jan.kowalski');
      await page.getByLabel('Hasło początkowe').fill(PASSWORD);
      await page.getByRole('button', { name: 'Dodaj użytkownika' }).click();
      await page.locator('#f-email-error').waitFor();
      expect(await page.locator('#f-email').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#f-roles').textContent()).toContain('Wybierz co najmniej jedną rolę.');
      expect(await page.getByText('1 użytkownik', { exact: true }).count()).toBe(1);
      await page.getByLabel('E-mail').fill('jan.kowalski@cis.example.pl');
      await page.getByLabel('instruktor zawodu').check();
      await page.getByLabel('Hasło początkowe').fill(PASSWORD);
      await page.getByRole('button', { name: 'Dodaj użytkownika' }).click();
      await page.getByText('Dodano użytkownika jan.kowalski@cis.example.pl').waitFor();
      await page.getByRole('cell', { name: 'jan.kowalski@cis.example.pl' }).waitFor();
      expect(await page.getByText('2 użytkownicy').count()).toBe(1);

      await page.getByRole('link', { name: 'Dziennik zdarzeń' }).click();
      await page.getByRole('heading', { name: 'Dziennik zdarzeń' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Utworzenie użytkownika' });
      await row.waitFor();
      expect(await row.textContent()).toContain('jan.kowalski@cis.example.pl');
      expect(await axeViolations(page)).toEqual([]);
    });

    it('has accessible centre and account pages, and switches to English', async () => {
      await page.getByRole('link', { name: 'Centrum', exact: true }).click();
      await page.getByRole('heading', { name: 'Centrum Integracji Społecznej w Bolesławcu' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // No places at all is refused at the field before anything is sent; 30 places are saved.
      await page.getByLabel('Liczba miejsc').fill('0');
      await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
      await expect
        .poll(() => page.locator('#f-settings-capacity-error').textContent())
        .toContain('Co najmniej 1 miejsce');
      await page.getByLabel('Liczba miejsc').fill('30');
      await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
      await page.getByText('Zapisano.').waitFor();
      expect(await page.locator('#f-settings-capacity-error').count()).toBe(0);
      await page.reload();
      await page.getByRole('heading', { name: 'Centrum Integracji Społecznej w Bolesławcu' }).waitFor();
      expect(await page.getByLabel('Liczba miejsc').inputValue()).toBe('30');
      await page.getByRole('link', { name: 'Moje konto' }).click();
      await page.getByRole('heading', { name: 'Moje konto' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Nowe hasło').fill('Inne-Trudne-Haslo-2026!');
      await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
      await expect
        .poll(() => page.locator('#f-currentPassword-error').textContent())
        .toContain('Podaj obecne hasło');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'My account' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      // A check of the contract's own, said in English from its bound (its message is Polish), nothing sent.
      await page.getByRole('link', { name: 'Centre', exact: true }).click();
      await page.getByLabel('Number of places').fill('0');
      const sent: string[] = [];
      const onRequest = (r: { method: () => string; url: () => string }) => {
        if (r.method() !== 'GET' && r.url().includes('/api/')) sent.push(r.url());
      };
      page.on('request', onRequest);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect
        .poll(() => page.locator('#f-settings-capacity-error').textContent())
        .toContain('At least 1.');
      page.off('request', onRequest);
      expect(sent).toEqual([]);
      await page.getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { name: 'Audit log' }).waitFor();
      await expect.poll(() => page.getByText(/\d+ entries/).count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Polski' }).click();
      await page.getByRole('heading', { name: 'Dziennik zdarzeń' }).waitFor();
    });
  },
);
