/**
 * Issue 19: the indicators of a synthetic 20-member network for one year (CIS with 30–90 people a year,
 * KIS with 20–60, programmes starting and ending through the year, a tenth still from the year before).
 * Times the use case behind `GET /api/v1/networks/{id}/indicators` (queries + protection). Target ≤ 500 ms.
 * Runnable alone: `node --import tsx bench/networks.bench.ts` (BENCH_DATABASE_URL for PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getNetworkIndicators } from '../src/app/networks/get-network-indicators';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { createDeps } from '../src/main';
import { ELIGIBILITY_GROUPS } from '../src/domain/types';
import { EXIT_TYPES } from '../src/contracts/pathway.contract';
import { scratchDatabase } from './support';

type Row = { name: string; value: number; unit: string; target?: string };

const YEAR = 2026;
const day = (d: number) => new Date(Date.UTC(YEAR, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);

export async function benchNetworks(databaseUrl?: string): Promise<Row[]> {
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-net-'));
  const scratch = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
  const handle = await openDatabase({
    databaseUrl: scratch?.url,
    dataDir: scratch ? undefined : join(dir, 'db'),
  });
  try {
    await migrateToLatest(handle.db);
    const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
    const db = deps.db;
    let rnd = 42;
    const random = () => {
      rnd = (rnd * 1103515245 + 12345) % 2147483648;
      return rnd / 2147483648;
    };
    const user = await db
      .insertInto('users')
      .values({ email: 'koordynator@bench.example.pl', full_name: 'Koordynator', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const network = await db
      .insertInto('networks')
      .values({
        name: 'Sieć testowa',
        kind: 'NETWORK',
        area_codes: [],
        coordinator_org_name: 'ROPS',
        coordinator_org_kind: 'ROPS',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('network_coordinators')
      .values({ network_id: network.id, user_id: user.id })
      .execute();

    let people = 0;
    for (let m = 0; m < 20; m++) {
      const type = m % 3 === 2 ? 'KIS' : 'CIS';
      const centre = await db
        .insertInto('centres')
        .values({
          type,
          name: `${type} nr ${m + 1}`,
          regon: String(100000000 + m),
          nip: String(1000000000 + m),
          street: 'ul. Testowa',
          building_no: '1',
          postal_code: '00-001',
          city: 'Warszawa',
          gmina_code: '1465011',
          founding_institution_name: 'Gmina',
          founding_institution_type: 'JST',
          status_date: '2020-01-01',
          settings: '{}',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('network_members')
        .values({ network_id: network.id, centre_id: centre.id, entity_kind: 'CENTRE', status: 'ACTIVE' })
        .execute();
      await db
        .insertInto('workshops')
        .values({ centre_id: centre.id, name: 'Warsztat', type: 'OTHER', capacity: 15 })
        .execute();
      const n = type === 'CIS' ? 30 + Math.floor(random() * 60) : 20 + Math.floor(random() * 40);
      people += n;
      const persons = await db
        .insertInto('participants')
        .values(
          Array.from({ length: n }, (_, i) => ({
            centre_id: centre.id,
            first_name: 'Osoba',
            last_name: `B${m}-${i}`,
            name_key: `osoba b${m}-${i}`,
            birth_date: '1980-01-01',
            sex: i % 2 ? ('F' as const) : ('M' as const),
            eligibility_groups: [ELIGIBILITY_GROUPS[Math.floor(random() ** 2 * ELIGIBILITY_GROUPS.length)]!],
          })),
        )
        .returning('id')
        .execute();
      await db
        .insertInto('programmes')
        .values(
          persons.map((p, i) => {
            const start = Math.floor(random() * 400) - 40;
            const ends = random() < 0.45;
            const last = Math.min(364, start + 90 + Math.floor(random() * 270));
            return {
              centre_id: centre.id,
              participant_id: p.id,
              kind: type === 'CIS' ? ('IPZS' as const) : ('KIS_CONTRACT' as const),
              number: `B/${m}/${i}`,
              status: ends ? 'CLOSED' : 'ACTIVE',
              admission_date: day(Math.min(start, 364)),
              planned_end: day(400),
              last_day: ends ? day(Math.max(last, Math.min(start, 364))) : null,
              exit_type: ends ? EXIT_TYPES[Math.floor(random() * EXIT_TYPES.length)]! : null,
              responsible_persons: '[]',
            };
          }),
        )
        .execute();
    }

    const caller = {
      userId: user.id,
      email: 'koordynator@bench.example.pl',
      ip: null,
      centreId: null,
      centreRoles: [],
    };
    await getNetworkIndicators(deps, caller, network.id, YEAR);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await getNetworkIndicators(deps, caller, network.id, YEAR);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) =>
      Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 10) / 10;
    return [
      {
        name: `networks: indicators of a 20-member network, 1 year (${people} people), median (${label})`,
        value: pct(0.5),
        unit: 'ms',
        target: '≤ 500 ms',
      },
      {
        name: `networks: indicators of a 20-member network, 1 year, p95 (${label})`,
        value: pct(0.95),
        unit: 'ms',
        target: '≤ 500 ms',
      },
    ];
  } finally {
    await handle.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.BENCH_DATABASE_URL;
  const rows = url ? await benchNetworks(url) : await benchNetworks();
  for (const r of rows)
    console.log(`${r.name.padEnd(90)} ${String(r.value).padStart(8)} ${r.unit} ${r.target ?? ''}`);
  process.exit(0);
}
