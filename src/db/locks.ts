import { sql } from 'kysely';
import type { Db } from './connection';

// Transaction-scoped advisory locks: held until the caller's transaction ends, shared by every app
// instance on one PostgreSQL. They serialise writers of the same thing where no row exists yet to lock
// (`select … for update` locks nothing on a missing row). On PGlite a single session runs one
// transaction at a time, so they are always granted.

/** Waits for the locks on `keys` (taken in sorted order, so two callers can never deadlock). */
export async function lockKeys(trx: Db, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (!sorted.length) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0))
    from unnest(${sorted}::text[]) with ordinality as t(k, n) order by n`.execute(trx);
}

/** Takes the lock on `key` if nobody holds it; false when another transaction does. */
export async function tryLockKey(trx: Db, key: string): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`
    select pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) as locked`.execute(trx);
  return rows[0]?.locked === true;
}
