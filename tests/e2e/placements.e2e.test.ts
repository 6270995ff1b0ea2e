import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecision, buildIpzs, buildPerson, buildReferral } from '../factories/pathway.factory';
import { buildAgreement, buildPartner } from '../factories/partner.factory';
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

/** Issue 16, item 2 in Chromium: a placement from its plan to the evaluation certificate PDF. */
describe.skipIf(!e2eEnabled)('a placement at an employer in Chromium', { timeout: 240_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let workshopId: string;
  let personId: string;

  beforeAll(async () => {
    server = await startE2eServer();
    call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@praktyki.example.pl',
      password: PASSWORD,
    });
    workshopId = (
      await call('POST', '/api/v1/workshops', { name: 'Remontowy', type: 'RENOVATION_CONSTRUCTION' })
    ).id;
    personId = (
      await call('POST', '/api/v1/participants', buildPerson({ firstName: 'Zenon', lastName: 'Łączyński' }))
    ).id;
    const ref = await call('POST', `/api/v1/participants/${personId}/referrals`, buildReferral());
    await call('POST', `/api/v1/participants/${personId}/eligibility-decisions`, buildDecision(ref.id));
    const p = await call('POST', `/api/v1/participants/${personId}/programmes`, buildIpzs());
    await call('POST', `/api/v1/participants/${personId}/programmes/${p.id}/sign`, {
      signedOn: '2026-02-02',
      version: p.version,
    });
    await call('POST', `/api/v1/workshops/${workshopId}/assignments`, {
      participantId: personId,
      fromDate: '2026-02-02',
    });
    for (const m of new Set([shift(-3).slice(0, 7), today.slice(0, 7)]))
      await call('PUT', `/api/v1/workshops/${workshopId}/class-programmes/${m}`, {
        weekdayHours: [7, 7, 7, 7, 7, 7, 7],
        version: null,
      });
    const firm = await call(
      'POST',
      '/api/v1/partners',
      buildPartner({ kind: 'EMPLOYER', name: 'Malbud sp. z o.o.' }),
    );
    await call(
      'POST',
      `/api/v1/partners/${firm.id}/agreements`,
      buildAgreement({ number: 'POR/7/2026', subject: 'Praktyki zawodowe' }),
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('plan → signed agreement → two days in the register → evaluation → certificate PDF', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, 'kierownik@praktyki.example.pl', PASSWORD);
    await page.getByRole('link', { name: 'Praktyki' }).click();
    await page.getByRole('heading', { name: 'Praktyki zawodowe u pracodawców', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Zaplanuj praktykę' }).click();
    await page.getByLabel('Uczestnik').selectOption({ label: 'Łączyński Zenon' });
    await page.getByLabel('Pracodawca (partner)').selectOption({ label: 'Malbud sp. z o.o.' });
    await page
      .getByLabel('Porozumienie z partnerem')
      .selectOption({ label: 'POR/7/2026 — Praktyki zawodowe' });
    await page.getByLabel('Warsztat').selectOption({ label: 'Remontowy' });
    await page.getByLabel('Stanowisko / rodzaj prac').fill('Pomocnik malarza');
    await page.getByLabel('Miejsce odbywania praktyki').fill('Budowa przy ul. Lipowej 3');
    await page.getByLabel('Opiekun u pracodawcy').fill('Marek Zięba');
    await page.getByLabel('Opiekun z centrum').fill('Teresa Kierownik');
    await page.getByLabel('Harmonogram').fill('codziennie 7:00–13:00');
    await page.getByLabel('Godzin dziennie').fill('6');
    await page.getByLabel('Program praktyki').fill('Gruntowanie i malowanie ścian.');
    // The end before the start is refused at the field, in Polish, and nothing is saved.
    await page.getByLabel('Początek').fill(shift(1));
    await page.getByLabel('Koniec').fill(shift(-2));
    await page.getByRole('button', { name: 'Zapisz plan' }).click();
    await page.getByRole('alert').getByText('nie może kończyć się').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Początek').fill(shift(-2));
    await page.getByLabel('Koniec').fill(shift(3));
    await page.getByRole('button', { name: 'Zapisz plan' }).click();
    await page.getByRole('heading', { name: 'Łączyński Zenon — Malbud sp. z o.o.', level: 1 }).waitFor();

    await page.getByLabel('Data podpisania umowy').fill(shift(-3));
    await page.getByRole('button', { name: 'Zapisz podpisanie umowy' }).click();
    await page.getByRole('status').getByText('Umowa zapisana.').waitFor();
    await page.getByText(/^PR\/\d{4}\/0001$/).waitFor();

    // A wrong input first: hours not in quarters — the browser says so at the field with the contract's
    // own check, and nothing is sent.
    let dayPosts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/days')) dayPosts += 1;
    });
    await page.getByLabel(/^Dzień/).fill(shift(-2));
    await page.getByLabel(/^Godziny/).fill('5,3');
    await page.getByRole('button', { name: 'Dopisz dzień' }).click();
    await page.locator('#f-hours-error').waitFor();
    expect(await page.locator('#f-hours-error').textContent()).toContain('z dokładnością do kwadransa');
    expect(await page.locator('#f-hours').getAttribute('aria-invalid')).toBe('true');
    expect(dayPosts).toBe(0);
    for (const [date, hours] of [
      [shift(-2), '6'],
      [shift(-1), '5,5'],
    ] as const) {
      await page.getByLabel(/^Dzień/).fill(date);
      await page.getByLabel(/^Godziny/).fill(hours);
      await page.getByRole('button', { name: 'Dopisz dzień' }).click();
      await page.getByRole('cell', { name: date }).waitFor();
    }
    await page.getByText('2 dni, 11,5 h').waitFor();
    expect(dayPosts).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    const register = await call(
      'GET',
      `/api/v1/attendance?workshopId=${workshopId}&month=${shift(-1).slice(0, 7)}`,
    );
    expect(JSON.stringify(register)).toContain('"present"');

    await page.getByLabel('Data oceny').fill(today);
    for (const [label, value] of [
      ['Punktualność i obecność', '5'],
      ['Jakość i staranność pracy', '4'],
      ['Samodzielność', '4'],
      ['Współpraca z zespołem', '5'],
      ['Przestrzeganie zasad BHP', '3'],
    ] as const)
      await page.getByLabel(`${label} — Ocena (1–5)`).selectOption(value);
    await page.getByLabel('Umiejętności nabyte').fill('gruntowanie ścian\nmalowanie wałkiem');
    await page.getByLabel('Opinia opiekuna').fill('Sumienny i punktualny.');
    await page.getByRole('button', { name: 'Zapisz ocenę i zakończ praktykę' }).click();
    await page.getByText('zakończona i oceniona').waitFor();
    await page.getByText('(5 + 4 + 4 + 5 + 3) / 5 = 4,2').waitFor();

    const href = await page.getByRole('link', { name: 'Zaświadczenie z oceną (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${server.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    const text = readBack('e2e-placement-certificate', Buffer.from(await pdf.body())).text;
    expect(text).toContain('Zaświadczenie o odbyciu praktyki zawodowej');
    expect(text).toContain('Zenon Łączyński');
    expect(text).toMatch(/2 dni, razem 11,5 ?h/);
    expect(text).toContain('malowanie wałkiem');
    expect(personId).toBeTruthy();
  });

  it('shows the graduates page with its rule and the figures of a year, accessible', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, 'kierownik@praktyki.example.pl', PASSWORD);
    await page.getByRole('link', { name: 'Absolwenci' }).click();
    await page.getByRole('heading', { name: 'Absolwenci', level: 1 }).waitFor();
    await page.getByText('art. 2 pkt 1a–1b').waitFor();
    await page.getByText('Brak absolwentów spełniających filtr.').waitFor();
    await page.getByLabel('Rok', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Policz' }).click();
    await page.getByText(/ostatni dzień zajęć przypadł w 2026 r\.: 0/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes a joint application for supported employment, refusing it without the justification', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, 'kierownik@praktyki.example.pl', PASSWORD);
    await page.getByRole('link', { name: 'Zatrudnienie wspierane' }).click();
    await page.getByRole('heading', { name: 'Zatrudnienie wspierane', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: /^Uczestnik/ }).selectOption({ label: 'Łączyński Zenon' });
    await page.getByLabel('Data wniosku').fill(today);
    for (const who of ['Podpis kierownika', 'Podpis pracownika socjalnego', 'Podpis uczestnika'])
      await page.getByLabel(who).check();
    await page.getByRole('button', { name: 'Zapisz wniosek' }).click();
    await page.getByRole('alert').getByText('wymaga uzasadnienia').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Uzasadnienie').fill('Pracodawca z praktyki oferuje zatrudnienie od stycznia.');
    await page.getByRole('button', { name: 'Zapisz wniosek' }).click();
    await page.getByRole('heading', { name: /^Łączyński Zenon — /, level: 2 }).waitFor();
    await page.getByText('art. 15b i 16').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
