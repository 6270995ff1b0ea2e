import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transfer } from '../../src/contracts/network-work.contract';
import {
  type ApiClient,
  type ApiHarness,
  clientFor,
  createApiHarness,
  seedCentre,
  TEST_PASSWORD,
} from '../support/api';
import { testEngines } from '../support/db';
import { insertStays, stays } from '../factories/network.factory';

const today = () => new Date().toISOString().slice(0, 10);

describe.each(testEngines())('transfers between member centres on %s', (engine) => {
  let h: ApiHarness;
  let admin: ApiClient;
  let coordinator: ApiClient;
  let dirA: ApiClient;
  let workerA: ApiClient;
  let dirB: ApiClient;
  let workerB: ApiClient;
  let dirC: ApiClient;
  let centreA: string;
  let centreB: string;
  let centreC: string;
  let networkId: string;
  let people: string[];

  const send = (client: ApiClient, body: Record<string, unknown>) =>
    client.post(`/api/v1/networks/${networkId}/transfers`, body);
  const consented = (participantId: string, extra: Record<string, unknown> = {}) => ({
    toCentreId: centreA,
    participantId,
    consentGiven: true,
    consentOn: '2026-11-20',
    consentScope: ['IDENTITY', 'PESEL', 'ELIGIBILITY', 'PARTICIPATION'],
    categories: ['IDENTITY', 'PESEL', 'ELIGIBILITY', 'PARTICIPATION'],
    referringBody: 'MOPS w Gorzowie Wielkopolskim',
    note: 'Pani ukończyła kontrakt socjalny i prosi o skierowanie do CIS.',
    ...extra,
  });

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const a = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR', 'SOCIAL_WORKER'], { name: 'CIS Gorzów' });
    const b = await seedCentre(h.deps, ['DIRECTOR', 'SOCIAL_WORKER'], { name: 'KIS Słubice', type: 'KIS' });
    const c = await seedCentre(h.deps, ['DIRECTOR'], { name: 'CIS Krosno' });
    [centreA, centreB, centreC] = [a.centreId, b.centreId, c.centreId];
    admin = await clientFor(h.app, a.accounts.ADMIN);
    dirA = await clientFor(h.app, a.accounts.DIRECTOR);
    workerA = await clientFor(h.app, a.accounts.SOCIAL_WORKER);
    dirB = await clientFor(h.app, b.accounts.DIRECTOR);
    workerB = await clientFor(h.app, b.accounts.SOCIAL_WORKER);
    dirC = await clientFor(h.app, c.accounts.DIRECTOR);

    people = await insertStays(
      h.deps.db,
      centreB,
      stays(4, {
        groups: ['HOMELESS'],
        kind: 'KIS_CONTRACT',
        admission: '2026-01-10',
        lastDay: '2026-10-31',
        exitType: 'COMPLETED',
      }),
    );
    await h.deps.db
      .updateTable('participants')
      .set({ pesel: '85010112345', phone: '600 100 200', city: 'Słubice' })
      .where('id', '=', people[0]!)
      .execute();
  });
  afterAll(() => h.close());

  it('an administrator creates a coordinator account without a centre; the network is set up with it', async () => {
    const email = `koordynatorka.${Date.now()}@owes.example.pl`;
    expect(
      (await dirA.post('/api/v1/network-coordinators', { email, fullName: 'K', password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(403);
    const weak = await admin.post('/api/v1/network-coordinators', {
      email,
      fullName: 'Anna Koordynator',
      password: 'abc',
    });
    expect(weak.statusCode).toBe(400);
    const made = await admin.post('/api/v1/network-coordinators', {
      email,
      fullName: 'Anna Koordynator',
      password: TEST_PASSWORD,
    });
    expect(made.statusCode).toBe(201);
    expect(
      (await admin.post('/api/v1/network-coordinators', { email, fullName: 'X', password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(409);
    const memberships = await h.deps.db
      .selectFrom('centre_members')
      .select('centre_id')
      .where('user_id', '=', made.json().id)
      .execute();
    expect(memberships).toEqual([]);

    coordinator = await clientFor(h.app, email);
    const me = (await coordinator.get('/api/v1/me')).json();
    expect(me.currentCentreId).toBeNull();

    const created = await admin.post('/api/v1/networks', {
      name: 'Klaster Subregionu Gorzowskiego',
      kind: 'CLUSTER',
      coordinatorOrgName: 'OWES Gorzów',
      coordinatorOrgKind: 'OWES',
      coordinatorEmails: [email],
    });
    expect(created.statusCode).toBe(201);
    networkId = created.json().id;
    for (const centreId of [centreA, centreB])
      await coordinator.post(`/api/v1/networks/${networkId}/invitations`, { centreId });
    expect((await dirA.post(`/api/v1/networks/${networkId}/membership/accept`)).statusCode).toBe(200);
    expect((await dirB.post(`/api/v1/networks/${networkId}/membership/accept`)).statusCode).toBe(200);
  });

  it(
    'refuses a transfer without consent, to a non-member, to itself, or with ' +
      'data the consent does not cover',
    async () => {
      const noConsent = await send(dirB, { toCentreId: centreA, participantId: people[0] });
      expect(noConsent.statusCode).toBe(400);
      expect(noConsent.json().error.details.fields[0]).toMatchObject({
        path: 'consentGiven',
        code: 'CONSENT_REQUIRED',
      });
      expect(noConsent.json().error.details.fields[0].message).toMatch(/zgody/);

      const outsider = await send(dirB, consented(people[0]!, { toCentreId: centreC }));
      expect(outsider.statusCode).toBe(400);
      expect(outsider.json().error.details.fields[0]).toMatchObject({
        path: 'toCentreId',
        code: 'NOT_A_MEMBER',
      });
      expect(outsider.json().error.details.fields[0].message).toMatch(/nie jest członkiem/);

      const itself = await send(dirB, consented(people[0]!, { toCentreId: centreB }));
      expect(itself.json().error.details.fields[0]).toMatchObject({
        path: 'toCentreId',
        code: 'SAME_CENTRE',
      });

      const beyond = await send(
        dirB,
        consented(people[0]!, { consentScope: ['IDENTITY'], categories: ['IDENTITY', 'CONTACT'] }),
      );
      expect(beyond.statusCode).toBe(400);
      expect(beyond.json().error.details.fields).toEqual([
        expect.objectContaining({ path: 'categories.1', code: 'NOT_IN_CONSENT' }),
      ]);

      // Only the director sends; another centre's person is not found; the coordinator reaches nothing.
      expect((await send(workerB, consented(people[0]!))).statusCode).toBe(403);
      expect((await send(dirA, consented(people[0]!, { toCentreId: centreB }))).statusCode).toBe(404);
      expect((await send(coordinator, consented(people[0]!))).statusCode).toBe(404);
      expect((await coordinator.get(`/api/v1/networks/${networkId}/transfers`)).statusCode).toBe(404);
      expect((await dirC.get(`/api/v1/networks/${networkId}/transfers`)).statusCode).toBe(404);
      const none = await h.deps.db.selectFrom('network_transfers').select('id').execute();
      expect(none).toEqual([]);
    },
  );

  it(
    'sends only what was chosen; the receiving centre sees it, accepts it as ' +
      'a new referral; both histories and logs',
    async () => {
      const sent = await send(dirB, consented(people[0]!));
      expect(sent.statusCode).toBe(201);
      const out = sent.json() as Transfer;
      expect(out).toMatchObject({ direction: 'OUT', status: 'SENT', applicantType: 'KIS', data: null });
      expect(out.person?.lastName).toMatch(/^Sieciowa/);
      const again = await send(dirB, consented(people[0]!));
      expect(again.statusCode).toBe(409);
      expect(again.json().error.details.fields[0].code).toBe('ALREADY_SENT');

      const incoming = (await dirA.get(`/api/v1/networks/${networkId}/transfers`)).json()
        .transfers as Transfer[];
      expect(incoming).toHaveLength(1);
      const t = incoming[0]!;
      expect(t).toMatchObject({
        direction: 'IN',
        status: 'SENT',
        fromCentre: { name: 'KIS Słubice', type: 'KIS' },
      });
      expect(t.data?.pesel).toBe('85010112345');
      expect(t.data?.eligibility?.groups).toEqual(['HOMELESS']);
      expect(t.data?.participation).toEqual([
        { kind: 'KIS_CONTRACT', admissionDate: '2026-01-10', lastDay: '2026-10-31', exitType: 'COMPLETED' },
      ]);
      // Contact data were not chosen: they did not travel.
      expect(t.data?.contact).toBeUndefined();
      expect(JSON.stringify(t.data)).not.toMatch(/600 100 200|Słubice"/);
      const read = await h.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('centre_id', '=', centreA)
        .where('action', '=', 'network_transfer.read_sensitive')
        .execute();
      expect(read.length).toBeGreaterThanOrEqual(1);

      expect(
        (
          await workerA.post(`/api/v1/networks/${networkId}/transfers/${t.id}/accept`, {
            receivedOn: today(),
          })
        ).statusCode,
      ).toBe(403);
      const early = await dirA.post(`/api/v1/networks/${networkId}/transfers/${t.id}/accept`, {
        receivedOn: '2020-01-01',
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().error.details.fields[0]).toMatchObject({ path: 'receivedOn', code: 'DATE_ORDER' });

      const accepted = await dirA.post(`/api/v1/networks/${networkId}/transfers/${t.id}/accept`, {
        receivedOn: today(),
      });
      expect(accepted.statusCode).toBe(200);
      const done = accepted.json() as Transfer;
      expect(done).toMatchObject({ status: 'ACCEPTED', data: null });
      expect(done.participantId).toBeTruthy();
      expect(
        (await dirA.post(`/api/v1/networks/${networkId}/transfers/${t.id}/accept`, { receivedOn: today() }))
          .statusCode,
      ).toBe(409);

      // The receiving centre now has the person with a referral carrying the consent.
      const person = (await dirA.get(`/api/v1/participants/${done.participantId}`)).json();
      expect(person).toMatchObject({
        pesel: '85010112345',
        status: 'REFERRED',
        eligibilityGroups: ['HOMELESS'],
      });
      const referral = await h.deps.db
        .selectFrom('referrals')
        .selectAll()
        .where('centre_id', '=', centreA)
        .where('participant_id', '=', done.participantId!)
        .executeTakeFirstOrThrow();
      expect(referral).toMatchObject({
        applicant_type: 'KIS',
        consent_given: true,
        consent_on: '2026-11-20',
        referring_body: 'MOPS w Gorzowie Wielkopolskim',
        status: 'RECEIVED',
      });
      expect(referral.notes).toMatch(/KIS Słubice/);
      // The sent copy is gone from the transfer: the data live only in the receiver's own record now.
      const stored = await h.deps.db
        .selectFrom('network_transfers')
        .select('data')
        .where('id', '=', t.id)
        .executeTakeFirstOrThrow();
      expect(stored.data).toBeNull();

      const history = (await dirB.get(`/api/v1/networks/${networkId}/transfers`)).json()
        .transfers as Transfer[];
      expect(history[0]).toMatchObject({ direction: 'OUT', status: 'ACCEPTED', participantId: people[0] });
      const log = async (centreId: string) =>
        (
          await h.deps.db
            .selectFrom('audit_log')
            .select('action')
            .where('centre_id', '=', centreId)
            .where('action', 'like', 'network.transfer.%')
            .orderBy('id')
            .execute()
        ).map((r) => r.action);
      expect(await log(centreB)).toEqual(['network.transfer.send', 'network.transfer.accepted']);
      expect(await log(centreA)).toEqual(['network.transfer.receive', 'network.transfer.accept']);
    },
  );

  it(
    'a refusal gives the sender the reason and leaves the receiver nothing ' +
      'of the person; a withdrawal too',
    async () => {
      const sent = (await send(dirB, consented(people[1]!))).json() as Transfer;
      expect(
        (await dirA.post(`/api/v1/networks/${networkId}/transfers/${sent.id}/refuse`, { reason: '' }))
          .statusCode,
      ).toBe(400);
      const refused = await dirA.post(`/api/v1/networks/${networkId}/transfers/${sent.id}/refuse`, {
        reason: 'Brak wolnych miejsc do marca 2027.',
      });
      expect(refused.statusCode).toBe(200);
      expect(refused.json()).toMatchObject({
        status: 'REFUSED',
        person: null,
        data: null,
        participantId: null,
      });
      const forB = (
        (await dirB.get(`/api/v1/networks/${networkId}/transfers`)).json().transfers as Transfer[]
      ).find((x) => x.id === sent.id)!;
      expect(forB).toMatchObject({ status: 'REFUSED', refusalReason: 'Brak wolnych miejsc do marca 2027.' });
      expect(forB.person).not.toBeNull();

      const second = (await send(dirB, consented(people[2]!))).json() as Transfer;
      expect(
        (await dirA.post(`/api/v1/networks/${networkId}/transfers/${second.id}/withdraw`)).statusCode,
      ).toBe(404);
      const withdrawn = await dirB.post(`/api/v1/networks/${networkId}/transfers/${second.id}/withdraw`);
      expect(withdrawn.json()).toMatchObject({ status: 'WITHDRAWN' });
      const rows = await h.deps.db
        .selectFrom('network_transfers')
        .select(['status', 'data'])
        .where('id', 'in', [sent.id, second.id])
        .execute();
      expect(rows.every((r) => r.data === null)).toBe(true);
      // Only the accepted person became a participant of the receiving centre.
      const inA = await h.deps.db
        .selectFrom('participants')
        .select('id')
        .where('centre_id', '=', centreA)
        .execute();
      expect(inA).toHaveLength(1);
    },
  );

  it('two directors answering at once: one wins, the other gets 409, one record is made', async () => {
    const sent = (await send(dirB, consented(people[3]!))).json() as Transfer;
    const url = `/api/v1/networks/${networkId}/transfers/${sent.id}`;
    const [x, y] = await Promise.all([
      dirA.post(`${url}/accept`, { receivedOn: today() }),
      dirA.post(`${url}/refuse`, { reason: 'Inna decyzja.' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const made = await h.deps.db
      .selectFrom('network_transfers')
      .select(['status', 'received_participant_id'])
      .where('id', '=', sent.id)
      .executeTakeFirstOrThrow();
    expect(['ACCEPTED', 'REFUSED']).toContain(made.status);
    expect(!!made.received_participant_id).toBe(made.status === 'ACCEPTED');
    const inA = await h.deps.db
      .selectFrom('participants')
      .select('id')
      .where('centre_id', '=', centreA)
      .execute();
    expect(inA).toHaveLength(made.status === 'ACCEPTED' ? 2 : 1);
  });
});
