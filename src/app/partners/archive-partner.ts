import type { Partner } from '../../contracts/partner.contract';
import { countPartnerReferences, deletePartner, updatePartnerVersioned } from '../../db/partner.repository';
import { isForeignKeyViolation } from '../../db/errors';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { partnerOr404, requirePartnerAction, toPartner } from './present-partner';

/**
 * Archives a partner (or brings it back): it leaves the list and the pickers but keeps every referral,
 * agreement and log entry that points at it. Versioned like an edit.
 */
export async function setPartnerArchived(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  version: number,
  archived: boolean,
): Promise<Partner> {
  requirePartnerAction(ctx, 'partners.edit');
  return deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, id);
    const after = await updatePartnerVersioned(trx, ctx.actor.centreId, id, version, {
      archived_at: archived ? deps.now() : null,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, archived ? 'partner.archive' : 'partner.restore', 'partner', id, {});
    return toPartner(after, deps.gminas);
  });
}

const IN_USE =
  'Tego partnera nie można usunąć, bo wskazują na niego skierowania, porozumienia, ' +
  'wpisy współpracy lub konta. Zarchiwizuj go.';

/** Deletes a partner entered by mistake; one that anything points at is refused (409): archive it instead. */
export async function removePartner(deps: AppDeps, ctx: CallContext, id: string): Promise<void> {
  requirePartnerAction(ctx, 'partners.edit');
  const row = await partnerOr404(deps.db, ctx, id);
  if ((await countPartnerReferences(deps.db, ctx.actor.centreId, id)) > 0)
    throw new AppError('PARTNER_IN_USE', { message: IN_USE });
  try {
    await deps.db.transaction().execute(async (trx) => {
      await deletePartner(trx, ctx.actor.centreId, id);
      await audit(trx, ctx, 'partner.delete', 'partner', id, { name: row.name, kind: row.kind });
    });
  } catch (error) {
    // Another module's row (a placement, a project) points at it: the same answer.
    if (isForeignKeyViolation(error)) throw new AppError('PARTNER_IN_USE', { message: IN_USE });
    throw error;
  }
}
