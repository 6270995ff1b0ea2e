import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../support/env';
import {
  call,
  createOpsDatabase,
  killPostgres,
  opsPg,
  personWithoutPesel,
  pgCtl,
  type ServerProcess,
  type Session,
  seedDatabase,
  signIn,
  sleep,
  startServerProcess,
} from './support';

const WRITERS = 4;

/** Registers people from WRITERS parallel loops until stopped; returns the names the server acknowledged (201). */
function writeUntilStopped(url: () => string, session: () => Session, prefix: string) {
  const acknowledged: string[] = [];
  const statuses = new Map<number, number>();
  let running = true;
  const loops = Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = 0; running; i++) {
      const name = `${prefix}W${w}N${i}`;
      const r = await call(url(), session(), 'POST', '/api/v1/participants', personWithoutPesel(name));
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status === 201) acknowledged.push(name);
      else await sleep(25);
    }
  });
  return {
    acknowledged,
    statuses,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** The last names of every participant of the centre. */
async function storedNames(url: string, session: Session): Promise<Set<string>> {
  const names = new Set<string>();
  for (let page = 1; ; page++) {
    const r = await call(url, session, 'GET', `/api/v1/participants?pageSize=500&page=${page}`);
    expect(r.status).toBe(200);
    const body = r.json as { items: { lastName: string }[]; total: number };
    for (const p of body.items) names.add(p.lastName);
    if (page * 500 >= body.total) return names;
  }
}

/**
 * kill -9 of the app while it writes, then a restart on the same data: every write it acknowledged
 * (201) must be there. A write in flight at the kill may or may not be — it was never acknowledged.
 */
async function killAppDuringWrites(env: Record<string, string>, director: string, kills: number) {
  let server = await startServerProcess(env);
  let session = await signIn(server.url, director);
  const all: string[] = [];
  try {
    for (let k = 0; k < kills; k++) {
      const writer = writeUntilStopped(
        () => server.url,
        () => session,
        `Crash${k}`,
      );
      await sleep(700 + k * 150);
      await server.kill('SIGKILL');
      await writer.stop();
      all.push(...writer.acknowledged);
      server = await startServerProcess(env);
      session = await signIn(server.url, director);
    }
    const names = await storedNames(server.url, session);
    const lost = all.filter((n) => !names.has(n));
    return { acknowledged: all.length, lost };
  } finally {
    await server.kill();
  }
}

describe('crash: kill -9 during writes loses no acknowledged write', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('PGlite: 2 × kill -9 of the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reintegra-crash-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, 'data');
    const { director } = await seedDatabase({ dataDir });
    const { acknowledged, lost } = await killAppDuringWrites({ DATA_DIR: dataDir }, director, 2);
    console.log(`crash PGlite: 2 kills of the app, ${acknowledged} acknowledged writes, ${lost.length} lost`);
    expect(acknowledged).toBeGreaterThan(0);
    expect(lost).toEqual([]);
  }, 120_000);

  it.runIf(testDatabaseUrl)(
    'PostgreSQL: 3 × kill -9 of the app',
    async () => {
      const db = await createOpsDatabase(testDatabaseUrl);
      cleanups.push(db.drop);
      const { director } = await seedDatabase({ databaseUrl: db.url });
      const { acknowledged, lost } = await killAppDuringWrites({ DATABASE_URL: db.url }, director, 3);
      console.log(`crash PostgreSQL app: 3 kills, ${acknowledged} acknowledged writes, ${lost.length} lost`);
      expect(acknowledged).toBeGreaterThan(0);
      expect(lost).toEqual([]);
    },
    120_000,
  );

  it.runIf(opsPg)(
    'PostgreSQL: kill -9 of the database server itself; the app stays up and recovers',
    async () => {
      const db = await createOpsDatabase();
      cleanups.push(db.drop);
      const { director } = await seedDatabase({ databaseUrl: db.url });
      const server: ServerProcess = await startServerProcess({ DATABASE_URL: db.url });
      cleanups.push(() => server.kill());
      const session = await signIn(server.url, director);
      const writer = writeUntilStopped(
        () => server.url,
        () => session,
        'PgKill',
      );
      await sleep(800);
      killPostgres();
      await sleep(300);
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
          `health 200 ${recoveredMs} ms after the restart (answers: ${JSON.stringify(Object.fromEntries(writer.statuses))})`,
      );
      expect(writer.acknowledged.length).toBeGreaterThan(0);
      expect(lost).toEqual([]);
    },
    120_000,
  );
});
