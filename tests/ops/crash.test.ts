import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../support/env';
import {
  createOpsDatabase,
  seedDatabase,
  signIn,
  sleep,
  startServerProcess,
  storedNames,
  writeUntilStopped,
} from './support';

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
});
