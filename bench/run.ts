/**
 * `npm run bench`: start-up, login and /api/v1/me throughput (PGlite, and PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set), plus the rules engine. Prints a table; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { seedDemo, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/setup/seed-demo';
import { startServer } from '../src/main';
import { loadConfig } from '../src/config';

type Row = { name: string; value: number; unit: string; target?: string };
const rows: Row[] = [];
const root = join(import.meta.dirname, '..');

async function coldStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin/reintegra.mjs'), 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '3987', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const r = await fetch('http://127.0.0.1:3987/api/health');
        if (r.status === 200) return performance.now() - started;
      } catch {
        /* not up yet */
      }
      if (performance.now() - started > 60_000) throw new Error('server did not start in 60 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function throughput(label: string, databaseUrl: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-'));
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dir,
    PORT: '3988',
    DATABASE_URL: databaseUrl ?? '',
    LOG_LEVEL: 'error',
  });
  const server = await startServer(config, {
    beforeListen: async (deps) => {
      await seedDemo(deps).catch(() => undefined);
    },
  });
  try {
    const base = 'http://127.0.0.1:3988';
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ACCOUNTS[1]!.email, password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const me = await autocannon({
      url: `${base}/api/v1/me`,
      connections: 10,
      duration: 5,
      headers: { cookie },
    });
    rows.push({
      name: `/api/v1/me (${label}, 10 connections)`,
      value: Math.round(me.requests.average),
      unit: 'req/s',
      target: `p99 ${me.latency.p99} ms`,
    });
    // Logins are bound by argon2id on purpose; the throttle is per account, so each request succeeds.
    const logins = await autocannon({
      url: `${base}/api/v1/auth/login`,
      method: 'POST',
      connections: 4,
      duration: 5,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ACCOUNTS[2]!.email, password: DEMO_PASSWORD }),
    });
    rows.push({
      name: `login (${label}, 4 connections)`,
      value: Math.round(logins.requests.average),
      unit: 'req/s',
      target: `${logins.non2xx} non-2xx`,
    });
  } finally {
    // Let requests still in flight when autocannon stopped finish before the database closes.
    await new Promise((r) => setTimeout(r, 1000));
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fresh = mkdtempSync(join(tmpdir(), 'reintegra-bench-start-'));
const dataDir = join(fresh, 'data');
rows.push({
  name: 'cold start → /api/health 200, new data dir',
  value: Math.round(await coldStart(dataDir)),
  unit: 'ms',
});
const existing = [] as number[];
for (let i = 0; i < 3; i++) existing.push(await coldStart(dataDir));
rows.push({
  name: 'cold start → /api/health 200, existing data dir (median of 3)',
  value: Math.round(existing.sort((a, b) => a - b)[1]!),
  unit: 'ms',
  target: '≤ 3000 ms',
});
rmSync(fresh, { recursive: true, force: true });

await throughput('PGlite', undefined);
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) await throughput('PostgreSQL', pgUrl);
else
  rows.push({
    name: '/api/v1/me on PostgreSQL',
    value: NaN,
    unit: '',
    target: 'set BENCH_DATABASE_URL to measure',
  });

{
  const { benchBundle } = await import('./bundle.bench');
  rows.push(...(await benchBundle()));
}
if (existsSync(join(root, 'bench/benefit.bench.ts'))) {
  const { benchBenefit } = await import('./benefit.bench');
  rows.push(...(await benchBenefit()));
}

{
  const { benchParticipantList } = await import('./participants-list.bench');
  rows.push(...(await benchParticipantList()));
  if (pgUrl) rows.push(...(await benchParticipantList(pgUrl)));
  const { benchParticipantImport } = await import('./participant-import.bench');
  rows.push(...(await benchParticipantImport()));
  const { benchAttendance } = await import('./attendance.bench');
  rows.push(...(await benchAttendance()));
  if (pgUrl) rows.push(...(await benchAttendance(pgUrl)));
  const { benchPayroll } = await import('./payroll.bench');
  rows.push(...(await benchPayroll()));
  if (pgUrl) rows.push(...(await benchPayroll(pgUrl)));
  const { benchBackup } = await import('./backup.bench');
  rows.push(...(await benchBackup()));
  if (pgUrl) rows.push(...(await benchBackup(pgUrl)));
  const { benchHome } = await import('./home.bench');
  rows.push(...(await benchHome()));
  if (pgUrl) rows.push(...(await benchHome(pgUrl)));
  const { benchNetworks } = await import('./networks.bench');
  if (pgUrl) rows.push(...(await benchNetworks(pgUrl)));
  // The national dataset (450 centres × 10 years, ~25 M attendance rows) takes minutes to build.
  if (pgUrl && process.env.BENCH_NATIONAL) {
    const { benchNational } = await import('./national.bench');
    rows.push(...(await benchNational(pgUrl, Number(process.env.NATIONAL_SCALE ?? 1))));
  } else
    rows.push({
      name: 'national dataset (450 centres): annual reports job, home, networks',
      value: NaN,
      unit: '',
      target: 'set BENCH_NATIONAL=1 (PostgreSQL)',
    });
}

console.log('\nReintegra benchmarks (' + new Date().toISOString() + ', Node ' + process.version + ')');
for (const r of rows)
  console.log(
    `${r.name.padEnd(68)} ${String(Number.isNaN(r.value) ? '—' : r.value).padStart(10)}` +
      ` ${r.unit.padEnd(6)} ${r.target ?? ''}`,
  );
process.exit(0);
