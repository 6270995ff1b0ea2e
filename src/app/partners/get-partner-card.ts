import type { PartnerCard } from '../../contracts/partner.contract';
import { listAgreements, listContacts, listLogEntries } from '../../db/partner.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import {
  partnerOr404,
  requirePartnerAction,
  toAgreement,
  toContact,
  toLogEntry,
  toPartner,
} from './present-partner';

/** The partner card: the partner, its contact persons, agreements (without file bytes) and cooperation log. */
export async function getPartnerCard(deps: AppDeps, ctx: CallContext, id: string): Promise<PartnerCard> {
  requirePartnerAction(ctx, 'partners.view');
  const row = await partnerOr404(deps.db, ctx, id);
  const today = todayInPoland(deps);
  const [contacts, agreements, log] = await Promise.all([
    listContacts(deps.db, ctx.actor.centreId, id),
    listAgreements(deps.db, ctx.actor.centreId, id),
    listLogEntries(deps.db, ctx.actor.centreId, id),
  ]);
  return {
    partner: toPartner(row, deps.gminas),
    contacts: contacts.map(toContact),
    agreements: agreements.map((a) => toAgreement(a, today)),
    log: log.map(toLogEntry),
  };
}
