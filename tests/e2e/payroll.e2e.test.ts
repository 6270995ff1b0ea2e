import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
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
import { buildDecision, buildIpzs, buildPerson, buildReferral } from '../factories/pathway.factory';
import { MAY_CLASS_DAYS } from '../factories/payroll.factory';

const PASSWORD = 'Trudne-Haslo-2026!';

/** Issue #6 golden path in Chromium: attendance locked → payroll computed → bonus proposed → approved → bank file and PDF downloaded. */
describe.skipIf(!e2eEnabled)('monthly payroll in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;
  const out = mkdtempSync(join(tmpdir(), 'reintegra-payroll-e2e-'));

  beforeAll(async () => {
    server = await startE2eServer();
    const call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@pay.example.pl',
      password: PASSWORD,
    });
    const me = (await call('GET', '/api/v1/users')).items[0];
    await call('PATCH', `/api/v1/users/${me.id}`, { roles: ['ADMIN', 'DIRECTOR', 'ACCOUNTANT'] }); // a small centre: one person keeps the books too
    const centre = await call('GET', '/api/v1/centre');
    await call('PATCH', '/api/v1/centre', {
      settings: { bankAccount: '55114020040000310012345678' },
      version: centre.version,
    });
    const workshopId = (
      await call('POST', '/api/v1/workshops', { name: 'Gastronomiczny', type: 'GASTRONOMY' })
    ).id;
    const id = (
      await call('POST', '/api/v1/participants', buildPerson({ firstName: 'Łucja', lastName: 'Żółkiewska' }))
    ).id;
    const ref = await call('POST', `/api/v1/participants/${id}/referrals`, buildReferral());
    await call('POST', `/api/v1/participants/${id}/eligibility-decisions`, buildDecision(ref.id));
    const p = await call('POST', `/api/v1/participants/${id}/programmes`, buildIpzs());
    const signed = await call('POST', `/api/v1/participants/${id}/programmes/${p.id}/sign`, {
      signedOn: '2026-02-02',
      version: p.version,
    });
    await call('PUT', `/api/v1/participants/${id}/programmes/${p.id}/benefit-application`, {
      applicationOn: '2026-02-02',
      granted: true,
      version: signed.version,
    });
    await call('POST', `/api/v1/workshops/${workshopId}/assignments`, {
      participantId: id,
      fromDate: '2026-02-02',
    });
    const programme = await call('PUT', `/api/v1/workshops/${workshopId}/class-programmes/2026-05`, {
      weekdayHours: [7, 7, 7, 7, 7, 0, 0],
      version: null,
    });
    await call('POST', `/api/v1/workshops/${workshopId}/class-programmes/2026-05/approve`, {
      version: programme.version,
    });
    await call('PUT', '/api/v1/attendance', {
      workshopId,
      month: '2026-05',
      entries: MAY_CLASS_DAYS.map((date) => ({ participantId: id, date, status: 'present', version: null })),
    });
    await call('POST', '/api/v1/attendance/lock', { workshopId, month: '2026-05' });
    browser = await launchBrowser();
    page = await signInThroughUi(browser, server.baseUrl, 'kierownik@pay.example.pl', PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach((ctx) => screenshotOnFailure(ctx, page, out));

  it('computes, takes a bonus, is reviewed, approved and closed, and gives the bank file and the payment list', async () => {
    await page.getByRole('link', { name: 'Wypłaty' }).click();
    await page.getByLabel('Miesiąc').fill('2026-05');
    await page.getByText('Lista za ten miesiąc nie została jeszcze obliczona.').waitFor();
    await page.getByRole('button', { name: 'Oblicz listę z obecności' }).click();
    await page.getByRole('rowheader', { name: 'Żółkiewska Łucja' }).waitFor();
    await page.getByText('Jak obliczono?').first().click();
    expect(await page.locator('ul.explain').first().textContent()).toMatch(/art\. 15/);

    await page.getByLabel(/^Kwota \(zł\)/).fill('200');
    await page.getByLabel(/^Uzasadnienie/).fill('Aktywna postawa i postępy w warsztacie.');
    await page.getByRole('button', { name: 'Zapisz premię' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Zapisano premię 200,00');
    await page.getByRole('button', { name: 'Przelicz listę' }).click();
    await expect.poll(() => page.locator('td.num').nth(1).textContent()).toContain('200,00');
    await page.getByRole('button', { name: 'Sprawdzone (księgowość)' }).click();
    await page.getByRole('button', { name: 'Zatwierdź listę' }).click();
    await page.getByRole('link', { name: 'Plik przelewów Elixir-O' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const bank = await page.request.get(
      new URL(
        (await page.getByRole('link', { name: 'Plik przelewów Elixir-O' }).getAttribute('href'))!,
        server.baseUrl,
      ).toString(),
    );
    expect(bank.status()).toBe(200);
    const text = iconv.decode(await bank.body(), 'win1250');
    expect(text).toMatch(
      /^110,\d{8},\d+,11402004,0,"55114020040000310012345678","61109010140000071219812874",/,
    );
    expect(text.toLowerCase()).toContain('łucja żółkiewska');
    const pdf = await page.request.get(
      new URL(
        (await page.getByRole('link', { name: 'Lista wypłat (PDF)' }).getAttribute('href'))!,
        server.baseUrl,
      ).toString(),
    );
    expect(pdf.status()).toBe(200);
    writeFileSync(join(out, 'lista.pdf'), await pdf.body());
    const listText = execFileSync('pdftotext', ['-layout', join(out, 'lista.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(listText).toContain('LISTA WYPŁAT ŚWIADCZENIA INTEGRACYJNEGO');
    expect(listText).toContain('Żółkiewska Łucja');
    const amount = Number(text.split(',')[2]);
    expect(listText.replace(/\s/g, '')).toContain(
      `${Math.floor(amount / 100)
        .toLocaleString('pl-PL')
        .replace(/\s/g, '')},${String(amount % 100).padStart(2, '0')}`,
    );

    await page.getByRole('button', { name: 'Zamknij miesiąc' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Miesiąc zamknięty');
    await page.getByRole('heading', { name: 'Korekta tego miesiąca' }).waitFor();
  });
});
