import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps';
import { inviteCentre, respondToInvitation } from '../../src/app/networks/manage-membership';
import { publishCatalogueEntry } from '../../src/app/networks/network-catalogue';
import { buildApp } from '../../src/http/app';
import { createDeps, WEB_DIR } from '../../src/main';
import {
  insertCoordinatorAccount,
  insertServiceItem,
  insertStays,
  stays,
} from '../factories/network.factory';
import { seedCentre, TEST_PASSWORD } from '../support/api';
import { createTestDb } from '../support/db';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupDirectorThroughApi,
  signInThroughUi,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';
const NETWORK = 'Klaster Subregionu Gorzowskiego';
const out = mkdtempSync(join(tmpdir(), 'reintegra-network-transfers-'));

/**
 * Issue 19 item 7 in Chromium: a KIS director sends a person to a CIS of the network with her consent
 * (first refused without it), the CIS director sees what arrived and accepts it as a new referral; the
 * network's public catalogue opens without logging in and takes an enquiry; a member publishes a service
 * in the joint catalogue and starts a joint project, and a transfer is refused — each form first refusing a
 * wrong input at its field.
 */
describe.skipIf(!e2eEnabled)('a transfer between member centres in Chromium', { timeout: 180_000 }, () => {
  let baseUrl: string;
  let close: () => Promise<void>;
  let deps: AppDeps;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let directorB: string;
  let networkId: string;

  beforeAll(async () => {
    console.log(`screenshots: ${out}`);
    const handle = await createTestDb('pglite');
    deps = createDeps(handle, { sessionIdleMinutes: 120, sessionAbsoluteHours: 12 });
    const app = await buildApp(deps, { webDir: WEB_DIR, logLevel: 'silent' });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    close = async () => {
      await app.close();
      await handle.close();
    };
    call = await setupDirectorThroughApi(baseUrl, {
      fullName: 'Anna Kierownik',
      email: 'kierownik@cis-gorzow.example.pl',
      password: PASSWORD,
    });
    const b = await seedCentre(deps, ['DIRECTOR'], {
      name: 'Klub Integracji Społecznej w Słubicach',
      type: 'KIS',
    });
    directorB = b.accounts.DIRECTOR;
    const [person] = await insertStays(
      deps.db,
      b.centreId,
      stays(1, {
        groups: ['HOMELESS'],
        kind: 'KIS_CONTRACT',
        admission: '2026-01-12',
        lastDay: '2026-10-30',
        exitType: 'COMPLETED',
      }),
    );
    await deps.db
      .updateTable('participants')
      .set({
        first_name: 'Halina',
        last_name: 'Przenoszona',
        name_key: 'przenoszona halina',
        pesel: '80010112340',
        sex: 'F',
      })
      .where('id', '=', person!)
      .execute();
    const coordinator = await insertCoordinatorAccount(deps.db);
    networkId = (
      await call('POST', '/api/v1/networks', {
        name: NETWORK,
        kind: 'CLUSTER',
        coordinatorOrgName: 'OWES Gorzów',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: [coordinator],
      })
    ).id;
    // The membership is not what this test is about: invitations and answers straight through the use cases.
    const coord = await deps.db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', '=', coordinator)
      .executeTakeFirstOrThrow();
    const asCoordinator = { userId: coord.id, email: coord.email, ip: null, centreId: null, centreRoles: [] };
    const centreA = (await call('GET', '/api/v1/centre')).id as string;
    await inviteCentre(deps, asCoordinator, networkId, centreA);
    await inviteCentre(deps, asCoordinator, networkId, b.centreId);
    await call('POST', `/api/v1/networks/${networkId}/membership/accept`);
    const dirB = await deps.db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', '=', directorB)
      .executeTakeFirstOrThrow();
    const asDirectorB = {
      userId: dirB.id,
      email: dirB.email,
      ip: null,
      centreId: b.centreId,
      centreRoles: ['DIRECTOR' as const],
    };
    await respondToInvitation(deps, asDirectorB, networkId, true);
    const item = await insertServiceItem(deps.db, b.centreId, 'Drobne remonty mieszkań');
    await publishCatalogueEntry(deps, asDirectorB, networkId, {
      serviceItemId: item,
      areaCodes: ['0861'],
      publicDescription: 'Malowanie, drobne naprawy, wymiana podłóg.',
      contactPhone: '95 700 00 00',
      contactEmail: null,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('the KIS sends a person with her consent; the CIS sees the data sent and accepts it as a referral', async () => {
    const kis = await signInThroughUi(browser, baseUrl, directorB, TEST_PASSWORD);
    await kis.getByRole('link', { name: 'Sieci centrów' }).click();
    await kis.getByRole('heading', { name: NETWORK, level: 2 }).waitFor();
    await kis.getByRole('heading', { name: 'Przekaż osobę do innego centrum' }).waitFor();
    await kis.getByLabel('Szukaj osoby (nazwisko)').fill('Przenos');
    const person = kis.locator('#f-participantId');
    await person.locator('option', { hasText: 'Przenoszona Halina' }).waitFor({ state: 'attached' });
    await person.selectOption({ label: 'Przenoszona Halina (1980-01-01)' });
    const scope = kis.getByRole('group', { name: 'Zgoda obejmuje' });
    const sent = kis.getByRole('group', { name: 'Przekazywane dane (wybór kierownika)' });
    for (const group of [scope, sent]) {
      await group.getByLabel('PESEL i obywatelstwo').check();
      await group.getByLabel(/grupy z art. 1 ust. 2/).check();
    }
    await kis
      .getByLabel('Ośrodek pomocy społecznej, który skieruje (jeśli wiadomo)')
      .fill('MOPS w Gorzowie Wlkp.');
    // Without consent: refused, with the reason at the field.
    await kis.getByRole('button', { name: 'Wyślij przekazanie' }).click();
    await kis
      .getByText(/wymaga jej zgody/)
      .first()
      .waitFor();
    expect(await axeViolations(kis)).toEqual([]);
    await kis.getByLabel('Osoba (lub jej przedstawiciel ustawowy) wyraziła zgodę na przekazanie').check();
    await kis.getByRole('button', { name: 'Wyślij przekazanie' }).click();
    await kis.getByRole('status').filter({ hasText: 'Wysłano.' }).waitFor();
    await kis.getByText('czeka na odpowiedź').waitFor();
    await kis.screenshot({ path: join(out, 'transfer-sent.png'), fullPage: true });

    const cis = await signInThroughUi(browser, baseUrl, 'kierownik@cis-gorzow.example.pl', PASSWORD);
    await cis.getByRole('link', { name: 'Sieci centrów' }).click();
    const card = cis.getByRole('listitem').filter({ hasText: 'Halina Przenoszona' });
    await card.waitFor();
    expect(await card.textContent()).toContain('PESEL 80010112340');
    expect(await card.textContent()).toContain('bezdomność');
    expect(await axeViolations(cis)).toEqual([]);
    await cis.screenshot({ path: join(out, 'transfer-received.png'), fullPage: true });
    await card.getByRole('button', { name: 'Przyjmij jako skierowanie' }).click();
    await card.getByText('przyjęte jako skierowanie').waitFor();
    await card.getByRole('link', { name: 'Otwórz kartę osoby' }).click();
    await cis
      .getByRole('heading', { name: /Przenoszona/ })
      .first()
      .waitFor();
    await cis.screenshot({ path: join(out, 'transfer-record.png'), fullPage: true });

    await kis.reload();
    await kis.getByText('przyjęte jako skierowanie').waitFor();
  });

  it('an administrator creates a coordinator account without a centre, then a network coordinated by it', async () => {
    const admin = await signInThroughUi(browser, baseUrl, 'kierownik@cis-gorzow.example.pl', PASSWORD);
    await admin.getByRole('link', { name: 'Sieci centrów' }).click();
    await admin.getByRole('heading', { name: 'Konto koordynatora sieci' }).waitFor();
    await admin.locator('#f-coord-fullName').fill('Ewa Koordynatorka');
    await admin.locator('#f-coord-email').fill('ewa@rops.example.pl');
    await admin.locator('#f-coord-password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Utwórz konto' }).click();
    await admin.getByRole('status').filter({ hasText: 'Utworzono konto ewa@rops.example.pl' }).waitFor();
    await admin.locator('#f-net-name').fill('Sieć CIS i KIS Województwa Lubuskiego');
    await admin.locator('#f-net-areaCodes').fill('0861, 9999');
    await admin.locator('#f-net-coordinatorOrgName').fill('Regionalny Ośrodek Polityki Społecznej');
    await admin.locator('#f-net-coordinatorOrgKind').selectOption('ROPS');
    // A wrong input first: an e-mail without its @ — caught at the field by the contract, nothing is sent.
    await admin.locator('#f-net-coordinatorEmails').fill('ewa-rops.example.pl');
    await admin.getByRole('button', { name: 'Utwórz sieć' }).click();
    await admin.locator('#f-net-coordinatorEmails-error').waitFor();
    expect(await admin.locator('#f-net-coordinatorEmails').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByText('Nie ma takiego kodu w rejestrze TERYT.').count()).toBe(0);
    await admin.locator('#f-net-coordinatorEmails').fill('ewa@rops.example.pl');
    await admin.getByRole('button', { name: 'Utwórz sieć' }).click();
    await admin.getByText('Nie ma takiego kodu w rejestrze TERYT.').first().waitFor();
    await admin.locator('#f-net-areaCodes').fill('0861');
    await admin.getByRole('button', { name: 'Utwórz sieć' }).click();
    await admin.getByRole('status').filter({ hasText: 'Utworzono sieć' }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    const coordinator = await signInThroughUi(browser, baseUrl, 'ewa@rops.example.pl', PASSWORD);
    await coordinator.getByRole('link', { name: 'Sieci centrów' }).click();
    await coordinator
      .getByRole('heading', { name: 'Sieć CIS i KIS Województwa Lubuskiego', level: 2 })
      .waitFor();
  });

  it('the public catalogue page opens without logging in and takes an enquiry', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'pl-PL' });
    await page.goto(`${baseUrl}/katalog/${networkId}`);
    await page.getByRole('heading', { name: NETWORK, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Drobne remonty mieszkań' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Zapytaj o tę usługę/ }).click();
    await page.getByLabel('Imię i nazwisko lub nazwa firmy').fill('Jan Nowak');
    // Wrong inputs first: an e-mail without its domain and no consent — said at the fields in Polish by
    // the contract, with nothing sent.
    const enquiries: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith(`/api/v1/public/networks/${networkId}/enquiries`))
        enquiries.push(r.url());
    });
    await page.getByLabel('E-mail').fill('jan.nowak@');
    await page.getByLabel('Treść zapytania').fill('Proszę o wycenę malowania dwóch pokoi.');
    await page.getByRole('button', { name: 'Wyślij zapytanie' }).click();
    await page
      .getByText(/Zaznacz zgodę/)
      .first()
      .waitFor();
    await page.getByText('Podaj prawidłowy adres e-mail.').first().waitFor();
    expect(await page.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(enquiries).toEqual([]);
    await page.getByLabel('E-mail').fill('jan.nowak@example.pl');
    await page.getByLabel(/Zgadzam się na kontakt/).check();
    await page.getByRole('button', { name: 'Wyślij zapytanie' }).click();
    await page.getByRole('status').filter({ hasText: 'Dziękujemy' }).waitFor();
    expect(enquiries).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(out, 'public-catalogue.png'), fullPage: true });
    const stored = await deps.db.selectFrom('network_enquiries').select(['full_name', 'message']).execute();
    expect(stored).toEqual([{ full_name: 'Jan Nowak', message: 'Proszę o wycenę malowania dwóch pokoi.' }]);
  });

  it('a member publishes a service and starts a joint project; wrong inputs are caught at the fields', async () => {
    const kisCentre = await deps.db
      .selectFrom('centres')
      .select('id')
      .where('name', '=', 'Klub Integracji Społecznej w Słubicach')
      .executeTakeFirstOrThrow();
    await insertServiceItem(deps.db, kisCentre.id, 'Pranie dywanów');
    const kis = await signInThroughUi(browser, baseUrl, directorB, TEST_PASSWORD);
    const writes: string[] = [];
    kis.on('request', (r) => {
      if (['POST', 'PUT'].includes(r.method()) && r.url().includes(`/api/v1/networks/${networkId}/`))
        writes.push(`${r.method()} ${new URL(r.url()).pathname.split('/').slice(5).join('/')}`);
    });
    await kis.getByRole('link', { name: 'Sieci centrów' }).click();
    await kis.getByRole('heading', { name: NETWORK, level: 2 }).waitFor();

    // The catalogue: a two-digit TERYT code and an e-mail without its domain, caught by the contract.
    const service = kis.getByLabel(/Usługa z katalogu centrum/);
    await service.locator('option', { hasText: 'Pranie dywanów' }).waitFor({ state: 'attached' });
    await service.selectOption({ label: 'Pranie dywanów' });
    const area = kis.getByLabel(/Obszar \(kody TERYT/);
    await area.fill('0861, 12');
    await kis.getByLabel(/E-mail do zapytań/).fill('pranie@');
    await kis.getByRole('button', { name: 'Opublikuj', exact: true }).click();
    await kis
      .locator('#f-areaCodes-error', { hasText: 'Kod TERYT powiatu ma 4 cyfry, gminy — 7 cyfr.' })
      .waitFor();
    await kis.locator('#f-contactEmail-error', { hasText: 'Podaj prawidłowy adres e-mail.' }).waitFor();
    expect(await axeViolations(kis)).toEqual([]);
    expect(writes).toEqual([]);
    await area.fill('0861');
    await kis.getByLabel(/E-mail do zapytań/).fill('pranie@kis.example.pl');
    await kis.getByRole('button', { name: 'Opublikuj', exact: true }).click();
    await kis.getByRole('cell', { name: /Pranie dywanów/ }).waitFor();
    expect(await area.inputValue()).toBe('');

    // A joint project ending before it starts: said at the end date, nothing sent.
    await kis.locator('#f-nwp-title').fill('Wspólna ścieżka');
    await kis.locator('#f-nwp-programme').fill('FEL 2021–2027');
    await kis.locator('#f-nwp-startDate').fill('2026-06-01');
    await kis.locator('#f-nwp-endDate').fill('2026-05-01');
    await kis.getByRole('group', { name: 'Partnerzy (centra sieci)' }).getByRole('checkbox').first().check();
    await kis.locator('#f-target-PARTICIPANTS').fill('12');
    await kis.getByRole('button', { name: 'Utwórz projekt' }).click();
    await kis
      .locator('#f-nwp-endDate-error', { hasText: 'Koniec projektu nie może być przed jego początkiem.' })
      .waitFor();
    expect(writes).toEqual(['POST catalogue']);
    await kis.locator('#f-nwp-endDate').fill('2026-12-31');
    await kis.getByRole('button', { name: 'Utwórz projekt' }).click();
    const project = kis.locator('article', { hasText: 'Wspólna ścieżka' });
    await project.getByRole('heading', { name: 'Wspólna ścieżka', level: 4 }).waitFor();
    expect(await project.getByRole('row', { name: /Cel projektu/ }).textContent()).toContain('12');
    expect(await project.textContent()).toContain('Centrum Integracji Społecznej');
    expect(await axeViolations(kis)).toEqual([]);
    expect(writes).toEqual(['POST catalogue', 'POST projects']);
  });

  it('an incoming transfer refused without a reason is stopped at the field, then refused with one', async () => {
    const centreA = (await call('GET', '/api/v1/centre')).id as string;
    const [person] = await insertStays(
      deps.db,
      centreA,
      stays(1, { groups: ['HOMELESS'], admission: '2026-02-02' }),
    );
    const { last_name: lastName } = await deps.db
      .selectFrom('participants')
      .select('last_name')
      .where('id', '=', person!)
      .executeTakeFirstOrThrow();
    const kisCentre = await deps.db
      .selectFrom('centres')
      .select('id')
      .where('name', '=', 'Klub Integracji Społecznej w Słubicach')
      .executeTakeFirstOrThrow();
    await call('POST', `/api/v1/networks/${networkId}/transfers`, {
      toCentreId: kisCentre.id,
      participantId: person,
      consentGiven: true,
      consentOn: '2026-03-02',
      consentScope: ['IDENTITY'],
      categories: ['IDENTITY'],
    });
    const kis = await signInThroughUi(browser, baseUrl, directorB, TEST_PASSWORD);
    const refusals: string[] = [];
    kis.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/refuse')) refusals.push(r.url());
    });
    await kis.getByRole('link', { name: 'Sieci centrów' }).click();
    const card = kis
      .getByRole('listitem')
      .filter({ hasText: lastName })
      .filter({ hasText: 'czeka na odpowiedź' });
    await card.getByRole('button', { name: 'Odmów' }).click();
    await card.locator('.field-error', { hasText: 'To pole jest wymagane.' }).waitFor();
    expect(await card.getByLabel('Powód odmowy').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(kis)).toEqual([]);
    expect(refusals).toEqual([]);
    await card.getByLabel('Powód odmowy').fill('Brak miejsc w grupie do końca roku.');
    await card.getByRole('button', { name: 'Odmów' }).click();
    await kis.getByText('Powód: Brak miejsc w grupie do końca roku.').waitFor();
    expect(refusals).toHaveLength(1);
  });
});
