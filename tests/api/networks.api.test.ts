import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkIndicators } from '../../src/contracts/network.contract';
import { isPersonalDataRoute, PUBLIC_ROUTES } from '../../src/http/session-guard';
import { type ApiClient, type ApiHarness, clientFor, createApiHarness, seedCentre } from '../support/api';
import { testEngines } from '../support/db';
import { insertCoordinatorAccount, insertStays, stays } from '../factories/network.factory';

const YEAR = 2026;

describe.each(testEngines())('networks of centres on %s', (engine) => {
  let h: ApiHarness;
  let admin: ApiClient;
  let coordinator: ApiClient;
  let dirA: ApiClient;
  let dirB: ApiClient;
  let workerB: ApiClient;
  let dirC: ApiClient;
  let coordinatorEmail: string;
  let centreA: string;
  let centreB: string;
  let centreC: string;
  let networkId: string;
  let personA: string | undefined;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const a = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR'], { name: 'CIS Gorzów' });
    const b = await seedCentre(h.deps, ['DIRECTOR', 'SOCIAL_WORKER'], { name: 'KIS Słubice' });
    const c = await seedCentre(h.deps, ['DIRECTOR'], { name: 'CIS Krosno' });
    [centreA, centreB, centreC] = [a.centreId, b.centreId, c.centreId];
    admin = await clientFor(h.app, a.accounts.ADMIN);
    dirA = await clientFor(h.app, a.accounts.DIRECTOR);
    dirB = await clientFor(h.app, b.accounts.DIRECTOR);
    workerB = await clientFor(h.app, b.accounts.SOCIAL_WORKER);
    dirC = await clientFor(h.app, c.accounts.DIRECTOR);
    coordinatorEmail = await insertCoordinatorAccount(h.deps.db);
    coordinator = await clientFor(h.app, coordinatorEmail);

    // Centre A: 12 homeless and 3 long-term unemployed (a small cell); B: 7 homeless, 20 with a disability.
    [personA] = await insertStays(h.deps.db, centreA, [
      ...stays(12, { groups: ['HOMELESS'], admission: `${YEAR}-02-01` }),
      ...stays(3, { groups: ['LONG_TERM_UNEMPLOYED'], admission: `${YEAR}-03-01` }),
      ...stays(2, {
        groups: ['HOMELESS'],
        admission: `${YEAR - 1}-05-01`,
        lastDay: `${YEAR}-04-30`,
        exitType: 'EMPLOYMENT',
      }),
      ...stays(6, {
        groups: ['HOMELESS'],
        admission: `${YEAR - 1}-05-01`,
        lastDay: `${YEAR}-06-30`,
        exitType: 'COMPLETED',
      }),
    ]);
    await insertStays(h.deps.db, centreB, [
      ...stays(7, { groups: ['HOMELESS'], kind: 'KIS_CONTRACT', admission: `${YEAR}-01-10` }),
      ...stays(20, { groups: ['DISABILITY'], kind: 'KIS_CONTRACT', admission: `${YEAR}-01-10` }),
      ...stays(9, {
        groups: ['DISABILITY'],
        kind: 'KIS_CONTRACT',
        admission: `${YEAR - 1}-01-10`,
        lastDay: `${YEAR}-02-01`,
        exitType: 'COMPLETED',
      }),
    ]);
    await insertStays(h.deps.db, centreC, stays(40, { groups: ['HOMELESS'], admission: `${YEAR}-01-10` }));
  });
  afterAll(() => h.close());

  it(
    'the administrator sets up a network with its area and coordinator; bad ' +
      'input is refused at the field',
    async () => {
      const bad = await admin.post('/api/v1/networks', {
        name: 'Klaster',
        kind: 'CLUSTER',
        areaCodes: ['9999999'],
        coordinatorOrgName: 'OWES',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: ['nikt@test.reintegra.pl'],
      });
      expect(bad.statusCode).toBe(400);
      const paths = bad.json().error.details.fields.map((f: { path: string }) => f.path);
      expect(paths).toEqual(['areaCodes.0', 'coordinatorEmails.0']);

      expect((await dirA.post('/api/v1/networks', {})).statusCode).toBe(400);
      const refused = await dirA.post('/api/v1/networks', {
        name: 'Klaster',
        kind: 'CLUSTER',
        coordinatorOrgName: 'OWES',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: [coordinatorEmail],
      });
      expect(refused.statusCode).toBe(403);

      const created = await admin.post('/api/v1/networks', {
        name: 'Klaster CIS i KIS Subregionu Gorzowskiego',
        kind: 'CLUSTER',
        areaCodes: ['0861', '0801011'],
        coordinatorOrgName: 'Ośrodek Wsparcia Ekonomii Społecznej w Gorzowie',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: [coordinatorEmail],
      });
      expect(created.statusCode).toBe(201);
      networkId = created.json().id;
      expect(created.json().area.map((a: { level: string }) => a.level)).toEqual(['POWIAT', 'GMINA']);
      const mine = (await coordinator.get('/api/v1/networks')).json();
      expect(mine.networks).toHaveLength(1);
      expect(mine.networks[0].isCoordinator).toBe(true);
    },
  );

  it('the coordinator invites centres; a centre already invited is refused; the director accepts', async () => {
    const candidates = (await coordinator.get(`/api/v1/networks/${networkId}/candidates`)).json();
    expect(candidates.centres.map((c: { id: string }) => c.id).sort()).toEqual(
      [centreA, centreB, centreC].sort(),
    );

    for (const centreId of [centreA, centreB])
      expect(
        (await coordinator.post(`/api/v1/networks/${networkId}/invitations`, { centreId })).statusCode,
      ).toBe(201);
    const again = await coordinator.post(`/api/v1/networks/${networkId}/invitations`, { centreId: centreA });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.fields[0]).toMatchObject({ path: 'centreId', code: 'ALREADY_MEMBER' });
    expect(again.json().error.details.fields[0].message).toMatch(/już członkiem/);
    expect(
      (await dirA.post(`/api/v1/networks/${networkId}/invitations`, { centreId: centreC })).statusCode,
    ).toBe(403);

    // Only the invited centre's director answers; a social worker may not; an outsider finds nothing.
    expect((await workerB.post(`/api/v1/networks/${networkId}/membership/accept`)).statusCode).toBe(403);
    expect((await dirC.get(`/api/v1/networks/${networkId}`)).statusCode).toBe(404);
    expect((await dirC.post(`/api/v1/networks/${networkId}/membership/accept`)).statusCode).toBe(404);
    const accepted = await dirB.post(`/api/v1/networks/${networkId}/membership/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().myMembership).toBe('ACTIVE');
    expect((await dirA.post(`/api/v1/networks/${networkId}/membership/accept`)).statusCode).toBe(200);

    const audit = await h.deps.db
      .selectFrom('audit_log')
      .select(['action', 'centre_id'])
      .where('action', 'in', ['network.invite', 'network.join'])
      .where('centre_id', '=', centreB)
      .execute();
    expect(audit.map((r) => r.action).sort()).toEqual(['network.invite', 'network.join']);

    const entity = await coordinator.post(`/api/v1/networks/${networkId}/entities`, {
      name: 'Spółdzielnia Socjalna „Razem”',
      kind: 'SOCIAL_COOPERATIVE',
    });
    expect(entity.statusCode).toBe(201);
    expect(entity.json().members.map((m: { name: string }) => m.name)).toContain(
      'Spółdzielnia Socjalna „Razem”',
    );
  });

  it(
    'the coordinator gets the figures per member and in total, every small ' +
      'count and what gives it back hidden',
    async () => {
      const r = await coordinator.get(`/api/v1/networks/${networkId}/indicators?year=${YEAR}`);
      expect(r.statusCode).toBe(200);
      const body = r.json() as NetworkIndicators;
      expect(body.members.map((m) => m.name).sort()).toEqual(['CIS Gorzów', 'KIS Słubice']);
      expect(body.notAvailable).toEqual([]);
      const memberA = body.members.find((m) => m.name === 'CIS Gorzów')!.memberId;
      const memberB = body.members.find((m) => m.name === 'KIS Słubice')!.memberId;

      const truth: Record<string, Record<string, Record<string, number>>> = {
        participantsByGroup: {
          [memberA]: { HOMELESS: 20, LONG_TERM_UNEMPLOYED: 3 },
          [memberB]: { HOMELESS: 7, DISABILITY: 29 },
        },
        admissionsByKind: { [memberA]: { IPZS: 15 }, [memberB]: { KIS_CONTRACT: 27 } },
        exitsByKind: { [memberA]: { EMPLOYMENT: 2, COMPLETED: 6 }, [memberB]: { COMPLETED: 9 } },
        activeAtYearEnd: { [memberA]: { ACTIVE: 15 }, [memberB]: { ACTIVE: 27 } },
        // No one in these centres' staff registers.
        staffByFunction: {},
      };
      for (const table of body.tables) {
        expect(table.own).toBeNull();
        const t = truth[table.key]!;
        const grid = [
          ...table.rows.map((row) => [...row.cells, row.total]),
          [...table.totals.cells, table.totals.total],
        ];
        const real = [
          ...table.rows.map((row) => {
            const cells = table.categories.map((k) => t[row.memberId]?.[k] ?? 0);
            return [...cells, cells.reduce((s, v) => s + v, 0)];
          }),
        ];
        real.push(real[0]!.map((_, c) => real.reduce((s, row) => s + row[c]!, 0)));
        // Every entry: a true number, or hidden; every 1–4 hidden; a line never has a single hidden entry.
        for (let i = 0; i < grid.length; i++)
          for (let j = 0; j < grid[i]!.length; j++) {
            const v = real[i]![j]!;
            const p = grid[i]![j]!;
            if (typeof p === 'number') expect(p, `${table.key} ${i},${j}`).toBe(v);
            if (v >= 1 && v <= 4) expect(typeof p, `${table.key} ${i},${j}`).toBe('string');
          }
        for (const line of [...grid, ...grid[0]!.map((_, j) => grid.map((row) => row[j]!))]) {
          const hidden = line.filter((p) => typeof p === 'string').length;
          expect(hidden === 0 || hidden >= 2, `${table.key}: ${JSON.stringify(line)}`).toBe(true);
        }
      }
      const groups = body.tables.find((t) => t.key === 'participantsByGroup')!;
      const ltu = groups.categories.indexOf('LONG_TERM_UNEMPLOYED');
      expect(groups.rows.find((row) => row.memberId === memberA)!.cells[ltu]).toBe('<5');
      const exits = body.tables.find((t) => t.key === 'exitsByKind')!;
      expect(
        exits.rows.find((row) => row.memberId === memberA)!.cells[exits.categories.indexOf('EMPLOYMENT')],
      ).toBe('<5');
      // Nothing in the answer names a person.
      expect(r.body).not.toMatch(/Sieciowa|Osoba|1980-01-01/);
    },
  );

  it("a member's director sees the network's figures beside her own exact ones; others may not look", async () => {
    const r = await dirA.get(`/api/v1/networks/${networkId}/indicators?year=${YEAR}`);
    expect(r.statusCode).toBe(200);
    const groups = (r.json() as NetworkIndicators).tables.find((t) => t.key === 'participantsByGroup')!;
    expect(groups.own!.cells[groups.categories.indexOf('LONG_TERM_UNEMPLOYED')]).toBe(3);
    expect(groups.own!.total).toBe(23);
    expect((await workerB.get(`/api/v1/networks/${networkId}/indicators?year=${YEAR}`)).statusCode).toBe(403);
    expect((await dirC.get(`/api/v1/networks/${networkId}/indicators?year=${YEAR}`)).statusCode).toBe(404);
    const badYear = await coordinator.get(`/api/v1/networks/${networkId}/indicators?year=abc`);
    expect(badYear.statusCode).toBe(400);
  });

  it("the coordinator reaches none of a member's people: every personal-data route answers 404", async () => {
    const doc = (await admin.get('/api/v1/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    let walked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      const route = path.replace(/\{(\w+)\}/g, ':$1');
      for (const method of Object.keys(operations)) {
        const key = `${method.toUpperCase()} ${route}`;
        // Her own account's routes (logging out would end the walk) and the public ones are not a member's.
        if (PUBLIC_ROUTES.has(key) || route.startsWith('/api/v1/auth') || route.startsWith('/api/v1/me'))
          continue;
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
          name === 'month' ? '2026-03' : name === 'date' ? '2026-03-02' : personA!,
        );
        const response = await coordinator.request(
          method.toUpperCase() as 'GET',
          url,
          method === 'get' ? undefined : {},
        );
        expect(response.statusCode, key).toBeLessThan(500);
        if (isPersonalDataRoute(route)) {
          expect(response.statusCode, key).toBe(404);
          walked++;
        } else if (!route.startsWith('/api/v1/network'))
          expect([400, 403, 404, 409], key).toContain(response.statusCode);
      }
    }
    expect(walked).toBeGreaterThan(30);
  });

  it('the coordinator publishes a template; a member adopts a version; a new version is announced', async () => {
    const published = await coordinator.post(`/api/v1/networks/${networkId}/documents`, {
      kind: 'TEMPLATE',
      title: 'Wzór regulaminu uczestnictwa',
      body: '§ 1. Regulamin określa zasady uczestnictwa w zajęciach centrum.',
    });
    expect(published.statusCode).toBe(201);
    const docId = published.json().documents[0].id as string;
    const v1 = published.json().documents[0].versions[0].id as string;
    const params = await coordinator.post(`/api/v1/networks/${networkId}/documents`, {
      kind: 'PARAMETER_SET',
      title: 'Parametry świadczenia integracyjnego',
      body: 'Wspólne parametry regulaminów członków.',
      parameters: [
        { code: 'BONUS_PERCENT', value: '0', source: 'Regulamin centrum (art. 15 ust. 3a ustawy)' },
      ],
    });
    expect(params.statusCode).toBe(201);

    expect(
      (
        await dirA.post(`/api/v1/networks/${networkId}/documents`, {
          kind: 'TEMPLATE',
          title: 'x',
          body: 'y',
        })
      ).statusCode,
    ).toBe(403);
    const missing = await dirB.post(`/api/v1/networks/${networkId}/adoptions`, {
      versionId: '00000000-0000-4000-8000-000000000000',
      adoptedOn: '2026-12-01',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0]).toMatchObject({
      path: 'versionId',
      code: 'NO_SUCH_VERSION',
    });
    expect(
      (
        await workerB.post(`/api/v1/networks/${networkId}/adoptions`, {
          versionId: v1,
          adoptedOn: '2026-12-01',
        })
      ).statusCode,
    ).toBe(403);
    const adopted = await dirB.post(`/api/v1/networks/${networkId}/adoptions`, {
      versionId: v1,
      adoptedOn: '2026-12-01',
    });
    expect(adopted.statusCode).toBe(201);
    expect(adopted.json().documents[0]).toMatchObject({ adoptedVersion: 1, newVersionAvailable: false });
    expect(
      (await dirB.post(`/api/v1/networks/${networkId}/adoptions`, { versionId: v1, adoptedOn: '2026-12-01' }))
        .statusCode,
    ).toBe(409);

    await coordinator.post(`/api/v1/networks/${networkId}/documents/${docId}/versions`, {
      body: '§ 1. Regulamin (wersja 2).',
      changeNote: 'Nowe zasady usprawiedliwiania nieobecności.',
    });
    const forB = (await dirB.get(`/api/v1/networks/${networkId}/documents`)).json().documents[0];
    expect(forB).toMatchObject({ adoptedVersion: 1, newVersionAvailable: true });
    expect(forB.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const forCoordinator = (await coordinator.get(`/api/v1/networks/${networkId}/documents`)).json()
      .documents[0];
    expect(forCoordinator.versions[0].adoptedBy.map((a: { name: string }) => a.name)).toEqual([
      'KIS Słubice',
    ]);
    const log = await h.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('centre_id', '=', centreB)
      .where('action', '=', 'network.adopt')
      .execute();
    expect(log).toHaveLength(1);
  });

  it(
    "meetings take registrations from members' staff and minutes; the calendar " +
      "shows only members' open events",
    async () => {
      const created = await coordinator.post(`/api/v1/networks/${networkId}/meetings`, {
        kind: 'STUDY_VISIT',
        title: 'Wizyta studyjna w spółdzielni socjalnej',
        startsOn: '2027-03-10',
        place: 'Krosno Odrzańskie',
      });
      expect(created.statusCode).toBe(201);
      const meetingId = created.json().meetings[0].id as string;
      const registered = await workerB.post(
        `/api/v1/networks/${networkId}/meetings/${meetingId}/registrations`,
      );
      expect(registered.statusCode).toBe(200);
      expect(registered.json().meetings[0]).toMatchObject({
        registeredMe: true,
        registrations: [{ centreName: 'KIS Słubice' }],
      });
      expect(
        (await dirC.post(`/api/v1/networks/${networkId}/meetings/${meetingId}/registrations`)).statusCode,
      ).toBe(404);
      expect(
        (
          await coordinator.request('PUT', `/api/v1/networks/${networkId}/meetings/${meetingId}/minutes`, {
            minutes: 'Ustalono wspólny standard.',
          })
        ).statusCode,
      ).toBe(200);

      expect(
        (
          await dirB.post('/api/v1/network-open-events', {
            title: 'Dzień otwarty KIS',
            startsOn: '2027-04-01',
          })
        ).statusCode,
      ).toBe(201);
      expect(
        (
          await dirC.post('/api/v1/network-open-events', {
            title: 'Piknik CIS Krosno',
            startsOn: '2027-04-02',
          })
        ).statusCode,
      ).toBe(201);
      const calendar = (await dirA.get(`/api/v1/networks/${networkId}/calendar`)).json();
      expect(calendar.entries.map((e: { title: string }) => e.title)).toEqual([
        'Wizyta studyjna w spółdzielni socjalnej',
        'Dzień otwarty KIS',
      ]);
    },
  );

  it('a director takes her centre out of the network: its figures stop counting', async () => {
    expect((await dirA.post(`/api/v1/networks/${networkId}/membership/leave`)).statusCode).toBe(204);
    expect((await dirA.get(`/api/v1/networks/${networkId}`)).statusCode).toBe(404);
    const r = (
      await coordinator.get(`/api/v1/networks/${networkId}/indicators?year=${YEAR}`)
    ).json() as NetworkIndicators;
    expect(r.members.map((m) => m.name)).toEqual(['KIS Słubice']);
    // Invited again after leaving: allowed.
    expect(
      (await coordinator.post(`/api/v1/networks/${networkId}/invitations`, { centreId: centreA })).statusCode,
    ).toBe(201);
  });
});
