import type { Partner } from '../../contracts/partner.contract';
import { listPartners as listPartnerRows } from '../../db/partner.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requirePartnerAction, toPartner } from './present-partner';

/** The centre's partners, searched by name/NIP/REGON/city and filtered by kind; archived ones on request. */
export async function listPartners(
  deps: AppDeps,
  ctx: CallContext,
  query: { q?: string | undefined; kind?: string | undefined; archived?: 'true' | 'false' | undefined },
): Promise<Partner[]> {
  requirePartnerAction(ctx, 'partners.view');
  const rows = await listPartnerRows(deps.db, ctx.actor.centreId, {
    q: query.q,
    kind: query.kind,
    archived: query.archived === 'true',
  });
  return rows.map((r) => toPartner(r, deps.gminas));
}
