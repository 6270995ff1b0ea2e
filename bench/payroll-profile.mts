// Profiling the payroll month read (issue #13 item 10, decision 0032); not part of `npm run bench`.
// Seeds the bench month once into a database named PROFILE_DB (default reintegra_perf_profile) beside
// TEST_DATABASE_URL and keeps it between runs (drop it when done):
//   node --import tsx bench/payroll-profile.mts
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { createDeps } from '../src/main';
import { readPayrollMonthFacts, readPayrollMonthFactsSql } from '../src/db/payroll-month-facts.repository';
import { computeLines, linesFromFacts, monthRange } from '../src/app/payroll/compute-lines';
import { setupPayrollBench } from './payroll.bench';

const base = process.env.TEST_DATABASE_URL!;
const name = process.env.PROFILE_DB ?? 'reintegra_perf_profile';
const admin = new pg.Client({ connectionString: base });
await admin.connect();
const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
if (!exists) await admin.query(`create database ${name}`);
await admin.end();
const url = new URL(base);
url.pathname = `/${name}`;
const handle = await openDatabase({ databaseUrl: url.toString() });
const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
if (!exists) {
  await migrateToLatest(handle.db);
  await setupPayrollBench(deps);
  console.log('seeded');
}
const centre = await deps.db
  .selectFrom('centres')
  .select('id')
  .where('name', 'like', '%(DEMO)')
  .executeTakeFirstOrThrow();
const MONTH = '2025-10';
const { from, to } = monthRange(MONTH);
const period = { month: MONTH, from, to, previous: '2025-09' };
const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const min = (xs: number[]) => Math.min(...xs);
const time = async (label: string, f: () => Promise<unknown>, n = 60) => {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    xs.push(performance.now() - t0);
  }
  const w = xs.slice(10);
  console.log(`${label.padEnd(60)} median ${median(w).toFixed(2)} min ${min(w).toFixed(2)} ms`);
  return median(w);
};
const compiled = readPayrollMonthFactsSql([centre.id], period).compile(deps.db);
const rawText =
  `select participant_id, date, status from attendance_entries where centre_id ` +
  `= $1 and date between $2::date and $3::date`;
const rawValues = [centre.id, from, to];
for (let round = 0; round < 2; round++) {
  console.log(`--- round ${round}`);
  await time('raw SQL via Kysely', () =>
    sql`select participant_id, date, status from attendance_entries where centre_id = ${centre.id}
      and date between ${from}::date and ${to}::date`.execute(deps.db),
  );
  await time('raw SQL via pg pool', () => pool.query(rawText, rawValues));
  await time('facts read (readPayrollMonthFacts)', () => readPayrollMonthFacts(deps.db, [centre.id], period));
  await time('facts statement via pg pool, unnamed', () =>
    pool.query(compiled.sql, compiled.parameters as unknown[]),
  );
  await time('facts statement via pg pool, named', () =>
    pool.query({ name: 'facts', text: compiled.sql, values: compiled.parameters as unknown[] }),
  );
  await time(
    'Kysely compile of the statement',
    async () => readPayrollMonthFactsSql([centre.id], period).compile(deps.db),
    200,
  );
  const facts = await readPayrollMonthFacts(deps.db, [centre.id], period);
  await time('engine (linesFromFacts)', async () => linesFromFacts(facts, MONTH), 200);
  await time('computeLines (read + engine)', () => computeLines(deps.db, centre.id, MONTH));
  await time('read, then the engine on what was read', async () =>
    linesFromFacts(await readPayrollMonthFacts(deps.db, [centre.id], period), MONTH),
  );
  await time('pool checkout + select 1 (Kysely)', () => sql`select 1`.execute(deps.db));
}
const ex = await pool.query(
  `explain (analyze, buffers, format json) ${compiled.sql}`,
  compiled.parameters as unknown[],
);
const plan = ex.rows[0]['QUERY PLAN'][0];
console.log('EXPLAIN: planning', plan['Planning Time'], 'execution', plan['Execution Time']);
const exr = await pool.query(`explain (analyze, format json) ${rawText}`, rawValues);
console.log(
  'EXPLAIN raw: planning',
  exr.rows[0]['QUERY PLAN'][0]['Planning Time'],
  'execution',
  exr.rows[0]['QUERY PLAN'][0]['Execution Time'],
);
if (process.env.PLAN)
  console.log(
    JSON.stringify(
      plan.Plan,
      (k, v) => (['Output', 'Shared Hit Blocks'].includes(k) ? undefined : v),
      1,
    ).slice(0, 200000),
  );
const facts = await readPayrollMonthFacts(deps.db, [centre.id], period);
console.log(
  'attendance rows',
  facts.attendance.length,
  'programmes',
  facts.programmes.length,
  'carried',
  facts.carried.length,
);
await pool.end();
await handle.close();
process.exit(0);
