import type { ErasureStanding } from '../../contracts/privacy.contract';
import { firstDayAfter } from '../../domain/privacy/anonymisation';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { participantOr404, todayInPoland } from '../pathway/shared';
import { findErasureBlockers } from './erasure-dependants';
import { requireAction } from './present-authorisation';
import { retentionRefusal } from './retention-refusal';
import { retentionStandingOf } from './retention-standing';

/**
 * For the director on the person's record: until when the Act keeps the data (art. 8b ust. 5) and whether
 * an erasure of a mistaken record would be refused, with the same reasons the erasure gives. Reads no
 * personal data beyond the dates, so it is not an audited read.
 */
export async function getErasureStanding(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
): Promise<ErasureStanding> {
  requireAction(ctx, 'privacy.erase');
  const centreId = ctx.actor.centreId;
  await participantOr404(deps.db, ctx, id);
  const standing = await retentionStandingOf(deps.db, centreId, id, deps);
  const refusal = await retentionRefusal(deps, centreId, id);
  const blockers = refusal ? [] : await findErasureBlockers(deps.db, centreId, id, todayInPoland(deps));
  const reasons = refusal ? [refusal.message] : blockers;
  return {
    servicesEndedOn: standing?.servicesEndedOn ?? null,
    retentionEndsOn: standing?.retentionEndsOn ?? null,
    anonymiseFrom: standing?.retentionEndsOn ? firstDayAfter(standing.retentionEndsOn) : null,
    due: standing?.due ?? false,
    erasable: reasons.length === 0,
    refusal:
      reasons.length === 0
        ? null
        : refusal
          ? refusal.message
          : `Tego wpisu nie można usunąć: ${reasons.join(' ')}`,
  };
}
