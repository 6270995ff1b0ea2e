import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/connection';
import { createTestDb, testEngines } from '../../../tests/support/db';
import { createLoginThrottle, lockDurationMs, THROTTLE_RULES } from './login-throttle';

const MINUTE = 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 11, 2, 10) + ms);

describe('lock durations', () => {
  it('start at the threshold and double up to the cap', () => {
    const rule = THROTTLE_RULES.pair;
    expect([4, 5, 6, 7, 11, 30].map((n) => lockDurationMs(rule, n) / MINUTE)).toEqual([0, 1, 2, 4, 60, 60]);
  });
});

describe.each(testEngines())('login throttle in the database (%s)', (engine) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(engine);
  });
  afterAll(() => handle?.close());

  it('locks an account from one address after 5 failures, with a lock that doubles', async () => {
    const throttle = createLoginThrottle(handle.db);
    for (let i = 0; i < 5; i++) await throttle.recordFailure('Jan@CIS.pl', '10.0.0.1', at(i));
    expect(await throttle.retryAfter('jan@cis.pl', '10.0.0.1', at(10))).toBeGreaterThan(50);
    // The real owner at her own desk is not locked out by a stranger's guesses.
    expect(await throttle.retryAfter('jan@cis.pl', '10.0.0.2', at(10))).toBe(0);
    expect(await throttle.retryAfter('jan@cis.pl', '10.0.0.1', at(MINUTE + 10))).toBe(0);
    await throttle.recordFailure('jan@cis.pl', '10.0.0.1', at(MINUTE + 20));
    expect(await throttle.retryAfter('jan@cis.pl', '10.0.0.1', at(MINUTE + 30))).toBeGreaterThan(110);
  });

  it('holds across processes and restarts: a second throttle on the same database sees the lock', async () => {
    const first = createLoginThrottle(handle.db);
    for (let i = 0; i < 5; i++) await first.recordFailure('ewa@cis.pl', '192.0.2.9', at(i));
    const afterRestart = createLoginThrottle(handle.db);
    expect(await afterRestart.retryAfter('ewa@cis.pl', '192.0.2.9', at(100))).toBeGreaterThan(0);
  });

  it('counts concurrent failures (several processes at once) without losing any', async () => {
    const throttles = [createLoginThrottle(handle.db), createLoginThrottle(handle.db)];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        throttles[i % 2]!.recordFailure('rownolegle@cis.pl', '192.0.2.50', at(i)),
      ),
    );
    const row = await handle.db
      .selectFrom('login_failures')
      .select('failures')
      .where('key', '=', 'pair:rownolegle@cis.pl|192.0.2.50')
      .executeTakeFirstOrThrow();
    expect(row.failures).toBe(10);
  });

  it('blocks an address after 20 failures across accounts (password spraying)', async () => {
    const throttle = createLoginThrottle(handle.db);
    for (let i = 0; i < 20; i++) await throttle.recordFailure(`user${i}@cis.pl`, '198.51.100.7', at(i));
    expect(await throttle.retryAfter('nowy@cis.pl', '198.51.100.7', at(30))).toBeGreaterThan(0);
    expect(await throttle.retryAfter('nowy@cis.pl', '198.51.100.8', at(30))).toBe(0);
  });

  it('slows guessing spread over many addresses, but only briefly (a lock strangers can set)', async () => {
    const throttle = createLoginThrottle(handle.db);
    for (let i = 0; i < 50; i++) await throttle.recordFailure('cel@cis.pl', `203.0.113.${i}`, at(i));
    const wait = await throttle.retryAfter('cel@cis.pl', '203.0.113.200', at(100));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });

  it('clears the counter of this account and address on success', async () => {
    const throttle = createLoginThrottle(handle.db);
    for (let i = 0; i < 4; i++) await throttle.recordFailure('a@b.pl', '10.1.1.1', at(i));
    await throttle.recordSuccess('a@b.pl', '10.1.1.1');
    await throttle.recordFailure('a@b.pl', '10.1.1.1', at(20));
    expect(await throttle.retryAfter('a@b.pl', '10.1.1.1', at(30))).toBe(0);
  });
});
