import { processIo, type CliCommand, type CliIo } from './io';

const HELP = `reintegra — system dla CIS i KIS

Polecenia / commands:
  serve [--demo]                 uruchamia serwer (API + interfejs) / start the server
  migrate                        wykonuje migracje bazy / run database migrations
  demo                           serwer z danymi demonstracyjnymi / server with a demo centre
  user add --centre <id|REGON> --email <e> --role <rola> [--name <n>] --password-stdin
  benefit [--input FILE]         oblicza świadczenie integracyjne (JSON) / compute a monthly benefit
  eligibility [--input FILE]     sprawdza kwalifikowalność (art. 1) / check eligibility
  validate pesel|nip|regon|nrb VALUE [--json]
  export elixir --centre <id|REGON> --month RRRR-MM [--encoding cp1250|iso-8859-2|utf-8] [--date RRRR-MM-DD] --out PLIK
                                 plik przelewów Elixir-O za miesiąc / the month's bank file
  payroll compute --month RRRR-MM [--centre <id|REGON> ...]
                                 listy wypłat wielu centrów naraz / a network's payrolls in one run
  report annual --centre <id|REGON> --year RRRR --format json|pdf|xlsx|docx --out PLIK
                                 sprawozdanie roczne CIS/KIS / the annual report
  backup --out PLIK              zaszyfrowana kopia zapasowa bazy / an encrypted backup of the database
  restore --in PLIK              odtwarza kopię do pustej bazy / restore a backup into an empty database
                                 (hasło: BACKUP_PASSPHRASE albo stdin / passphrase: env or stdin)
`;

/** Commands are loaded lazily so that `validate` does not pay for the server's imports. */
const commands: Record<string, () => Promise<CliCommand>> = {
  serve: async () => (await import('./commands/serve')).serveCommand,
  demo: async () => (await import('./commands/serve')).demoCommand,
  migrate: async () => (await import('./commands/migrate')).migrateCommand,
  user: async () => (await import('./commands/user')).userCommand,
  benefit: async () => (await import('./commands/benefit')).benefitCommand,
  eligibility: async () => (await import('./commands/eligibility')).eligibilityCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  payroll: async () => (await import('./commands/payroll')).payrollCommand,
  backup: async () => (await import('./commands/backup')).backupCommand,
  restore: async () => (await import('./commands/backup')).restoreCommand,
  report: async () => (await import('./commands/report')).reportCommand,
};

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name ? 0 : 1;
  }
  const load = commands[name];
  if (!load) {
    io.err(`Nieznane polecenie: ${name}\n\n${HELP}`);
    return 2;
  }
  const command = await load();
  return command(rest, io);
}
