import { findDelivery, findDonation } from '../../db/inkind.repository';
import { formatQuantity, type Unit } from '../../domain/inkind/quantity';
import { renderDeliveryProtocol, renderThankYouLetter } from '../../reports/print/inkind-documents';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import type { PdfFile } from '../pathway/printouts';
import { centreOf, todayInPoland } from '../pathway/shared';
import { centreLetterhead } from '../privacy/privacy-documents';

const address = (a: {
  street: string | null;
  building_no: string | null;
  postal_code: string | null;
  city: string | null;
}) =>
  [[a.street, a.building_no].filter(Boolean).join(' '), [a.postal_code, a.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');

/** The delivery protocol of one delivery as a PDF. */
export async function deliveryProtocolPdf(deps: AppDeps, ctx: CallContext, id: string): Promise<PdfFile> {
  requireAction(ctx, 'inkind.view');
  const d = await findDelivery(deps.db, ctx.actor.centreId, id);
  if (!d) throw notFound();
  const { row: centre } = await centreOf(deps.db, ctx);
  const bytes = await renderDeliveryProtocol({
    centre: centreLetterhead(centre),
    number: d.number,
    deliveredOn: d.delivered_on,
    recipient: d.recipient_name,
    recipientAddress: address(d),
    receivedBy: d.received_by,
    itemName: d.item_name,
    quantityText: formatQuantity(Number(d.delta), d.unit as Unit),
  });
  return { bytes, fileName: `protokol-${d.number.replaceAll('/', '-')}.pdf` };
}

/** The thank-you letter to a donation's donor, with the institutions its products reached. */
export async function thankYouLetterPdf(
  deps: AppDeps,
  ctx: CallContext,
  donationId: string,
): Promise<PdfFile> {
  requireAction(ctx, 'inkind.view');
  const centreId = ctx.actor.centreId;
  const d = await findDonation(deps.db, centreId, donationId);
  if (!d) throw notFound();
  const { row: centre } = await centreOf(deps.db, ctx);
  const reached = await deps.db
    .selectFrom('inkind_deliveries as v')
    .innerJoin('partners as p', 'p.id', 'v.recipient_partner_id')
    .innerJoin('inkind_movements as m', (j) =>
      j.onRef('m.operation_id', '=', 'v.operation_id').on('m.delta', '>', 0),
    )
    .innerJoin('inkind_items as i', 'i.id', 'm.item_id')
    .select('p.name')
    .distinct()
    .where('v.centre_id', '=', centreId)
    .where('i.donation_id', '=', donationId)
    .execute();
  const bytes = await renderThankYouLetter({
    centre: centreLetterhead(centre),
    date: todayInPoland(deps),
    donor: d.partner_name ?? d.donor_name ?? '',
    donorAddress: d.partner_name ? address(d) : d.donor_address,
    receivedOn: d.received_on,
    // Only what was received: products made from the donation carry its id but are not part of the gift.
    items: d.items
      .filter((i) => Number(i.received) > 0)
      .map((i) => ({
        name: i.name,
        quantityText: formatQuantity(Number(i.received), i.unit as Unit),
        valueGrosze: i.value_grosze === null ? null : Number(i.value_grosze),
      })),
    deliveredTo: reached.map((r) => r.name),
  });
  return { bytes, fileName: 'podziekowanie.pdf' };
}
