import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createOpsDatabase,
  opsPg,
  personWithoutPesel,
  killPostgres,
  pgCtl,
  type ServerProcess,
  type Session,
  seedDatabase,
  signIn,
  sleep,
  startServerProcess,
  storedNames,
  writeUntilStopped,
} from './support';

// Restarts and kills a PostgreSQL cluster of its own (never the shared test one), in this one file so that
// no other test uses that cluster meanwhile; mandatory under CI=true.
describe.runIf(opsPg)(
  'PostgreSQL restart: the app stays up, says 503 while the database is away, recovers',
  () => {
    let db: Awaited<ReturnType<typeof createOpsDatabase>>;
    let server: ServerProcess;
    let session: Session;

    beforeAll(async () => {
      db = await createOpsDatabase();
      const { director } = await seedDatabase({ databaseUrl: db.url });
      server = await startServerProcess({ DATABASE_URL: db.url });
      session = await signIn(server.url, director);
    }, 120_000);

    afterAll(async () => {
      await server?.kill();
      await db?.drop();
    });

    it('survives `pg_ctl restart` under writes: no crash, every acknowledged write is there afterwards', async () => {
      const acknowledged: string[] = [];
      const statuses = new Map<number, number>();
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i++) {
          const name = `Restart${i}`;
          const r = await call(server.url, session, 'POST', '/api/v1/participants', personWithoutPesel(name));
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          if (r.status === 201) acknowledged.push(name);
          if (r.status !== 201) await sleep(20);
        }
      })();
      await sleep(500);
      pgCtl('restart -m fast');
      await sleep(1_500);
      writing = false;
      await writer;

      expect(server.child.exitCode, server.output()).toBeNull();
      expect([...statuses.keys()].filter((s) => s !== 201 && s !== 503)).toEqual([]);
      const list = await call(server.url, session, 'GET', '/api/v1/participants?pageSize=500');
      expect(list.status).toBe(200);
      const names = new Set((list.json as { items: { lastName: string }[] }).items.map((p) => p.lastName));
      expect(acknowledged.filter((n) => !names.has(n))).toEqual([]);
      expect(acknowledged.length).toBeGreaterThan(0);
    }, 60_000);

    it('answers /api/health 503 with a reason while PostgreSQL is stopped, and 200 again by itself', async () => {
      pgCtl('stop -m fast');
      try {
        const health = await fetch(`${server.url}/api/health`);
        expect(health.status).toBe(503);
        expect(await health.json()).toMatchObject({ status: 'unavailable', reason: expect.any(String) });
        const write = await call(
          server.url,
          session,
          'POST',
          '/api/v1/participants',
          personWithoutPesel('Away'),
        );
        expect(write.status).toBe(503);
        expect((write.json as { error: { code: string } }).error.code).toBe('DATABASE_UNAVAILABLE');
      } finally {
        pgCtl('start');
      }
      const started = Date.now();
      let status = 0;
      while (Date.now() - started < 15_000) {
        status = (await fetch(`${server.url}/api/health`)).status;
        if (status === 200) break;
        await sleep(50);
      }
      expect(status).toBe(200);
      const recoveredMs = Date.now() - started;
      console.log(`restart recovery: /api/health 200 ${recoveredMs} ms after PostgreSQL was started again`);
      expect(server.child.exitCode).toBeNull();
      const me = await call(server.url, session, 'GET', '/api/v1/me');
      expect(me.status).toBe(200);
    }, 60_000);
    it('survives kill -9 of PostgreSQL itself under writes: stays up, recovers, ' +
      'loses no acknowledged write', async () => {
      const writer = writeUntilStopped(
        () => server.url,
        () => session,
        'PgKill',
      );
      await sleep(800);
      await killPostgres();
      pgCtl('start');
      const started = Date.now();
      while (Date.now() - started < 20_000 && (await fetch(`${server.url}/api/health`)).status !== 200)
        await sleep(50);
      const recoveredMs = Date.now() - started;
      await sleep(500);
      await writer.stop();
      expect(server.child.exitCode, server.output()).toBeNull();
      expect([...writer.statuses.keys()].filter((s) => s !== 201 && s !== 503)).toEqual([]);
      const names = await storedNames(server.url, session);
      const lost = writer.acknowledged.filter((n) => !names.has(n));
      console.log(
        `crash PostgreSQL server: 1 kill -9, ${writer.acknowledged.length} acknowledged writes, ${lost.length} lost, ` +
          (`health 200 ${recoveredMs} ms after the restart ` +
            `(answers: ${JSON.stringify(Object.fromEntries(writer.statuses))})`),
      );
      expect(writer.acknowledged.length).toBeGreaterThan(0);
      expect(lost).toEqual([]);
    }, 60_000);
  },
);
