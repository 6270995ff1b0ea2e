/**
 * One centre's annual report over ten years of a large CIS (issue #15 target: ≤ 1 s on PostgreSQL):
 * 100 people admitted a year (1 000 programmes), exits with outcomes, follow-ups, 15 staff, twelve
 * closed payrolls a year with a line per person in classes, class programmes and locked months for
 * five workshops. Attendance rows are not read by the report (it uses the locked months), so they are
 * not generated here. Runnable alone: `node --import tsx bench/annual-report.bench.ts`
 * (BENCH_DATABASE_URL adds PostgreSQL). The 450-centre figures: bench/national.bench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleAnnualReport } from '../src/app/reports/build-annual-report';
import { seedDemo } from '../src/app/setup/seed-demo';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { addDays } from '../src/domain/calendar';
import { personNameKey } from '../src/domain/text';
import { createDeps } from '../src/main';
import { annualReportPdf } from '../src/reports/annual/annual-render';
import { scratchDatabase } from './support';

type Row = { name: string; value: number; unit: string; target?: string };
const FIRST = 2016;
const YEARS = 10;
const PER_YEAR = 100;
const GROUPS = ['HOMELESS', 'ALCOHOL_ADDICTION', 'LONG_TERM_UNEMPLOYED', 'MENTAL_DISORDER', 'DISABILITY'];
const EXITS = ['COMPLETED', 'EMPLOYMENT', 'SOCIAL_COOPERATIVE', 'WITHDRAWAL', 'PERMANENT_ABANDONMENT'];

async function chunked<T>(rows: T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

async function seed(deps: ReturnType<typeof createDeps>) {
  await seedDemo(deps);
  const centre = await deps.db.selectFrom('centres').select('id').executeTakeFirstOrThrow();
  const c = centre.id;
  const workshops = [];
  for (let w = 0; w < 5; w++)
    workshops.push(
      (
        await deps.db
          .insertInto('workshops')
          .values({ centre_id: c, name: `Warsztat ${w + 1}`, type: 'OTHER' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  const people = [];
  for (let n = 0; n < YEARS * PER_YEAR; n++)
    people.push({
      centre_id: c,
      first_name: 'Osoba',
      last_name: `Ławkowa ${n}`,
      name_key: personNameKey('Osoba', `Ławkowa ${n}`),
      birth_date: `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 9}`,
      sex: (n % 2 ? 'M' : 'F') as 'M' | 'F',
      status: 'EXITED',
      eligibility_groups: [GROUPS[n % 5]!, ...(n % 3 === 0 ? [GROUPS[(n + 2) % 5]!] : [])],
    });
  const ids: string[] = [];
  await chunked(people, async (part) =>
    ids.push(
      ...(await deps.db.insertInto('participants').values(part).returning('id').execute()).map((r) => r.id),
    ),
  );
  const programmes = ids.map((pid, n) => {
    const year = FIRST + Math.floor(n / PER_YEAR);
    const admission = addDays(`${year}-01-05`, (n % PER_YEAR) * 3);
    const lastDay = addDays(admission, 180 + (n % 150));
    return {
      centre_id: c,
      participant_id: pid,
      kind: 'IPZS' as const,
      number: `IPZS/B/${n}`,
      status: 'CLOSED',
      admission_date: admission,
      planned_end: addDays(admission, 364),
      signed_on: admission,
      last_day: lastDay,
      exit_type: EXITS[n % 5]!,
      workshop: `Warsztat ${(n % 5) + 1}`,
      responsible_persons: '[]',
    };
  });
  const progIds: string[] = [];
  await chunked(programmes, async (part) =>
    progIds.push(
      ...(await deps.db.insertInto('programmes').values(part).returning('id').execute()).map((r) => r.id),
    ),
  );
  const outcomes = programmes.flatMap((p, n) =>
    n % 5 === 1 || n % 5 === 2
      ? [
          {
            centre_id: c,
            participant_id: p.participant_id,
            programme_id: progIds[n]!,
            source: 'EXIT' as const,
            observed_on: p.last_day,
            work: n % 5 === 1 ? 'EMPLOYMENT' : 'SOCIAL_COOPERATIVE',
            social_effects: n % 7 === 0 ? ['HOUSING'] : [],
          },
        ]
      : [],
  );
  await chunked(outcomes, (part) => deps.db.insertInto('participant_outcomes').values(part).execute());
  await deps.db
    .insertInto('staff_members')
    .values(
      Array.from({ length: 15 }, (_, i) => ({
        centre_id: c,
        full_name: `Pracownik ${i}`,
        function: 'INSTRUCTOR',
        basis: i < 12 ? 'EMPLOYMENT_CONTRACT' : 'CIVIL_CONTRACT',
        fte_milli: i % 3 ? 1000 : 500,
        conducts_classes: i < 8,
        from_date: `${FIRST + (i % 6)}-01-01`,
      })),
    )
    .execute();
  let lines = 0;
  for (let y = FIRST; y < FIRST + YEARS; y++)
    for (let m = 1; m <= 12; m++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      const pm = await deps.db
        .insertInto('payroll_months')
        .values({ centre_id: c, month, status: 'DRAFT', rule_set: 'UZS_2025', parameters: '{}' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const active = programmes
        .map((p, n) => ({ p, n }))
        .filter(({ p }) => p.admission_date.slice(0, 7) <= month && p.last_day.slice(0, 7) >= month);
      const rows = active.map(({ p, n }) => ({
        centre_id: c,
        payroll_id: pm.id,
        participant_id: p.participant_id,
        kind: 'BENEFIT',
        status: 'PAY',
        name: `Osoba ${n}`,
        paid_in_cash: false,
        inputs: '{}',
        benefit_grosze: 206_628,
        bonus_grosze: n % 4 ? 0 : 10_000,
        total_grosze: 206_628 + (n % 4 ? 0 : 10_000),
      }));
      lines += rows.length;
      await chunked(rows, (part) => deps.db.insertInto('payroll_lines').values(part).execute());
      // Lines go in while the month is open (a trigger guards closed months), then it is closed.
      await deps.db.updateTable('payroll_months').set({ status: 'CLOSED' }).where('id', '=', pm.id).execute();
      await deps.db
        .insertInto('class_programmes')
        .values(
          workshops.map((w) => ({
            centre_id: c,
            workshop_id: w,
            month,
            weekday_hours: '[7,7,7,7,7,0,0]',
            day_hours: '{}',
            updated_at: new Date(),
          })),
        )
        .execute();
      await deps.db
        .insertInto('attendance_months')
        .values(workshops.map((w) => ({ centre_id: c, workshop_id: w, month, status: 'LOCKED' })))
        .execute();
    }
  return { centreId: c, lines };
}

export async function benchAnnualReport(databaseUrl?: string): Promise<Row[]> {
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-annual-'));
  const scratch = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const handle = await openDatabase({
    databaseUrl: scratch?.url,
    dataDir: scratch ? undefined : join(dir, 'db'),
  });
  try {
    await migrateToLatest(handle.db);
    const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
    const { centreId, lines } = await seed(deps);
    const times: number[] = [];
    let pdfMs = 0;
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      const { report } = await assembleAnnualReport(deps.db, centreId, FIRST + YEARS - 1, '2026-12-02');
      times.push(performance.now() - t0);
      if (i === 0) {
        const p0 = performance.now();
        await annualReportPdf(report);
        pdfMs = performance.now() - p0;
      }
    }
    times.sort((a, b) => a - b);
    const median = Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
    console.error(`${label}: ${YEARS * PER_YEAR} programmes, ${lines} payroll lines`);
    return [
      {
        name: `annual report figures, one centre 10 years (${label}, median)`,
        value: median,
        unit: 'ms',
        target: '≤ 1000 ms',
      },
      { name: `annual report PDF render (${label})`, value: Math.round(pdfMs), unit: 'ms' },
    ];
  } finally {
    await handle.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [
    ...(await benchAnnualReport()),
    ...(process.env.BENCH_DATABASE_URL ? await benchAnnualReport(process.env.BENCH_DATABASE_URL) : []),
  ];
  console.table(rows);
}
