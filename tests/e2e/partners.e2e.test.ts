import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

/** Issue #16 in Chromium: a partner, its agreement, a referral from it, and the partner account seeing the status. */
describe.skipIf(!e2eEnabled)(
  'partner registry and the partner account in Chromium',
  { timeout: 180_000 },
  () => {
    let server: Awaited<ReturnType<typeof startE2eServer>>;
    let browser: Browser;
    let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
    let page: Page | undefined;
    let personId: string;
    const out = mkdtempSync(join(tmpdir(), 'reintegra-partners-'));

    beforeAll(async () => {
      server = await startE2eServer();
      call = await setupDirectorThroughApi(server.baseUrl, {
        fullName: 'Teresa Kierownik',
        email: 'kierownik@partnerzy.example.pl',
        password: PASSWORD,
      });
      personId = (
        await call('POST', '/api/v1/participants', {
          firstName: 'Łucja',
          lastName: 'Żółkiewska',
          birthDate: '1985-04-02',
          sex: 'F',
        })
      ).id;
      browser = await launchBrowser();
    });
    afterEach((ctx) => screenshotOnFailure(ctx, page, out));
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it(
      'creates a partner and an agreement, records a referral from it, and the ' +
        'partner account sees its status',
      async () => {
        page = await signInThroughUi(browser, server.baseUrl, 'kierownik@partnerzy.example.pl', PASSWORD);
        await page.getByRole('link', { name: 'Partnerzy' }).click();
        await page.getByRole('heading', { name: 'Rejestr partnerów', level: 1 }).waitFor();
        await page.getByRole('button', { name: 'Dodaj partnera' }).click();
        await page.locator('#f-name').fill('Miejski Ośrodek Pomocy Społecznej w Lubaniu');
        // A wrong NIP is refused at the field, in Polish.
        await page.locator('#f-nip').fill('8567346216');
        await page.getByRole('button', { name: 'Dodaj partnera' }).click();
        await page.getByText('Nieprawidłowy NIP: błędna cyfra kontrolna').first().waitFor();
        await page.locator('#f-nip').fill('856-734-62-15');
        await page.locator('#f-street').fill('ul. Dąbrowskiego');
        await page.locator('#f-buildingNo').fill('18');
        await page.locator('#f-postalCode').fill('59-800');
        await page.locator('#f-city').fill('Lubań');
        await page.getByRole('button', { name: 'Dodaj partnera' }).click();
        await page
          .getByRole('heading', { name: 'Miejski Ośrodek Pomocy Społecznej w Lubaniu', level: 1 })
          .waitFor();

        // A wrong input first: the agreement ends before it starts — the browser says so at the field with
        // the contract's own check, and nothing is sent.
        let agreementPosts = 0;
        page.on('request', (r) => {
          if (r.method() === 'POST' && r.url().endsWith('/agreements')) agreementPosts += 1;
        });
        await page.locator('#f-agreements-subject').fill('Współpraca w kierowaniu klientów ośrodka');
        await page.locator('#f-agreements-validFrom').fill('2026-01-02');
        await page.locator('#f-agreements-validUntil').fill('2025-12-31');
        await page
          .locator('#f-agreements-signatories')
          .fill('Teresa Kierownik — kierownik CIS; Jan Kowalski — dyrektor MOPS');
        await page.getByRole('button', { name: 'Dodaj porozumienie' }).click();
        await page.locator('#f-agreements-validUntil-error').waitFor();
        expect(await page.locator('#f-agreements-validUntil-error').textContent()).toContain(
          'nie może kończyć się przed dniem',
        );
        expect(await page.locator('#f-agreements-validUntil').getAttribute('aria-invalid')).toBe('true');
        expect(agreementPosts).toBe(0);
        await page.locator('#f-agreements-validUntil').fill('2026-12-31');
        await page.getByRole('button', { name: 'Dodaj porozumienie' }).click();
        await page.getByText('Współpraca w kierowaniu klientów ośrodka').waitFor();
        expect(agreementPosts).toBe(1);
        await page.screenshot({ path: join(out, 'partner-card.png'), fullPage: true });
        expect(await axeViolations(page)).toEqual([]);

        // The referral form's partner picker fills in the referring body.
        await page.goto(`${server.baseUrl}/participants/${personId}`);
        await page
          .locator('#f-partnerId')
          .selectOption({ label: 'Miejski Ośrodek Pomocy Społecznej w Lubaniu (Lubań)' });
        expect(await page.locator('#f-referringBody').inputValue()).toBe(
          'Miejski Ośrodek Pomocy Społecznej w Lubaniu',
        );
        await page.locator('#f-referredOn').fill('2026-01-05');
        await page.locator('#f-consentGiven').check();
        await page.locator('#f-consentOn').fill('2026-01-05');
        await page.getByRole('button', { name: 'Zapisz', exact: true }).first().click();
        await page.getByText('przyjęte do rozpatrzenia').first().waitFor();

        // The director gives the partner an account on its card.
        await page.getByRole('link', { name: 'Partnerzy' }).click();
        await page.getByRole('link', { name: 'Miejski Ośrodek Pomocy Społecznej w Lubaniu' }).click();
        await page.getByText('Łucja Żółkiewska').waitFor();
        await page.locator('#f-accounts-fullName').fill('Ewa Pracownica MOPS');
        await page.locator('#f-accounts-email').fill('ewa@mops.example.pl');
        await page.locator('#f-accounts-password').fill(PASSWORD);
        await page.getByRole('button', { name: 'Załóż konto' }).click();
        await page.getByText('ewa@mops.example.pl').waitFor();
        await page.close();

        page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'pl-PL' });
        page.setDefaultTimeout(10_000);
        await page.goto(server.baseUrl);
        await page.getByLabel('E-mail').fill('ewa@mops.example.pl');
        await page.getByLabel('Hasło').fill(PASSWORD);
        await page.getByRole('button', { name: 'Zaloguj' }).click();
        await page.getByRole('heading', { name: 'Skierowane osoby', level: 1 }).waitFor();
        await page.getByRole('heading', { name: /Łucja Żółkiewska/ }).waitFor();
        const text = (await page.locator('main').textContent()) ?? '';
        expect(text).toContain('przyjęte do rozpatrzenia');
        expect(text).toContain('— wpływ skierowania do centrum.');
        expect(await page.getByRole('navigation').count()).toBe(0);
        await page.screenshot({ path: join(out, 'partner-home.png'), fullPage: true });
        expect(await axeViolations(page)).toEqual([]);
        // The centre's pages are not there for it.
        await page.goto(`${server.baseUrl}/participants/${personId}`);
        await page.getByRole('heading', { name: 'Skierowane osoby', level: 1 }).waitFor();
        expect(await page.getByText('Nazwa kierującego').count()).toBe(0);
        console.log(`screenshots: ${out}`);
      },
    );
  },
);
