import { deleteFinanceEntry as deleteRow, findFinanceEntry } from '../../db/finance.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { requireFinanceAction } from './present-finance-entry';

/**
 * Removes a typed entry (a mistake is corrected by removing it and typing it again); the audit log keeps
 * what it said. Entries fed by another module (own income from services) are removed there, not here.
 */
export async function deleteFinanceEntry(deps: AppDeps, ctx: CallContext, id: string): Promise<void> {
  requireFinanceAction(ctx, 'finance.edit');
  await deps.db.transaction().execute(async (trx) => {
    const row = await findFinanceEntry(trx, ctx.actor.centreId, id);
    if (!row) throw notFound();
    if (row.source !== 'MANUAL')
      throw new AppError('INVALID_STATE', {
        message: 'Ten wpis pochodzi z innego modułu i tam się go poprawia.',
      });
    await deleteRow(trx, ctx.actor.centreId, id);
    await audit(trx, ctx, 'finance.entry_delete', 'finance_entry', id, {
      kind: row.kind,
      occurredOn: row.occurred_on,
      amountGrosze: Number(row.amount_grosze),
      description: row.description,
    });
  });
}
