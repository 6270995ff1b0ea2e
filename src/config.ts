import { resolve } from 'node:path';

/** The application's settings, read once from the environment. Nothing else reads process.env. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Mark cookies Secure even without an HTTPS request seen (behind a TLS-terminating proxy). */
  secureCookies: boolean;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: string;
  isCi: boolean;
  /** The passphrase of `reintegra backup` / `restore` when not typed on stdin (never an argument). */
  backupPassphrase: string | undefined;
}

/** Parses an environment object into a frozen Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return Object.freeze({
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: env.SECURE_COOKIES === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 120),
    sessionAbsoluteHours: Number(env.SESSION_ABSOLUTE_HOURS ?? 12),
    logLevel: env.LOG_LEVEL ?? 'warn',
    isCi: env.CI === 'true',
    backupPassphrase: env.BACKUP_PASSPHRASE || undefined,
  });
}
