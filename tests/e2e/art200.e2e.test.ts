import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner } from '../factories/partner.factory';
import { readBack } from '../reports/pdf-readback';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupDirectorThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
const shift = (days: number) => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Issue 16 item 7 in Chromium: an art. 200 agreement, a person enrolled, a day of hours, the PUP's list. */
describe.skipIf(!e2eEnabled)('the art. 200 track in Chromium', { timeout: 240_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startE2eServer();
    const call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@art200.example.pl',
      password: PASSWORD,
    });
    await call(
      'POST',
      '/api/v1/partners',
      buildPartner({ kind: 'LABOUR_OFFICE', name: 'Powiatowy Urząd Pracy w Bolesławcu', shortName: 'PUP' }),
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('agreement → a 7th month refused → enrolment → 5 hours refused → 4 hours saved → the list PDF', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, 'kierownik@art200.example.pl', PASSWORD);
    await page.getByRole('link', { name: 'Zajęcia dla bezrobotnych (PUP)' }).click();
    await page.getByRole('heading', { name: /finansowane przez PUP/, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Nowe porozumienie' }).click();
    // A wrong input first: nothing filled in and 4.1 hours a day — said at the fields, nothing sent.
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/art200/agreements')) posts.push(r.url());
    });
    await page.getByLabel('Limit godzin dziennie').fill('4.1');
    await page.getByRole('button', { name: 'Zapisz porozumienie' }).click();
    await page.getByText('Godziny podaj z dokładnością do kwadransa.').first().waitFor();
    expect(await page.getByLabel('Numer porozumienia').getAttribute('aria-invalid')).toBe('true');
    expect(posts).toEqual([]);
    await page.getByLabel(/Starosta/).selectOption({ label: 'Powiatowy Urząd Pracy w Bolesławcu' });
    await page.getByLabel('Numer porozumienia').fill('PUP/CAZ/200/1');
    await page.getByLabel('Obowiązuje od').fill(shift(-40));
    await page.getByLabel('Obowiązuje do').fill(shift(300));
    await page.getByLabel('Rodzaj zajęć').fill('Warsztat ogrodniczy');
    await page.getByLabel('Zakładane efekty').fill('60 % osób kończy zajęcia');
    await page.getByLabel('Sposób pomiaru efektów').fill('Lista obecności i ankieta na wyjściu');
    await page.getByLabel('Limit godzin dziennie').fill('5');
    await page.getByRole('button', { name: 'Zapisz porozumienie' }).click();
    await page.getByText('Zajęcia mogą trwać najwyżej 4 godz. dziennie.').first().waitFor();
    await page.getByLabel('Limit godzin dziennie').fill('4');
    await page.getByRole('button', { name: 'Zapisz porozumienie' }).click();
    await page.getByRole('heading', { name: 'Porozumienie nr PUP/CAZ/200/1', level: 1 }).waitFor();
    // Sent twice (5 h refused by the server's dated limit, then 4 h), never while a field was wrong.
    expect(posts).toHaveLength(2);
    // The source of the limits is on screen, in plain Polish.
    await page.getByText(/Podstawa: art\. 200 ustawy z dnia 20 marca 2025/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Every write of the agreement's page from here on (enrolment, hours, correction) is counted.
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' && r.url().includes('/api/v1/art200/agreements/')) writes.push(r.method());
    });
    await page.getByLabel('Nazwisko').fill('Nowak');
    await page.getByLabel('Imię').fill('Anna');
    await page.getByLabel('Pierwszy dzień zajęć').fill(shift(-20));
    await page.getByLabel('Planowany ostatni dzień').fill(shift(200));
    // A PESEL of 10 digits is refused at the field by the contract's own check, nothing sent.
    await page.getByLabel('PESEL').fill('1234567890');
    await page.getByRole('button', { name: 'Zapisz osobę' }).click();
    await page
      .locator('#f-pesel-error')
      .getByText('Nieprawidłowy PESEL: numer musi składać się z 11 cyfr')
      .waitFor();
    expect(await page.getByLabel('PESEL').getAttribute('aria-invalid')).toBe('true');
    expect(writes).toEqual([]);
    await page.getByLabel('PESEL').fill('');
    await page.getByRole('button', { name: 'Zapisz osobę' }).click();
    await page
      .getByText(/Udział może trwać najwyżej 6 miesięcy/)
      .first()
      .waitFor();
    await page.getByLabel('Planowany ostatni dzień').fill(shift(60));
    await page.getByRole('button', { name: 'Zapisz osobę' }).click();
    await page.getByRole('rowheader', { name: 'Nowak Anna' }).first().waitFor();

    const cell = page.getByLabel(`Nowak Anna, ${today}: godziny`);
    // Hours that are no number are said at the cell, nothing sent.
    const sent = writes.length;
    await cell.fill('dużo');
    await page.getByRole('button', { name: 'Zapisz godziny' }).click();
    await page.getByRole('alert').getByText('Podaj liczbę godzin.').waitFor();
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    expect(writes).toHaveLength(sent);
    await cell.fill('5');
    await page.getByRole('button', { name: 'Zapisz godziny' }).click();
    await page.getByText(/Najwyżej 4 godz\. dziennie według porozumienia — wpisano 5 godz\./).waitFor();
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    await cell.fill('3,5');
    await page.getByRole('button', { name: 'Zapisz godziny' }).click();
    await page.getByText('Zapisano godziny.').waitFor();
    await page.getByText('Razem — osoby: 1, dni obecności: 1, godziny: 3,5').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The correction of the agreement: 4.1 h a day refused at the field (nothing sent), then a limit
    // below the 3,5 h already recorded refused by the server at the field, then a corrected text saved.
    await page.getByRole('button', { name: 'Popraw porozumienie' }).click();
    const edit = page.getByRole('region', { name: 'Korekta porozumienia' });
    // The form starts from the agreement as saved, its partner chosen.
    await edit
      .locator('#f-partnerId option:checked', { hasText: 'Powiatowy Urząd Pracy w Bolesławcu' })
      .waitFor({ state: 'attached' });
    expect(await edit.getByLabel('Numer porozumienia').inputValue()).toBe('PUP/CAZ/200/1');
    await edit.getByLabel('Limit godzin dziennie').fill('4.1');
    await edit.getByRole('button', { name: 'Zapisz porozumienie' }).click();
    await edit
      .locator('#f-dailyHoursLimit-error')
      .getByText('Godziny podaj z dokładnością do kwadransa.')
      .waitFor();
    expect(writes.filter((m) => m === 'PUT')).toHaveLength(2);
    await edit.getByLabel('Limit godzin dziennie').fill('3');
    await edit.getByRole('button', { name: 'Zapisz porozumienie' }).click();
    await edit
      .locator('#f-dailyHoursLimit-error')
      .getByText(/Wpisano już dni po 3,5 godz\./)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await edit.getByLabel('Limit godzin dziennie').fill('4');
    await edit.getByLabel('Rodzaj zajęć').fill('Warsztat ogrodniczy i stolarski');
    await edit.getByRole('button', { name: 'Zapisz porozumienie' }).click();
    await page.getByText('Zapisano korektę porozumienia.').waitFor();
    await page.getByText('Warsztat ogrodniczy i stolarski', { exact: true }).waitFor();
    // Two PUTs of hours before (5 h refused, 3,5 h saved), two of the agreement (3 h refused, then saved).
    expect(writes.filter((m) => m === 'PUT')).toHaveLength(4);

    const href = await page.getByRole('link', { name: 'Lista obecności dla PUP (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${server.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    const text = readBack('e2e-art200-list', Buffer.from(await pdf.body())).text;
    expect(text).toContain('MIESIĘCZNA LISTA OBECNOŚCI');
    expect(text).toContain('Nowak Anna');
    expect(text).toContain('dni obecności razem: 1 · godzin razem: 3,5');
  });
});
