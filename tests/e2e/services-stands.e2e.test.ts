import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecision, buildIpzs, buildPerson, buildReferral } from '../factories/pathway.factory';
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

/**
 * Issue 17 items 6 and 8 in Chromium: a stand at a fair (crew, products, takings 12 × 25,00 = 300,00 zł),
 * refused when more is sold than taken, its takings corrected to 275,50 zł (the finance register follows),
 * and the workshop's month: the job day (7 h), the payment 123,00 zł and the stand → income 398,50 zł.
 */
describe.skipIf(!e2eEnabled)('stands and the workshop month in Chromium', { timeout: 240_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let workshopId: string;
  let orderId: string;

  beforeAll(async () => {
    server = await startE2eServer();
    call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@stoiska.example.pl',
      password: PASSWORD,
    });
    const instructor = await call('POST', '/api/v1/users', {
      email: 'instruktor@stoiska.example.pl',
      fullName: 'Igor Instruktor',
      roles: ['INSTRUCTOR'],
      password: PASSWORD,
    });
    workshopId = (
      await call('POST', '/api/v1/workshops', {
        name: 'Rękodzieło',
        type: 'CRAFTS',
        instructorIds: [instructor.id],
      })
    ).id;
    const person = await call('POST', '/api/v1/participants', {
      ...buildPerson(),
      firstName: 'Zofia',
      lastName: 'Śliwińska',
    });
    const ref = await call('POST', `/api/v1/participants/${person.id}/referrals`, buildReferral());
    await call('POST', `/api/v1/participants/${person.id}/eligibility-decisions`, buildDecision(ref.id));
    const p = await call('POST', `/api/v1/participants/${person.id}/programmes`, buildIpzs());
    await call('POST', `/api/v1/participants/${person.id}/programmes/${p.id}/sign`, {
      signedOn: '2026-02-02',
      version: p.version,
    });
    await call('POST', `/api/v1/workshops/${workshopId}/assignments`, {
      participantId: person.id,
      fromDate: '2026-02-02',
    });
    await call('PUT', `/api/v1/workshops/${workshopId}/class-programmes/${today.slice(0, 7)}`, {
      weekdayHours: [7, 7, 7, 7, 7, 7, 7],
      version: null,
    });
    // A job day and a payment through the API, so that the month has every kind of figure.
    const customer = await call('POST', '/api/v1/services/customers', {
      kind: 'PERSON',
      fullName: 'Jan Kowalski',
      consentOn: today,
    });
    const quote = await call('POST', '/api/v1/services/orders', {
      workshopId,
      customerId: customer.id,
      title: 'Wianki na zamówienie',
      quoteDate: today,
      items: [{ name: 'Wianek', unit: 'szt.', quantity: 4, netPrice: 2500, vatRate: '23' }],
      totalGross: 12300,
    });
    const order = await call('POST', `/api/v1/services/orders/${quote.id}/accept`, {
      orderDate: today,
      version: quote.version,
    });
    const job = await call('POST', `/api/v1/services/orders/${quote.id}/jobs`, {
      instructorId: instructor.id,
      fromDate: today,
      toDate: today,
      place: 'Pracownia',
      address: 'ul. Sądowa 1, Bolesławiec',
      task: 'Wicie wianków',
      crew: [person.id],
    });
    await call('POST', `/api/v1/services/jobs/${job.id}/days`, {
      date: today,
      entries: [{ participantId: person.id, hours: 7, version: null, practised: 'wicie wianków' }],
    });
    await call('POST', `/api/v1/services/orders/${order.id}/payments`, { paidOn: today, amount: 12300 });
    orderId = order.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('records a stand, corrects its takings and shows the workshop month with how the income was made', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, 'kierownik@stoiska.example.pl', PASSWORD);
    await page.getByRole('link', { name: 'Usługi i sprzedaż' }).click();
    await page.getByRole('link', { name: 'Stoiska i kiermasze' }).click();
    await page.getByRole('heading', { name: 'Stoiska i kiermasze', level: 1 }).waitFor();
    await page.getByText('Nie ma jeszcze żadnego stoiska.').waitFor();

    await page.getByLabel('Nazwa wydarzenia').fill('Jarmark Bolesławiecki');
    await page.getByLabel('Miejsce').fill('Rynek, stoisko 12');
    await page.getByLabel(/Śliwińska/).check();
    await page.getByLabel('Produkt (1)').fill('Wianek');
    await page.getByLabel('Zabrano (szt.) (1)').fill('20');
    await page.getByLabel('Sprzedano (szt.) (1)').fill('21');
    await page.getByLabel('Cena (zł) (1)').fill('25,00');
    await page.getByRole('button', { name: 'Zapisz stoisko' }).click();
    await page.getByText('Sprzedano więcej, niż zabrano na stoisko.').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Sprzedano (szt.) (1)').fill('12');
    await page.getByText('Utarg: 300,00 zł').waitFor();
    await page.getByRole('button', { name: 'Zapisz stoisko' }).click();
    const card = page.getByRole('article', { name: 'Jarmark Bolesławiecki' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Brygada: Śliwińska Zofia');
    expect((await card.textContent())?.replace(/\s/g, ' ')).toContain(
      'Utarg: 300,00 zł (sprzedane sztuki × cena)',
    );

    await card.getByText('Korekta utargu').click();
    await card.getByLabel('Utarg po korekcie (zł)').fill('275,50');
    await card.getByLabel('Powód korekty').fill('Przeliczenie kasetki');
    await card.getByRole('button', { name: 'Zapisz korektę' }).click();
    await page.getByText('Zapisano korektę utargu.').waitFor();
    await page.getByText('(skorygowany; z produktów wychodzi 300,00 zł)').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const finance = await call('GET', `/api/v1/finance/${today.slice(0, 4)}`);
    expect(finance.ownIncome.bySource.find((s: { source: string }) => s.source === 'SERVICES')?.amount).toBe(
      12300 + 27550,
    );

    await page.getByRole('link', { name: '← Usługi i sprzedaż' }).click();
    await page.getByRole('link', { name: 'Miesiąc warsztatu' }).click();
    await page.getByRole('heading', { name: 'Miesiąc warsztatu', level: 1 }).waitFor();
    const summary = page.getByRole('region', { name: `Rękodzieło · ${today.slice(0, 7)}` });
    await summary.waitFor();
    const text = (await summary.textContent())?.replace(/\s/g, ' ');
    expect(text).toContain('Utarg ze stoisk275,50 zł');
    expect(text).toContain('398,50 zł = wpłaty 123,00 zł + utarg ze stoisk 275,50 zł');
    const people = page.getByRole('region', { name: 'Uczestnicy przy pracach' });
    expect((await people.getByRole('row', { name: /Zofia/ }).textContent())?.replace(/\s/g, ' ')).toContain(
      'Śliwińska Zofia17',
    );
    expect(await axeViolations(page)).toEqual([]);

    // A payment typed by mistake is removed with a reason; the finance register follows.
    await page.goto(`${server.baseUrl}/services/orders/${orderId}`);
    await page.locator('summary', { hasText: 'Usuń wpłatę' }).click();
    await page.getByLabel('Dlaczego usuwasz tę wpłatę').fill('Wpłata wpisana dwa razy');
    await page.getByRole('button', { name: 'Usuń wpłatę 123,00 zł' }).click();
    await page.getByText('Wpłacono: 0,00 zł').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const after = await call('GET', `/api/v1/finance/${today.slice(0, 4)}`);
    expect(after.ownIncome.bySource.find((s: { source: string }) => s.source === 'SERVICES')?.amount).toBe(
      27550,
    );
  });
});
