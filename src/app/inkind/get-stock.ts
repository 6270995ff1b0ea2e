import { findItems, findStock } from '../../db/inkind.repository';
import { formatQuantity, type HolderKind, type Unit } from '../../domain/inkind/quantity';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { centreOf } from '../pathway/shared';

/** "Where is the material now": every holder's balance of every item (the sum of its movements). */
export async function getStock(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'inkind.view');
  const centreId = ctx.actor.centreId;
  const { row: centre } = await centreOf(deps.db, ctx);
  const rows = await findStock(deps.db, centreId);
  const items = await findItems(deps.db, centreId);
  const lines = rows.map((r) => ({
    itemId: r.item_id,
    itemName: r.item_name,
    unit: r.unit as Unit,
    holderKind: r.holder_kind as HolderKind,
    holderId: r.holder_id,
    holderName:
      r.holder_kind === 'CENTRE'
        ? centre.name
        : r.holder_kind === 'PARTNER'
          ? (r.partner_name ?? '—')
          : `${r.first_name ?? ''} ${r.last_name ?? ''}`.trim(),
    quantity: Number(r.quantity),
    quantityText: formatQuantity(Number(r.quantity), r.unit as Unit),
  }));
  return {
    lines,
    items: items.map((i) => {
      const total = lines.filter((l) => l.itemId === i.id).reduce((s, l) => s + l.quantity, 0);
      return {
        id: i.id,
        name: i.name,
        unit: i.unit as Unit,
        donorName: i.partner_name ?? i.donor_name,
        madeFromItemId: i.made_from_item_id,
        total,
        totalText: formatQuantity(total, i.unit as Unit),
      };
    }),
  };
}
