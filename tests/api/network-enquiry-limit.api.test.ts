import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENQUIRY_LIMIT, forgetPastEnquiryCounts } from '../../src/app/networks/enquiry-rate-limit';
import { openPostgres, type DbHandle } from '../../src/db/connection';
import { buildApp } from '../../src/http/app';
import { createDeps } from '../../src/main';
import { insertCoordinatorAccount, insertServiceItem } from '../factories/network.factory';
import { type ApiHarness, clientFor, createApiHarness, seedCentre } from '../support/api';
import { testEngines } from '../support/db';
import { testDatabaseUrl } from '../support/env';

// The public enquiry form is limited per client address, in the database: two app instances on one
// PostgreSQL (each its own connection pool, as two processes behind a load balancer) share the count.
describe.each(testEngines())('the public enquiry form rate limit on %s', (engine) => {
  let h: ApiHarness;
  let second: { app: FastifyInstance; handle?: DbHandle };
  let url: string;
  let entryId: string;
  let centreId: string;

  const enquiry = (app: FastifyInstance, remoteAddress: string, message = 'Proszę o wycenę.') =>
    app.inject({
      method: 'POST',
      url,
      remoteAddress,
      payload: { entryId, fullName: 'Anna Nowak', email: 'anna@example.pl', message, consent: true },
    });
  const stored = async (message: string) =>
    Number(
      (
        await h.deps.db
          .selectFrom('network_enquiries')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('message', '=', message)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const a = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR'], { name: 'CIS Gorzów' });
    centreId = a.centreId;
    const admin = await clientFor(h.app, a.accounts.ADMIN);
    const director = await clientFor(h.app, a.accounts.DIRECTOR);
    const email = await insertCoordinatorAccount(h.deps.db);
    const coordinator = await clientFor(h.app, email);
    const networkId = (
      await admin.post('/api/v1/networks', {
        name: 'Klaster Lubuski',
        kind: 'CLUSTER',
        areaCodes: ['0861'],
        coordinatorOrgName: 'OWES Gorzów',
        coordinatorOrgKind: 'OWES',
        coordinatorEmails: [email],
      })
    ).json().id;
    await coordinator.post(`/api/v1/networks/${networkId}/invitations`, { centreId });
    await director.post(`/api/v1/networks/${networkId}/membership/accept`);
    const serviceItemId = await insertServiceItem(h.deps.db, centreId, 'Koszenie trawy');
    const published = await director.post(`/api/v1/networks/${networkId}/catalogue`, { serviceItemId });
    entryId = published.json().entries[0].id;
    url = `/api/v1/public/networks/${networkId}/enquiries`;

    if (engine === 'postgres') {
      // A second instance: its own pool to the same database, its own deps and app.
      const { name } = (await sql<{ name: string }>`select current_database() as name`.execute(h.deps.db))
        .rows[0]!;
      const dbUrl = new URL(testDatabaseUrl!);
      dbUrl.pathname = `/${name}`;
      const handle = await openPostgres(dbUrl.toString(), 3);
      const deps = createDeps(handle, { sessionIdleMinutes: 120, sessionAbsoluteHours: 12 });
      second = { app: await buildApp(deps, { logLevel: 'silent' }), handle };
    } else second = { app: await buildApp(h.deps, { logLevel: 'silent' }) };
  });
  afterAll(async () => {
    await second?.app.close();
    await second?.handle?.close();
    await h?.close();
  });

  it(
    'counts the enquiries of one address on both instances; over the limit: ' +
      '429, Retry-After, nothing stored',
    async () => {
      const message = 'Wycena koszenia — seria';
      for (let i = 0; i < ENQUIRY_LIMIT.perWindow; i++) {
        const r = await enquiry(i % 2 ? second.app : h.app, '198.51.100.7', message);
        expect(r.statusCode, r.body).toBe(202);
      }
      const auditBefore = await h.deps.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', 'network.enquiry.receive')
        .where('centre_id', '=', centreId)
        .executeTakeFirstOrThrow();

      for (const app of [h.app, second.app]) {
        const over = await enquiry(app, '198.51.100.7', message);
        expect(over.statusCode).toBe(429);
        expect(over.json().error.code).toBe('ENQUIRY_RATE_LIMITED');
        expect(over.json().error.message).toMatch(/wiele zapytań/);
        const wait = Number(over.headers['retry-after']);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(ENQUIRY_LIMIT.windowMs / 1000);
        expect(over.json().error.details.retryAfterSeconds).toBe(wait);
      }
      // A robot's trap submission over the limit is refused the same way (it is counted, not exempt).
      expect((await enquiry(h.app, '198.51.100.7', 'x')).statusCode).toBe(429);

      expect(await stored(message)).toBe(ENQUIRY_LIMIT.perWindow);
      const auditAfter = await h.deps.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', 'network.enquiry.receive')
        .where('centre_id', '=', centreId)
        .executeTakeFirstOrThrow();
      expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));

      // Another address is not affected.
      expect((await enquiry(second.app, '198.51.100.8', 'Inny nadawca')).statusCode).toBe(202);
    },
  );

  it('concurrent enquiries on two instances: exactly the limit is accepted and stored', async () => {
    const message = 'Wycena koszenia — naraz';
    const answers = await Promise.all(
      Array.from({ length: ENQUIRY_LIMIT.perWindow + 6 }, (_, i) =>
        enquiry(i % 2 ? second.app : h.app, '203.0.113.20', message),
      ),
    );
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 202)).toHaveLength(ENQUIRY_LIMIT.perWindow);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    expect(await stored(message)).toBe(ENQUIRY_LIMIT.perWindow);
  });

  it('the count starts again once the window has passed', async () => {
    const later = new Date(Date.now() + ENQUIRY_LIMIT.windowMs + 60_000);
    const afterWindow = await buildApp({ ...h.deps, now: () => later }, { logLevel: 'silent' });
    try {
      expect((await enquiry(h.app, '198.51.100.7')).statusCode).toBe(429);
      expect((await enquiry(afterWindow, '198.51.100.7', 'Po godzinie')).statusCode).toBe(202);
      expect(await stored('Po godzinie')).toBe(1);
      // The counters of past windows (client addresses) are deleted; the current ones stay.
      const keys = async () =>
        (
          await h.deps.db
            .selectFrom('login_failures')
            .select('key')
            .where('key', 'like', 'enquiry:%')
            .execute()
        )
          .map((r) => r.key)
          .sort();
      expect(await keys()).toContain('enquiry:203.0.113.20');
      expect(await forgetPastEnquiryCounts(h.deps.db, later)).toBeGreaterThanOrEqual(2);
      expect(await keys()).toEqual(['enquiry:198.51.100.7']);
    } finally {
      await afterWindow.close();
    }
  });
});
