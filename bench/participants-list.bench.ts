/**
 * The participant list with 5,000 people on PGlite (and PostgreSQL when a URL is given): the API's
 * latency for the filters the centre uses — page 1, name search without diacritics, status,
 * workshop, referrer, programmes ending soon. Target (issue #4): p95 ≤ 50 ms on PGlite.
 * Runnable alone: `node --import tsx bench/participants-list.bench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/app/setup/seed-demo';
import { demoPesel } from '../src/app/setup/seed-demo-pathway';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { addDays, addMonthsClamped } from '../src/domain/calendar';
import { personNameKey } from '../src/domain/text';
import { buildApp } from '../src/http/app';
import { createDeps } from '../src/main';
import { scratchDatabase } from './support';

type Row = { name: string; value: number; unit: string; target?: string };

const FIRST = [
  'Anna',
  'Jan',
  'Łucja',
  'Zbigniew',
  'Małgorzata',
  'Piotr',
  'Katarzyna',
  'Żaneta',
  'Grzegorz',
  'Ewa',
  'Michał',
  'Agnieszka',
];
const LAST = [
  'Kowalski',
  'Nowak',
  'Wiśniewska',
  'Wójcik',
  'Kowalczyk',
  'Kamiński',
  'Lewandowska',
  'Zieliński',
  'Szymańska',
  'Woźniak',
  'Dąbrowski',
  'Kozłowska',
  'Jankowski',
  'Mazur',
  'Krawczyk',
  'Piotrowska',
  'Grabowski',
  'Nowakowska',
  'Pawłowski',
  'Michalska',
];
const WORKSHOPS = [
  'Gastronomiczny',
  'Remontowo-budowlany',
  'Ogrodniczy',
  'Opiekuńczy',
  'Porządkowy',
  'Rękodzieła',
  'Biurowy',
];
const BODIES = ['MOPS w Bolesławcu', 'GOPS w Gromadce', 'PUP w Bolesławcu', 'MOPS w Lwówku Śląskim'];

async function seed(deps: ReturnType<typeof createDeps>, count: number) {
  await seedDemo(deps);
  const centre = await deps.db.selectFrom('centres').select('id').executeTakeFirstOrThrow();
  const today = new Date().toISOString().slice(0, 10);
  for (let start = 0; start < count; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[(i * 7) % LAST.length]!;
      const pad = (n: number) => String(n).padStart(2, '0');
      const birth = `19${60 + (i % 40)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
      const status = [
        'ACTIVE',
        'ACTIVE',
        'ACTIVE',
        'EXITED',
        'EXITED',
        'REFERRED',
        'ELIGIBLE',
        'WAITING',
        'REFUSED',
        'ACTIVE',
      ][i % 10]!;
      rows.push({
        centre_id: centre.id,
        first_name: first,
        last_name: last,
        name_key: personNameKey(first, last),
        pesel: demoPesel(birth, i % 2 ? 'M' : 'F', 200 + (i % 800)),
        birth_date: birth,
        sex: (i % 2 ? 'M' : 'F') as 'F' | 'M',
        city: 'Bolesławiec',
        status,
        status_since: today,
        eligibility_groups: ['LONG_TERM_UNEMPLOYED'],
      });
    }
    // A PESEL collision between generated people is possible; skip them (the bench needs volume, not exact counts).
    const inserted = await deps.db
      .insertInto('participants')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'status'])
      .execute();
    await deps.db
      .insertInto('referrals')
      .values(
        inserted.map((p, k) => ({
          centre_id: centre.id,
          participant_id: p.id,
          applicant_type: 'OPS',
          referring_body: BODIES[k % BODIES.length]!,
          referred_on: '2025-01-10',
          received_on: '2025-01-12',
          consent_given: true,
          consent_on: '2025-01-10',
          ops_opinion_required: true,
          ops_opinion_on: '2025-01-09',
          status: 'ADMITTED',
          status_since: '2025-01-20',
        })),
      )
      .execute();
    const active = inserted.filter((p) => p.status === 'ACTIVE');
    if (active.length) {
      await deps.db
        .insertInto('programmes')
        .values(
          active.map((p, k) => {
            const admission = addMonthsClamped(today, -((k % 11) + 1));
            return {
              centre_id: centre.id,
              participant_id: p.id,
              kind: 'IPZS' as const,
              number: `IPZS/B/${start + k}`,
              status: 'SIGNED',
              admission_date: admission,
              trial_last_day: addDays(addMonthsClamped(admission, 1), -1),
              base_end: addDays(addMonthsClamped(admission, 12), -1),
              planned_end: addDays(addMonthsClamped(admission, 12), -1),
              signed_on: admission,
              workshop: WORKSHOPS[k % WORKSHOPS.length]!,
              weekly_hours: 37.5,
              responsible_persons: '[]',
            };
          }),
        )
        .execute();
    }
  }
  return (
    await deps.db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchParticipantList(databaseUrl?: string): Promise<Row[]> {
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-list-'));
  // On PostgreSQL a throwaway database is created beside the given one and dropped afterwards.
  const scratch = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const handle = await openDatabase({
    databaseUrl: scratch?.url,
    dataDir: scratch ? undefined : join(dir, 'db'),
  });
  await migrateToLatest(handle.db);
  const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
  const total = Number(await seed(deps, 5_000));
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
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const queries = [
      'pageSize=50',
      'q=kowal',
      'q=wisniewska&status=ACTIVE',
      'status=ACTIVE&page=3',
      'workshop=gastro',
      'referrer=PUP',
      'endingWithinDays=60',
      'q=zaneta&workshop=ogrod',
      'status=EXITED&pageSize=100',
    ];
    for (const q of queries) await fetch(`${base}/api/v1/participants?${q}`, { headers: { cookie } }); // warm-up
    const times: number[] = [];
    for (let round = 0; round < 30; round++) {
      for (const q of queries) {
        const started = performance.now();
        const r = await fetch(`${base}/api/v1/participants?${q}`, { headers: { cookie } });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${q}: ${r.status}`);
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    return [
      {
        name: `participant list, ${total} people, 9 filter mixes (${label}) p50`,
        value: Math.round(percentile(times, 50) * 10) / 10,
        unit: 'ms',
      },
      {
        name: `participant list, ${total} people, 9 filter mixes (${label}) p95`,
        value: Math.round(percentile(times, 95) * 10) / 10,
        unit: 'ms',
        target: '≤ 50 ms',
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
  const rows = await benchParticipantList();
  const url = process.env.BENCH_DATABASE_URL;
  if (url) rows.push(...(await benchParticipantList(url)));
  for (const r of rows)
    console.log(`${r.name.padEnd(72)} ${String(r.value).padStart(8)} ${r.unit} ${r.target ?? ''}`);
  process.exit(0);
}
