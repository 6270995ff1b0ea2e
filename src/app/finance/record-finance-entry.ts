import type { FinanceEntry, FinanceEntryCreate } from '../../contracts/finance.contract';
import { findFinanceEntry, findPartnerName, insertFinanceEntry } from '../../db/finance.repository';
import { entryProblems, normaliseEntry } from '../../domain/finance/entry-rules';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { presentFinanceEntry, requireFinanceAction } from './present-finance-entry';

/** Records a grant received / used / returned, own income or an expense, typed by the accountant or director. */
export async function recordFinanceEntry(
  deps: AppDeps,
  ctx: CallContext,
  input: FinanceEntryCreate,
): Promise<FinanceEntry> {
  requireFinanceAction(ctx, 'finance.edit');
  const entry = normaliseEntry(input);
  const problems = entryProblems(entry, todayInPoland(deps));
  const partnerName = entry.partnerId
    ? await findPartnerName(deps.db, ctx.actor.centreId, entry.partnerId)
    : null;
  if (entry.partnerId && !partnerName)
    problems.push({
      path: 'partnerId',
      code: 'NOT_FOUND',
      message: 'Nie ma takiego partnera w rejestrze centrum.',
    });
  if (problems.length) throw AppError.fields(problems);

  return deps.db.transaction().execute(async (trx) => {
    const row = await insertFinanceEntry(trx, {
      centre_id: ctx.actor.centreId,
      kind: entry.kind,
      occurred_on: entry.occurredOn,
      amount_grosze: entry.amountGrosze,
      grantor_kind: entry.grantorKind,
      partner_id: entry.partnerId,
      grantor_name: entry.grantorName,
      category: entry.category,
      income_source: entry.incomeSource,
      description: entry.description,
      document_ref: entry.documentRef,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'finance.entry_add', 'finance_entry', row.id, {
      kind: entry.kind,
      occurredOn: entry.occurredOn,
      amountGrosze: entry.amountGrosze,
    });
    const saved = (await findFinanceEntry(trx, ctx.actor.centreId, row.id))!;
    return presentFinanceEntry({ ...saved, partner_name: partnerName });
  });
}
