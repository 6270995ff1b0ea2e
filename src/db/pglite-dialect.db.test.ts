import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DbHandle } from './connection';
import { createTestDb, testEngines } from '../../tests/support/db';

describe.each(testEngines())('transactions on %s', (engine) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(engine);
    await sql`create table t (n int)`.execute(handle.db);
  });
  afterAll(() => handle.close());

  it('a rolled-back transaction never discards a concurrent write', async () => {
    const failing = handle.db.transaction().execute(async (trx) => {
      await sql`insert into t values (1)`.execute(trx);
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('rollback');
    });
    const concurrent = sql`insert into t values (2)`.execute(handle.db);
    await expect(failing).rejects.toThrow('rollback');
    await concurrent;
    const rows = await sql<{ n: number }>`select n from t order by n`.execute(handle.db);
    expect(rows.rows.map((r) => r.n)).toEqual([2]);
  });

  it('reports affected rows of updates and deletes', async () => {
    await sql`insert into t values (5), (6)`.execute(handle.db);
    const result = await sql`update t set n = n + 1 where n >= 5`.execute(handle.db);
    expect(Number(result.numAffectedRows)).toBe(2);
  });
});
