import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const PASSWORD = 'Trudne-Haslo-2026!';

/**
 * Issue #5 in Chromium: an instructor records a week by keyboard, a sick day with its note, and works
 * offline for a moment.
 */
describe.skipIf(!e2eEnabled)('attendance register in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;
  let context: BrowserContext;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let workshopId: string;
  let personId: string;
  const out = mkdtempSync(join(tmpdir(), 'reintegra-attendance-'));

  beforeAll(async () => {
    server = await startE2eServer();
    call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@att.example.pl',
      password: PASSWORD,
    });
    const instructor = await call('POST', '/api/v1/users', {
      email: 'instruktor@att.example.pl',
      fullName: 'Igor Instruktor',
      roles: ['INSTRUCTOR'],
      password: PASSWORD,
    });
    // Art. 8b ust. 4: the director authorises the new instructor to process participants' data (decision 0009).
    await call('POST', '/api/v1/privacy/authorisations', {
      userId: instructor.id,
      issuedOn: '2026-01-02',
      validFrom: '2026-01-02',
      pledgeSignedOn: '2026-01-02',
    });
    workshopId = (
      await call('POST', '/api/v1/workshops', {
        name: 'Gastronomiczny',
        type: 'GASTRONOMY',
        instructorIds: [instructor.id],
      })
    ).id;
    personId = (
      await call('POST', '/api/v1/participants', buildPerson({ firstName: 'Łucja', lastName: 'Żółkiewska' }))
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
    // Nothing is recorded before the month's class programme exists.
    await call('PUT', `/api/v1/workshops/${workshopId}/class-programmes/2026-05`, {
      weekdayHours: [7, 7, 7, 7, 7, 0, 0],
      version: null,
    });
    browser = await launchBrowser();
    page = await signInThroughUi(browser, server.baseUrl, 'instruktor@att.example.pl', PASSWORD);
    context = page.context();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach((ctx) => screenshotOnFailure(ctx, page, out));

  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());
  const shift = (days: number) =>
    new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const shiftMonth = (n: number) => {
    const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + n, 1));
    return d.toISOString().slice(0, 7);
  };
  let garden = '';
  const cell = (date: string) =>
    page.getByRole('gridcell', { name: new RegExp(`Żółkiewska Łucja, ${date}`) });
  const grid = async () => call('GET', `/api/v1/attendance?workshopId=${workshopId}&month=2026-05`);

  it('records a week by keyboard: O five times, Enter', async () => {
    await page.getByRole('link', { name: 'Lista obecności' }).click();
    await page.getByLabel('Miesiąc').fill('2026-05');
    await cell('2026-05-04').click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('o');
    expect(await page.getByRole('button', { name: /Zapisz \(5 zmian\)/ }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Zapisano 5 dni');
    expect(await cell('2026-05-08').textContent()).toBe('O');
    const row = (await grid()).participants[0];
    expect(row.counts.present).toBe(5);
    expect(row.meals).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('marks a sick day: refused without the doctor’s note, saved with it', async () => {
    await cell('2026-05-11').click();
    await page.keyboard.press('c');
    await page.getByRole('button', { name: /Zapisz \(1 zmiana\)/ }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('zaświadczenia lekarskiego');
    await cell('2026-05-11').click();
    await page.getByLabel('Numer zaświadczenia lekarskiego').fill('ZLA 7654321');
    await page.getByRole('button', { name: /Zapisz \(1 zmiana\)/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Zapisano 1 dzień');
    expect((await grid()).participants[0].entries['2026-05-11']).toMatchObject({
      status: 'sick',
      sickNote: { number: 'ZLA 7654321' },
    });
  });

  it('enters one doctor’s note once for its whole range of days', async () => {
    await cell('2026-05-18').click();
    await page.keyboard.press('c');
    await cell('2026-05-18').click();
    await page.getByLabel('Numer zaświadczenia lekarskiego').fill('ZLA 1112223');
    await page.getByLabel('Zwolnienie od').fill('2026-05-18');
    await page.getByLabel('Zwolnienie do').fill('2026-05-20');
    await page.getByRole('button', { name: 'Wpisz chorobę na wszystkie dni zwolnienia' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Zwolnienie wpisano na 3 dni zajęć');
    await page.getByRole('button', { name: /Zapisz \(3 zmiany\)/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Zapisano 3 dni');
    const entries = (await grid()).participants[0].entries;
    for (const d of ['2026-05-18', '2026-05-19', '2026-05-20'])
      expect(entries[d]).toMatchObject({
        status: 'sick',
        sickNote: { number: 'ZLA 1112223', from: '2026-05-18', to: '2026-05-20' },
      });
  });

  it('keeps entries made offline in the browser and sends them when the connection returns', async () => {
    await context.setOffline(true);
    await cell('2026-05-12').click();
    await page.keyboard.press('o');
    await page.keyboard.press('o');
    await page.getByRole('button', { name: /Zapisz \(2 zmiany\)/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Brak połączenia');
    await page.getByText('Pracujesz bez połączenia').waitFor();
    expect(await cell('2026-05-12').getAttribute('aria-label')).toContain('czeka na zapis');
    expect((await grid()).participants[0].entries['2026-05-12']).toBeUndefined();
    await context.setOffline(false);
    await expect
      .poll(async () => (await grid()).participants[0].entries['2026-05-13']?.status, { timeout: 10_000 })
      .toBe('present');
    await expect.poll(() => cell('2026-05-12').getAttribute('aria-label')).not.toContain('czeka na zapis');
  });

  it('fills a range of days in one go, then saves', async () => {
    await page.getByLabel('od dnia').fill('25');
    await page.getByLabel('do dnia').fill('31');
    await page.getByLabel('status', { exact: true }).selectOption('present');
    await page.getByRole('button', { name: 'Wypełnij' }).click();
    // 25–29 May; the weekend has no classes.
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Wypełniono 5 dni');
    await page.getByRole('button', { name: /Zapisz \(5 zmian\)/ }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Zapisano 5 dni');
    expect((await grid()).participants[0].entries['2026-05-29']).toMatchObject({ status: 'present' });
  });

  it('prints the daily list with a signature column; its text reads back from the PDF', async () => {
    await page.getByLabel('Miesiąc').fill('2026-05');
    const daily = await page.request.get(
      `${server.baseUrl}/api/v1/attendance/daily-list.pdf?workshopId=${workshopId}&date=2026-05-11`,
    );
    expect(daily.status()).toBe(200);
    const file = join(out, 'lista.pdf');
    writeFileSync(file, await daily.body());
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of [
      'LISTA OBECNOŚCI',
      'Gastronomiczny',
      '11 maja 2026',
      'Żółkiewska Łucja',
      'choroba',
      'Podpis uczestnika',
      'Igor Instruktor',
    ])
      expect(text).toContain(s);
    const card = await page.request.get(
      new URL(
        (await page
          .getByRole('link', { name: /Karta obecności \(PDF\): Żółkiewska Łucja/ })
          .getAttribute('href'))!,
        server.baseUrl,
      ).toString(),
    );
    expect(card.status()).toBe(200);
    writeFileSync(join(out, 'karta.pdf'), await card.body());
    const cardText = execFileSync('pdftotext', ['-layout', join(out, 'karta.pdf'), '-'], {
      encoding: 'utf8',
    });
    for (const s of ['KARTA OBECNOŚCI UCZESTNIKA', 'obecny', 'zaświadczenie ZLA 7654321', 'Święto Pracy'])
      expect(cardText).toContain(s);
  });

  it('records a day for a 20-person group where all are present in three user actions', async () => {
    const instructorId = (await call('GET', '/api/v1/users')).items.find(
      (u: { email: string }) => u.email === 'instruktor@att.example.pl',
    ).id;
    garden = (
      await call('POST', '/api/v1/workshops', {
        name: 'Ogrodniczy',
        type: 'GARDENING',
        instructorIds: [instructorId],
      })
    ).id;
    // Classes every day of the week, so that "today" is a class day whatever day the test runs on.
    for (const m of [shiftMonth(-1), today.slice(0, 7), shiftMonth(1)])
      await call('PUT', `/api/v1/workshops/${garden}/class-programmes/${m}`, {
        weekdayHours: [6, 6, 6, 6, 6, 6, 6],
        version: null,
      });
    for (let i = 0; i < 20; i++) {
      const id = (await call('POST', '/api/v1/participants', buildPerson())).id;
      const ref = await call(
        'POST',
        `/api/v1/participants/${id}/referrals`,
        buildReferral({
          referredOn: shift(-40),
          receivedOn: shift(-40),
          consentOn: shift(-40),
          opsOpinionOn: shift(-41),
        }),
      );
      await call(
        'POST',
        `/api/v1/participants/${id}/eligibility-decisions`,
        buildDecision(ref.id, { decidedOn: shift(-35) }),
      );
      const p = await call(
        'POST',
        `/api/v1/participants/${id}/programmes`,
        buildIpzs({ admissionDate: shift(-30) }),
      );
      await call('POST', `/api/v1/participants/${id}/programmes/${p.id}/sign`, {
        signedOn: shift(-30),
        version: p.version,
      });
      await call('POST', `/api/v1/workshops/${garden}/assignments`, {
        participantId: id,
        fromDate: shift(-30),
      });
    }
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: /Witaj/ }).waitFor();
    // Action 1: open the register; 2: choose the workshop (this instructor has two); 3: "all present today".
    await page.getByRole('link', { name: 'Lista obecności' }).click();
    await page.getByLabel('Warsztat').selectOption({ label: 'Ogrodniczy' });
    await page.getByRole('button', { name: 'Wszyscy obecni dziś' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Zapisano 20 dni');
    const grid = await call('GET', `/api/v1/attendance?workshopId=${garden}&month=${today.slice(0, 7)}`);
    expect(
      grid.participants.filter(
        (p: { entries: Record<string, { status: string }> }) => p.entries[today]?.status === 'present',
      ),
    ).toHaveLength(20);
  });

  it('refuses a status for a day that has not happened (a day off may be planned)', async () => {
    const next = shiftMonth(1);
    await page.getByLabel('Miesiąc').fill(next);
    const first = `${next}-01`;
    const someone = page.getByRole('gridcell', { name: new RegExp(`, ${first}: `) }).first();
    await someone.click();
    await page.keyboard.press('o');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('jeszcze nie nastąpił');
    expect(await someone.getAttribute('aria-label')).not.toContain('czeka na zapis');
    // The server refuses it too, naming the person and the day.
    const grid = await call('GET', `/api/v1/attendance?workshopId=${garden}&month=${next}`);
    const person = grid.participants[0];
    const refused = await call('PUT', '/api/v1/attendance', {
      workshopId: garden,
      month: next,
      entries: [{ participantId: person.participantId, date: first, status: 'present', version: null }],
    }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(refused).toMatch(/^PUT \/api\/v1\/attendance: 400 /);
    const field = JSON.parse(refused!.replace(/^[^{]*/, '')).error.details.fields[0];
    expect(field).toMatchObject({ path: 'entries.0.date', code: 'FUTURE_DAY' });
    expect(field.message).toContain(
      `${person.name}, ${first.slice(8, 10)}.${first.slice(5, 7)}.${first.slice(0, 4)}`,
    );
    await page.keyboard.press('w');
    expect(await page.getByRole('button', { name: /Zapisz \(1 zmiana\)/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Odrzuć niezapisane' }).click();
  });

  it(
    'the director cannot lock a month with blank class days (each person and ' +
      'day listed), nor before it ends',
    async () => {
      const director = await signInThroughUi(browser, server.baseUrl, 'kierownik@att.example.pl', PASSWORD);
      const previous = shiftMonth(-1);
      const programme = await call('GET', `/api/v1/workshops/${garden}/class-programmes/${previous}`);
      await call('POST', `/api/v1/workshops/${garden}/class-programmes/${previous}/approve`, {
        version: programme.version,
      });
      await director.getByRole('link', { name: 'Lista obecności' }).click();
      await director.getByLabel('Warsztat').selectOption({ label: 'Ogrodniczy' });
      await director.getByLabel('Miesiąc').fill(previous);
      await director.getByText(/^Dni zajęć bez statusu/).waitFor();
      await director.getByRole('button', { name: 'Zamknij miesiąc' }).click();
      await director.getByText('Zamknąć listę obecności').waitFor();
      await director.screenshot({ path: join(out, 'attendance-lock-confirm.png'), fullPage: true });
      await director.getByRole('button', { name: 'Tak, zamknij miesiąc' }).click();
      const note = director.locator('section[aria-labelledby="att-programme"] p.alert').first();
      await expect.poll(() => note.textContent()).toContain('brak statusu w dniach zajęć');
      const grid = await call('GET', `/api/v1/attendance?workshopId=${garden}&month=${previous}`);
      const blank = grid.participants.find((p: { missingDays: string[] }) => p.missingDays.length > 0);
      const d = blank.missingDays[0] as string;
      expect(await note.textContent()).toContain(`${blank.name}: ${d.slice(8, 10)}.${d.slice(5, 7)}`);
      expect(
        (await call('GET', `/api/v1/attendance?workshopId=${garden}&month=${previous}`)).lock.status,
      ).toBe('OPEN');
      await director.screenshot({ path: join(out, 'attendance-lock-refused.png'), fullPage: true });
      expect(await axeViolations(director)).toEqual([]);

      await director.getByLabel('Miesiąc').fill(today.slice(0, 7));
      await director.getByText('Miesiąc można zamknąć po ostatnim dniu zajęć').waitFor();
      await director.setViewportSize({ width: 1366, height: 768 });
      await director.screenshot({ path: join(out, 'attendance-1366.png'), fullPage: false });
      // The grid fits a 1366 px screen: no horizontal scrolling of the register.
      const wrap = director.locator('.att-wrap').first();
      const { scroll, client } = await wrap.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client + 1);
      await director.context().close();
    },
  );
});
