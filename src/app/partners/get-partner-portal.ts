import type { PortalOverview, PortalReferral } from '../../contracts/partner.contract';
import {
  findPartnerOfAccount,
  listPartnerReferrals,
  type PartnerReferralRow,
} from '../../db/partner.repository';
import { feedbackLines } from '../../domain/partners/feedback';
import { PARTNER_KIND_LABELS, type PartnerKind } from '../../domain/partners/kinds';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { feedbackOf } from './feedback-of';
import { requirePartnerAction } from './present-partner';

function toPortalReferral(r: PartnerReferralRow, today: string): PortalReferral {
  const f = feedbackOf(r, today);
  return {
    referralId: r.referral_id,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    referredOn: r.referred_on,
    receivedOn: r.received_on,
    stage: f.stage,
    stageLabel: f.label,
    since: f.since,
    exit: f.exit,
    certificateIssuedOn: f.certificateIssuedOn,
    events: f.events,
    lines: feedbackLines(f),
  };
}

async function loadOwn(deps: AppDeps, ctx: CallContext) {
  requirePartnerAction(ctx, 'partnerPortal.view');
  // The account's only key: the partner it is linked to in this centre. No link = nothing exists.
  const partner = await findPartnerOfAccount(deps.db, ctx.actor.centreId, ctx.actor.userId);
  if (!partner) throw notFound();
  const rows = await listPartnerReferrals(deps.db, ctx.actor.centreId, partner.id);
  return { partner, rows, today: todayInPoland(deps) };
}

/**
 * What a partner account sees: the people its institution referred and the status of each — the same
 * words as the status letter. Every read is written to the audit log with the referrals shown.
 */
export async function getPartnerPortal(deps: AppDeps, ctx: CallContext): Promise<PortalOverview> {
  const { partner, rows, today } = await loadOwn(deps, ctx);
  const { row: centre } = await centreOf(deps.db, ctx);
  await audit(deps.db, ctx, 'partner_portal.read', 'partner', partner.id, {
    referralIds: rows.map((r) => r.referral_id),
  });
  return {
    partner: { name: partner.name, kindLabel: PARTNER_KIND_LABELS[partner.kind as PartnerKind] ?? '' },
    centre: { name: centre.name, type: centre.type },
    items: rows.map((r) => toPortalReferral(r, today)),
  };
}

/** One referral of the partner's own; any other id is 404 (another partner's referral does not exist for it). */
export async function getPartnerPortalReferral(
  deps: AppDeps,
  ctx: CallContext,
  referralId: string,
): Promise<PortalReferral> {
  const { partner, rows, today } = await loadOwn(deps, ctx);
  const row = rows.find((r) => r.referral_id === referralId);
  if (!row) throw notFound();
  await audit(deps.db, ctx, 'partner_portal.read', 'referral', referralId, { partnerId: partner.id });
  return toPortalReferral(row, today);
}
