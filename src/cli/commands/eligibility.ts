import { checkEligibility } from '../../domain/eligibility/eligibility';
import { EligibilityRequestSchema } from '../../domain/benefit/request-schema';
import type { CliCommand } from '../io';
import { readJsonInput } from './benefit';

const USAGE = 'Użycie: reintegra eligibility [--input PLIK]  (JSON z pliku lub ze standardowego wejścia)';

/** `reintegra eligibility`: art. 1 groups and benefits in, the decision with every reason out. */
export const eligibilityCommand: CliCommand = async (args, io) => {
  const input = await readJsonInput(args, io, EligibilityRequestSchema, USAGE);
  if (!input.ok) return input.exitCode;
  io.out(JSON.stringify(checkEligibility(input.value), null, 2));
  return 0;
};
