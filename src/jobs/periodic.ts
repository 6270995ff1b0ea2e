import type { PgBoss } from 'pg-boss';
import type { AppDeps } from '../app/deps';
import { forgetPastEnquiryCounts } from '../app/networks/enquiry-rate-limit';
import { expireTransfers } from '../app/networks/expire-transfers';

/** A system task the queue runs on a clock, for every centre at once (no caller, no job_runs row). */
export interface PeriodicTask {
  /** Also the pg-boss queue and schedule name. */
  name: string;
  /** When pg-boss sends it (cron, UTC); one job per occurrence however many instances run. */
  cron: string;
  /** The same rhythm for the in-process queue (PGlite, one process). */
  everyMs: number;
  run(deps: AppDeps): Promise<unknown>;
}

export const PERIODIC_TASKS: readonly PeriodicTask[] = [
  // Decision 0036: a transfer left unanswered expires and the data sent are removed.
  {
    name: 'network-transfer-expiry',
    cron: '*/15 * * * *',
    everyMs: 15 * 60_000,
    run: (deps) => expireTransfers(deps),
  },
  // Decision 0036: the enquiry form's counters hold client addresses; gone once their window has passed.
  {
    name: 'enquiry-counts-cleanup',
    cron: '7 * * * *',
    everyMs: 60 * 60_000,
    run: (deps) => forgetPastEnquiryCounts(deps.db, deps.now()),
  },
];

const report = (name: string, error: unknown) =>
  process.stderr.write(`periodic task ${name}: ${error instanceof Error ? error.message : String(error)}\n`);

/** PostgreSQL: each task gets its own pg-boss queue, a schedule and a worker on every instance. */
export async function schedulePeriodicTasks(
  boss: PgBoss,
  deps: AppDeps,
  options: { pollingIntervalSeconds?: number; tasks?: readonly PeriodicTask[] } = {},
): Promise<void> {
  for (const task of options.tasks ?? PERIODIC_TASKS) {
    await boss.createQueue(task.name, { retryLimit: 1, retryDelay: 60, expireInSeconds: 15 * 60 });
    await boss.schedule(task.name, task.cron);
    // A task due every few minutes needs no second-by-second polling.
    const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 10;
    await boss.work(task.name, { batchSize: 1, pollingIntervalSeconds }, async () => {
      await task.run(deps);
    });
  }
}

/** PGlite: timers in this process (not holding it open); the returned function stops them. */
export function startPeriodicTimers(
  deps: AppDeps,
  tasks: readonly PeriodicTask[] = PERIODIC_TASKS,
): () => void {
  const timers = tasks.map((task) => {
    const timer = setInterval(() => {
      task.run(deps).catch((error: unknown) => report(task.name, error));
    }, task.everyMs);
    timer.unref();
    return timer;
  });
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
