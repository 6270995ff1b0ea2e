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
import { readBack } from '../reports/pdf-readback';

const PASSWORD = 'Trudne-Haslo-2026!';

/**
 * Issue #6 golden path in Chromium: attendance locked → payroll computed → bonus proposed → approved →
 * bank file and PDF downloaded.
 */
describe.skipIf(!e2eEnabled)('monthly payroll in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  const out = mkdtempSync(join(tmpdir(), 'reintegra-payroll-e2e-'));

  beforeAll(async () => {
    server = await startE2eServer();
    call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@pay.example.pl',
      password: PASSWORD,
    });
    const me = (await call('GET', '/api/v1/users')).items[0];
    // A small centre: one person keeps the books too.
    await call('PATCH', `/api/v1/users/${me.id}`, { roles: ['ADMIN', 'DIRECTOR', 'ACCOUNTANT'] });
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

  it(
    'computes, takes a bonus, is reviewed, approved and closed, and gives the ' +
      'bank file and the payment list',
    async () => {
      await page.getByRole('link', { name: 'Wypłaty' }).click();
      await page.getByLabel('Miesiąc').fill('2026-05');
      await page.getByText('Lista za ten miesiąc nie została jeszcze obliczona.').waitFor();
      await page.getByRole('button', { name: 'Oblicz listę z obecności' }).click();
      await page.getByRole('rowheader', { name: 'Żółkiewska Łucja' }).waitFor();
      await page.getByText('Jak obliczono?').first().click();
      expect(await page.locator('ul.explain').first().textContent()).toMatch(/art\. 15/);

      // A wrong input first: an amount that is not złoty and no justification — the browser says so at the
      // fields (the contract's own checks) and nothing is sent.
      const bonusPosts: string[] = [];
      const onRequest = (r: { method(): string; url(): string }) => {
        if (r.method() === 'POST' && r.url().includes('/payroll/bonuses')) bonusPosts.push(r.url());
      };
      page.on('request', onRequest);
      await page.getByLabel(/^Kwota \(zł\)/).fill('20,555');
      await page.getByRole('button', { name: 'Zapisz premię' }).click();
      await page.locator('#f-amountGrosze-error').waitFor();
      expect(await page.locator('#f-amountGrosze-error').textContent()).toContain('Podaj kwotę w złotych');
      await page.locator('#f-justification-error').waitFor();
      expect(await page.locator('#f-amountGrosze').getAttribute('aria-invalid')).toBe('true');
      page.off('request', onRequest);
      expect(bonusPosts).toEqual([]);
      await page.getByLabel(/^Kwota \(zł\)/).fill('200');
      await page.getByLabel(/^Uzasadnienie/).fill('Aktywna postawa i postępy w warsztacie.');
      await page.getByRole('button', { name: 'Zapisz premię' }).click();
      // Saving a bonus confirms it and recomputes the draft at once: the new amount is on the screen.
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toMatch(/Zapisano premię 200,00.*Żółkiewska Łucja.*Lista przeliczona — do wypłaty: /);
      await expect.poll(() => page.locator('td.num').nth(1).textContent()).toContain('200,00');
      expect(await page.getByText('kwoty poniżej są nieaktualne').count()).toBe(0);
      await page.screenshot({ path: join(out, 'payroll-draft.png'), fullPage: true });
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
      await page.getByText('Tego nie można cofnąć').waitFor();
      await page.screenshot({ path: join(out, 'payroll-close-confirm.png'), fullPage: true });
      await page.getByRole('button', { name: 'Tak, zamknij miesiąc' }).click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Miesiąc zamknięty');
      await page.getByRole('heading', { name: 'Korekta tego miesiąca' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it(
    'the refund claim read back from the PDF states benefits, contributions ' +
      'and their sum, equal to the payment list',
    async () => {
      const payroll = await call('GET', '/api/v1/payroll/2026-05');
      expect(payroll.status).toBe('CLOSED');
      // Independent figures from the payroll's lines: the benefit without the art. 15a bonus, and
      // 19,52 % + 8 % of each payment's base (benefit + bonus), rounded half up per payment.
      const paying = payroll.lines.filter(
        (l: { status: string; total: number }) => l.status === 'PAY' && l.total,
      );
      const benefits = paying.reduce((s: number, l: { benefit: number }) => s + l.benefit, 0);
      const rate = (base: number, bp: number) => Math.round((base * bp) / 10000);
      const contributions = paying.reduce(
        (s: number, l: { benefit: number; bonus: number }) =>
          s + rate(l.benefit + l.bonus, 1952) + rate(l.benefit + l.bonus, 800),
        0,
      );
      const fetchPdf = async (name: string) => {
        const href = await page.getByRole('link', { name }).getAttribute('href');
        const r = await page.request.get(new URL(href!, server.baseUrl).toString());
        expect(r.status()).toBe(200);
        return readBack(name.replace(/\W+/g, '-'), await r.body()).text;
      };
      const claim = await fetchPdf('Wniosek o refundację do PUP (PDF)');
      const list = await fetchPdf('Lista wypłat (PDF)');
      const grosze = (s: string) => {
        const [whole, frac] = s.replace(/\s/g, '').split(',') as [string, string];
        return Number(whole) * 100 + Number(frac);
      };
      const after = (text: string, label: string) => {
        const m = new RegExp(`${label}\\s+([\\d\\s]+,\\d{2}) zł`).exec(text);
        expect(m, `${label} in ${text.slice(0, 300)}`).not.toBeNull();
        return grosze(m![1]!);
      };
      for (const text of [claim, list]) {
        expect(after(text, 'Świadczenia integracyjne wypłacone uczestnikom')).toBe(benefits);
        expect(after(text, 'Składki na ubezpieczenia emerytalne i rentowe od świadczeń')).toBe(contributions);
        expect(after(text, 'Razem do refundacji \\(świadczenia i składki\\)')).toBe(benefits + contributions);
      }
      expect(claim).toContain('art. 15 ust. 8');
      expect(claim).not.toMatch(/law\.md|\[[MUV]2?\]|do potwierdzenia|\d,\d{3} zł|→/);
    },
  );
});
