import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
const EMAIL = 'kierownik@pathway.example.pl';

/**
 * The golden path of issue #4 in Chromium: referral → eligible → IPZS signed → amendment → exit with
 * certificate (PDF read back).
 */
describe.skipIf(!e2eEnabled)('participant pathway in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;
  let participantId: string;
  const out = mkdtempSync(join(tmpdir(), 'reintegra-pathway-'));

  beforeAll(async () => {
    server = await startE2eServer();
    const call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: EMAIL,
      password: PASSWORD,
    });
    participantId = (
      await call('POST', '/api/v1/participants', {
        firstName: 'Łucja',
        lastName: 'Żółkiewska',
        pesel: '85030512345',
        city: 'Bolesławiec',
        bankAccount: '61109010140000071219812874',
      })
    ).id;
    browser = await launchBrowser();
    page = await signInThroughUi(browser, server.baseUrl, EMAIL, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach((ctx) => screenshotOnFailure(ctx, page, out));

  const field = (label: RegExp | string) => page.getByLabel(label);
  const errorOf = (id: string) => page.locator(`#f-${id}-error`);

  it('records the referral, refusing it first without the consent an institution needs', async () => {
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await page.getByRole('heading', { name: 'Łucja Żółkiewska', level: 1 }).waitFor();
    await page.getByText('Zarejestruj skierowanie i opinię OPS').waitFor();
    await field(/^Nazwa kierującego/).fill('Miejski Ośrodek Pomocy Społecznej w Bolesławcu');
    await field(/^Data skierowania/).fill('2026-01-05');
    await field(/^Data wpływu/).fill('2026-01-07');
    await field(/^Data opinii pracownika socjalnego OPS/).fill('2026-01-04');
    // The browser checks with the contract: no consent, and a receipt dated before the referral, are named
    // at their fields, and nothing is sent.
    const sent: string[] = [];
    const watch = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && /\/(referrals|eligibility-decisions)$/.test(r.url())) sent.push(r.url());
    };
    page.on('request', watch);
    await field(/^Data wpływu/).fill('2026-01-03');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('zgody');
    expect(await page.locator('#f-consentGiven').getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf('receivedOn').textContent()).toContain('wcześniejsza niż data skierowania');
    expect(sent).toEqual([]);
    await field(/^Data wpływu/).fill('2026-01-07');
    await page.getByRole('checkbox', { name: /wyraziła zgodę/ }).check();
    await field(/^Data zgody/).fill('2026-01-05');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('przyjęte do rozpatrzenia').waitFor();
    expect(sent).toHaveLength(1);
    page.off('request', watch);
  });

  it('decides eligibility with the engine and shows each reason with its article', async () => {
    await page.getByRole('checkbox', { name: 'długotrwale bezrobotni (pkt 5)' }).check();
    // Without the person's declaration (art. 1 ust. 3) the browser refuses at the field, nothing is sent.
    let decisions = 0;
    const count = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().endsWith('/eligibility-decisions')) decisions++;
    };
    page.on('request', count);
    await page.getByRole('button', { name: 'Zapisz kwalifikację' }).click();
    await expect
      .poll(() =>
        page
          .locator('.field-invalid')
          .filter({ hasText: /złożyła oświadczenie/ })
          .textContent(),
      )
      .toContain('Potrzebne jest oświadczenie');
    expect(decisions).toBe(0);
    page.off('request', count);
    await page.getByRole('checkbox', { name: /złożyła oświadczenie/ }).check();
    await field(/^Data kwalifikacji/).fill('2026-01-12');
    await page.getByRole('button', { name: 'Zapisz kwalifikację' }).click();
    await page.getByRole('heading', { name: /Kwalifikacja pozytywna/ }).waitFor();
    expect(await page.locator('.reason-qualifies').first().textContent()).toMatch(/art\. 1 ust\. 2/);
    await page.getByText('Przygotuj program (IPZS lub kontrakt socjalny)').waitFor();
  });

  it('prepares the IPZS (29 hours refused at the field), and the director signs it', async () => {
    await field(/^Data przyjęcia/).fill('2026-02-02');
    await page.getByRole('textbox', { name: /^Warsztat/ }).fill('Gastronomia');
    await field(/^Godzin zajęć tygodniowo/).fill('29');
    await field(/^Zakres reintegracji zawodowej/).fill(
      'Przygotowanie do pracy pomocy kuchennej: higiena, obsługa urządzeń, HACCP.',
    );
    await field(/^Formy reintegracji społecznej/).fill(
      'Trening umiejętności społecznych, poradnictwo psychologiczne.',
    );
    await field(/^Osoby odpowiedzialne/).fill(
      'Anna Nowak — pracownik socjalny\nJan Kowalski — instruktor zawodu',
    );
    await page.getByRole('button', { name: 'Przygotuj program' }).click();
    await expect.poll(() => errorOf('weeklyHours').textContent()).toContain('krótszy niż 30 h');
    await field(/^Godzin zajęć tygodniowo/).fill('35');
    await page.getByRole('button', { name: 'Przygotuj program' }).click();
    await page.getByText('projekt — czeka na podpis').waitFor();
    expect(await page.getByText('2026-03-01').count()).toBeGreaterThan(0); // trial month ends (art. 112 KC)
    await field(/^Data podpisania/).fill('2026-02-02');
    await page.getByRole('button', { name: 'Podpisz program' }).click();
    // Signing cannot be undone: the dialog says so before anything is sent.
    const signDialog = page.getByRole('dialog', { name: /Podpisać program/ });
    expect(await signDialog.textContent()).toContain('nie można cofnąć');
    expect(await axeViolations(page)).toEqual([]);
    await signDialog.getByRole('button', { name: 'Podpisz program' }).click();
    await page.getByText('podpisany — uczestnictwo trwa').waitFor();
    // The header is reloaded after the signing: wait for it rather than read it at once (a race CI hit).
    await page.locator('.lead').filter({ hasText: 'uczestniczy' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('records the benefit application and the director grants it (art. 15 ust. 4)', async () => {
    await page.getByText('brak wniosku uczestnika').waitFor();
    await page.getByRole('button', { name: 'Wniosek o świadczenie integracyjne' }).click();
    await field(/^Data złożenia wniosku/).fill('2026-02-02');
    await field(/^Data przyznania przez kierownika/).fill('2026-02-03');
    await page.locator('.subform').getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('wniosek z 2026-02-02, przyznane przez kierownika 2026-02-03').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('records an amendment with its reason in the version history', async () => {
    await page.getByRole('button', { name: 'Aneks' }).click();
    await page.getByRole('textbox', { name: /^Warsztat/ }).fill('Remontowo-budowlany');
    await page.getByRole('button', { name: 'Zapisz aneks' }).click();
    await expect.poll(() => errorOf('reason').textContent()).toContain('Podaj powód');
    await field(/^Powód zmiany/).fill('Zmiana warsztatu na wniosek uczestniczki.');
    await page.getByRole('button', { name: 'Zapisz aneks' }).click();
    await page.getByText('Remontowo-budowlany').first().waitFor();
    await page.getByText(/Historia wersji/).click();
    await page.getByRole('cell', { name: 'Zmiana warsztatu na wniosek uczestniczki.' }).waitFor();
    expect(await page.getByRole('cell', { name: 'aneks', exact: true }).count()).toBe(1);
  });

  it('extends participation: past the limit refused at the field, 6 months with a reason in the history', async () => {
    await page.getByRole('button', { name: 'Przedłuż uczestnictwo' }).click();
    const form = page.locator('.subform');
    await form.getByLabel(/^O ile miesięcy/).fill('13');
    await form.getByRole('button', { name: 'Przedłuż uczestnictwo' }).click();
    await expect.poll(() => errorOf('reason').textContent()).toContain('To pole jest wymagane');
    await form
      .getByLabel(/^Uzasadnienie przedłużenia/)
      .fill('Staż u pracodawcy od marca; reintegracja zawodowa trwa.');
    await form.getByRole('button', { name: 'Przedłuż uczestnictwo' }).click();
    await expect
      .poll(() => errorOf('months').textContent())
      .toContain('najwyżej o 12 miesięcy (art. 15 ust. 3)');
    await form.getByLabel(/^O ile miesięcy/).fill('6');
    await form.getByRole('button', { name: 'Przedłuż uczestnictwo' }).click();
    await form.waitFor({ state: 'detached' });
    // Admitted 2026-02-02: 12 months end 2027-02-01; six more end 2027-08-01.
    await page.getByText('2027-08-01').first().waitFor();
    expect(await page.getByText('6 miesięcy', { exact: true }).count()).toBe(1);
    await page.getByText(/Historia wersji/).click();
    await page
      .getByRole('cell', { name: 'Staż u pracodawcy od marca; reintegracja zawodowa trwa.' })
      .waitFor();
  });

  it('ends participation with employment and issues the certificate, whose text reads back from the PDF', async () => {
    await page.getByRole('button', { name: 'Zakończ uczestnictwo' }).click();
    await field(/^Powód zakończenia/).selectOption('EMPLOYMENT');
    await field(/^Ostatni dzień uczestnictwa/).fill('2026-01-20');
    await field(/^Data podjęcia pracy/).fill('2026-06-01');
    await field(/^Umiejętności zawodowe/).fill(
      'Przygotowywanie posiłków zgodnie z HACCP\nObsługa zmywarki przemysłowej',
    );
    await field(/^Umiejętności społeczne/).fill('Punktualność i praca w zespole');
    const exitDialog = page.getByRole('dialog', { name: 'Zakończyć uczestnictwo?' });
    await page.getByRole('button', { name: 'Zakończ uczestnictwo' }).click();
    expect(await exitDialog.textContent()).toContain('nie można cofnąć');
    await exitDialog.getByRole('button', { name: 'Zakończ uczestnictwo' }).click();
    await expect.poll(() => errorOf('lastDay').textContent()).toContain('wcześniejszy niż data przyjęcia');
    await field(/^Ostatni dzień uczestnictwa/).fill('2026-05-29');
    await page.getByRole('button', { name: 'Zakończ uczestnictwo' }).click();
    await exitDialog.getByRole('button', { name: 'Zakończ uczestnictwo' }).click();
    const link = page.getByRole('link', { name: 'Zaświadczenie (PDF)' });
    await link.waitFor();
    expect(await page.locator('.lead').textContent()).toContain('po zakończeniu udziału');
    await page.getByRole('heading', { name: 'Kontakty po zakończeniu' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const response = await page.request.get(
      new URL((await link.getAttribute('href'))!, server.baseUrl).toString(),
    );
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = join(out, 'zaswiadczenie.pdf');
    writeFileSync(pdf, await response.body());
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('ZAŚWIADCZENIE');
    expect(text).toContain('Łucja');
    expect(text).toContain('Żółkiewska');
    expect(text).toContain('85030512345');
    expect(text).toMatch(/ZAS\/\d{4}\/0001/);
    expect(text).toContain('Przygotowywanie posiłków zgodnie z HACCP');
    expect(text).toContain('Punktualność i praca w zespole');
    expect(text).toMatch(/art\. 13 ust\. 5a/);
    expect(text).toMatch(/02\.02\.2026|2026-02-02|2 lutego 2026/);
    expect(text).toMatch(/29\.05\.2026|2026-05-29|29 maja 2026/);
    // One page rendered to an image for a person to look at (kept in the temp folder; not blank).
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, join(out, 'zaswiadczenie')]);
    const png = readFileSync(join(out, 'zaswiadczenie-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
    if (process.env.E2E_SCREENSHOTS) {
      mkdirSync(process.env.E2E_SCREENSHOTS, { recursive: true });
      writeFileSync(join(process.env.E2E_SCREENSHOTS, 'certificate.png'), png);
      await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'pathway.png'), fullPage: true });
    }
  });
});
