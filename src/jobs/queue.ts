import { PgBoss } from 'pg-boss';
import type { AppDeps } from '../app/deps';
import { JOB_HANDLERS } from './handlers';
import { JOB_EXPIRY_SECONDS, runJob } from './job-runs';
import { schedulePeriodicTasks, startPeriodicTimers } from './periodic';

export type JobQueue = NonNullable<AppDeps['jobs']>;

const QUEUE = 'reintegra-jobs';
const SCHEMA = 'pgboss';

/**
 * PGlite (one process, one session): the job runs in this process, after the request that queued it.
 * `stop()` waits for the jobs still running.
 */
export function createInProcessQueue(deps: AppDeps): JobQueue {
  const running = new Set<Promise<void>>();
  return {
    enqueue: async (jobId) => {
      const run: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => runJob(deps, jobId, JOB_HANDLERS))
        .catch((error: unknown) => {
          process.stderr.write(`job ${jobId}: ${String(error)}\n`);
        })
        .finally(() => running.delete(run));
      running.add(run);
    },
    stop: async () => {
      await Promise.all([...running]);
    },
  };
}

/**
 * PostgreSQL: pg-boss (its own schema `pgboss`, installed and migrated by `start()` under its advisory
 * lock, so several instances may start at once). Every instance works the queue; pg-boss hands a job
 * to one worker (SKIP LOCKED), and `runJob`'s claim makes a second delivery a no-op.
 */
export async function createPgBossQueue(
  deps: AppDeps,
  databaseUrl: string,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: SCHEMA,
    max: 3,
    // The cron pass sends the periodic tasks (src/jobs/periodic.ts), once per occurrence across instances.
    schedule: true,
    application_name: 'reintegra-jobs',
  });
  // Without a listener an 'error' event (e.g. PostgreSQL restarting) would end the process.
  boss.on('error', (error: Error) => process.stderr.write(`job queue: ${error.message}\n`));
  await boss.start();
  await boss.createQueue(QUEUE, { retryLimit: 2, retryDelay: 5, expireInSeconds: JOB_EXPIRY_SECONDS });
  await boss.work<{ jobId: string }>(
    QUEUE,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
    async ([job]) => {
      if (job) await runJob(deps, job.data.jobId, JOB_HANDLERS);
    },
  );
  await schedulePeriodicTasks(boss, deps, { pollingIntervalSeconds: options.pollingIntervalSeconds });
  return {
    enqueue: async (jobId) => {
      await boss.send(QUEUE, { jobId }, { singletonKey: jobId });
    },
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

/** The queue for this database (pg-boss on PostgreSQL, in-process on PGlite), with the periodic tasks. */
export async function startJobQueue(deps: AppDeps, databaseUrl: string | undefined): Promise<JobQueue> {
  if (databaseUrl) return createPgBossQueue(deps, databaseUrl);
  const queue = createInProcessQueue(deps);
  const stopTimers = startPeriodicTimers(deps);
  return {
    enqueue: queue.enqueue,
    stop: async () => {
      stopTimers();
      await queue.stop();
    },
  };
}
