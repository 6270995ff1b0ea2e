/**
 * Issue 15 and 19 speed figures on the synthetic national dataset (bench/national-dataset.ts,
 * PostgreSQL only): the build itself; one centre's annual report (≤ 1 s); every centre's report of
 * a year as one job on the queue (pg-boss, ≤ 60 s); the director's home page (p95 ≤ 200 ms); a
 * 20-member network's indicators (≤ 500 ms) and those of every centre in a voivodeship (≤ 2 s); the
 * public catalogue page of that voivodeship's network, p95 over 250 requests (≤ 100 ms).
 * Takes minutes: `npm run bench` runs it only with BENCH_NATIONAL=1. Alone:
 * `BENCH_DATABASE_URL=postgres://… node --import tsx bench/national.bench.ts` (NATIONAL_SCALE=0.1 for a
 * tenth of the centres).
 */
import { getHome } from '../src/app/home/get-home';
import { assembleAnnualReport } from '../src/app/reports/build-annual-report';
import { getNetworkIndicators } from '../src/app/networks/get-network-indicators';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { insertJobRun } from '../src/jobs/job-runs';
import { createPgBossQueue } from '../src/jobs/queue';
import type { AppDeps } from '../src/app/deps';
import { buildApp } from '../src/http/app';
import { createDeps } from '../src/main';
import { buildNationalDataset } from './national-dataset';
import { scratchDatabase } from './support';

type Row = { name: string; value: number; unit: string; target?: string };

const round = (ms: number) => Math.round(ms * 10) / 10;
async function timed(runs: number, f: () => Promise<unknown>) {
  await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => round(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
  return { median: at(0.5), p95: at(0.95) };
}

/**
 * The public catalogue page of the voivodeship network (issue 19, ≤ 100 ms p95): every member publishes
 * three services (half of them for two powiats), then ≥ 200 anonymous requests go through the whole HTTP
 * stack (routing, validation, the use case, serialisation; inject, so no socket) — each a cold read with
 * no cache in between, the way a crawler or a busy day would hit it.
 */
async function benchPublicCatalogue(deps: AppDeps, networkId: string, centreIds: string[]): Promise<Row> {
  const db = deps.db;
  const centres = await db
    .selectFrom('centres')
    .select(['id', 'gmina_code'])
    .where('id', 'in', centreIds)
    .execute();
  const workshops = await db
    .insertInto('workshops')
    .values(
      centres.map((c) => ({
        centre_id: c.id,
        name: 'Pracownia usług (katalog sieci)',
        type: 'OTHER',
        capacity: 10,
      })),
    )
    .returning(['id', 'centre_id'])
    .execute();
  const names = ['Pielęgnacja terenów zielonych', 'Drobne remonty mieszkań', 'Catering na spotkania'];
  const items = await db
    .insertInto('service_items')
    .values(
      workshops.flatMap((w) =>
        names.map((name, i) => ({
          centre_id: w.centre_id,
          workshop_id: w.id,
          name,
          kind: 'SERVICE',
          activity_type: 'GREEN_AREAS',
          unit: 'godz.',
          net_price: 6000 + i * 1500,
          vat_rate: 'ZW',
        })),
      ),
    )
    .returning(['id', 'centre_id'])
    .execute();
  const gminaOf = new Map(centres.map((c) => [c.id, c.gmina_code]));
  await db
    .insertInto('network_catalogue_entries')
    .values(
      items.map((item, i) => {
        const own = gminaOf.get(item.centre_id)!.slice(0, 4);
        return {
          network_id: networkId,
          centre_id: item.centre_id,
          service_item_id: item.id,
          area_codes: i % 2 ? [own, `${own.slice(0, 2)}01`] : [],
        };
      }),
    )
    .execute();

  const app = await buildApp(deps, { logLevel: 'silent' });
  try {
    const url = `/api/v1/public/networks/${networkId}/catalogue`;
    let size = 0;
    const page = async () => {
      const r = await app.inject({ method: 'GET', url });
      if (r.statusCode !== 200) throw new Error(`catalogue: ${r.statusCode} ${r.body.slice(0, 200)}`);
      size = r.body.length;
    };
    const t = await timed(REQUESTS, page);
    return {
      name:
        `national: public catalogue page of a ${centres.length}-member network (${items.length} ` +
        `services), ${REQUESTS} requests, p95`,
      value: t.p95,
      unit: 'ms',
      target: `median ${t.median} ms, ${Math.round(size / 1024)} KiB (≤ 100 ms)`,
    };
  } finally {
    await app.close();
  }
}
const REQUESTS = 250;

export async function benchNational(databaseUrl: string, scale = 1): Promise<Row[]> {
  const scratch = await scratchDatabase(databaseUrl);
  const handle = await openDatabase({ databaseUrl: scratch.url });
  const rows: Row[] = [];
  try {
    await migrateToLatest(handle.db);
    const data = await buildNationalDataset(scratch.url, {
      cis: Math.round(200 * scale),
      kis: Math.round(250 * scale),
      log: (line) => process.stderr.write(`national: ${line}\n`),
    });
    const c = data.counts;
    rows.push({
      name:
        `national dataset: ${c.centres} centres × 10 y, ${c.attendance_entries} ` +
        `attendance, ${c.payroll_lines} payroll lines`,
      value: Math.round(data.seconds),
      unit: 's',
      target: `${c.participants} people`,
    });
    const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
    const db = deps.db;
    const year = Number(data.today.slice(0, 4)) - 1;
    const largest = data.centres.filter((x) => x.type === 'CIS').sort((a, b) => b.capacity - a.capacity)[0]!;

    const one = await timed(5, () => assembleAnnualReport(db, largest.id, year, data.today));
    rows.push({
      name: `national: one CIS's annual report ${year} (${largest.capacity} places), median`,
      value: one.median,
      unit: 'ms',
      target: '≤ 1000 ms',
    });

    const user = await db
      .insertInto('users')
      .values({ email: 'krajowy@bench.example.pl', full_name: 'Kierownik Krajowy', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: { userId: user.id, centreId: largest.id, roles: ['DIRECTOR' as const] },
      actorEmail: 'krajowy@bench.example.pl',
      ip: null,
    };

    // Every centre's report of the year as one job on the queue (pg-boss), from enqueue to DONE.
    const queue = await createPgBossQueue(deps, scratch.url, { pollingIntervalSeconds: 0.5 });
    try {
      const job = await insertJobRun(db, {
        kind: 'annual-reports',
        ctx,
        params: { year, centreIds: data.centres.map((x) => x.id) },
      });
      const t0 = performance.now();
      await queue.enqueue(job.id);
      let status = 'QUEUED';
      while (status === 'QUEUED' || status === 'RUNNING') {
        if (performance.now() - t0 > 600_000) throw new Error('annual-reports job over 10 minutes');
        await new Promise((r) => setTimeout(r, 200));
        status = (
          await db.selectFrom('job_runs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()
        ).status;
      }
      const ms = performance.now() - t0;
      if (status !== 'DONE') throw new Error(`annual-reports job ${status}`);
      rows.push({
        name: `national: all ${data.centres.length} annual reports ${year}, one job on the queue`,
        value: round(ms / 1000),
        unit: 's',
        target: '≤ 60 s',
      });
    } finally {
      await queue.stop();
    }

    const home = await timed(30, () => getHome(deps, ctx));
    rows.push({
      name: 'national: director home page (getHome), p95',
      value: home.p95,
      unit: 'ms',
      target: '≤ 200 ms',
    });

    // Networks (issue 19): a 20-member network of one voivodeship, and every centre of the largest one.
    const coordinator = await db
      .insertInto('users')
      .values({ email: 'siec@bench.example.pl', full_name: 'Koordynator', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const caller = {
      userId: coordinator.id,
      email: 'siec@bench.example.pl',
      ip: null,
      centreId: null,
      centreRoles: [],
    };
    const network = async (name: string, centreIds: string[]) => {
      const n = await db
        .insertInto('networks')
        .values({
          name,
          kind: 'NETWORK',
          area_codes: [],
          coordinator_org_name: 'ROPS',
          coordinator_org_kind: 'ROPS',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('network_coordinators')
        .values({ network_id: n.id, user_id: coordinator.id })
        .execute();
      await db
        .insertInto('network_members')
        .values(
          centreIds.map((id) => ({
            network_id: n.id,
            centre_id: id,
            entity_kind: 'CENTRE',
            status: 'ACTIVE',
          })),
        )
        .execute();
      return n.id;
    };
    const byVoiv = new Map<string, string[]>();
    for (const x of data.centres) byVoiv.set(x.voivodeship, [...(byVoiv.get(x.voivodeship) ?? []), x.id]);
    const [voiv, all] = [...byVoiv.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    const twenty = await network('Sieć 20', all.slice(0, 20));
    const region = await network(`Województwo ${voiv}`, all);
    const n20 = await timed(20, () => getNetworkIndicators(deps, caller, twenty, year));
    rows.push({
      name: `national: indicators of a ${Math.min(20, all.length)}-member network, ${year}, median / p95`,
      value: n20.median,
      unit: 'ms',
      target: `p95 ${n20.p95} ms (≤ 500 ms)`,
    });
    const nv = await timed(10, () => getNetworkIndicators(deps, caller, region, year));
    rows.push({
      name: `national: indicators of all ${all.length} centres of voivodeship ${voiv}, median / p95`,
      value: nv.median,
      unit: 'ms',
      target: `p95 ${nv.p95} ms (≤ 2000 ms)`,
    });
    rows.push(await benchPublicCatalogue(deps, region, all));
    return rows;
  } finally {
    await handle.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('set BENCH_DATABASE_URL (PostgreSQL)');
  const rows = await benchNational(url, Number(process.env.NATIONAL_SCALE ?? 1));
  for (const r of rows)
    console.log(`${r.name.padEnd(100)} ${String(r.value).padStart(8)} ${r.unit} ${r.target ?? ''}`);
  process.exit(0);
}
