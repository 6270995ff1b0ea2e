import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite, types } from '@electric-sql/pglite';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** One shape for both engines: dates as 'YYYY-MM-DD' strings, int8 as number (ids, grosze), numeric as string. */
const parseDate = (value: string) => value;
const parseInt8 = (value: string) => Number(value);

/** Opens the embedded PGlite database in `dataDir` (or in memory when dataDir is undefined). */
export async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    parsers: { [types.DATE]: parseDate, [types.INT8]: parseInt8 },
  });
  return wrapPglite(pglite);
}

/** Wraps an already created PGlite instance (e.g. a clone made in tests). */
export function wrapPglite(pglite: PGlite): DbHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, engine: 'pglite', close: () => db.destroy() };
}

/** Where the pool reports a lost connection; the default is one line on stderr. */
export type ConnectionLog = (message: string, error: Error) => void;
const stderrLog: ConnectionLog = (message, error) =>
  process.stderr.write(`${new Date().toISOString()} ${message}: ${error.message}\n`);

/** `/* prepared: name *\/` at the start of a statement's text: the marker of a named statement. */
const PREPARED_MARKER = /^\s*\/\* prepared: ([a-z_]+) \*\//;

/**
 * A pg client that sends a statement opening with `/* prepared: name *\/` as a named prepared statement:
 * PostgreSQL parses it once per connection and, after a few runs, keeps its plan (issue #13 item 10 —
 * planning the payroll month's read cost about as much as executing it). Only statements whose text
 * never changes may carry the marker (pg refuses one name for two texts); everything else goes as
 * before. PGlite ignores the comment.
 */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values, ...rest] = args;
    const name = typeof text === 'string' ? PREPARED_MARKER.exec(text)?.[1] : undefined;
    const query = super.query as (...a: unknown[]) => never;
    return name
      ? query.call(this, { name, text, values: values as unknown[] }, ...rest)
      : query.apply(this, args);
  }
}

/**
 * Opens a pool on a PostgreSQL server (15 or newer). A server restart (57P01) or a dropped connection
 * must not end the process: every pooled client and the pool itself get an 'error' listener (without one,
 * Node throws the event); the broken client is discarded and the next query opens a new connection.
 */
export async function openPostgres(
  url: string,
  maxConnections = 10,
  log: ConnectionLog = stderrLog,
): Promise<DbHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    // A server that accepts TCP but does not answer must not hang a request (or /api/health) forever.
    connectionTimeoutMillis: 5_000,
    Client: PreparingClient,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return parseDate;
        if (oid === INT8_OID) return parseInt8;
        if (oid === NUMERIC_OID) return (v: string) => v;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', (error) => log('PostgreSQL: idle connection lost', error));
  pool.on('connect', (client) => {
    client.on('error', (error) => log('PostgreSQL: connection lost', error));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/** The connection factory: PostgreSQL when a URL is given, otherwise the embedded database in dataDir. */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
}): Promise<DbHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}
