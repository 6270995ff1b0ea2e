import type { ContactInput } from '../../contracts/partner.contract';
import { deleteContact, insertContact, updateContact } from '../../db/partner.repository';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { partnerOr404, requirePartnerAction, toContact } from './present-partner';

const columns = (input: ContactInput) => ({
  full_name: input.fullName,
  function: input.function,
  email: input.email,
  phone: input.phone,
});

/** Adds a contact person at the partner (name, function, e-mail, phone). */
export async function addContact(deps: AppDeps, ctx: CallContext, partnerId: string, input: ContactInput) {
  requirePartnerAction(ctx, 'partners.edit');
  return deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    const row = await insertContact(trx, {
      ...columns(input),
      centre_id: ctx.actor.centreId,
      partner_id: partnerId,
    });
    await audit(trx, ctx, 'partner.contact_add', 'partner', partnerId, { contactId: row.id });
    return toContact(row);
  });
}

/** Corrects a contact person. */
export async function changeContact(
  deps: AppDeps,
  ctx: CallContext,
  partnerId: string,
  id: string,
  input: ContactInput,
) {
  requirePartnerAction(ctx, 'partners.edit');
  return deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    const row = await updateContact(trx, ctx.actor.centreId, partnerId, id, columns(input));
    if (!row) throw notFound();
    await audit(trx, ctx, 'partner.contact_update', 'partner', partnerId, { contactId: id });
    return toContact(row);
  });
}

/** Removes a contact person who no longer works with the centre. */
export async function removeContact(deps: AppDeps, ctx: CallContext, partnerId: string, id: string) {
  requirePartnerAction(ctx, 'partners.edit');
  await deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    if (!(await deleteContact(trx, ctx.actor.centreId, partnerId, id))) throw notFound();
    await audit(trx, ctx, 'partner.contact_remove', 'partner', partnerId, { contactId: id });
  });
}
