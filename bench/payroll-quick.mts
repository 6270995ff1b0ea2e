// Quick run of the payroll bench only (no 200-centre network): node --import tsx bench/payroll-quick.mts
import { benchPayroll } from './payroll.bench';
process.env.BENCH_PAYROLL_NETWORK = '0';
const rows = [];
if (process.env.ONLY !== 'pg') rows.push(...(await benchPayroll()));
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url && process.env.ONLY !== 'pglite') rows.push(...(await benchPayroll(url)));
for (const r of rows)
  console.log(`${r.name.padEnd(96)} ${String(r.value).padStart(8)} ${r.unit} ${r.target ?? ''}`);
process.exit(0);
