import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupDirectorThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';

/** Issue #14 in Chromium: an account without a valid authorisation (art. 8b ust. 4) cannot open a participant. */
describe.skipIf(!e2eEnabled)('personal-data authorisations in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let personId: string;
  let workerId: string;

  beforeAll(async () => {
    server = await startE2eServer();
    call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@rodo.example.pl',
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
    workerId = (
      await call('POST', '/api/v1/users', {
        email: 'pracownik@rodo.example.pl',
        fullName: 'Paweł Pracownik',
        roles: ['SOCIAL_WORKER'],
        password: PASSWORD,
      })
    ).id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'shows a clear refusal instead of the record, lets in once authorised, ' +
      'and refuses again at once on revocation',
    async () => {
      const page = await signInThroughUi(browser, server.baseUrl, 'pracownik@rodo.example.pl', PASSWORD);
      await page.goto(`${server.baseUrl}/participants/${personId}`);
      await page.getByRole('heading', { name: 'Brak upoważnienia do danych osobowych', level: 1 }).waitFor();
      const alert = await page.getByRole('alert').textContent();
      expect(alert).toContain('Stan Twojego upoważnienia w tym centrum: brak upoważnienia.');
      expect(alert).toContain('Poproś kierownika centrum lub administratora');
      expect(await page.getByText('Żółkiewska').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      const issued = await call('POST', '/api/v1/privacy/authorisations', {
        userId: workerId,
        issuedOn: '2026-01-02',
        validFrom: '2026-01-02',
        pledgeSignedOn: '2026-01-02',
      });
      await page.getByRole('link', { name: 'Uczestnicy' }).click();
      await page.getByRole('heading', { name: 'Uczestnicy', level: 1 }).waitFor();
      await page.getByText('Żółkiewska').first().waitFor();

      // Revoked while the tab is open: the next click is refused.
      await call('POST', `/api/v1/privacy/authorisations/${issued.id}/revoke`, { reason: 'koniec umowy' });
      await page.getByRole('link', { name: 'Start' }).click();
      await page.getByRole('link', { name: 'Uczestnicy' }).click();
      await page.getByRole('heading', { name: 'Brak upoważnienia do danych osobowych', level: 1 }).waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('cofnięte');
      await page.close();
    },
  );

  it('the director sees the register with the refusals and the revoked authorisation, accessibly', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, 'kierownik@rodo.example.pl', PASSWORD);
    await page.getByRole('link', { name: 'Ochrona danych' }).click();
    await page.getByRole('heading', { name: 'Ochrona danych osobowych', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Rejestr upoważnień' }).waitFor();
    const revoked = page
      .getByRole('row')
      .filter({ hasText: 'Paweł Pracownik' })
      .filter({ hasText: 'koniec umowy' });
    await revoked.waitFor();
    expect(await revoked.textContent()).toContain('cofnięte');
    expect(await page.getByText(/pracownik@rodo\.example\.pl: brak upoważnienia/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Rejestr czynności przetwarzania' }).click();
    await page.getByRole('heading', { name: /Przyjmowanie skierowań/ }).waitFor();
    await page.getByRole('tab', { name: 'Klauzula informacyjna' }).click();
    await page.getByRole('textbox', { name: 'Klauzula informacyjna' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Klauzula informacyjna' }).inputValue()).toContain(
      'Administratorem',
    );
    expect(await axeViolations(page)).toEqual([]);
    // Wrong inputs are caught at the field before anything is sent: a clause too short to inform anyone,
    // and a search of the sensitive reads naming no one.
    await page.getByRole('textbox', { name: 'Klauzula informacyjna' }).fill('Za krótka klauzula.');
    await page.getByRole('button', { name: 'Zapisz klauzulę' }).click();
    await page.locator('#f-text-error').waitFor();
    expect(await page.getByText('Zapisano klauzulę informacyjną.').count()).toBe(0);
    await page.getByRole('tab', { name: 'Klauzula informacyjna' }).click();
    await page.getByRole('tab', { name: 'Odczyty danych wrażliwych' }).click();
    await page.getByRole('button', { name: 'Pokaż odczyty' }).click();
    await expect
      .poll(() => page.locator('#f-person-error').textContent())
      .toContain('Wybierz uczestnika albo konto pracownika');
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /odczyt/ })
        .count(),
    ).toBe(0);
    await page.getByLabel('Osoba (nazwisko lub PESEL)').fill('K');
    await page.getByRole('button', { name: 'Pokaż odczyty' }).click();
    await expect.poll(() => page.locator('#f-person-error').textContent()).toContain('co najmniej 2 znaki');
    await page.close();
  });
});
