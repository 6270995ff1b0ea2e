import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createDeps, openMigratedDatabase } from '../../main';
import { AppError } from '../../app/app-error';
import type { CallContext } from '../../app/context';
import { elixirFile } from '../../app/payroll/payroll-files';
import { findCentreArg } from '../centre-arg';
import { ELIXIR_ENCODINGS, type ElixirEncoding } from '../../domain/payroll/elixir-text';
import type { CliCommand } from '../io';

const USAGE =
  'Użycie: reintegra export elixir --centre <id|REGON> --month RRRR-MM [--encoding ' +
  'cp1250|iso-8859-2|utf-8] [--date RRRR-MM-DD] --out PLIK';

/** `reintegra export elixir`: the month's Elixir-O bank file, the same bytes the web page gives. */
export const exportCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'elixir') {
    io.err(USAGE);
    return 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        centre: { type: 'string' },
        month: { type: 'string' },
        encoding: { type: 'string', default: 'cp1250' },
        date: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const encoding = values.encoding as ElixirEncoding;
  if (
    !values.centre ||
    !values.month ||
    !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month) ||
    !values.out ||
    !ELIXIR_ENCODINGS.includes(encoding)
  ) {
    io.err(USAGE);
    return 2;
  }
  const config = loadConfig();
  const handle = await openMigratedDatabase(config);
  try {
    const deps = createDeps(handle, config);
    const centre = await findCentreArg(deps.db, values.centre);
    if (!centre) {
      io.err(`Błąd: nie znaleziono centrum „${values.centre}” (podaj identyfikator lub REGON).`);
      return 1;
    }
    // The operator acts as the centre's accountant; the audit log names the CLI.
    const ctx: CallContext = {
      actor: { userId: '', centreId: centre.id, roles: ['ACCOUNTANT'] },
      actorEmail: 'cli',
      ip: null,
    };
    const file = await elixirFile(deps, ctx, values.month, {
      encoding,
      ...(values.date ? { executionDate: values.date } : {}),
    });
    writeFileSync(values.out, file.bytes);
    io.out(
      `Zapisano ${values.out}: ${file.count} ` +
        `przelewów, razem ${(file.totalGrosze / 100).toFixed(2).replace('.', ',')} zł (${encoding}).`,
    );
    for (const w of file.warnings) io.err(`Uwaga: ${w.message}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.err(`Błąd: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
};
