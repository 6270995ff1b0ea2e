import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
const shift = (days: number) => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Issue 17 in Chromium: quote → order → job → attendance filled from it → protocol PDF → income in the month. */
describe.skipIf(!e2eEnabled)('services in Chromium', { timeout: 240_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let workshopId: string;
  const crew: string[] = [];
  const out = mkdtempSync(join(tmpdir(), 'reintegra-services-'));

  beforeAll(async () => {
    server = await startE2eServer();
    call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@uslugi.example.pl',
      password: PASSWORD,
    });
    const instructor = await call('POST', '/api/v1/users', {
      email: 'instruktor@uslugi.example.pl',
      fullName: 'Igor Instruktor',
      roles: ['INSTRUCTOR'],
      password: PASSWORD,
    });
    await call('POST', '/api/v1/privacy/authorisations', {
      userId: instructor.id,
      issuedOn: '2026-01-02',
      validFrom: '2026-01-02',
      pledgeSignedOn: '2026-01-02',
    });
    workshopId = (
      await call('POST', '/api/v1/workshops', {
        name: 'Remontowy',
        type: 'RENOVATION_CONSTRUCTION',
        instructorIds: [instructor.id],
      })
    ).id;
    for (let i = 0; i < 6; i++) {
      const id = (await call('POST', '/api/v1/participants', buildPerson())).id;
      const ref = await call('POST', `/api/v1/participants/${id}/referrals`, buildReferral());
      await call('POST', `/api/v1/participants/${id}/eligibility-decisions`, buildDecision(ref.id));
      const p = await call('POST', `/api/v1/participants/${id}/programmes`, buildIpzs());
      await call('POST', `/api/v1/participants/${id}/programmes/${p.id}/sign`, {
        signedOn: '2026-02-02',
        version: p.version,
      });
      await call('POST', `/api/v1/workshops/${workshopId}/assignments`, {
        participantId: id,
        fromDate: '2026-02-02',
      });
      crew.push(id);
    }
    for (const m of new Set([shift(-1).slice(0, 7), today.slice(0, 7), shift(1).slice(0, 7)]))
      await call('PUT', `/api/v1/workshops/${workshopId}/class-programmes/${m}`, {
        weekdayHours: [7, 7, 7, 7, 7, 7, 7],
        version: null,
      });
    await call('POST', '/api/v1/services/catalogue', {
      workshopId,
      name: 'Malowanie ścian',
      kind: 'SERVICE',
      activityType: 'RENOVATION',
      unit: 'm²',
      netPrice: 1500,
      vatRate: '23',
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = async (page: Page, name: string) => {
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };

  it('quote → order → job → attendance filled from it → protocol PDF → income in the month', async () => {
    const director = await signInThroughUi(browser, server.baseUrl, 'kierownik@uslugi.example.pl', PASSWORD);
    await director.getByRole('link', { name: 'Usługi i sprzedaż' }).click();
    await director.getByRole('heading', { name: 'Usługi i sprzedaż', level: 1 }).waitFor();

    // A private customer with the day of consent.
    await director.getByLabel('Klient', { exact: true }).selectOption('PERSON');
    await director.getByLabel('Imię i nazwisko').fill('Jan Kowalski');
    await director.getByLabel('Data zgody na przetwarzanie danych').fill(today);
    await director.getByRole('button', { name: 'Dodaj klienta' }).click();
    await director.getByRole('listitem').filter({ hasText: 'Jan Kowalski' }).waitFor();

    // A quote whose typed total is wrong is refused at the field.
    await director.getByLabel('Przedmiot').fill('Malowanie pokoju');
    await director.getByLabel('Katalog usług i produktów (1)').selectOption({ label: 'Malowanie ścian' });
    await director.getByLabel('Ilość (1)').fill('20');
    await director.getByText('Suma pozycji: 369,00 zł').waitFor();
    await director.getByLabel('Suma brutto oferty (zł)').fill('300');
    await director.getByRole('button', { name: 'Zapisz ofertę' }).click();
    await director
      .getByText(/nie zgadza się z sumą pozycji/)
      .first()
      .waitFor();
    expect(await axeViolations(director)).toEqual([]);
    await shot(director, 'quote-refused');
    await director.getByLabel('Suma brutto oferty (zł)').fill('369,00');
    await director.getByRole('button', { name: 'Zapisz ofertę' }).click();
    await director.getByRole('heading', { name: /ZL\/\d{4}\/0001: Malowanie pokoju/ }).waitFor();
    await director.getByRole('button', { name: 'Przyjmij jako zlecenie' }).click();
    await director.getByText('zlecenie przyjęte').first().waitFor();

    // The job for the crew of six.
    await director.getByLabel('Od dnia').fill(today);
    await director.getByLabel('Do dnia').fill(shift(1));
    await director.getByLabel('Miejsce').fill('Mieszkanie klienta');
    await director.getByLabel('Adres').fill('ul. Kwiatowa 2/4, 59-700 Bolesławiec');
    await director.getByLabel('Zakres prac').fill('Malowanie ścian pokoju, zabezpieczenie podłóg.');
    await director.getByLabel('Materiały').fill('farba 10 l, folia');
    const boxes = director.getByRole('group', { name: 'Brygada' }).getByRole('checkbox');
    await boxes.first().waitFor();
    expect(await boxes.count()).toBe(6);
    for (let i = 0; i < 6; i++) await boxes.nth(i).check();
    await director.getByRole('button', { name: 'Zaplanuj pracę' }).click();
    await director.getByRole('heading', { name: /Mieszkanie klienta, ul. Kwiatowa/ }).waitFor();
    await shot(director, 'order-with-job');

    // The instructor records the day: 1 the menu, 2 the order, 3 save (date, crew and hours prefilled).
    const instructor = await signInThroughUi(
      browser,
      server.baseUrl,
      'instruktor@uslugi.example.pl',
      PASSWORD,
    );
    let clicks = 0;
    await instructor.getByRole('link', { name: 'Usługi i sprzedaż' }).click();
    clicks++;
    await instructor.getByRole('link', { name: /ZL\/\d{4}\/0001/ }).click();
    clicks++;
    await instructor.getByRole('button', { name: 'Zapisz dzień na liście obecności' }).click();
    clicks++;
    await instructor.getByText(/Zapisano 6 os\. na liście obecności \(Mieszkanie klienta\)/).waitFor();
    expect(clicks).toBe(3);
    expect(await axeViolations(instructor)).toEqual([]);
    await shot(instructor, 'job-day-saved');

    const grid = await call('GET', `/api/v1/attendance?workshopId=${workshopId}&month=${today.slice(0, 7)}`);
    for (const id of crew)
      expect(
        grid.participants.find((p: { participantId: string }) => p.participantId === id).entries[today],
      ).toMatchObject({
        status: 'present',
        hours: 7,
      });
    expect(grid.jobDays.filter((d: { date: string }) => d.date === today)).toHaveLength(6);
    // The register itself shows which day was spent on which job.
    await instructor.getByRole('link', { name: 'Lista obecności' }).click();
    const jobs = instructor.getByRole('region', { name: 'Dni przy pracach usługowych' });
    await jobs.waitFor();
    expect(await jobs.textContent()).toContain('Mieszkanie klienta (6 osób)');
    expect(await axeViolations(instructor)).toEqual([]);
    await shot(instructor, 'register-with-job');

    // Hand-over, the protocol, invoice and payment, and the month's income.
    await director.reload();
    await director.getByLabel('Data odbioru').fill(today);
    await director.getByRole('button', { name: 'Zakończ i przekaż do odbioru' }).click();
    const protocolLink = director.getByRole('link', { name: 'Protokół odbioru (PDF)' });
    await protocolLink.waitFor();
    const pdf = await director.request.get(`${server.baseUrl}${await protocolLink.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    const file = join(out, 'protocol.pdf');
    writeFileSync(file, await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('Protokół odbioru prac');
    expect(text).toContain('Jan Kowalski');
    expect(text).toContain('Razem 369,00');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(out, 'protocol')]);

    await director.getByLabel('Numer faktury').fill('FV/12/2026');
    await director.getByRole('button', { name: 'Faktura (wystawiona przez organ prowadzący)' }).click();
    await director
      .getByText(/FV\/12\/2026/)
      .first()
      .waitFor();
    // A wrong input first: an amount that is not złoty — the browser says so at the field, nothing is sent.
    let paymentPosts = 0;
    director.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/payments')) paymentPosts += 1;
    });
    await director.getByLabel('Kwota (zł)').fill('trzysta');
    await director.getByRole('button', { name: 'Wpłata' }).click();
    await director.locator('#f-amount-error').waitFor();
    expect(await director.locator('#f-amount-error').textContent()).toBe(
      'Podaj kwotę w złotych, np. 200 albo 150,50.',
    );
    expect(await director.locator('#f-amount').getAttribute('aria-invalid')).toBe('true');
    expect(paymentPosts).toBe(0);
    await director.getByLabel('Kwota (zł)').fill('369,00');
    await director.getByRole('button', { name: 'Wpłata' }).click();
    await director.getByText('Wpłacono: 369,00 zł').waitFor();
    expect(paymentPosts).toBe(1);
    await shot(director, 'order-done');

    await director.getByRole('link', { name: 'Wróć do listy' }).click();
    const row = director.getByRole('row', { name: new RegExp(`^${today.slice(0, 7)}`) });
    await row.waitFor();
    expect((await row.textContent())?.replace(/\s/g, ' ')).toContain('369,00 zł');
    expect(await axeViolations(director)).toEqual([]);
    await shot(director, 'services-income');
    console.log(`services screenshots: ${out}`);
  });
});
