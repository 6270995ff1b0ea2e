import { findDonation, findDonations } from '../../db/inkind.repository';
import { formatQuantity, type Unit } from '../../domain/inkind/quantity';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';

/** The centre's donations, newest first, each with its donor and the items as received. */
export async function listDonations(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'inkind.view');
  const centreId = ctx.actor.centreId;
  const items = [];
  for (const { id } of await findDonations(deps.db, centreId)) {
    const d = await findDonation(deps.db, centreId, id);
    if (!d) continue;
    items.push({
      id: d.id,
      donorName: d.partner_name ?? d.donor_name ?? '—',
      receivedOn: d.received_on,
      documentNo: d.document_no,
      // Products made from the donation carry its id (to trace the donor) but were not received: left out.
      items: d.items
        .filter((i) => Number(i.received) > 0)
        .map((i) => ({
          id: i.id,
          name: i.name,
          unit: i.unit as Unit,
          quantityText: formatQuantity(Number(i.received), i.unit as Unit),
        })),
    });
  }
  return { items };
}
