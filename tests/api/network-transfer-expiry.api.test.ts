import { sql } from 'kysely';
import { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transfer } from '../../src/contracts/network-work.contract';
import { expireTransfers } from '../../src/app/networks/expire-transfers';
import { createPgBossQueue } from '../../src/jobs/queue';
import { insertCoordinatorAccount, insertStays, stays } from '../factories/network.factory';
import { type ApiClient, type ApiHarness, clientFor, createApiHarness, seedCentre } from '../support/api';
import { testEngines } from '../support/db';
import { testDatabaseUrl } from '../support/env';

const DAY = 24 * 60 * 60_000;

describe.each(testEngines())('unanswered transfers expire on %s', (engine) => {
  let h: ApiHarness;
  let adminB: ApiClient;
  let dirA: ApiClient;
  let dirB: ApiClient;
  let centreA: string;
  let centreB: string;
  let networkId: string;
  let people: string[];

  /** Eight days pass for one transfer (the sessions' clock cannot move: they would expire). */
  const age = (id: string) =>
    h.deps.db
      .updateTable('network_transfers')
      .set({
        sent_at: sql`sent_at - interval '8 days'`,
        expires_at: sql`expires_at - interval '8 days'`,
      })
      .where('id', '=', id)
      .execute();
  const send = (participantId: string) =>
    dirB.post(`/api/v1/networks/${networkId}/transfers`, {
      toCentreId: centreA,
      participantId,
      consentGiven: true,
      consentOn: '2026-11-20',
      consentScope: ['IDENTITY', 'PESEL'],
      categories: ['IDENTITY', 'PESEL'],
    });
  const transfersOf = async (client: ApiClient) =>
    (await client.get(`/api/v1/networks/${networkId}/transfers`)).json().transfers as Transfer[];
  const row = (id: string) =>
    h.deps.db
      .selectFrom('network_transfers')
      .select(['status', 'data'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const a = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR'], { name: 'CIS Gorzów' });
    const b = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR'], { name: 'KIS Słubice', type: 'KIS' });
    [centreA, centreB] = [a.centreId, b.centreId];
    const admin = await clientFor(h.app, a.accounts.ADMIN);
    adminB = await clientFor(h.app, b.accounts.ADMIN);
    dirA = await clientFor(h.app, a.accounts.DIRECTOR);
    dirB = await clientFor(h.app, b.accounts.DIRECTOR);
    const email = await insertCoordinatorAccount(h.deps.db);
    const coordinator = await clientFor(h.app, email);
    networkId = (
      await admin.post('/api/v1/networks', {
        name: 'Klaster Lubuski',
        kind: 'CLUSTER',
        coordinatorOrgName: 'OWES Gorzów',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: [email],
      })
    ).json().id;
    for (const centreId of [centreA, centreB])
      await coordinator.post(`/api/v1/networks/${networkId}/invitations`, { centreId });
    await dirA.post(`/api/v1/networks/${networkId}/membership/accept`);
    await dirB.post(`/api/v1/networks/${networkId}/membership/accept`);
    people = await insertStays(
      h.deps.db,
      centreB,
      stays(4, { groups: ['HOMELESS'], admission: '2026-01-10' }),
    );
  });
  afterAll(() => h?.close());

  it('the sending centre sets the days (default 30, 1–180); the transfer carries its expiry', async () => {
    const centre = (await adminB.get('/api/v1/centre')).json();
    expect(centre.settings.transferExpiryDays).toBe(30);
    const bad = await adminB.patch('/api/v1/centre', {
      version: centre.version,
      settings: { transferExpiryDays: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0]).toMatchObject({ path: 'settings.transferExpiryDays' });
    const set = await adminB.patch('/api/v1/centre', {
      version: centre.version,
      settings: { transferExpiryDays: 7 },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().settings.transferExpiryDays).toBe(7);

    const sent = await send(people[0]!);
    expect(sent.statusCode, sent.body).toBe(201);
    const t = sent.json() as Transfer;
    expect(new Date(t.expiresAt).getTime() - new Date(t.sentAt).getTime()).toBe(7 * DAY);
    expect(t.status).toBe('SENT');
  });

  it('past the expiry: the sender sees it expired, the receiver can no longer accept nor read the data', async () => {
    const [t] = await transfersOf(dirB);
    expect((await transfersOf(dirA))[0]!.data).not.toBeNull();
    expect(await expireTransfers(h.deps)).toEqual({ expired: 0 });
    await age(t!.id);

    expect((await transfersOf(dirB))[0]).toMatchObject({ id: t!.id, status: 'EXPIRED' });
    expect((await transfersOf(dirA))[0]).toMatchObject({ status: 'EXPIRED', data: null, person: null });
    const accept = await dirA.post(`/api/v1/networks/${networkId}/transfers/${t!.id}/accept`, {
      receivedOn: new Date().toISOString().slice(0, 10),
    });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toMatch(/wygasło/);
    expect((await dirB.post(`/api/v1/networks/${networkId}/transfers/${t!.id}/withdraw`)).statusCode).toBe(
      409,
    );
    // Before the sweep, the data are still stored; the sweep removes them.
    expect((await row(t!.id)).data).not.toBeNull();

    expect(await expireTransfers(h.deps)).toEqual({ expired: 1 });
    expect(await row(t!.id)).toEqual({ status: 'EXPIRED', data: null });
    expect(await expireTransfers(h.deps)).toEqual({ expired: 0 });

    const logged = await h.deps.db
      .selectFrom('audit_log')
      .select('centre_id')
      .where('action', '=', 'network.transfer.expired')
      .where('entity_id', '=', t!.id)
      .execute();
    expect(logged.map((l) => l.centre_id).sort()).toEqual([centreA, centreB].sort());
    // After the sweep too the transfer stays expired, and the receiver still cannot accept.
    expect((await transfersOf(dirB))[0]!.status).toBe('EXPIRED');
    const acceptNow = await dirA.post(`/api/v1/networks/${networkId}/transfers/${t!.id}/accept`, {
      receivedOn: new Date().toISOString().slice(0, 10),
    });
    expect(acceptNow.statusCode).toBe(409);
    expect(
      await h.deps.db.selectFrom('participants').select('id').where('centre_id', '=', centreA).execute(),
    ).toEqual([]);
  });

  it('a person whose transfer expired unswept can be sent again', async () => {
    const first = await send(people[1]!);
    expect(first.statusCode).toBe(201);
    expect((await send(people[1]!)).statusCode).toBe(409);
    await age(first.json().id);
    const again = await dirB.post(`/api/v1/networks/${networkId}/transfers`, {
      toCentreId: centreA,
      participantId: people[1],
      consentGiven: true,
      consentOn: '2026-11-20',
      consentScope: ['IDENTITY'],
      categories: ['IDENTITY'],
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(await row(first.json().id)).toEqual({ status: 'EXPIRED', data: null });
    const mine = (await transfersOf(dirB)).filter((t) => t.participantId === people[1]);
    expect(mine.map((t) => t.status)).toEqual(['SENT', 'EXPIRED']);
  });

  // Only PostgreSQL has pg-boss: on PGlite a timer runs the same sweep (expireTransfers, tested above).
  if (engine === 'postgres')
    it('on PostgreSQL the sweep is a scheduled pg-boss job that any instance works', async () => {
      const t = (await send(people[2]!)).json() as Transfer;
      await age(t.id);
      const { name } = (await sql<{ name: string }>`select current_database() as name`.execute(h.deps.db))
        .rows[0]!;
      const url = new URL(testDatabaseUrl!);
      url.pathname = `/${name}`;
      const queue = await createPgBossQueue(h.deps, url.toString(), {
        pollingIntervalSeconds: 1,
      });
      const sender = new PgBoss({ connectionString: url.toString(), schema: 'pgboss', schedule: false });
      try {
        const schedules = await sql<{ name: string; cron: string }>`
          select name, cron from pgboss.schedule where name = 'network-transfer-expiry'`.execute(h.deps.db);
        expect(schedules.rows).toEqual([{ name: 'network-transfer-expiry', cron: '*/15 * * * *' }]);

        await sender.start();
        await sender.send('network-transfer-expiry', {});
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline && (await row(t.id)).status === 'SENT')
          await new Promise((r) => setTimeout(r, 250));
        expect(await row(t.id)).toEqual({ status: 'EXPIRED', data: null });
      } finally {
        await sender.stop({ graceful: false });
        await queue.stop();
      }
    }, 60_000);
});
