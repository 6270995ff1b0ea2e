import type { Partner, PartnerUpdate } from '../../contracts/partner.contract';
import { updatePartnerVersioned } from '../../db/partner.repository';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { checkPartnerFields, partnerColumns } from './partner-fields';
import { partnerOr404, requirePartnerAction, toPartner } from './present-partner';

/** Corrects a partner's data against the version the user saw: a stale version is 409 and nothing changes. */
export async function updatePartner(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: PartnerUpdate,
): Promise<Partner> {
  requirePartnerAction(ctx, 'partners.edit');
  return deps.db.transaction().execute(async (trx) => {
    const before = await partnerOr404(trx, ctx, id);
    await checkPartnerFields(trx, deps, ctx.actor.centreId, input, id);
    const columns = partnerColumns(input);
    const after = await updatePartnerVersioned(trx, ctx.actor.centreId, id, input.version, columns);
    if (!after) throw new AppError('VERSION_CONFLICT');
    const changed = Object.keys(columns).filter(
      (k) => before[k as keyof typeof before] !== after[k as keyof typeof after],
    );
    await audit(trx, ctx, 'partner.update', 'partner', id, { changed });
    return toPartner(after, deps.gminas);
  });
}
