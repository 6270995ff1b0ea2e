import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, wrapPglite, type DbHandle } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import { isCi, testDatabaseUrl } from './env';

export type Engine = 'pglite' | 'postgres';

/**
 * The engines DB tests run on: PGlite always; PostgreSQL when TEST_DATABASE_URL is set.
 * Under CI=true PostgreSQL is mandatory: its absence fails the run instead of skipping.
 */
export function testEngines(): Engine[] {
  if (testDatabaseUrl) return ['pglite', 'postgres'];
  if (isCi) throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests cannot run.');
  return ['pglite'];
}

/** A fresh, migrated, private database on the given engine; close() drops it. */
export async function createTestDb(engine: Engine): Promise<DbHandle> {
  if (engine === 'pglite') {
    const pglite = await PGlite.create({
      loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]),
      parsers: { [types.DATE]: (v: string) => v, [types.INT8]: (v: string) => Number(v) },
    });
    const handle = wrapPglite(pglite);
    await migrateToLatest(handle.db);
    return handle;
  }
  const name = `reintegra_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl!);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), 5);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: testDatabaseUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
