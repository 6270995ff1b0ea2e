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

describe.skipIf(!e2eEnabled)('benefit calculator in Chromium', { timeout: 60_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer();
    await setupThroughApi(server.baseUrl, {
      fullName: 'Ada Admin',
      email: 'ada@cis.example.pl',
      password: PASSWORD,
    });
    browser = await launchBrowser();
    page = await signInThroughUi(browser, server.baseUrl, 'ada@cis.example.pl', PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('computes July 2025 with one sick day and explains it, citing the article', async () => {
    await page.getByRole('link', { name: 'Świadczenie' }).click();
    await page.getByRole('heading', { name: 'Świadczenie integracyjne' }).waitFor();
    await page.locator('#f-month').fill('2025-07');
    await page.getByLabel(/^Data przyjęcia/).fill('2025-03-01');
    await page.getByLabel('Status dnia 2025-07-02').selectOption('sick');
    // A bonus in words, then a fraction of a grosz: each refused at the field, nothing sent (a word used to
    // count as no bonus at all).
    const previews: string[] = [];
    const onRequest = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().includes('/api/')) previews.push(r.url());
    };
    page.on('request', onRequest);
    for (const wrong of ['sto', '10,005']) {
      await page.getByLabel('Premia motywacyjna (zł)').fill(wrong);
      await page.getByRole('button', { name: 'Oblicz' }).click();
      await expect
        .poll(() => page.locator('#f-bonus-error').textContent())
        .toBe('Podaj kwotę w złotych, np. 200 albo 150,50.');
    }
    expect(previews).toEqual([]);
    page.off('request', onRequest);
    await page.getByLabel('Premia motywacyjna (zł)').fill('');
    await page.getByRole('button', { name: 'Oblicz' }).click();
    const result = page.getByRole('region', { name: 'Do wypłaty' });
    await result.waitFor();
    const text = (await result.textContent())!.replace(/\u00a0|\u202f/g, ' ');
    expect(text).toContain('2014,62 zł'); // Polish CLDR does not group four-digit amounts
    expect(text).toContain('51,66 zł');
    expect(text).toMatch(/art\. 15/);

    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a 7th day off at its day and allows it with an extension; the law page speaks plain Polish', async () => {
    await page.getByLabel('Wykorzystane wcześniej dni wolne').fill('6');
    await page.getByLabel('Status dnia 2025-07-02').selectOption('present');
    await page.getByLabel('Status dnia 2025-07-03').selectOption('day_off');
    await page.getByRole('button', { name: 'Oblicz' }).click();
    await page.getByText('Dzień wolny 2025-07-03 nie przysługuje').first().waitFor();
    // A wrong input: an extension above the Act's 12 months is caught in the browser at the field (the
    // contract's own message) and nothing is sent.
    const previews: string[] = [];
    const onRequest = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().includes('/benefit/preview')) previews.push(r.url());
    };
    page.on('request', onRequest);
    await page.getByLabel(/^Przedłużenie uczestnictwa/).fill('13');
    await page.getByRole('button', { name: 'Oblicz' }).click();
    await page.locator('#f-extensionMonths-error').waitFor();
    expect(await page.locator('#f-extensionMonths-error').textContent()).toContain('najwyżej o 12 miesięcy');
    expect(await page.locator('#f-extensionMonths').getAttribute('aria-invalid')).toBe('true');
    page.off('request', onRequest);
    expect(previews).toEqual([]);
    await page.getByLabel(/^Przedłużenie uczestnictwa/).fill('2');
    await page.getByRole('button', { name: 'Oblicz' }).click();
    const result = page.getByRole('region', { name: 'Do wypłaty' });
    await result.waitFor();
    const text = (await result.textContent())!.replace(/\u00a0|\u202f/g, ' ');
    expect(text).toContain('2066,28 zł');
    expect(text).toContain('+1 za przedłużenie');
    expect(text).toContain('art. 15 ust. 6a–6b');

    const law = page.getByRole('region', { name: 'Zasady ustawy w systemie' });
    await law.waitFor();
    const lawText = (await page.locator('main').textContent())!;
    expect(lawText).toContain('Dz.U. 2025 poz. 1718');
    expect(lawText).toContain('art. 15 ust. 6b');
    expect(lawText).toContain('do ustalenia w regulaminie centrum');
    expect(lawText).not.toMatch(
      /HALF_UP|CALENDAR_DAYS|CLASS_DAYS|MONTH_START|SPLIT|law\.md|\[U\]|niepotwierdzon/,
    );
    expect(await axeViolations(page)).toEqual([]);
  });
  it('refuses a parameter that is not a number at its field and sends nothing; "6,5" is saved', async () => {
    await page.getByRole('link', { name: 'Świadczenie' }).click();
    const params = page.getByRole('region', { name: 'Parametry regulaminu centrum' });
    await params.waitFor();
    const daily = params.getByLabel('Dzienny limit godzin — niepełnosprawność znaczna lub umiarkowana');
    const forfeit = params.getByLabel(/^Brak świadczenia za miesiąc po ponad N dniach/);
    // Wrong inputs: words where numbers belong were sent as null before (the server refused the hours but
    // took the forfeit limit as "never"); now each is said at its field and nothing is sent.
    const puts: string[] = [];
    const onRequest = (r: { method(): string; url(): string }) => {
      if (r.method() === 'PUT' && r.url().includes('/centre/benefit-parameters')) puts.push(r.url());
    };
    page.on('request', onRequest);
    await daily.fill('siedem');
    await forfeit.fill('trzy');
    await params.getByRole('button', { name: 'Zapisz' }).click();
    const error = params.locator('td:has(#f-parameters-disabledMaxDailyHours) .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Podaj liczbę.');
    expect(await daily.getAttribute('aria-invalid')).toBe('true');
    expect(
      await params.locator('td:has(#f-parameters-unexcusedForfeitAboveDays) .field-error').textContent(),
    ).toBe('Podaj liczbę.');
    expect(await params.getByRole('alert').textContent()).toContain('Dzienny limit godzin');
    expect(puts).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await daily.fill('6,5');
    await forfeit.fill('4');
    await params.getByRole('button', { name: 'Zapisz' }).click();
    await params.getByText('Zapisano.').waitFor();
    page.off('request', onRequest);
    expect(puts).toHaveLength(1);
    expect(await error.count()).toBe(0);
    const saved = (await (
      await page.request.get(`${server.baseUrl}/api/v1/centre/benefit-parameters`)
    ).json()) as {
      parameters: Record<string, unknown>;
    };
    expect(saved.parameters.disabledMaxDailyHours).toBe(6.5);
    expect(saved.parameters.unexcusedForfeitAboveDays).toBe(4);
  });
});
