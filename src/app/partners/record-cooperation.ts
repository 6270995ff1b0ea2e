import type { LogInput } from '../../contracts/partner.contract';
import { deleteLogEntry, insertLogEntry } from '../../db/partner.repository';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { partnerOr404, requirePartnerAction, toLogEntry } from './present-partner';

/** Adds an entry to the cooperation log: a meeting, a consultation, a thing lent (stands for an exhibition)… */
export async function recordCooperation(deps: AppDeps, ctx: CallContext, partnerId: string, input: LogInput) {
  requirePartnerAction(ctx, 'partners.edit');
  return deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    const row = await insertLogEntry(trx, {
      centre_id: ctx.actor.centreId,
      partner_id: partnerId,
      kind: input.kind,
      happened_on: input.happenedOn,
      until_on: input.untilOn,
      subject: input.subject,
      note: input.note,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'partner.log_add', 'partner', partnerId, { entryId: row.id, kind: row.kind });
    return toLogEntry(row);
  });
}

/** Removes a log entry written by mistake. */
export async function removeCooperation(deps: AppDeps, ctx: CallContext, partnerId: string, id: string) {
  requirePartnerAction(ctx, 'partners.edit');
  await deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    if (!(await deleteLogEntry(trx, ctx.actor.centreId, partnerId, id))) throw notFound();
    await audit(trx, ctx, 'partner.log_remove', 'partner', partnerId, { entryId: id });
  });
}
