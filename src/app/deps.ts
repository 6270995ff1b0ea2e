import type { Db } from '../db/connection';
import type { GminaDirectory } from '../reference/teryt';
import type { LoginThrottle } from './auth/login-throttle';

/** What use cases need from the outside world; built once in the composition root. */
export interface AppDeps {
  db: Db;
  gminas: GminaDirectory;
  throttle: LoginThrottle;
  sessions: { idleMinutes: number; absoluteHours: number };
  now: () => Date;
  /** Where long jobs go (src/jobs): pg-boss on PostgreSQL, in-process on PGlite; built on first use if absent. */
  jobs?: { enqueue(jobId: string): Promise<void>; stop(): Promise<void> };
}
