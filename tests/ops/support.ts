import { expect } from 'vitest';
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { createDeps } from '../../src/main';
import { openPglite, openPostgres } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import { root } from '../cli/run-cli';
import { seedCentre, TEST_PASSWORD } from '../support/api';
import { isCi } from '../support/env';

/**
 * The PostgreSQL that operations tests may restart and kill: its own cluster (never the shared
 * TEST_DATABASE_URL one, which other test files use at the same time). `.ci/run` starts it and exports
 * TEST_OPS_DATABASE_URL, TEST_OPS_PG_CTL (a pg_ctl command line without the action) and TEST_OPS_PGDATA.
 * Under CI=true it is mandatory: a missing variable fails the run.
 */
export const opsPg = (() => {
  const url = process.env.TEST_OPS_DATABASE_URL || undefined;
  const ctl = process.env.TEST_OPS_PG_CTL || undefined;
  const dataDir = process.env.TEST_OPS_PGDATA || undefined;
  if (url && ctl && dataDir) return { url, ctl, dataDir };
  if (isCi)
    throw new Error('CI=true but TEST_OPS_DATABASE_URL / TEST_OPS_PG_CTL / TEST_OPS_PGDATA are not set.');
  return undefined;
})();

/** Runs `pg_ctl <action>` on the operations cluster. */
export function pgCtl(action: string) {
  execSync(`${opsPg!.ctl} ${action}`, { stdio: 'ignore', timeout: 60_000 });
}

/**
 * kill -9 of the operations cluster's postmaster and every backend it started (by their ids); resolves
 * once they are all gone (a new postmaster refuses to start while the old one's PID still exists).
 */
export async function killPostgres() {
  // postmaster.pid: PID, data dir, start time, port, socket directory, …
  const lock = readFileSync(`${opsPg!.dataDir}/postmaster.pid`, 'utf8').split('\n');
  const pid = Number(lock[0]);
  const children = execSync(`ps -o pid= --ppid ${pid} || true`, { encoding: 'utf8' })
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
  const pids = [pid, ...children];
  for (const p of pids) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  // A killed process stays a zombie until its parent (here PID 1) reaps it, sometimes for many seconds;
  // a zombie holds no memory, but PostgreSQL's lock-file check sees its PID as a live postmaster.
  const alive = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + 15_000;
  while (pids.some(alive) && Date.now() < deadline) await sleep(50);
  if (pids.some(alive)) throw new Error('PostgreSQL did not die on kill -9');
  rmSync(`${opsPg!.dataDir}/postmaster.pid`, { force: true });
  if (lock[4]) rmSync(`${lock[4]}/.s.PGSQL.${lock[3]}.lock`, { force: true });
}

/** A fresh database on the operations cluster (or on the given server); drop() removes it. */
export async function createOpsDatabase(serverUrl = opsPg!.url) {
  const name = `reintegra_ops_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Migrates the database and creates a centre with a director; returns the director's e-mail. */
export async function seedDatabase(target: { databaseUrl?: string; dataDir?: string }) {
  const handle = target.databaseUrl
    ? await openPostgres(target.databaseUrl, 2)
    : await openPglite(target.dataDir);
  try {
    await migrateToLatest(handle.db);
    const deps = createDeps(handle, { sessionIdleMinutes: 120, sessionAbsoluteHours: 12 });
    const { centreId, accounts } = await seedCentre(deps, ['DIRECTOR']);
    return { centreId, director: accounts.DIRECTOR };
  } finally {
    await handle.close();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `node bin/reintegra.mjs serve` as its own process and waits until /api/health answers 200. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/reintegra.mjs', 'serve'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => {
    log += d;
  });
  child.stderr!.on('data', (d) => {
    log += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await sleep(100);
  }
  return {
    url,
    child,
    output: () => log,
    exited,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A signed-in HTTP client over a real port (cookie + CSRF token). */
export async function signIn(baseUrl: string, email: string, password = TEST_PASSWORD) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('reintegra_session='))!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

export type Session = Awaited<ReturnType<typeof signIn>>;

/** One request with the session; never throws on a refused connection (status 0 then). */
export async function call(
  baseUrl: string,
  session: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie: session.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: response.status, json };
  } catch {
    return { status: 0, json: null };
  }
}

/** A person without PESEL (unique by last name), valid for registration. */
export function personWithoutPesel(lastName: string, birthDate = '1980-05-14') {
  return {
    firstName: 'Anna',
    lastName,
    pesel: null,
    birthDate,
    sex: 'F',
    street: 'ul. Długa',
    buildingNo: '5',
    postalCode: '59-700',
    city: 'Bolesławiec',
    gminaCode: '0201011',
    eligibilityGroups: ['LONG_TERM_UNEMPLOYED'],
    eligibilityJustification: 'Zarejestrowana w PUP od 2023 r.',
  };
}

const WRITERS = 4;

/** Registers people from WRITERS parallel loops until stopped; returns the names the server acknowledged (201). */
export function writeUntilStopped(url: () => string, session: () => Session, prefix: string) {
  const acknowledged: string[] = [];
  const statuses = new Map<number, number>();
  let running = true;
  const loops = Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = 0; running; i++) {
      const name = `${prefix}W${w}N${i}`;
      const r = await call(url(), session(), 'POST', '/api/v1/participants', personWithoutPesel(name));
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status === 201) acknowledged.push(name);
      else await sleep(25);
    }
  });
  return {
    acknowledged,
    statuses,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** The last names of every participant of the centre. */
export async function storedNames(url: string, session: Session): Promise<Set<string>> {
  const names = new Set<string>();
  for (let page = 1; ; page++) {
    const r = await call(url, session, 'GET', `/api/v1/participants?pageSize=500&page=${page}`);
    expect(r.status).toBe(200);
    const body = r.json as { items: { lastName: string }[]; total: number };
    for (const p of body.items) names.add(p.lastName);
    if (page * 500 >= body.total) return names;
  }
}
