/**
 * The attendance register with a year of data for 70 participants in three workshops (25/25/20):
 * the month grid route and saving one day for a 25-person group in one request, on PGlite and
 * PostgreSQL. Targets (issue #5): both ≤ 50 ms p95. Runnable alone:
 * `node --import tsx bench/attendance.bench.ts` (BENCH_DATABASE_URL adds PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/app/setup/seed-demo';
import { demoPesel } from '../src/app/setup/seed-demo-pathway';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { daysInMonth, formatIsoDate, isoWeekday } from '../src/domain/calendar';
import { personNameKey } from '../src/domain/text';
import { buildApp } from '../src/http/app';
import { createDeps } from '../src/main';
import { scratchDatabase } from './support';

type Row = { name: string; value: number; unit: string; target?: string };
const YEAR = 2025;

async function seed(deps: ReturnType<typeof createDeps>) {
  await seedDemo(deps);
  const centre = await deps.db.selectFrom('centres').select('id').executeTakeFirstOrThrow();
  const workshops = [];
  for (const [name, size] of [
    ['Bench A', 25],
    ['Bench B', 25],
    ['Bench C', 20],
  ] as const) {
    const w = await deps.db
      .insertInto('workshops')
      .values({ centre_id: centre.id, name, type: 'OTHER' })
      .returning('id')
      .executeTakeFirstOrThrow();
    workshops.push({ id: w.id, size });
  }
  let n = 0;
  const groups: { workshopId: string; people: string[] }[] = [];
  for (const w of workshops) {
    const people: string[] = [];
    for (let i = 0; i < w.size; i++, n++) {
      const birth = `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 9}`;
      const p = await deps.db
        .insertInto('participants')
        .values({
          centre_id: centre.id,
          first_name: 'Osoba',
          last_name: `Testowa ${n}`,
          name_key: personNameKey('Osoba', `Testowa ${n}`),
          pesel: demoPesel(birth, n % 2 ? 'M' : 'F', 500 + n),
          birth_date: birth,
          sex: n % 2 ? 'M' : 'F',
          status: 'ACTIVE',
          status_since: `${YEAR}-01-02`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await deps.db
        .insertInto('programmes')
        .values({
          centre_id: centre.id,
          participant_id: p.id,
          kind: 'IPZS',
          number: `IPZS/BENCH/${n}`,
          status: 'SIGNED',
          admission_date: `${YEAR}-01-02`,
          trial_last_day: `${YEAR}-02-01`,
          base_end: `${YEAR + 1}-01-01`,
          planned_end: `${YEAR + 1}-01-01`,
          signed_on: `${YEAR}-01-02`,
          weekly_hours: 35,
          responsible_persons: '[]',
        })
        .execute();
      await deps.db
        .insertInto('workshop_assignments')
        .values({ centre_id: centre.id, workshop_id: w.id, participant_id: p.id, from_date: `${YEAR}-01-02` })
        .execute();
      people.push(p.id);
    }
    groups.push({ workshopId: w.id, people });
  }
  // A year of class days: mostly present, some sick, days off and absences.
  const rows = [];
  for (const g of groups) {
    for (const [k, participantId] of g.people.entries()) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= daysInMonth(YEAR, m); d++) {
          const date = formatIsoDate(YEAR, m, d);
          if (date < `${YEAR}-01-02` || isoWeekday(date) > 5 || (m === 12 && d > 15)) continue;
          const r = (k * 31 + m * 7 + d) % 40;
          const status = r === 0 ? 'sick' : r === 1 ? 'day_off' : r === 2 ? 'unexcused' : 'present';
          rows.push({
            centre_id: centre.id,
            participant_id: participantId,
            date,
            workshop_id: g.workshopId,
            status,
            hours: status === 'present' ? 7 : null,
            meal: status === 'present',
            day_off_approved: status === 'day_off',
            sick_note_number: status === 'sick' ? 'ZLA 1' : null,
          });
        }
      }
    }
  }
  for (let i = 0; i < rows.length; i += 1000)
    await deps.db
      .insertInto('attendance_entries')
      .values(rows.slice(i, i + 1000))
      .execute();
  // Attendance is recorded only against the month's class programme (CLASS_PROGRAMME_MISSING otherwise).
  await deps.db
    .insertInto('class_programmes')
    .values(
      groups.map((g) => ({
        centre_id: centre.id,
        workshop_id: g.workshopId,
        month: `${YEAR}-12`,
        weekday_hours: JSON.stringify([7, 7, 7, 7, 7, 0, 0]),
        day_hours: JSON.stringify({}),
        approved_by: null,
        approved_at: null,
        updated_at: new Date(),
      })),
    )
    .execute();
  return { groups, rows: rows.length };
}

const pct = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;

export async function benchAttendance(databaseUrl?: string): Promise<Row[]> {
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-att-'));
  const scratch = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const handle = await openDatabase({
    databaseUrl: scratch?.url,
    dataDir: scratch ? undefined : join(dir, 'db'),
  });
  await migrateToLatest(handle.db);
  const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
  const { groups, rows } = await seed(deps);
  const app = await buildApp(deps, { logLevel: 'error' });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: DEMO_ACCOUNTS.find((a) => a.role === 'DIRECTOR')!.email,
        password: DEMO_PASSWORD,
      }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const group = groups[0]!;
    const gridTimes: number[] = [];
    for (let i = 0; i < 60; i++) {
      const month = `${YEAR}-${String(1 + (i % 12)).padStart(2, '0')}`;
      const t0 = performance.now();
      const r = await fetch(`${base}/api/v1/attendance?workshopId=${group.workshopId}&month=${month}`, {
        headers: { cookie },
      });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`grid ${r.status}`);
      if (i >= 5) gridTimes.push(performance.now() - t0);
    }
    // Save one new day (a December weekday not yet recorded) for all 25 people in one request.
    const saveTimes: number[] = [];
    const days = Array.from({ length: 31 }, (_, d) => formatIsoDate(YEAR, 12, d + 1)).filter(
      (d) => d > `${YEAR}-12-15` && isoWeekday(d) <= 5,
    );
    for (const [i, date] of days.entries()) {
      const body = JSON.stringify({
        workshopId: group.workshopId,
        month: `${YEAR}-12`,
        entries: group.people.map((participantId) => ({
          participantId,
          date,
          status: 'present',
          meal: true,
          version: null,
        })),
      });
      const t0 = performance.now();
      const r = await fetch(`${base}/api/v1/attendance`, {
        method: 'PUT',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body,
      });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`save ${r.status}`);
      if (i > 0) saveTimes.push(performance.now() - t0);
    }
    gridTimes.sort((a, b) => a - b);
    saveTimes.sort((a, b) => a - b);
    return [
      {
        name: `attendance month grid, 25 people, ${rows} rows in DB (${label}) p95`,
        value: pct(gridTimes, 95),
        unit: 'ms',
        target: `≤ 50 ms (p50 ${pct(gridTimes, 50)} ms)`,
      },
      {
        name: `attendance: save a day for 25 people, one request (${label}) p95`,
        value: pct(saveTimes, 95),
        unit: 'ms',
        target: `≤ 50 ms (p50 ${pct(saveTimes, 50)} ms, n=${saveTimes.length})`,
      },
    ];
  } finally {
    await app.close();
    await handle.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await benchAttendance();
  if (process.env.BENCH_DATABASE_URL) out.push(...(await benchAttendance(process.env.BENCH_DATABASE_URL)));
  for (const r of out)
    console.log(`${r.name.padEnd(76)} ${String(r.value).padStart(8)} ${r.unit} ${r.target ?? ''}`);
  process.exit(0);
}
