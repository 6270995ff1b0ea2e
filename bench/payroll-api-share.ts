/**
 * The API's share (issue #13 item 10): the same closed payroll month served by the whole app
 * (`GET /api/v1/payroll/:month`: session, permission, zod, Kysely, presenter) and by a bare Fastify +
 * pg route running the same two queries with no session or schema. Both on the same PostgreSQL, in
 * the same run, interleaved; the share is API throughput ÷ bare throughput (target ≥ 60 %).
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import type { AppDeps } from '../src/app/deps';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/app/setup/seed-demo';
import { buildApp } from '../src/http/app';

type Row = { name: string; value: number; unit: string; target?: string };

const round = (x: number) => Math.round(x * 10) / 10;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/** A Fastify server with one route and a pg pool: what the API costs beyond its two queries. */
async function bareServer(databaseUrl: string, centreId: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const app = Fastify({ logger: false });
  app.get<{ Params: { month: string } }>('/bare/payroll/:month', async (request, reply) => {
    const month = await pool.query('select * from payroll_months where centre_id = $1 and month = $2', [
      centreId,
      request.params.month,
    ]);
    if (!month.rows[0]) return reply.status(404).send({ code: 'NOT_FOUND' });
    const lines = await pool.query('select * from payroll_lines where payroll_id = $1 order by kind, name', [
      month.rows[0].id,
    ]);
    return { ...month.rows[0], lines: lines.rows };
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

export async function benchApiShare(
  deps: AppDeps,
  databaseUrl: string,
  centreId: string,
  month: string,
): Promise<Row[]> {
  const app = await buildApp(deps, { logLevel: 'error' });
  const apiBase = await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = await bareServer(databaseUrl, centreId);
  try {
    const login = await fetch(`${apiBase}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: DEMO_ACCOUNTS.find((a) => a.role === 'ACCOUNTANT')!.email,
        password: DEMO_PASSWORD,
      }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const apiUrl = `${apiBase}/api/v1/payroll/${month}`;
    const bareUrl = `${bare.base}/bare/payroll/${month}`;
    const get = async (url: string, headers: Record<string, string>) => {
      const t0 = performance.now();
      const r = await fetch(url, { headers });
      const body = (await r.json()) as { lines: unknown[] };
      if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
      return { ms: performance.now() - t0, lines: body.lines.length };
    };
    const api: number[] = [];
    const raw: number[] = [];
    let lines = 0;
    for (let i = 0; i < 220; i++) {
      const a = await get(apiUrl, { cookie });
      const b = await get(bareUrl, {});
      if (a.lines !== b.lines) throw new Error(`API ${a.lines} lines, bare route ${b.lines}`);
      lines = a.lines;
      if (i >= 20) {
        api.push(a.ms);
        raw.push(b.ms);
      }
    }
    const load = async (url: string, headers: Record<string, string>) =>
      (await autocannon({ url, connections: 10, duration: 4, headers })).requests.average;
    // Alternate the loads so that a neighbour's burst on the shared machine hits both alike.
    const apiRps: number[] = [];
    const bareRps: number[] = [];
    for (let i = 0; i < 2; i++) {
      bareRps.push(await load(bareUrl, {}));
      apiRps.push(await load(apiUrl, { cookie }));
    }
    const [apiAvg, bareAvg] = [apiRps, bareRps].map((xs) => xs.reduce((s, x) => s + x, 0) / xs.length) as [
      number,
      number,
    ];
    const label = `closed month, ${lines} lines (PostgreSQL)`;
    return [
      {
        name: `payroll API share: bare Fastify + pg GET, ${label} median`,
        value: round(pct(raw, 50)),
        unit: 'ms',
        target: `p95 ${round(pct(raw, 95))} ms`,
      },
      {
        name: `payroll API share: GET /api/v1/payroll/:month, ${label} median`,
        value: round(pct(api, 50)),
        unit: 'ms',
        target: `p95 ${round(pct(api, 95))} ms; bare/API latency ${Math.round((100 * pct(raw, 50)) / pct(api, 50))} %`,
      },
      {
        name: 'payroll API share: bare route, 10 connections',
        value: Math.round(bareAvg),
        unit: 'req/s',
      },
      {
        name: 'payroll API share: the API, 10 connections',
        value: Math.round(apiAvg),
        unit: 'req/s',
        target: `${Math.round((100 * apiAvg) / bareAvg)} % of the bare route (target ≥ 60 %)`,
      },
    ];
  } finally {
    // Let requests still in flight when autocannon stopped finish before the servers close.
    await new Promise((r) => setTimeout(r, 1000));
    await app.close();
    await bare.close();
  }
}
