import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkIndicators } from '../../src/contracts/network.contract';
import { ApiClient, type ApiHarness, clientFor, createApiHarness, seedCentre } from '../support/api';
import { testEngines } from '../support/db';
import {
  insertCoordinatorAccount,
  insertEuProject,
  insertServiceItem,
  insertStaff,
  insertStays,
  stays,
} from '../factories/network.factory';

describe.each(testEngines())('joint catalogue, joint projects and staff counts on %s', (engine) => {
  let h: ApiHarness;
  let publicClient: ApiClient;
  let coordinator: ApiClient;
  let dirA: ApiClient;
  let dirB: ApiClient;
  let instructorB: ApiClient;
  let dirC: ApiClient;
  let centreA: string;
  let centreB: string;
  let centreC: string;
  let networkId: string;
  let serviceA: string;
  let serviceB: string;
  let serviceC: string;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const a = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR'], { name: 'CIS Gorzów' });
    const b = await seedCentre(h.deps, ['DIRECTOR', 'INSTRUCTOR'], { name: 'KIS Słubice', type: 'KIS' });
    const c = await seedCentre(h.deps, ['DIRECTOR'], { name: 'CIS Krosno' });
    [centreA, centreB, centreC] = [a.centreId, b.centreId, c.centreId];
    const admin = await clientFor(h.app, a.accounts.ADMIN);
    dirA = await clientFor(h.app, a.accounts.DIRECTOR);
    dirB = await clientFor(h.app, b.accounts.DIRECTOR);
    instructorB = await clientFor(h.app, b.accounts.INSTRUCTOR);
    dirC = await clientFor(h.app, c.accounts.DIRECTOR);
    publicClient = new ApiClient(h.app);
    const email = await insertCoordinatorAccount(h.deps.db);
    coordinator = await clientFor(h.app, email);
    networkId = (
      await admin.post('/api/v1/networks', {
        name: 'Klaster Ekonomii Społecznej',
        kind: 'CLUSTER',
        areaCodes: ['0861'],
        coordinatorOrgName: 'OWES Gorzów',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: [email],
      })
    ).json().id;
    for (const centreId of [centreA, centreB])
      await coordinator.post(`/api/v1/networks/${networkId}/invitations`, { centreId });
    await dirA.post(`/api/v1/networks/${networkId}/membership/accept`);
    await dirB.post(`/api/v1/networks/${networkId}/membership/accept`);
    serviceA = await insertServiceItem(h.deps.db, centreA, 'Pielęgnacja terenów zielonych');
    serviceB = await insertServiceItem(h.deps.db, centreB, 'Drobne remonty mieszkań');
    serviceC = await insertServiceItem(h.deps.db, centreC, 'Catering');
  });
  afterAll(() => h.close());

  it('members publish their services with an area; bad input is refused at the field', async () => {
    const bad = await dirB.post(`/api/v1/networks/${networkId}/catalogue`, {
      serviceItemId: serviceC,
      areaCodes: ['9999'],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json().error.details.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
    ).toEqual(['serviceItemId:NO_SUCH_SERVICE', 'areaCodes.0:UNKNOWN_TERYT']);
    expect(
      (await instructorB.post(`/api/v1/networks/${networkId}/catalogue`, { serviceItemId: serviceB }))
        .statusCode,
    ).toBe(403);
    expect(
      (await dirC.post(`/api/v1/networks/${networkId}/catalogue`, { serviceItemId: serviceC })).statusCode,
    ).toBe(404);
    const b = await dirB.post(`/api/v1/networks/${networkId}/catalogue`, {
      serviceItemId: serviceB,
      areaCodes: ['0861', '0801011'],
      contactPhone: '95 700 00 00',
    });
    expect(b.statusCode).toBe(201);
    const a = await dirA.post(`/api/v1/networks/${networkId}/catalogue`, { serviceItemId: serviceA });
    expect(a.statusCode).toBe(201);
    const twice = await dirA.post(`/api/v1/networks/${networkId}/catalogue`, { serviceItemId: serviceA });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.details.fields[0].code).toBe('ALREADY_PUBLISHED');
    const list = (await coordinator.get(`/api/v1/networks/${networkId}/catalogue`)).json().entries;
    expect(list.map((e: { name: string }) => e.name)).toEqual([
      'Drobne remonty mieszkań',
      'Pielęgnacja terenów zielonych',
    ]);
  });

  it('the public page lists the services by powiat without logging in, with filters', async () => {
    const r = await publicClient.get(`/api/v1/public/networks/${networkId}/catalogue`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.network.name).toBe('Klaster Ekonomii Społecznej');
    expect(body.total).toBe(2);
    const byPowiat = Object.fromEntries(
      body.powiats.map((p: { code: string; entries: { name: string }[] }) => [
        p.code,
        p.entries.map((e) => e.name),
      ]),
    );
    // B serves the city of Gorzów (0861) and a gmina of powiat 0801; A, with no area of its own, its own powiat.
    expect(byPowiat).toEqual({
      '0861': ['Drobne remonty mieszkań'],
      '0801': ['Drobne remonty mieszkań'],
      '0201': ['Pielęgnacja terenów zielonych'],
    });
    const b = body.powiats.find((p: { code: string }) => p.code === '0861').entries[0];
    expect(b).toMatchObject({
      centreName: 'KIS Słubice',
      contactPhone: '95 700 00 00',
      netPrice: 6000,
      unit: 'godz.',
    });
    expect(r.body).not.toMatch(/centreId|serviceItemId/);

    const filtered = (
      await publicClient.get(`/api/v1/public/networks/${networkId}/catalogue?powiat=0201`)
    ).json();
    expect(filtered.powiats.map((p: { code: string }) => p.code)).toEqual(['0201']);
    const searched = (
      await publicClient.get(`/api/v1/public/networks/${networkId}/catalogue?q=zielon`)
    ).json();
    expect(searched.total).toBe(1);
    expect(
      (await publicClient.get(`/api/v1/public/networks/${networkId}/catalogue?powiat=abc`)).statusCode,
    ).toBe(400);
    expect(
      (await publicClient.get('/api/v1/public/networks/00000000-0000-4000-8000-000000000000/catalogue'))
        .statusCode,
    ).toBe(404);
  });

  it('an enquiry from the public page reaches only the member that offers the service', async () => {
    const entries = (await dirA.get(`/api/v1/networks/${networkId}/catalogue`)).json().entries;
    const entryB = entries.find((e: { name: string }) => e.name === 'Drobne remonty mieszkań').id;
    const url = `/api/v1/public/networks/${networkId}/enquiries`;
    const noConsent = await publicClient.post(url, {
      entryId: entryB,
      fullName: 'Jan Nowak',
      email: 'jan@example.pl',
      message: 'Remont łazienki',
    });
    expect(noConsent.statusCode).toBe(400);
    const noContact = await publicClient.post(url, {
      entryId: entryB,
      fullName: 'Jan',
      message: 'x',
      consent: true,
    });
    expect(noContact.json().error.details.fields[0]).toMatchObject({ path: 'email' });
    const sent = await publicClient.post(url, {
      entryId: entryB,
      fullName: 'Jan Nowak',
      email: 'jan@example.pl',
      message: 'Proszę o wycenę remontu łazienki.',
      consent: true,
    });
    expect(sent.statusCode).toBe(202);
    // A robot filling the hidden field is answered the same and nothing is stored.
    await publicClient.post(url, {
      entryId: entryB,
      fullName: 'Bot',
      email: 'b@x.pl',
      message: 'x',
      consent: true,
      website: 'x',
    });

    const forB = (await instructorB.get('/api/v1/network-enquiries')).json().enquiries;
    expect(forB).toHaveLength(1);
    expect(forB[0]).toMatchObject({
      fullName: 'Jan Nowak',
      serviceName: 'Drobne remonty mieszkań',
      status: 'NEW',
    });
    expect((await dirA.get('/api/v1/network-enquiries')).json().enquiries).toEqual([]);
    expect((await coordinator.get('/api/v1/network-enquiries')).statusCode).toBe(403);
    expect((await dirA.post(`/api/v1/network-enquiries/${forB[0].id}/handled`)).statusCode).toBe(404);
    const handled = await dirB.post(`/api/v1/network-enquiries/${forB[0].id}/handled`);
    expect(handled.json().enquiries[0].status).toBe('HANDLED');

    // Withdrawn: gone from the public page.
    await h.deps.db.transaction().execute(async () => undefined);
    const withdrawn = await dirB.request('DELETE', `/api/v1/networks/${networkId}/catalogue/${entryB}`);
    expect(withdrawn.statusCode).toBe(200);
    expect((await publicClient.get(`/api/v1/public/networks/${networkId}/catalogue`)).json().total).toBe(1);
  });

  it('staff counts per member come from the staff registers, small counts hidden', async () => {
    await insertStaff(h.deps.db, centreA, 6, 'INSTRUCTOR', '2025-01-01');
    await insertStaff(h.deps.db, centreA, 2, 'SOCIAL_WORKER', '2025-01-01');
    await insertStaff(h.deps.db, centreA, 3, 'INSTRUCTOR', '2025-01-01', '2026-06-30'); // left mid-year
    await insertStaff(h.deps.db, centreB, 7, 'INSTRUCTOR', '2026-03-01');
    await insertStaff(h.deps.db, centreC, 9, 'INSTRUCTOR', '2026-01-01'); // not a member
    const body = (
      await coordinator.get(`/api/v1/networks/${networkId}/indicators?year=2026`)
    ).json() as NetworkIndicators;
    const staff = body.tables.find((t) => t.key === 'staffByFunction')!;
    const col = (k: string) => staff.categories.indexOf(k);
    const memberA = body.members.find((m) => m.name === 'CIS Gorzów')!.memberId;
    const rowA = staff.rows.find((r) => r.memberId === memberA)!;
    expect(rowA.cells[col('INSTRUCTOR')]).toBe(6);
    expect(rowA.cells[col('SOCIAL_WORKER')]).toBe('<5');
    // 6 + 7 instructors on 31 December in the network; the 2 social workers cannot be worked out from totals.
    expect(staff.totals.cells[col('INSTRUCTOR')]).toBe(13);
    // The small count cannot be worked out: every line (row or column) with a hidden entry has two.
    const grid = [...staff.rows, staff.totals].map((r) => [...r.cells, r.total]);
    const lines = [...grid, ...grid[0]!.map((_, j) => grid.map((row) => row[j]!))];
    for (const line of lines)
      expect([0, 2, 3, 4, 5, 6, 7, 8, 9, 10]).toContain(line.filter((v) => typeof v === 'string').length);
    expect(body.notAvailable).toEqual([]);
  });

  it('a joint project: the leader sees each partner’s counts against the targets, never their rows', async () => {
    const refused = await dirA.post(`/api/v1/networks/${networkId}/projects`, {
      title: 'Razem na rynek pracy',
      programme: 'FEdL 2021–2027',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      partnerCentreIds: [centreC],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0]).toMatchObject({
      path: 'partnerCentreIds.0',
      code: 'NOT_A_MEMBER',
    });
    const created = await dirA.post(`/api/v1/networks/${networkId}/projects`, {
      title: 'Razem na rynek pracy',
      programme: 'FEdL 2021–2027',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      partnerCentreIds: [centreB],
      targets: { PARTICIPANTS: 40, EMPLOYED: 12 },
    });
    expect(created.statusCode).toBe(201);
    const projectId = created.json().projects[0].id;

    const peopleB = await insertStays(
      h.deps.db,
      centreB,
      stays(9, { groups: ['HOMELESS'], admission: '2026-02-01' }),
    );
    const peopleA = await insertStays(
      h.deps.db,
      centreA,
      stays(12, { groups: ['HOMELESS'], admission: '2026-02-01' }),
    );
    const euB = await insertEuProject(h.deps.db, centreB, peopleB, { completed: 6, employed: 2 });
    const euA = await insertEuProject(h.deps.db, centreA, peopleA, { completed: 8, employed: 5 });
    // A partner cannot link another centre's project.
    const foreign = await dirB.request('PUT', `/api/v1/networks/${networkId}/projects/${projectId}/link`, {
      euProjectId: euA,
    });
    expect(foreign.statusCode).toBe(400);
    await dirB.request('PUT', `/api/v1/networks/${networkId}/projects/${projectId}/link`, {
      euProjectId: euB,
    });
    await dirA.request('PUT', `/api/v1/networks/${networkId}/projects/${projectId}/link`, {
      euProjectId: euA,
    });

    const r = await dirA.get(`/api/v1/networks/${networkId}/projects`);
    const project = r.json().projects[0];
    expect(project).toMatchObject({ isLeader: true, targets: { PARTICIPANTS: 40, EMPLOYED: 12 } });
    const cells = Object.fromEntries(
      project.figures.rows.map((row: { centreId: string; cells: unknown[] }) => [row.centreId, row.cells]),
    );
    // Columns: participants, completed as planned, employed. B's 2 employed is small: hidden, and so is
    // the total that would give it back (A's 5 minus 7).
    expect(cells[centreA]).toEqual([12, 8, 5]);
    expect(cells[centreB]).toEqual([9, 6, '<5']);
    expect(project.figures.totals.slice(0, 2)).toEqual([21, 14]);
    expect(typeof project.figures.totals[2]).toBe('string');
    expect(r.body).not.toMatch(/Sieciowa|1980-01-01/);
    expect((await coordinator.get(`/api/v1/networks/${networkId}/projects`)).json().projects).toHaveLength(1);
    expect((await dirC.get(`/api/v1/networks/${networkId}/projects`)).statusCode).toBe(404);
  });
});
