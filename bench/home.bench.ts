/**
 * The home page (issue 15): `GET /api/v1/home` for the director and the accountant of a realistic centre —
 * 60 places, ten years of people (≈ 900 participants, ≈ 600 programmes, follow-ups), seven workshops with
 * two years of class programmes and locks, 24 closed payrolls of ~60 lines, 600 finance entries and a
 * full estimate. Target: p95 ≤ 200 ms. Runnable alone: `node --import tsx bench/home.bench.ts`
 * (BENCH_DATABASE_URL adds PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/app/setup/seed-demo';
import { demoPesel } from '../src/app/setup/seed-demo-pathway';
import { openDatabase, type Db } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { addDays, addMonthsClamped, polishDate } from '../src/domain/calendar';
import { EXPENSE_CATEGORIES, PLAN_LINES } from '../src/domain/finance/categories';
import { personNameKey } from '../src/domain/text';
import { buildApp } from '../src/http/app';
import { createDeps } from '../src/main';
import { scratchDatabase } from './support';

type Row = { name: string; value: number; unit: string; target?: string };

const months = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => addMonthsClamped(`${from}-01`, i).slice(0, 7));

async function seed(db: Db) {
  const centre = await db.selectFrom('centres').select('id').executeTakeFirstOrThrow();
  const today = polishDate(new Date());
  const currentMonth = today.slice(0, 7);
  const workshops = [] as string[];
  for (let w = 0; w < 7; w++)
    workshops.push(
      (
        await db
          .insertInto('workshops')
          .values({ centre_id: centre.id, name: `Warsztat B${w}`, type: 'OTHER', capacity: 10 })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );

  // Ten years of people: 60 active now, the rest exited (with follow-ups) or still referred.
  const people = [] as { id: string; status: string }[];
  for (let start = 0; start < 900; start += 300) {
    const rows = [];
    for (let i = start; i < start + 300; i++) {
      const pad = (n: number) => String(n).padStart(2, '0');
      const birth = `19${60 + (i % 40)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
      const status = i < 60 ? 'ACTIVE' : i < 660 ? 'EXITED' : i < 680 ? 'REFERRED' : 'REFUSED';
      rows.push({
        centre_id: centre.id,
        first_name: 'Anna',
        last_name: `Benchowa${i}`,
        name_key: personNameKey('Anna', `Benchowa${i}`),
        pesel: demoPesel(birth, 'F', 100 + (i % 900)),
        birth_date: birth,
        sex: 'F' as const,
        city: 'Bolesławiec',
        status,
        status_since: today,
        eligibility_groups: ['LONG_TERM_UNEMPLOYED'],
      });
    }
    people.push(
      ...(await db
        .insertInto('participants')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .returning(['id', 'status'])
        .execute()),
    );
  }
  await db
    .insertInto('referrals')
    .values(
      people.map((p) => ({
        centre_id: centre.id,
        participant_id: p.id,
        applicant_type: 'OPS',
        referring_body: 'MOPS w Bolesławcu',
        referred_on: '2020-01-10',
        received_on: '2020-01-12',
        consent_given: true,
        consent_on: '2020-01-10',
        ops_opinion_required: false,
        status: p.status === 'REFERRED' ? 'RECEIVED' : p.status === 'REFUSED' ? 'REFUSED' : 'ADMITTED',
        status_since: '2020-01-20',
      })),
    )
    .execute();
  const admitted = people.filter((p) => p.status === 'ACTIVE' || p.status === 'EXITED');
  const programmes = await db
    .insertInto('programmes')
    .values(
      admitted.map((p, k) => {
        const active = p.status === 'ACTIVE';
        const admission = active
          ? addDays(today, -10 - ((k * 6) % 340))
          : addMonthsClamped(today, -12 - (k % 108));
        const plannedEnd = addDays(addMonthsClamped(admission, 12), -1);
        return {
          centre_id: centre.id,
          participant_id: p.id,
          kind: 'IPZS' as const,
          number: `IPZS/H/${k}`,
          status: active ? 'SIGNED' : 'CLOSED',
          admission_date: admission,
          trial_last_day: addDays(addMonthsClamped(admission, 1), -1),
          base_end: plannedEnd,
          planned_end: plannedEnd,
          last_day: active ? null : plannedEnd,
          signed_on: admission,
          workshop: 'B',
          weekly_hours: 35,
          responsible_persons: '[]',
        };
      }),
    )
    .returning(['id', 'participant_id', 'planned_end', 'status'])
    .execute();
  await db
    .insertInto('follow_ups')
    .values(
      programmes
        .filter((p) => p.status === 'CLOSED')
        .flatMap((p) => [
          {
            centre_id: centre.id,
            participant_id: p.participant_id,
            programme_id: p.id,
            label: 'WEEKS_4',
            due_on: addDays(p.planned_end, 28),
            done_on: p.planned_end < addDays(today, -60) ? addDays(p.planned_end, 30) : null,
          },
          {
            centre_id: centre.id,
            participant_id: p.participant_id,
            programme_id: p.id,
            label: 'MONTHS_6',
            due_on: addMonthsClamped(p.planned_end, 6),
            done_on: p.planned_end < addDays(today, -240) ? addMonthsClamped(p.planned_end, 6) : null,
          },
        ]),
    )
    .execute();
  const active = people.filter((p) => p.status === 'ACTIVE');
  await db
    .insertInto('workshop_assignments')
    .values(
      active.map((p, k) => ({
        centre_id: centre.id,
        workshop_id: workshops[k % 7]!,
        participant_id: p.id,
        from_date: addDays(today, -300),
      })),
    )
    .execute();

  // Two years of class programmes; all but the last two months locked.
  const past = months(addMonthsClamped(`${currentMonth}-01`, -24).slice(0, 7), 25);
  await db
    .insertInto('class_programmes')
    .values(
      past.flatMap((month) =>
        workshops.map((w) => ({
          centre_id: centre.id,
          workshop_id: w,
          month,
          weekday_hours: JSON.stringify([7, 7, 7, 7, 7, 0, 0]),
          day_hours: '{}',
          status: 'APPROVED',
        })),
      ),
    )
    .execute();
  await db
    .insertInto('attendance_months')
    .values(
      past
        .slice(0, -3)
        .flatMap((month) =>
          workshops.map((w) => ({ centre_id: centre.id, workshop_id: w, month, status: 'LOCKED' })),
        ),
    )
    .execute();

  // 24 closed payrolls of 60 lines; the lines go in before the month is marked closed (the trigger).
  for (const month of past.slice(0, 24)) {
    const payroll = await db
      .insertInto('payroll_months')
      .values({ centre_id: centre.id, month, rule_set: 'UZS_2025', parameters: '{}', total_grosze: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lines = active.map((p, k) => ({
      centre_id: centre.id,
      payroll_id: payroll.id,
      participant_id: p.id,
      kind: 'BENEFIT',
      status: 'PAY',
      name: `Benchowa${k} Anna`,
      paid_in_cash: false,
      inputs: '{}',
      benefit_grosze: 206628 - (k % 5) * 10331,
      bonus_grosze: k % 4 ? 0 : 20000,
      total_grosze: 206628 - (k % 5) * 10331 + (k % 4 ? 0 : 20000),
    }));
    await db.insertInto('payroll_lines').values(lines).execute();
    await db
      .updateTable('payroll_months')
      .set({ status: 'CLOSED', total_grosze: lines.reduce((s, l) => s + l.total_grosze, 0) })
      .where('id', '=', payroll.id)
      .execute();
  }

  // A year's register: 600 entries and a full estimate.
  const year = Number(today.slice(0, 4));
  await db
    .insertInto('finance_entries')
    .values(
      Array.from({ length: 600 }, (_, i) => {
        const kind = i % 10 === 0 ? 'GRANT_RECEIVED' : i % 10 === 1 ? 'OWN_INCOME' : 'EXPENSE';
        return {
          centre_id: centre.id,
          kind,
          occurred_on: `${year}-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
          amount_grosze: 1000 + i * 137,
          grantor_kind: kind === 'GRANT_RECEIVED' ? 'GMINA' : null,
          grantor_name: kind === 'GRANT_RECEIVED' ? 'Gmina Bench' : null,
          category: kind === 'EXPENSE' ? EXPENSE_CATEGORIES[1 + (i % 9)]! : null,
          income_source: kind === 'OWN_INCOME' ? 'SALES' : null,
          description: `Wpis ${i}`,
        };
      }),
    )
    .execute();
  await db
    .insertInto('finance_plan_lines')
    .values(PLAN_LINES.map((line) => ({ centre_id: centre.id, year, line, amount_grosze: 1_000_000_00 })))
    .execute();
  return people.length;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchHome(databaseUrl?: string): Promise<Row[]> {
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-home-'));
  const scratch = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const handle = await openDatabase({
    databaseUrl: scratch?.url,
    dataDir: scratch ? undefined : join(dir, 'db'),
  });
  await migrateToLatest(handle.db);
  const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
  await seedDemo(deps);
  const people = await seed(handle.db);
  const app = await buildApp(deps, { logLevel: 'error' });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const rows: Row[] = [];
  try {
    for (const role of ['DIRECTOR', 'ACCOUNTANT'] as const) {
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: DEMO_ACCOUNTS.find((a) => a.role === role)!.email,
          password: DEMO_PASSWORD,
        }),
      });
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      for (let i = 0; i < 5; i++)
        await (await fetch(`${base}/api/v1/home`, { headers: { cookie } })).arrayBuffer();
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const started = performance.now();
        const r = await fetch(`${base}/api/v1/home`, { headers: { cookie } });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`home ${role}: ${r.status}`);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const name = `GET /api/v1/home, ${role.toLowerCase()}, ${people} people, 24 payrolls (${label})`;
      rows.push({ name: `${name} p50`, value: Math.round(percentile(times, 50) * 10) / 10, unit: 'ms' });
      rows.push({
        name: `${name} p95`,
        value: Math.round(percentile(times, 95) * 10) / 10,
        unit: 'ms',
        target: '≤ 200 ms',
      });
    }
    return rows;
  } finally {
    await app.close();
    await handle.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchHome();
  const url = process.env.BENCH_DATABASE_URL;
  if (url) rows.push(...(await benchHome(url)));
  for (const r of rows)
    console.log(`${r.name.padEnd(80)} ${String(r.value).padStart(8)} ${r.unit} ${r.target ?? ''}`);
  process.exit(0);
}
