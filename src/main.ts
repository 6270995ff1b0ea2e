import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from './config';
import { openDatabase, type DbHandle } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { createLoginThrottle } from './app/auth/login-throttle';
import type { AppDeps } from './app/deps';
import { loadGminaDirectory } from './reference/teryt';
import { buildApp } from './http/app';
import { rememberDatabaseUrl } from './app/backup/backup-source';
import { startJobQueue } from './jobs/queue';

export const WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));

/** Opens the configured database and brings it to the newest schema. */
export async function openMigratedDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<DbHandle> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(handle.db);
  return handle;
}

/** The composition root: everything a use case needs, built once. */
export function createDeps(
  handle: DbHandle,
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>,
): AppDeps {
  return {
    db: handle.db,
    gminas: loadGminaDirectory(),
    throttle: createLoginThrottle(handle.db),
    sessions: { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours },
    now: () => new Date(),
  };
}

/** Starts the server on the configured port; resolves with a stop function. */
export async function startServer(
  config: Readonly<Config> = loadConfig(),
  hooks: { beforeListen?: (deps: AppDeps) => Promise<void> } = {},
) {
  const handle = await openMigratedDatabase(config);
  if (config.databaseUrl) rememberDatabaseUrl(handle.db, config.databaseUrl);
  const deps = createDeps(handle, config);
  deps.jobs = await startJobQueue(deps, config.databaseUrl);
  await hooks.beforeListen?.(deps);
  const app = await buildApp(deps, {
    webDir: WEB_DIR,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    secureCookies: config.secureCookies,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  const stop = async () => {
    await app.close();
    await deps.jobs?.stop();
    await handle.close();
  };
  return { app, deps, address, stop, engine: handle.engine };
}
