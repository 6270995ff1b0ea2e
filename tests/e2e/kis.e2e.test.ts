import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
const EMAIL = 'kierownik@kis.example.pl';

/**
 * A social integration club (KIS): the same referral and eligibility, then a social contract (kontrakt
 * socjalny) whose end the club sets for the person — no benefit, no 12-month IPZS — signed, extended only
 * by an amendment, printed and read back.
 */
describe.skipIf(!e2eEnabled)('a KIS participant’s contract in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;
  let participantId: string;
  const out = mkdtempSync(join(tmpdir(), 'reintegra-kis-'));

  beforeAll(async () => {
    server = await startE2eServer();
    const call = await setupDirectorThroughApi(
      server.baseUrl,
      { fullName: 'Krystyna Klubowa', email: EMAIL, password: PASSWORD },
      { type: 'KIS', name: 'Klub Integracji Społecznej w Lubaniu', city: 'Lubań' },
    );
    participantId = (
      await call('POST', '/api/v1/participants', {
        firstName: 'Zenon',
        lastName: 'Wiśniewski',
        pesel: '72061512354',
        city: 'Lubań',
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

  it('records the referral and eligibility', async () => {
    await page.goto(`${server.baseUrl}/participants/${participantId}`);
    await page.getByRole('heading', { name: 'Zenon Wiśniewski', level: 1 }).waitFor();
    await field(/^Nazwa kierującego/).fill('Miejski Ośrodek Pomocy Społecznej w Lubaniu');
    await field(/^Data skierowania/).fill('2026-03-02');
    await field(/^Data wpływu/).fill('2026-03-03');
    await field(/^Data opinii pracownika socjalnego OPS/).fill('2026-03-01');
    await page.getByRole('checkbox', { name: /wyraził zgodę|wyraziła zgodę/ }).check();
    await field(/^Data zgody/).fill('2026-03-02');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('przyjęte do rozpatrzenia').waitFor();
    await page.getByRole('checkbox', { name: 'długotrwale bezrobotni (pkt 5)' }).check();
    await page.getByRole('checkbox', { name: /złożył oświadczenie|złożyła oświadczenie/ }).check();
    await field(/^Data kwalifikacji/).fill('2026-03-05');
    await page.getByRole('button', { name: 'Zapisz kwalifikację' }).click();
    await page.getByRole('heading', { name: /Kwalifikacja pozytywna/ }).waitFor();
  });

  it('prepares the social contract: no number and an end before the start refused at the fields', async () => {
    // The contract's number and its end are the club's rules (art. 18), checked in the browser with the
    // domain's own rules before anything is sent.
    const sent: string[] = [];
    const watch = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().endsWith('/programmes')) sent.push(r.url());
    };
    page.on('request', watch);
    await field(/^Data przyjęcia/).fill('2026-03-09');
    await page.getByRole('textbox', { name: /^Warsztat/ }).fill('Klub pracy');
    await field(/^Planowany koniec udziału/).fill('2026-03-01');
    await page.getByRole('button', { name: 'Przygotuj program' }).click();
    await expect.poll(() => page.locator('#f-contractNumber-error').textContent()).toMatch(/\S/);
    await expect.poll(() => page.locator('#f-plannedEnd-error').textContent()).toMatch(/\S/);
    expect(await page.locator('#f-contractNumber-error').textContent()).toContain('art. 18 ust. 4');
    expect(await page.locator('#f-plannedEnd-error').textContent()).toContain(
      'wcześniejszy niż data przyjęcia',
    );
    expect(sent).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await field(/^Numer kontraktu socjalnego/).fill('KS/17/2026');
    await field(/^OPS, który zawarł kontrakt/).fill('MOPS w Lubaniu');
    await field(/^Kontrakt od/).fill('2026-03-02');
    await field(/^Kontrakt do/).fill('2026-08-31');
    await field(/^Planowany koniec udziału/).fill('2026-08-31');
    await field(/^Zakres reintegracji zawodowej/).fill(
      'Warsztaty aktywnego poszukiwania pracy, CV, rozmowa.',
    );
    await field(/^Formy reintegracji społecznej/).fill('Grupa wsparcia, poradnictwo.');
    await page.getByRole('button', { name: 'Przygotuj program' }).click();
    await page.getByText('projekt — czeka na podpis').waitFor();
    expect(sent).toHaveLength(1);
    page.off('request', watch);
  });

  it('is signed, offers no 12-month extension, and prints the club programme, read back from the PDF', async () => {
    await field(/^Data podpisania/).fill('2026-03-09');
    await page.getByRole('button', { name: 'Podpisz program' }).click();
    const dialog = page.getByRole('dialog', { name: /Podpisać/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Podpisz program' }).click();
    await page.getByText('podpisany — uczestnictwo trwa').waitFor();
    // A club sets the end for the person; the CIS extension (art. 15 ust. 3) is not offered.
    expect(await page.getByRole('button', { name: 'Przedłuż uczestnictwo' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const link = page.getByRole('link', { name: 'Program udziału w klubie do wydruku (PDF)' });
    const response = await page.request.get(
      new URL((await link.getAttribute('href'))!, server.baseUrl).toString(),
    );
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = join(out, 'kontrakt.pdf');
    writeFileSync(pdf, await response.body());
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    // A club's document, not a CIS's IPZS: the social contract it rests on, no trial month or weekly hours.
    expect(flat).toContain('PROGRAM UDZIAŁU W ZAJĘCIACH KLUBU INTEGRACJI SPOŁECZNEJ');
    expect(flat).toContain('na podstawie art. 18 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym');
    expect(flat).toContain('Klub Integracji Społecznej w Lubaniu');
    expect(flat).toContain('Zenon Wiśniewski');
    expect(flat).toContain('72061512354');
    expect(flat).toContain('KS/17/2026');
    expect(flat).toContain('MOPS w Lubaniu');
    expect(flat).toContain('02.03.2026 – 31.08.2026');
    expect(flat).toContain('09.03.2026');
    expect(flat).toContain('31.08.2026');
    expect(flat).toContain('podpisany dnia 09.03.2026 r.');
    expect(flat).toContain('kierownik Klubu Integracji Społecznej');
    for (const cis of [
      'INDYWIDUALNY PROGRAM',
      'okresu próbnego',
      'tygodniowo',
      'Centrum Integracji',
      'art. 13',
    ])
      expect(flat).not.toContain(cis);
  });
});
