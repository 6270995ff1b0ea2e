import type { FinanceEntry } from '../../contracts/finance.contract';
import type { FinanceEntryListRow } from '../../db/finance.repository';
import { can, type Action } from '../../domain/access/permissions';
import type { FinanceEntryInput } from '../../domain/finance/register';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';

/** Refuses the call unless the permission table gives the caller's roles the action. */
export function requireFinanceAction(ctx: CallContext, action: Action & `finance.${string}`) {
  if (!can(ctx.actor, action)) throw forbidden();
}

/** An entry as the API answers it (the partner's current name when it names one). */
export function presentFinanceEntry(row: FinanceEntryListRow): FinanceEntry {
  return {
    id: row.id,
    kind: row.kind as FinanceEntry['kind'],
    occurredOn: row.occurred_on,
    amountGrosze: Number(row.amount_grosze),
    grantorKind: row.grantor_kind as FinanceEntry['grantorKind'],
    partnerId: row.partner_id,
    grantorName: row.partner_name ?? row.grantor_name,
    category: row.category as FinanceEntry['category'],
    incomeSource: row.income_source as FinanceEntry['incomeSource'],
    description: row.description,
    documentRef: row.document_ref,
    source: row.source,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The entry as the pure register builder takes it. */
export function entryInput(e: FinanceEntry): FinanceEntryInput {
  return {
    kind: e.kind,
    occurredOn: e.occurredOn,
    amount: e.amountGrosze,
    grantorKind: e.grantorKind,
    partnerId: e.partnerId,
    grantorName: e.grantorName,
    category: e.category,
    incomeSource: e.incomeSource,
  };
}
