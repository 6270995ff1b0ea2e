import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** The application's settings, read once from the environment. Nothing else reads process.env. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Mark cookies Secure even without an HTTPS request seen (behind a TLS-terminating proxy). */
  secureCookies: boolean;
  /** Reverse proxies (addresses, CIDR ranges, or loopback/linklocal/uniquelocal) whose X-Forwarded-For is believed. */
  trustProxy: readonly string[];
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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 120),
    sessionAbsoluteHours: Number(env.SESSION_ABSOLUTE_HOURS ?? 12),
    logLevel: env.LOG_LEVEL ?? 'warn',
    isCi: env.CI === 'true',
    backupPassphrase: env.BACKUP_PASSPHRASE || undefined,
  });
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY is a comma-separated list of proxy addresses or CIDR ranges (e.g. `127.0.0.1,10.0.0.0/8`).
 * `true` is refused: it would believe any client's X-Forwarded-For (forged login addresses, forged audit).
 */
export function parseTrustProxy(value: string | undefined): readonly string[] {
  if (!value?.trim() || value.trim() === 'false') return Object.freeze([]);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (PROXY_NAMES.has(entry)) continue;
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (!family || rest.length || !validBits)
      throw new Error(
        `TRUST_PROXY must list proxy addresses or CIDR ranges (e.g. 127.0.0.1,10.0.0.0/8), got "${entry}"` +
          (entry === 'true' ? ': trusting every sender would let anyone forge their address.' : ''),
      );
  }
  return Object.freeze(entries);
}
