import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { computeMonthlyBenefit } from '../../domain/benefit/monthly-benefit';
import { parseBenefitParameters } from '../../domain/benefit/parameters';
import { MonthlyBenefitRequestSchema } from '../../domain/benefit/request-schema';
import type { CliCommand, CliIo } from '../io';

/** Prints the error object of the JSON commands and returns exit code 2. */
export function printJsonError(io: CliIo, code: string, message: string): number {
  io.out(JSON.stringify({ error: { code, message } }));
  return 2;
}

/**
 * Reads the JSON input of a command (`--input FILE`, else stdin) and parses it with a schema.
 * On any problem prints the error JSON and returns the exit code instead.
 */
export async function readJsonInput<S extends z.ZodType>(
  args: string[],
  io: CliIo,
  schema: S,
  usage: string,
): Promise<{ ok: true; value: z.infer<S> } | { ok: false; exitCode: number }> {
  let file: string | undefined;
  try {
    ({
      values: { input: file },
    } = parseArgs({ args, options: { input: { type: 'string' } }, allowPositionals: false }));
  } catch {
    return { ok: false, exitCode: printJsonError(io, 'USAGE', usage) };
  }
  let text: string;
  try {
    text = file ? await readFile(file, 'utf8') : await io.readStdin();
  } catch {
    return {
      ok: false,
      exitCode: printJsonError(io, 'INPUT_UNREADABLE', `Nie można odczytać pliku wejściowego: ${file}`),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, exitCode: printJsonError(io, 'INVALID_JSON', 'Wejście nie jest poprawnym JSON-em.') };
  }
  // Generic messages in Polish, as on the server (src/http/app.ts).
  z.config(z.locales.pl());
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      exitCode: printJsonError(
        io,
        'INVALID_INPUT',
        `Nieprawidłowe dane wejściowe — ${where}${issue?.message ?? ''}`,
      ),
    };
  }
  return { ok: true, value: parsed.data };
}

const USAGE = 'Użycie: reintegra benefit [--input PLIK]  (JSON z pliku lub ze standardowego wejścia)';

/** `reintegra benefit`: one participant-month in, the benefit with its explanation out (grosze). */
export const benefitCommand: CliCommand = async (args, io) => {
  const input = await readJsonInput(args, io, MonthlyBenefitRequestSchema, USAGE);
  if (!input.ok) return input.exitCode;
  const { parameters, ...request } = input.value;

  const params = parseBenefitParameters(parameters ?? {});
  if (!params.ok) return printJsonError(io, params.error.code, params.error.message);

  const result = computeMonthlyBenefit(request, params.value);
  if (!result.ok) return printJsonError(io, result.error.code, result.error.message);
  io.out(JSON.stringify(result.value, null, 2));
  return 0;
};
