/**
 * Payroll (issues #6, #13): for a 70-participant centre with a year of attendance, computing a month vs
 * the raw SQL that reads its month of attendance (same run, interleaved), and closing the month; on
 * PostgreSQL also the API's share — `GET /api/v1/payroll/:month` through the whole app (session, zod,
 * Kysely, presenter) against a bare Fastify + pg route serving the same rows — and 200 centres × 70
 * participants computed in one run. Targets: compute ≤ 2× raw SQL, API ≥ 60 % of the bare route, close
 * ≤ 1 s, 200 centres ≤ 3 s. Runnable alone: `node --import tsx bench/payroll.bench.ts`
 * (BENCH_DATABASE_URL adds PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { CallContext } from '../src/app/context';
import {
  advancePayroll,
  computeLines,
  computePayroll,
  computePayrollsForCentres,
} from '../src/app/payroll/payroll';
import { findBlankClassDays } from '../src/app/attendance/month-completeness';
import { DEMO_ACCOUNTS, seedDemo } from '../src/app/setup/seed-demo';
import { demoPesel } from '../src/app/setup/seed-demo-pathway';
import { openDatabase, type Db } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { daysInMonth, formatIsoDate, isoWeekday } from '../src/domain/calendar';
import { personNameKey } from '../src/domain/text';
import type { AppDeps } from '../src/app/deps';
import { createDeps } from '../src/main';
import { benchApiShare } from './payroll-api-share';
import { scratchDatabase } from './support';

type Row = { name: string; value: number; unit: string; target?: string };
const YEAR = 2025;
const MONTH = `${YEAR}-10`;

/** 70 people with a signed IPZS, assigned to one of three workshops, with class days from `fromMonth` to December. */
export async function seedCentre(db: Db, centreId: string, tag: string, fromMonth: number) {
  const workshops: string[] = [];
  for (const name of ['A', 'B', 'C'])
    workshops.push(
      (
        await db
          .insertInto('workshops')
          .values({ centre_id: centreId, name: `Bench ${tag} ${name}`, type: 'OTHER' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  const people = [];
  for (let n = 0; n < 70; n++) {
    const birth = `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 9}`;
    people.push({
      centre_id: centreId,
      first_name: 'Osoba',
      last_name: `${tag}-${n}`,
      name_key: personNameKey('Osoba', `${tag}-${n}`),
      pesel: demoPesel(birth, n % 2 ? 'M' : 'F', 100 + n),
      birth_date: birth,
      sex: (n % 2 ? 'M' : 'F') as 'F' | 'M',
      status: 'ACTIVE',
      bank_account: '61109010140000071219812874',
    });
  }
  const ids = (await db.insertInto('participants').values(people).returning('id').execute()).map((r) => r.id);
  await db
    .insertInto('programmes')
    .values(
      ids.map((id, n) => ({
        centre_id: centreId,
        participant_id: id,
        kind: 'IPZS' as const,
        number: `IPZS/${tag}/${n}`,
        status: 'SIGNED',
        admission_date: `${YEAR}-01-02`,
        trial_last_day: `${YEAR}-02-01`,
        base_end: `${YEAR + 1}-01-01`,
        planned_end: `${YEAR + 1}-01-01`,
        signed_on: `${YEAR}-01-02`,
        // The benefit is granted on the participant's application (art. 15 ust. 4): a close needs both.
        benefit_application_on: `${YEAR}-01-02`,
        benefit_granted_on: `${YEAR}-01-02`,
        weekly_hours: 35,
        responsible_persons: '[]',
      })),
    )
    .execute();
  await db
    .insertInto('workshop_assignments')
    .values(
      ids.map((id, n) => ({
        centre_id: centreId,
        workshop_id: workshops[n % 3]!,
        participant_id: id,
        from_date: `${YEAR}-01-02`,
      })),
    )
    .execute();
  const rows = [];
  for (const [k, id] of ids.entries()) {
    for (let m = fromMonth; m <= 12; m++) {
      for (let d = 1; d <= daysInMonth(YEAR, m); d++) {
        const date = formatIsoDate(YEAR, m, d);
        if (date < `${YEAR}-01-02` || isoWeekday(date) > 5) continue;
        // A day off about once a quarter: the Act gives 6 in the participation period (art. 15 ust. 6a).
        const r0 = (k * 31 + m * 7 + d) % 40;
        const r = r0 === 1 && m % 3 !== 0 ? 3 : r0;
        rows.push({
          centre_id: centreId,
          participant_id: id,
          date,
          workshop_id: workshops[k % 3]!,
          status: r === 0 ? 'sick' : r === 1 ? 'day_off' : r === 2 ? 'unexcused' : 'present',
          day_off_approved: r === 1,
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insertInto('attendance_entries')
      .values(rows.slice(i, i + 2000))
      .execute();
  await db
    .insertInto('attendance_months')
    .values(workshops.map((w) => ({ centre_id: centreId, workshop_id: w, month: MONTH, status: 'LOCKED' })))
    .execute();
  return rows.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
};
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The bench's month: the demo centre plus 70 people with a year of attendance, January–September closed
 * (a year of history means the earlier months were paid). Exported for profiling scripts.
 */
export async function setupPayrollBench(deps: AppDeps) {
  await seedDemo(deps);
  const centre = await deps.db.selectFrom('centres').select('id').executeTakeFirstOrThrow();
  const director = await deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_ACCOUNTS.find((a) => a.role === 'DIRECTOR')!.email)
    .executeTakeFirstOrThrow();
  const accountant = await deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_ACCOUNTS.find((a) => a.role === 'ACCOUNTANT')!.email)
    .executeTakeFirstOrThrow();
  const rows = await seedCentre(deps.db, centre.id, 'X', 1);
  // The demo's own people get their class days recorded too: a blank class day blocks the payroll.
  for (let m = 1; m <= 10; m++) {
    const blanks = await findBlankClassDays(deps.db, centre.id, `${YEAR}-${String(m).padStart(2, '0')}`, {});
    if (blanks.length)
      await deps.db
        .insertInto('attendance_entries')
        .values(
          blanks.map((b) => ({
            centre_id: centre.id,
            participant_id: b.participantId,
            date: b.date,
            workshop_id: b.workshopId,
            status: 'present',
          })),
        )
        .onConflict((oc) => oc.columns(['participant_id', 'date']).doNothing())
        .execute();
  }
  // The demo's own workshops are closed for the month too, so that the month can close.
  await sql`insert into attendance_months (centre_id, workshop_id, month, status) select centre_id,
    id, ${MONTH}, 'LOCKED' from workshops where centre_id = ${centre.id} on conflict do nothing`.execute(
    deps.db,
  );
  const ctx = (userId: string, roles: ('DIRECTOR' | 'ACCOUNTANT')[], centreId = centre.id): CallContext => ({
    actor: { userId, centreId, roles },
    actorEmail: 'bench',
    ip: null,
  });
  // A year of history means the earlier months were paid: close January–September first.
  for (let m = 1; m <= 9; m++) {
    const month = `${YEAR}-0${m}`;
    await sql`insert into attendance_months (centre_id, workshop_id, month, status) select
      centre_id, id, ${month}, 'LOCKED' from workshops where centre_id = ${centre.id} on conflict do nothing`.execute(
      deps.db,
    );
    let p = await computePayroll(deps, ctx(accountant.id, ['ACCOUNTANT']), month);
    p = await advancePayroll(deps, ctx(accountant.id, ['ACCOUNTANT']), month, 'review', p.version);
    p = await advancePayroll(deps, ctx(director.id, ['DIRECTOR']), month, 'approve', p.version);
    await advancePayroll(deps, ctx(accountant.id, ['ACCOUNTANT']), month, 'close', p.version);
  }
  // A live database has its statistics; a freshly seeded one waits for autovacuum (up to a minute).
  await sql`analyze`.execute(deps.db);
  return { centre, director, accountant, rows, ctx };
}

export async function benchPayroll(databaseUrl?: string): Promise<Row[]> {
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-pay-'));
  const scratch = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const handle = await openDatabase({
    databaseUrl: scratch?.url,
    dataDir: scratch ? undefined : join(dir, 'db'),
  });
  await migrateToLatest(handle.db);
  const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
  const out: Row[] = [];
  try {
    const { centre, director, accountant, rows, ctx } = await setupPayrollBench(deps);
    const raw: number[] = [];
    const compute: number[] = [];
    const persist: number[] = [];
    for (let i = 0; i < 64; i++) {
      let t0 = performance.now();
      await sql`select participant_id, date, status from attendance_entries where centre_id =
        ${centre.id} and date between ${`${MONTH}-01`}::date and ${`${MONTH}-31`}::date`.execute(deps.db);
      raw.push(performance.now() - t0);
      t0 = performance.now();
      await computeLines(deps.db, centre.id, MONTH);
      compute.push(performance.now() - t0);
      if (i % 4 === 0) {
        t0 = performance.now();
        await computePayroll(deps, ctx(accountant.id, ['ACCOUNTANT']), MONTH);
        persist.push(performance.now() - t0);
      }
    }
    // The first rounds warm the JIT and the caches.
    const [rawMs, computeMs] = [median(raw.slice(8)), median(compute.slice(8))];
    const [rawP95, computeP95] = [p95(raw.slice(8)), p95(compute.slice(8))];
    out.push({
      name: `payroll: raw SQL reading a month of attendance, 70 people, ${rows} rows in DB (${label}) median`,
      value: round(rawMs),
      unit: 'ms',
      target: `p95 ${round(rawP95)} ms`,
    });
    out.push({
      name: `payroll: compute a month for 70 people — reads + engine + explanations (${label}) median`,
      value: round(computeMs),
      unit: 'ms',
      // The machine is shared: the median of each round's own ratio is steadier than a ratio of medians.
      target:
        `${round(computeMs / rawMs)}× ` +
        `raw SQL (paired ${round(median(compute.slice(8).map((c, i) => c / raw[i + 8]!)))}×; ` +
        `target ≤ 2×); p95 ${round(computeP95)} ms = ${round(computeP95 / rawP95)}× raw p95`,
    });
    out.push({
      name: `payroll: compute and save the draft (API use case, audited) (${label}) median`,
      value: round(median(persist.slice(2))),
      unit: 'ms',
      target: `p95 ${round(p95(persist.slice(2)))} ms`,
    });
    let p = await computePayroll(deps, ctx(accountant.id, ['ACCOUNTANT']), MONTH);
    p = await advancePayroll(deps, ctx(accountant.id, ['ACCOUNTANT']), MONTH, 'review', p.version);
    p = await advancePayroll(deps, ctx(director.id, ['DIRECTOR']), MONTH, 'approve', p.version);
    const t0 = performance.now();
    await advancePayroll(deps, ctx(accountant.id, ['ACCOUNTANT']), MONTH, 'close', p.version);
    out.push({
      name: `payroll: close a month (recheck + snapshot, one transaction) (${label})`,
      value: round(performance.now() - t0),
      unit: 'ms',
      target: '≤ 1000 ms',
    });

    if (scratch) out.push(...(await benchApiShare(deps, scratch.url, centre.id, `${YEAR}-09`)));

    // BENCH_PAYROLL_NETWORK=0 leaves out the 200-centre run (its seeding takes minutes).
    if (databaseUrl && process.env.BENCH_PAYROLL_NETWORK !== '0') {
      // 200 centres × 70 participants, one month of attendance each, computed in one run.
      const centres = [];
      for (let i = 0; i < 199; i++) {
        const c = await deps.db
          .insertInto('centres')
          .values({
            type: 'CIS',
            name: `Centrum ${i}`,
            regon: String(100000000 + i),
            nip: String(1000000000 + i),
            street: 'ul. Testowa',
            building_no: '1',
            postal_code: '00-001',
            city: 'Warszawa',
            gmina_code: '1465011',
            founding_institution_name: 'Gmina',
            founding_institution_type: 'JST',
            status_date: '2020-01-01',
          } as never)
          .returning('id')
          .executeTakeFirstOrThrow();
        await seedCentre(deps.db, c.id, `C${i}`, 10);
        centres.push(c.id);
      }
      centres.push(centre.id);
      let started = performance.now();
      const run = await computePayrollsForCentres(deps, MONTH, centres, { userId: null, email: 'bench' });
      out.push({
        name:
          `payroll: 200 centres × 70 participants in one run (PostgreSQL; ${run.computed.length} ` +
          `computed, ${run.skippedClosed.length} closed left alone)`,
        value: round(performance.now() - started),
        unit: 'ms',
        target: '≤ 3000 ms',
      });
      started = performance.now();
      for (const id of centres.slice(0, 20))
        await computePayroll(deps, ctx(accountant.id, ['ACCOUNTANT'], id), MONTH);
      out.push({
        name: 'payroll: the same, one centre at a time through the API use case (20 centres, ×10 for 200)',
        value: round((performance.now() - started) * 10),
        unit: 'ms',
      });
    }
    return out;
  } finally {
    await handle.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchPayroll();
  if (process.env.BENCH_DATABASE_URL) rows.push(...(await benchPayroll(process.env.BENCH_DATABASE_URL)));
  for (const r of rows)
    console.log(`${r.name.padEnd(96)} ${String(r.value).padStart(8)} ${r.unit} ${r.target ?? ''}`);
  process.exit(0);
}
