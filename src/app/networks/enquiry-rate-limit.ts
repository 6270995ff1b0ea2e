import { sql } from 'kysely';
import type { Db } from '../../db/connection';

/** How many enquiries one client address may send from the public catalogues in one window. */
export const ENQUIRY_LIMIT = { perWindow: 10, windowMs: 60 * 60_000 } as const;

/**
 * Counts one enquiry from a client address and answers how many seconds it must wait (0 = it may go on).
 * The counter lives in the database, in the login throttle's table under the key `enquiry:<address>`, so
 * the limit holds across app instances on one PostgreSQL and across restarts; one upsert statement, so
 * concurrent requests on several instances all count. A fixed window: the first enquiry starts it, the
 * count starts again once it has passed. Requests over the limit count too (a robot's hammering does not
 * shorten its wait); a periodic task deletes the rows once their window has passed.
 */
export async function takeEnquirySlot(
  db: Db,
  ip: string | null,
  now: Date,
  limit: { perWindow: number; windowMs: number } = ENQUIRY_LIMIT,
): Promise<number> {
  const windowStartedBefore = new Date(now.getTime() - limit.windowMs);
  const row = await db
    .insertInto('login_failures')
    .values({
      key: `enquiry:${ip ?? 'unknown'}`,
      failures: 1,
      first_failed_at: now,
      last_failed_at: now,
      locked_until: null,
    })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when login_failures.first_failed_at <= ${windowStartedBefore} then 1
          else login_failures.failures + 1 end`,
        first_failed_at: sql`case when login_failures.first_failed_at <= ${windowStartedBefore} then ${now}
          else login_failures.first_failed_at end`,
        last_failed_at: now,
      }),
    )
    .returning(['failures', 'first_failed_at'])
    .executeTakeFirstOrThrow();
  if (row.failures <= limit.perWindow) return 0;
  const endsAt = new Date(row.first_failed_at).getTime() + limit.windowMs;
  return Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
}

/**
 * Deletes the counters whose window has passed: they hold client addresses (personal data) and no longer
 * limit anything. Run periodically (src/jobs/periodic.ts); returns how many went.
 */
export async function forgetPastEnquiryCounts(
  db: Db,
  now: Date,
  limit: { windowMs: number } = ENQUIRY_LIMIT,
): Promise<number> {
  const rows = await db
    .deleteFrom('login_failures')
    .where('key', 'like', 'enquiry:%')
    .where('first_failed_at', '<=', new Date(now.getTime() - limit.windowMs))
    .returning('key')
    .execute();
  return rows.length;
}
