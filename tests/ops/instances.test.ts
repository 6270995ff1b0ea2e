import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../support/env';
import {
  call,
  createOpsDatabase,
  personWithoutPesel,
  type ServerProcess,
  type Session,
  seedDatabase,
  signIn,
  sleep,
  startServerProcess,
} from './support';

// Two app processes on one PostgreSQL, as behind a load balancer (the shared test cluster, a fresh database).
describe.runIf(testDatabaseUrl)('two instances on one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createOpsDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let director: string;
  let session: Session;

  beforeAll(async () => {
    db = await createOpsDatabase(testDatabaseUrl);
    ({ director } = await seedDatabase({ databaseUrl: db.url }));
    [a, b] = await Promise.all([
      startServerProcess({ DATABASE_URL: db.url }),
      startServerProcess({ DATABASE_URL: db.url }),
    ]);
    session = await signIn(a.url, director);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await db?.drop();
  });

  it('a session made on one instance works on the other, for reads and writes, and ends on both', async () => {
    expect((await call(b.url, session, 'GET', '/api/v1/me')).status).toBe(200);
    const created = await call(
      b.url,
      session,
      'POST',
      '/api/v1/participants',
      personWithoutPesel('Dwuinstancyjna'),
    );
    expect(created.status).toBe(201);
    const other = await signIn(b.url, director);
    expect((await call(b.url, other, 'POST', '/api/v1/auth/logout', {})).status).toBeLessThan(300);
    expect((await call(a.url, other, 'GET', '/api/v1/me')).status).toBe(401);
    expect((await call(a.url, session, 'GET', '/api/v1/me')).status).toBe(200);
  });

  it('jobs queued on either instance run exactly once (pg-boss), and either instance reports their state', async () => {
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];
    const ids: string[] = [];
    for (const [i, month] of months.entries()) {
      const r = await call(i % 2 ? b.url : a.url, session, 'POST', '/api/v1/jobs/network-payroll', { month });
      expect(r.status, JSON.stringify(r.json)).toBe(202);
      ids.push((r.json as { id: string }).id);
    }
    const deadline = Date.now() + 45_000;
    let states: { status: string }[] = [];
    while (Date.now() < deadline) {
      states = await Promise.all(
        ids.map(
          async (id, i) =>
            (await call(i % 2 ? a.url : b.url, session, 'GET', `/api/v1/jobs/${id}`)).json as never,
        ),
      );
      if (states.every((s) => s.status === 'DONE' || s.status === 'FAILED')) break;
      await sleep(200);
    }
    expect(states.map((s) => s.status)).toEqual(months.map(() => 'DONE'));

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const runs = await client.query<{ attempts: number; worker: string }>(
        'select attempts, worker from job_runs where id = any($1::uuid[])',
        [ids],
      );
      expect(runs.rows.map((r) => r.attempts)).toEqual(months.map(() => 1));
      const computes = await client.query<{ n: number }>(
        "select count(*)::int as n from audit_log where action = 'payroll.compute'",
      );
      expect(computes.rows[0]!.n).toBe(months.length);
      const workers = new Set(runs.rows.map((r) => r.worker));
      console.log(`instances: ${months.length} jobs, run once each, by ${workers.size} worker(s)`);
    } finally {
      await client.end();
    }
  }, 60_000);
});
