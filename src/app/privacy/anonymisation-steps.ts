import type { Db } from '../../db/connection';
import { euProjectsStep } from './steps/eu-projects.step';
import { eventsStep } from './steps/events.step';
import { inkindStep } from './steps/inkind.step';
import { networkEnquiriesStep } from './steps/network-enquiries.step';
import { networkTransfersStep } from './steps/network-transfers.step';
import { outcomesStep } from './steps/outcomes.step';
import { placementsStep } from './steps/placements.step';
import { servicesStep } from './steps/services.step';

/** The one person the privacy use case is working on, as every module step receives it. */
export interface PersonInScope {
  centreId: string;
  participantId: string;
  /** The pseudonym that replaces the person ('Osoba-XXXXXXXX'). */
  pseudonym: string;
  /** The person's identifying values, lower-cased (names, PESEL, phone, e-mail, account, street). */
  tokens: readonly string[];
}

export type PersonRow = Record<string, unknown>;

/**
 * What a module tells the privacy use cases about the participant's data in its own tables.
 *
 * How a new module registers (decision 0023): write `src/app/privacy/steps/<module>.step.ts` exporting one
 * `AnonymisationStep`, and add it to {@link ANONYMISATION_STEPS} below. The anonymisation job, the erasure
 * of a mistaken record and the person's own copy (GDPR art. 15) then run it inside their one transaction:
 * - `anonymise` blanks names, contacts and free text of the person's rows and keeps what the figures count
 *   (dates, codes, amounts, hours, outcomes) — the person's own row ids stay, so every report of past years
 *   gives the same numbers;
 * - `auditEntityIds` names the module's rows about the person, so their audit entries keep only the pseudonym;
 * - `copy` returns the person's rows, table by table, for the own copy (no file bytes).
 * The test `tests/api/privacy-module-steps.api.test.ts` fails for a new table with a `participant_id`
 * column that no step lists in `tables` (the safety net still replaces identifying values there).
 */
export interface AnonymisationStep {
  module: string;
  /** Tables whose columns the step handles (the generic safety net skips them). */
  tables: readonly string[];
  anonymise(trx: Db, person: PersonInScope): Promise<void>;
  auditEntityIds?(trx: Db, person: Pick<PersonInScope, 'centreId' | 'participantId'>): Promise<string[]>;
  copy?(db: Db, centreId: string, participantId: string): Promise<Record<string, PersonRow[]>>;
}

/** Every module's step, in the order they run (the pathway/payroll core runs first, in the use case). */
export const ANONYMISATION_STEPS: readonly AnonymisationStep[] = [
  outcomesStep,
  euProjectsStep,
  eventsStep,
  servicesStep,
  inkindStep,
  networkTransfersStep,
  networkEnquiriesStep,
  placementsStep,
];

/** The tables the module steps handle. */
export const STEP_TABLES: ReadonlySet<string> = new Set(ANONYMISATION_STEPS.flatMap((s) => s.tables));

/** Runs every module's step for the person (inside the caller's transaction). */
export async function runAnonymisationSteps(trx: Db, person: PersonInScope): Promise<void> {
  for (const step of ANONYMISATION_STEPS) await step.anonymise(trx, person);
}

/** The ids of the modules' rows about the person (their audit entries are scrubbed too). */
export async function stepAuditEntityIds(
  db: Db,
  person: Pick<PersonInScope, 'centreId' | 'participantId'>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const step of ANONYMISATION_STEPS)
    if (step.auditEntityIds) ids.push(...(await step.auditEntityIds(db, person)));
  return ids;
}

/** The modules' rows of the person for the own copy, by table. */
export async function stepCopies(db: Db, centreId: string, participantId: string) {
  const out: Record<string, PersonRow[]> = {};
  for (const step of ANONYMISATION_STEPS)
    if (step.copy) Object.assign(out, await step.copy(db, centreId, participantId));
  return out;
}
