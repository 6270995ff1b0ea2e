import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createDeps, openMigratedDatabase } from '../../main';
import { AppError } from '../../app/app-error';
import { todayInPoland } from '../../app/pathway/shared';
import { annualReportFile, type ReportFormat } from '../../app/reports/annual-report-file';
import { findCentreArg } from '../centre-arg';
import type { CliCommand } from '../io';

const USAGE =
  'Użycie: reintegra report annual --centre <id|REGON> --year RRRR --format json|pdf|xlsx|docx --out PLIK';
const FORMATS: readonly ReportFormat[] = ['json', 'pdf', 'xlsx', 'docx'];

/** `reintegra report annual`: the centre's annual report as a file, the same bytes the web page gives. */
export const reportCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'annual') {
    io.err(USAGE);
    return 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        centre: { type: 'string' },
        year: { type: 'string' },
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const format = values.format as ReportFormat;
  if (
    !values.centre ||
    !values.year ||
    !/^\d{4}$/.test(values.year) ||
    !values.out ||
    !FORMATS.includes(format)
  ) {
    io.err(USAGE);
    return 2;
  }
  const year = Number(values.year);
  const config = loadConfig();
  const handle = await openMigratedDatabase(config);
  try {
    const deps = createDeps(handle, config);
    const today = todayInPoland(deps);
    if (`${year}-01-01` > today) {
      io.err(`Błąd: rok ${year} jeszcze się nie zaczął — sprawozdania za niego nie można sporządzić.`);
      return 2;
    }
    const centre = await findCentreArg(deps.db, values.centre);
    if (!centre) {
      io.err(`Błąd: nie znaleziono centrum „${values.centre}” (podaj identyfikator lub REGON).`);
      return 1;
    }
    const file = await annualReportFile(deps.db, centre.id, year, format, today);
    writeFileSync(values.out, file.bytes);
    const r = file.report;
    io.out(
      `Zapisano ${values.out}: sprawozdanie ${r.centreType} za ${year} (wersja ${r.report.version}), ` +
        `uczestnicy ${r.participants.total}, usamodzielnieni ekonomicznie ${r.economicallyIndependent.total}.`,
    );
    for (const w of r.warnings) io.err(`Uwaga: ${w.message}`);
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
