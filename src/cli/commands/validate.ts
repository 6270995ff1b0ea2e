import { parseArgs } from 'node:util';
import { validateNip } from '../../domain/identifiers/nip';
import { validateNrb } from '../../domain/identifiers/nrb';
import { validatePesel } from '../../domain/identifiers/pesel';
import { validateRegon } from '../../domain/identifiers/regon';
import type { CliCommand } from '../io';

const USAGE = 'Użycie: reintegra validate pesel|nip|regon|nrb WARTOŚĆ [--json]';

type Valid = { valid: true; normalized: string } & Record<string, unknown>;
type Invalid = { valid: false; reason: string; message: string };

const KINDS: Record<string, { check: (v: string) => Valid | Invalid; describe: (r: Valid) => string }> = {
  pesel: {
    check: validatePesel,
    describe: (r) =>
      `PESEL poprawny: ${r.normalized} (data urodzenia ${String(r.birthDate)}, płeć ${r.sex === 'F' ? 'K' : 'M'})`,
  },
  nip: { check: validateNip, describe: (r) => `NIP poprawny: ${String(r.formatted)}` },
  regon: {
    check: validateRegon,
    describe: (r) => `REGON poprawny: ${r.normalized} (${String(r.length)} cyfr)`,
  },
  nrb: {
    check: validateNrb,
    describe: (r) =>
      `Numer rachunku poprawny: ${String(r.formatted)} (numer rozliczeniowy banku ${String(r.sortCode)})`,
  },
};

/** `reintegra validate KIND VALUE [--json]`: exit 0 valid, 1 invalid (with the reason), 2 usage. */
export const validateCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch {
    io.err(USAGE);
    return 2;
  }
  const [kind, ...rest] = parsed.positionals;
  const spec = kind ? KINDS[kind.toLowerCase()] : undefined;
  // An account number typed with spaces but without quotes arrives as several arguments.
  const value = rest.join(' ');
  if (!spec || !value) {
    io.err(USAGE);
    return 2;
  }

  const result = spec.check(value);
  if (parsed.values.json) {
    io.out(JSON.stringify(result.valid ? Object.assign({ valid: true, reason: null }, result) : result));
  } else {
    io.out(result.valid ? spec.describe(result) : result.message);
  }
  return result.valid ? 0 : 1;
};
