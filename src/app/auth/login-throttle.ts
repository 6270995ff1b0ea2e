import { sql } from 'kysely';
import type { Db } from '../../db/connection';

/**
 * Failed logins counted in the database (so the limits hold across processes and restarts), under three
 * keys, each with its own threshold and a doubling lock (backoff) once the threshold is reached:
 * - `pair` (this account from this address): the guessing limit a real attacker meets first;
 * - `address` (any account from this address): password spraying;
 * - `account` (this account from anywhere): guessing spread over many addresses. Its threshold is high
 *   and its lock short, because anyone can trigger it: a lock that strangers can set is a denial of
 *   service against the real user, who from her own address meets only her own `pair` counter.
 */
export interface LoginThrottle {
  /** Seconds until a login for this account from this address may be tried again; 0 = now. */
  retryAfter(email: string, ip: string | null, now: Date): Promise<number>;
  recordFailure(email: string, ip: string | null, now: Date): Promise<void>;
  /** A successful login clears this account's counter for this address. */
  recordSuccess(email: string, ip: string | null): Promise<void>;
}

export interface ThrottleRule {
  /** Failures after which a lock starts. */
  threshold: number;
  /** The counter starts again after this long without failures. */
  resetAfterMs: number;
  /** First lock; doubled with every further failure, up to maxLockMs. */
  firstLockMs: number;
  maxLockMs: number;
}

const MINUTE = 60_000;
export const THROTTLE_RULES = {
  pair: { threshold: 5, resetAfterMs: 24 * 60 * MINUTE, firstLockMs: MINUTE, maxLockMs: 60 * MINUTE },
  address: { threshold: 20, resetAfterMs: 15 * MINUTE, firstLockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE },
  account: { threshold: 50, resetAfterMs: 60 * MINUTE, firstLockMs: MINUTE, maxLockMs: 15 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;
type Kind = keyof typeof THROTTLE_RULES;

/** How long a key is locked after `failures` failures (0 below the threshold). */
export function lockDurationMs(rule: ThrottleRule, failures: number): number {
  if (failures < rule.threshold) return 0;
  const doublings = Math.min(failures - rule.threshold, 20);
  return Math.min(rule.firstLockMs * 2 ** doublings, rule.maxLockMs);
}

function keysOf(email: string, ip: string | null): Record<Kind, string> {
  const account = email.trim().toLowerCase();
  const address = ip ?? 'unknown';
  return { pair: `pair:${account}|${address}`, address: `address:${address}`, account: `account:${account}` };
}

export function createLoginThrottle(
  db: Db,
  rules: Record<Kind, ThrottleRule> = THROTTLE_RULES,
): LoginThrottle {
  return {
    async retryAfter(email, ip, now) {
      const rows = await db
        .selectFrom('login_failures')
        .select('locked_until')
        .where('key', 'in', Object.values(keysOf(email, ip)))
        .where('locked_until', '>', now)
        .execute();
      const until = Math.max(0, ...rows.map((r) => new Date(r.locked_until!).getTime()));
      return until ? Math.ceil((until - now.getTime()) / 1000) : 0;
    },

    async recordFailure(email, ip, now) {
      for (const [kind, key] of Object.entries(keysOf(email, ip)) as [Kind, string][]) {
        const rule = rules[kind];
        const resetBefore = new Date(now.getTime() - rule.resetAfterMs);
        // One statement, so that concurrent failures (several processes) all count.
        const row = await db
          .insertInto('login_failures')
          .values({ key, failures: 1, first_failed_at: now, last_failed_at: now, locked_until: null })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              failures: sql`case when login_failures.last_failed_at < ${resetBefore} then 1
                else login_failures.failures + 1 end`,
              first_failed_at: sql`case when login_failures.last_failed_at < ${resetBefore} then ${now}
                else login_failures.first_failed_at end`,
              last_failed_at: now,
            }),
          )
          .returning('failures')
          .executeTakeFirstOrThrow();
        const lockMs = lockDurationMs(rule, row.failures);
        if (lockMs)
          await db
            .updateTable('login_failures')
            .set({ locked_until: new Date(now.getTime() + lockMs) })
            .where('key', '=', key)
            .execute();
      }
      // Forget what no rule looks at any more (a day past every reset window).
      await db
        .deleteFrom('login_failures')
        .where('last_failed_at', '<', new Date(now.getTime() - 48 * 60 * MINUTE))
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
        .execute();
    },

    async recordSuccess(email, ip) {
      await db.deleteFrom('login_failures').where('key', '=', keysOf(email, ip).pair).execute();
    },
  };
}
