import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createDeps, openMigratedDatabase } from '../../main';
import { computePayrollsForCentres } from '../../app/payroll/payroll';
import { findCentreArg } from '../centre-arg';
import type { CliCommand } from '../io';

const USAGE =
  'Użycie: reintegra payroll compute --month RRRR-MM [--centre <id|REGON> ...]   (bez --centre: wszystkie centra CIS)';

/**
 * `reintegra payroll compute`: the month's draft payrolls of a network's centres in one run (closed
 * months are left alone).
 */
export const payrollCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'compute') {
    io.err(USAGE);
    return 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { month: { type: 'string' }, centre: { type: 'string', multiple: true } },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) {
    io.err(USAGE);
    return 2;
  }
  const config = loadConfig();
  const handle = await openMigratedDatabase(config);
  try {
    const deps = createDeps(handle, config);
    const ids: string[] = [];
    for (const c of values.centre ?? []) {
      const centre = await findCentreArg(deps.db, c);
      if (!centre) {
        io.err(`Błąd: nie znaleziono centrum „${c}”.`);
        return 1;
      }
      ids.push(centre.id);
    }
    const started = performance.now();
    const result = await computePayrollsForCentres(deps, values.month, values.centre?.length ? ids : 'ALL', {
      userId: null,
      email: 'cli',
    });
    const total = result.computed.reduce((s, c) => s + c.total, 0);
    const n = result.computed.length;
    const centresWord =
      n === 1
        ? 'centrum'
        : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)
          ? 'centra'
          : 'centrów';
    io.out(
      `Obliczono listy wypłat za ${values.month}: ${n}` +
        ` ${centresWord}, ${result.computed.reduce((s, c) => s + c.lines, 0)} ` +
        (`pozycji, razem ${(total / 100).toFixed(2).replace('.', ',')}` +
          ` zł (${Math.round(performance.now() - started)} ms).`),
    );
    if (result.skippedClosed.length) io.out(`Pominięto zamknięte: ${result.skippedClosed.join(', ')}.`);
    return 0;
  } finally {
    await handle.close();
  }
};
