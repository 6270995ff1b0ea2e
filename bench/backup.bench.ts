/**
 * Backup and restore of an installation with 5,000 people (their referrals, 1,000 of them with a month
 * of attendance) on PGlite and PostgreSQL: the time of `createBackup` (dump + scrypt + AES-GCM) and of
 * `restoreBackup` into a new data directory / database (decrypt + load + count), and the file's size.
 * Runnable alone: `node --import tsx bench/backup.bench.ts` (BENCH_DATABASE_URL adds PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup } from '../src/app/backup/create-backup';
import { restoreBackup } from '../src/app/backup/restore-backup';
import { seedDemo } from '../src/app/setup/seed-demo';
import { demoPesel } from '../src/app/setup/seed-demo-pathway';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { personNameKey } from '../src/domain/text';
import { createDeps } from '../src/main';
import { scratchDatabase } from './support';

type Row = { name: string; value: number; unit: string; target?: string };

const PEOPLE = 5_000;
const WITH_ATTENDANCE = 1_000;
const DAYS = Array.from({ length: 28 }, (_, i) => `2026-05-${String(i + 1).padStart(2, '0')}`).filter(
  (d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()),
);
const PASSPHRASE = 'bench-backup-passphrase';

async function seed(deps: ReturnType<typeof createDeps>): Promise<number> {
  await seedDemo(deps);
  const centre = await deps.db.selectFrom('centres').select('id').executeTakeFirstOrThrow();
  const workshop = await deps.db
    .insertInto('workshops')
    .values({ centre_id: centre.id, name: 'Bench backup', type: 'OTHER' })
    .returning('id')
    .executeTakeFirstOrThrow();
  let withAttendance = 0;
  for (let start = 0; start < PEOPLE; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(PEOPLE, start + 500); i++) {
      const pad = (n: number) => String(n).padStart(2, '0');
      const birth = `19${60 + (i % 40)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
      const [first, last] = [`Osoba${i}`, i % 2 ? 'Kowalski' : 'Wiśniewska'];
      rows.push({
        centre_id: centre.id,
        first_name: first,
        last_name: last,
        name_key: personNameKey(first, last),
        pesel: demoPesel(birth, i % 2 ? 'M' : 'F', 100 + (i % 900)),
        birth_date: birth,
        sex: (i % 2 ? 'M' : 'F') as 'F' | 'M',
        city: 'Bolesławiec',
        status: 'ACTIVE',
        status_since: '2026-01-05',
        eligibility_groups: ['LONG_TERM_UNEMPLOYED'],
      });
    }
    const inserted = await deps.db
      .insertInto('participants')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    await deps.db
      .insertInto('referrals')
      .values(
        inserted.map((p) => ({
          centre_id: centre.id,
          participant_id: p.id,
          applicant_type: 'OPS',
          referring_body: 'MOPS w Bolesławcu',
          referred_on: '2026-01-02',
          received_on: '2026-01-03',
          consent_given: true,
          consent_on: '2026-01-02',
          ops_opinion_required: false,
          status: 'ADMITTED',
          status_since: '2026-01-05',
        })),
      )
      .execute();
    const attending = inserted.slice(0, Math.max(0, WITH_ATTENDANCE - withAttendance));
    withAttendance += attending.length;
    if (attending.length)
      await deps.db
        .insertInto('attendance_entries')
        .values(
          attending.flatMap((p) =>
            DAYS.map((date) => ({
              centre_id: centre.id,
              participant_id: p.id,
              date,
              workshop_id: workshop.id,
              status: 'present',
              hours: 7,
            })),
          ),
        )
        .execute();
  }
  const n = await deps.db
    .selectFrom('participants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n.n);
}

export async function benchBackup(databaseUrl?: string): Promise<Row[]> {
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-backup-'));
  const source = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const target = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const handle = await openDatabase({
    databaseUrl: source?.url,
    dataDir: source ? undefined : join(dir, 'db'),
  });
  try {
    await migrateToLatest(handle.db);
    const people = await seed(createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 }));

    let started = performance.now();
    const { file } = await createBackup(
      source ? { engine: 'postgres', db: handle.db, url: source.url } : { engine: 'pglite', db: handle.db },
      PASSPHRASE,
      new Date(),
    );
    const backupMs = performance.now() - started;

    started = performance.now();
    const summary = await restoreBackup(
      target ? { engine: 'postgres', url: target.url } : { engine: 'pglite', dataDir: join(dir, 'restored') },
      file,
      PASSPHRASE,
    );
    const restoreMs = performance.now() - started;
    if (summary.participants !== people)
      throw new Error(`restored ${summary.participants} of ${people} people`);

    return [
      {
        name: `Backup of ${people} people, ${label} (dump + encrypt)`,
        value: Math.round(backupMs),
        unit: 'ms',
      },
      {
        name: `Restore of ${people} people, ${label} (decrypt + load)`,
        value: Math.round(restoreMs),
        unit: 'ms',
      },
      { name: `Backup file, ${people} people, ${label}`, value: Math.round(file.length / 1024), unit: 'KiB' },
    ];
  } finally {
    await handle.close();
    await source?.drop();
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [...(await benchBackup())];
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) rows.push(...(await benchBackup(url)));
  for (const r of rows) console.log(`${r.name.padEnd(60)} ${String(r.value).padStart(8)} ${r.unit}`);
  process.exit(0);
}
