import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildDecision, buildIpzs, buildPerson, buildReferral } from '../factories/pathway.factory';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupDirectorThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';
import { readBack } from '../reports/pdf-readback';

const PASSWORD = 'Trudne-Haslo-2026!';

/** Issue #15 in Chromium: the director opens the annual report, traces a figure, signs it and downloads the PDF. */
describe.skipIf(!e2eEnabled)('the annual report in Chromium', { timeout: 180_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startE2eServer();
    const call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Renata Sprawozdawcza',
      email: 'kierownik@raport.example.pl',
      password: PASSWORD,
    });
    for (const [firstName, groups] of [
      ['Halina', ['HOMELESS', 'LONG_TERM_UNEMPLOYED']],
      ['Karol', ['LONG_TERM_UNEMPLOYED']],
    ] as const) {
      const id = (
        await call('POST', '/api/v1/participants', buildPerson({ firstName, lastName: 'Raportowa' }))
      ).id;
      const ref = await call('POST', `/api/v1/participants/${id}/referrals`, buildReferral());
      await call(
        'POST',
        `/api/v1/participants/${id}/eligibility-decisions`,
        buildDecision(ref.id, { groups }),
      );
      const p = await call('POST', `/api/v1/participants/${id}/programmes`, buildIpzs());
      await call('POST', `/api/v1/participants/${id}/programmes/${p.id}/sign`, {
        signedOn: p.admissionDate,
        version: p.version,
      });
    }
    // A third person ended in June with a job: the indicators have a figure (and a chart) to show.
    const zenon = (
      await call('POST', '/api/v1/participants', buildPerson({ firstName: 'Zenon', lastName: 'Raportowy' }))
    ).id;
    const zref = await call('POST', `/api/v1/participants/${zenon}/referrals`, buildReferral());
    await call(
      'POST',
      `/api/v1/participants/${zenon}/eligibility-decisions`,
      buildDecision(zref.id, { groups: ['DISABILITY'] }),
    );
    const zp = await call('POST', `/api/v1/participants/${zenon}/programmes`, buildIpzs());
    const signed = await call('POST', `/api/v1/participants/${zenon}/programmes/${zp.id}/sign`, {
      signedOn: zp.admissionDate,
      version: zp.version,
    });
    await call('POST', `/api/v1/participants/${zenon}/programmes/${zp.id}/exit`, {
      type: 'EMPLOYMENT',
      lastDay: '2026-06-30',
      eventDate: '2026-07-01',
      situation: { work: 'EMPLOYMENT', employmentForm: 'EMPLOYER', contractType: 'EMPLOYMENT_CONTRACT' },
      version: signed.version,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the parts, the warnings and the people behind a figure; signs and downloads', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, 'kierownik@raport.example.pl', PASSWORD);
    await page.getByRole('link', { name: 'Sprawozdania' }).click();
    await page.getByRole('heading', { name: 'Sprawozdanie roczne', level: 1 }).waitFor();
    await page.locator('#report-year').selectOption('2026');
    await page
      .getByRole('heading', { name: 'SPRAWOZDANIE CENTRUM INTEGRACJI SPOŁECZNEJ ZA ROK 2026' })
      .waitFor();
    await page.getByRole('heading', { name: 'CZĘŚĆ III. UCZESTNICY CENTRUM' }).waitFor();
    // No payroll closed yet: the screen says so before signing.
    const warnings = await page.getByRole('region', { name: 'Przed podpisaniem sprawdź' }).textContent();
    expect(warnings).toContain('Brak listy wypłat za maj 2026');
    expect(await page.getByText('suma wierszy grup może być większa').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Pokaż osoby: długotrwale bezrobotni — 2' }).first().click();
    const people = page.getByRole('region', { name: /Osoby w pozycji/ });
    await people.waitFor();
    expect(await people.textContent()).toContain('Raportowa Halina');
    expect(await people.textContent()).toContain('Raportowa Karol');
    await page.screenshot({ path: '/tmp/reintegra-report-screen.png', fullPage: true });

    // A wrong input first: a narrative part above the contract's 8000 characters is said at the field
    // (in Polish), and nothing is sent.
    const narrativePuts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().endsWith('/narrative')) narrativePuts.push(r.url());
    });
    await page.getByLabel('Uwagi', { exact: true }).fill('x'.repeat(8001));
    await page.getByRole('button', { name: 'Zapisz części opisowe' }).click();
    await page.locator('#n-remarks-error').getByText('Najwyżej 8000 znaków.').waitFor();
    expect(await page.getByLabel('Uwagi', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(narrativePuts).toEqual([]);
    await page.getByLabel('Uwagi', { exact: true }).fill('Sprawozdanie próbne.');
    await page.getByRole('button', { name: 'Zapisz części opisowe' }).click();
    await page.getByText('Zapisano części opisowe.').waitFor();
    expect(narrativePuts).toHaveLength(1);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Podpisz sprawozdanie' }).click();
    await page.getByText('Sprawozdanie podpisane.').waitFor();
    await page.getByText(/Wersja 1: podpisane przez kierownika/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF' }).click(),
    ]);
    const text = readBack('e2e-annual', readFileSync((await download.path())!)).text;
    expect(text).toContain('Wersja 1 · podpisane');
    expect(text).toContain('Sprawozdanie próbne.');
    expect(text).toContain('Renata Sprawozdawcza');

    // The indicators page is loaded on demand; formulas and targets are on screen, tables for everyone.
    await page.getByRole('link', { name: 'Wskaźniki efektywności' }).click();
    await page.getByRole('heading', { name: 'Wskaźniki efektywności', level: 1 }).waitFor();
    await page.getByText('Efektywność zatrudnieniowa = ').waitFor();
    expect(await page.getByText('cel krajowy KPRES 2030: 40%').count()).toBe(1);
    // Each table of figures has its chart (Chart.js, loaded on demand) described by that table.
    const chart = page.getByRole('img', { name: /^Wykres: Według roku zakończenia udziału/ });
    await chart.waitFor();
    const describedBy = await chart.getAttribute('aria-describedby');
    const table = page.locator(`table[id="${describedBy}"]`);
    expect(await table.getByRole('row', { name: /2026/ }).textContent()).toMatch(/2026\s*1\s*1\s*100%/);
    // A wrong input first: a target that is no number, and one above 100 % — said at the fields, nothing sent.
    const employmentTarget = page.getByRole('group', { name: 'Cel zatrudnieniowy' });
    const socialTarget = page.getByRole('group', { name: 'Cel społeczny' });
    const puts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/indicator-targets')) puts.push(r.url());
    });
    await employmentTarget.getByLabel('%').fill('dużo');
    await socialTarget.getByLabel('%').fill('120');
    await page.getByRole('button', { name: 'Zapisz cele' }).click();
    await employmentTarget.getByText('Podaj liczbę.').waitFor();
    await socialTarget.getByText('Najwyżej 100%.').waitFor();
    expect(puts).toEqual([]);
    await employmentTarget.getByLabel('%').fill('32,5');
    await socialTarget.getByLabel('%').fill('60');
    await employmentTarget.getByLabel('Skąd pochodzi cel').fill('Uchwała zarządu 2026.');
    await page.getByRole('button', { name: 'Zapisz cele' }).click();
    await page.getByText('Zapisano cele centrum.').waitFor();
    expect(puts).toHaveLength(1);
    // Read back: the saved targets are what the form shows after the page is read again.
    await page.reload();
    await page.getByRole('heading', { name: 'Wskaźniki efektywności', level: 1 }).waitFor();
    expect(await employmentTarget.getByLabel('%').inputValue()).toBe('32,5');
    expect(await employmentTarget.getByLabel('Skąd pochodzi cel').inputValue()).toBe('Uchwała zarządu 2026.');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/reintegra-indicators.png', fullPage: true });
    await page.close();
  });

  it('keeps the staff register and shows the 1 : 10 check of today', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, 'kierownik@raport.example.pl', PASSWORD);
    await page.getByRole('link', { name: 'Kadra' }).click();
    await page.getByRole('heading', { name: 'Rejestr kadry', level: 1 }).waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('Ponad normę');
    // A wrong input first: no name, a full-time equivalent above 1 — the browser says so at the fields
    // with the contract's own checks, and nothing is sent.
    await page.getByLabel('Wymiar etatu').fill('3');
    await page.locator('#f-fromDate').fill('2026-01-01');
    await page.getByRole('button', { name: 'Dodaj osobę' }).click();
    await page.locator('#f-fte-error').waitFor();
    await page.locator('#f-fullName-error').waitFor();
    expect(await page.locator('#f-fte').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('row', { name: /Jan Instruktor/ }).count()).toBe(0);
    await page.getByLabel('Imię i nazwisko').fill('Jan Instruktor');
    await page.getByLabel('Wymiar etatu').fill('1');
    await page.getByRole('button', { name: 'Dodaj osobę' }).click();
    await page.getByText('Dodano osobę do rejestru kadry.').waitFor();
    await page.getByRole('row', { name: /Jan Instruktor/ }).waitFor();
    expect(
      await page.getByText('W normie. Uczestnicy w zajęciach: 2; pracownicy prowadzący zajęcia: 1;').count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/reintegra-staff.png', fullPage: true });
    // The director's home page shows the same check of today, and this year's indicators.
    await page.getByRole('link', { name: 'Start' }).first().click();
    await page.getByText(/Proporcja 1 : 10/).waitFor();
    await page.getByText(/Wskaźniki 20\d\d/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
