/**
 * Import of 5,000 participants from an XLSX file through the real HTTP API on a fresh PGlite database:
 * the preview (read, map, check every row, look for duplicates) and the import (the same again, then one
 * transaction of batched inserts). Target (issue #8): preview + import ≤ 10 s for 5,000 rows.
 * Runnable alone: `node --import tsx bench/participant-import.bench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/app/setup/seed-demo';
import { demoPesel } from '../src/app/setup/seed-demo-pathway';
import { openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { buildApp } from '../src/http/app';
import { createDeps } from '../src/main';

type Row = { name: string; value: number; unit: string; target?: string };

const FIRST_F = [
  'Anna',
  'Łucja',
  'Małgorzata',
  'Katarzyna',
  'Żaneta',
  'Ewa',
  'Agnieszka',
  'Grażyna',
  'Bożena',
  'Jadwiga',
];
const FIRST_M = [
  'Jan',
  'Zbigniew',
  'Piotr',
  'Grzegorz',
  'Michał',
  'Łukasz',
  'Paweł',
  'Jędrzej',
  'Tomasz',
  'Stanisław',
];
const LAST_F = [
  'Kowalska',
  'Nowak',
  'Wiśniewska',
  'Wójcik',
  'Kowalczyk',
  'Kamińska',
  'Lewandowska',
  'Zielińska',
  'Szymańska',
  'Woźniak',
  'Dąbrowska',
  'Kozłowska',
];
const LAST_M = [
  'Kowalski',
  'Nowak',
  'Wiśniewski',
  'Wójcik',
  'Kowalczyk',
  'Kamiński',
  'Lewandowski',
  'Zieliński',
  'Szymański',
  'Woźniak',
  'Dąbrowski',
  'Kozłowski',
];
const STREETS = [
  'ul. Długa',
  'ul. Łąkowa',
  'ul. Źródlana',
  'ul. Kościuszki',
  'ul. Mickiewicza',
  'al. Wojska Polskiego',
  'ul. Żeromskiego',
];
const PLACES = [
  ['59-700', 'Bolesławiec', '0201011'],
  ['59-706', 'Gromadka', '0201032'],
  ['59-600', 'Lwówek Śląski', '0212033'],
] as const;
const EDUCATION = ['1', '2', '3', '3', '3', '4', '6'];

/** A valid NRB: sort code with its NBP check digit, then the IBAN check digits (mod 97). */
function nrb(i: number): string {
  const bank = '1090101';
  const weights = [3, 9, 7, 1, 3, 9, 7];
  const sortCode =
    bank + String((10 - ([...bank].reduce((s, d, k) => s + Number(d) * weights[k]!, 0) % 10)) % 10);
  const account = String(1_000_000_000_000_000n + BigInt(i) * 7_919n).padStart(16, '0');
  const check = 98n - (BigInt(`${sortCode}${account}252100`) % 97n);
  return `${String(check).padStart(2, '0')}${sortCode}${account}`;
}

/**
 * 5,000 realistic, valid and distinct people (distinct birth dates, so neither PESEL nor name + birth
 * date repeats).
 */
async function buildXlsx(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Uczestnicy');
  sheet.addRow([
    'Nazwisko',
    'Imię',
    'PESEL',
    'Data urodzenia',
    'Płeć',
    'Ulica',
    'Nr domu',
    'Nr lokalu',
    'Kod pocztowy',
    'Miejscowość',
    'Kod gminy TERYT',
    'Telefon',
    'E-mail',
    'Wykształcenie',
    'Rachunek bankowy',
  ]);
  const start = Date.UTC(1958, 0, 1);
  for (let i = 0; i < count; i++) {
    const sex = i % 2 ? 'M' : 'F';
    const birth = new Date(start + i * 3 * 86_400_000);
    const iso = birth.toISOString().slice(0, 10);
    const [postal, city, gmina] = PLACES[i % PLACES.length]!;
    const first = (sex === 'F' ? FIRST_F : FIRST_M)[i % 10]!;
    const last = (sex === 'F' ? LAST_F : LAST_M)[(i * 7) % 12]!;
    sheet.addRow([
      last,
      first,
      demoPesel(iso, sex, 900 + (i % 90)),
      birth,
      sex === 'F' ? 'K' : 'M',
      STREETS[i % STREETS.length],
      String(1 + (i % 120)),
      i % 3 ? String(1 + (i % 40)) : null,
      postal,
      city,
      gmina,
      `6${String(10_000_000 + i * 13).padStart(8, '0')}`,
      i % 4 ? null : `osoba${i}@example.pl`,
      EDUCATION[i % EDUCATION.length],
      i % 5 ? nrb(i) : null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function benchParticipantImport(count = 5_000): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-bench-import-'));
  const handle = await openDatabase({ dataDir: join(dir, 'db') });
  await migrateToLatest(handle.db);
  const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 });
  await seedDemo(deps);
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
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const headers = { cookie, 'x-csrf-token': csrf };
    const xlsx = await buildXlsx(count);
    const form = (fields: Record<string, string>) => {
      const body = new FormData();
      for (const [k, v] of Object.entries(fields)) body.append(k, v);
      body.append('file', new Blob([new Uint8Array(xlsx)]), 'uczestnicy.xlsx');
      return body;
    };

    const t0 = performance.now();
    const previewResponse = await fetch(`${base}/api/v1/participants/import/preview`, {
      method: 'POST',
      headers,
      body: form({}),
    });
    const preview = (await previewResponse.json()) as {
      fileSha256: string;
      mapping: unknown;
      rowCount: number;
      validCount: number;
      errorCount: number;
      warningCount: number;
    };
    const t1 = performance.now();
    if (previewResponse.status !== 200 || preview.errorCount || preview.validCount !== count)
      throw new Error(`preview: ${previewResponse.status} ${JSON.stringify(preview).slice(0, 500)}`);

    const commitResponse = await fetch(`${base}/api/v1/participants/import`, {
      method: 'POST',
      headers,
      body: form({
        mapping: JSON.stringify(preview.mapping),
        sha256: preview.fileSha256,
        acknowledgeWarnings: String(preview.warningCount > 0),
      }),
    });
    const result = (await commitResponse.json()) as { imported: number };
    const t2 = performance.now();
    if (commitResponse.status !== 201 || result.imported !== count)
      throw new Error(`import: ${commitResponse.status} ${JSON.stringify(result).slice(0, 500)}`);

    const t3 = performance.now();
    const exportResponse = await fetch(`${base}/api/v1/participants/export.xlsx`, { headers });
    const exported = await exportResponse.arrayBuffer();
    const t4 = performance.now();
    if (exportResponse.status !== 200) throw new Error(`export: ${exportResponse.status}`);

    const label = `${count} rows, XLSX ${Math.round(xlsx.length / 1024)} KB, PGlite`;
    return [
      { name: `participant import preview (${label})`, value: Math.round(t1 - t0), unit: 'ms' },
      { name: `participant import commit (${label})`, value: Math.round(t2 - t1), unit: 'ms' },
      {
        name: `participant import preview + commit (${label})`,
        value: Math.round(t2 - t0),
        unit: 'ms',
        target: '≤ 10000 ms',
      },
      {
        name: `participant export to XLSX (${count + 10} people, ${Math.round(exported.byteLength / 1024)} KB, PGlite)`,
        value: Math.round(t4 - t3),
        unit: 'ms',
      },
    ];
  } finally {
    await app.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchParticipantImport();
  for (const r of rows)
    console.log(`${r.name.padEnd(80)} ${String(r.value).padStart(8)} ${r.unit} ${r.target ?? ''}`);
  process.exit(0);
}
