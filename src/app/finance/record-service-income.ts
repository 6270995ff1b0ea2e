import type { Db } from '../../db/connection';
import { deleteModuleIncome, upsertModuleIncome } from '../../db/finance.repository';

/** The `source` of entries the services module keeps (own income from services sold, art. 9). */
export const SERVICES_MODULE_SOURCE = 'SERVICES_MODULE';

/**
 * The hook the services module calls, inside its own transaction and after its own permission check,
 * when a service's income is due or paid: one own-income entry (`SERVICES`) per source document
 * (`sourceRef`, e.g. the invoice id), created or updated — never typed a second time by the accountant.
 * `amountGrosze: 0` removes the entry (a cancelled document).
 */
export async function recordServiceIncome(
  db: Db,
  centreId: string,
  input: {
    sourceRef: string;
    occurredOn: string;
    amountGrosze: number;
    description: string;
    documentRef?: string | null;
  },
): Promise<void> {
  if (input.amountGrosze === 0)
    return deleteModuleIncome(db, centreId, SERVICES_MODULE_SOURCE, input.sourceRef);
  if (!Number.isSafeInteger(input.amountGrosze) || input.amountGrosze < 0)
    throw new RangeError('recordServiceIncome: amountGrosze must be a non-negative integer');
  await upsertModuleIncome(db, {
    centre_id: centreId,
    kind: 'OWN_INCOME',
    income_source: 'SERVICES',
    occurred_on: input.occurredOn,
    amount_grosze: input.amountGrosze,
    description: input.description,
    document_ref: input.documentRef ?? null,
    source: SERVICES_MODULE_SOURCE,
    source_ref: input.sourceRef,
  });
}
