import type { Partner, PartnerCreate } from '../../contracts/partner.contract';
import { insertPartner } from '../../db/partner.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { checkPartnerFields, partnerColumns } from './partner-fields';
import { requirePartnerAction, toPartner } from './present-partner';

/** Adds an institution or firm to the centre's partner registry (NIP/REGON/KRS already checked by the contract). */
export async function createPartner(deps: AppDeps, ctx: CallContext, input: PartnerCreate): Promise<Partner> {
  requirePartnerAction(ctx, 'partners.edit');
  return deps.db.transaction().execute(async (trx) => {
    await checkPartnerFields(trx, deps, ctx.actor.centreId, input, null);
    const row = await insertPartner(trx, {
      ...partnerColumns(input),
      centre_id: ctx.actor.centreId,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'partner.create', 'partner', row.id, { kind: row.kind, name: row.name });
    return toPartner(row, deps.gminas);
  });
}
