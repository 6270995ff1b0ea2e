import type { z } from 'zod';
import type { PartnerReferralSchema } from '../../contracts/partner.contract';
import { listPartnerReferrals as listRows } from '../../db/partner.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { feedbackOf } from './feedback-of';
import { partnerOr404, requirePartnerAction } from './present-partner';

/** The referrals a partner sent, with the status each has today (the partner card; pathway staff only). */
export async function listReferralsOfPartner(
  deps: AppDeps,
  ctx: CallContext,
  partnerId: string,
): Promise<z.infer<typeof PartnerReferralSchema>[]> {
  requirePartnerAction(ctx, 'pathway.view');
  await partnerOr404(deps.db, ctx, partnerId);
  const today = todayInPoland(deps);
  return (await listRows(deps.db, ctx.actor.centreId, partnerId)).map((r) => {
    const f = feedbackOf(r, today);
    return {
      referralId: r.referral_id,
      participantId: r.participant_id,
      participantName: `${r.first_name} ${r.last_name}`,
      referredOn: r.referred_on,
      receivedOn: r.received_on,
      stage: f.stage,
      stageLabel: f.label,
      since: f.since,
    };
  });
}
