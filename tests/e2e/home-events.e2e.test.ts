import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupDirectorThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';
const EMAIL = 'kierownik@start-wydarzenia.example.pl';
/** An ISO date `days` from today (the server's today is the real one). */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Issue 18 on the home page: the coming events and the certificates to print, each a link to its event. */
describe.skipIf(!e2eEnabled)('events on the home page in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let call: Awaited<ReturnType<typeof setupDirectorThroughApi>>;
  let upcomingId: string;
  let finishedId: string;
  const soon = dayFromToday(7);

  beforeAll(async () => {
    server = await startE2eServer();
    call = await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: EMAIL,
      password: PASSWORD,
    });
    upcomingId = (
      await call('POST', '/api/v1/events', {
        kind: 'SENIOR_CLUB_MEETING',
        title: 'Zdrowe odżywianie seniora',
        startsOn: soon,
        endsOn: soon,
        place: 'Sala klubu',
      })
    ).id;
    // A course that ended yesterday with two seniors who completed it: two certificates are issued.
    const yesterday = dayFromToday(-1);
    finishedId = (
      await call('POST', '/api/v1/events', {
        kind: 'PARTICIPANT_TRAINING_OWN',
        title: 'Komputer dla seniora',
        startsOn: yesterday,
        endsOn: yesterday,
      })
    ).id;
    await call('POST', `/api/v1/events/${finishedId}/sessions`, {
      heldOn: yesterday,
      startsAt: '10:00',
      endsAt: '12:00',
      topic: 'Poczta elektroniczna',
    });
    for (const fullName of ['Halina Seniorka', 'Józef Senior'])
      await call('POST', `/api/v1/events/${finishedId}/registrations`, {
        kind: 'PERSON',
        person: { fullName, birthYear: 1950, consentOn: yesterday },
      });
    const detail = await call('GET', `/api/v1/events/${finishedId}`);
    await call('PUT', `/api/v1/events/${finishedId}/sessions/${detail.sessions[0].id}/attendance`, {
      entries: detail.registrations.map((r: { id: string }) => ({ registrationId: r.id, present: true })),
    });
    await call('POST', `/api/v1/events/${finishedId}/certificates`, { issuedOn: dayFromToday(0) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the coming event and the issued certificates, and each line opens its event', async () => {
    const page = await signInThroughUi(browser, server.baseUrl, EMAIL, PASSWORD);
    const section = page.getByRole('region', { name: 'Wydarzenia i zaświadczenia' });
    await section.getByRole('heading', { name: 'Najbliższe wydarzenia i kursy' }).waitFor();
    const coming = section.getByRole('listitem').filter({ hasText: 'Zdrowe odżywianie seniora' });
    await expect(coming.textContent()).resolves.toContain(`${dmy(soon)}, Sala klubu`);
    await expect(coming.textContent()).resolves.toContain('spotkanie klubu seniora');
    const toPrint = section.getByRole('listitem').filter({ hasText: 'Komputer dla seniora' });
    await expect(toPrint.textContent()).resolves.toContain('wydano 2 zaświadczenia');
    // No names on the home page: titles and counts only.
    await expect(section.textContent()).resolves.not.toMatch(/Halina|Józef/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(mkdtempSync(join(tmpdir(), 'reintegra-home-')), 'home-events.png'),
      fullPage: true,
    });

    await coming.getByRole('link', { name: 'Zdrowe odżywianie seniora' }).click();
    await page.getByRole('heading', { name: 'Zdrowe odżywianie seniora', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/events/${upcomingId}`);
    await page.goBack();
    await toPrint.getByRole('link', { name: 'Komputer dla seniora' }).click();
    await page.getByRole('heading', { name: 'Komputer dla seniora', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/events/${finishedId}`);
    await page.close();
  });
});
