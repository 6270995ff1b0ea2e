import type { IndicatorTargets } from '../../contracts/reports.contract';
import { saveIndicatorTargets } from '../../db/reports.repository';
import { can } from '../../domain/access/permissions';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { getIndicators } from './get-indicators';

/** The director sets the centre's targets, each with a note of where it comes from (audited). */
export async function updateIndicatorTargets(deps: AppDeps, ctx: CallContext, targets: IndicatorTargets) {
  if (!can(ctx.actor, 'reports.edit')) throw forbidden();
  await deps.db.transaction().execute(async (trx) => {
    await saveIndicatorTargets(trx, ctx.actor.centreId, targets);
    await audit(trx, ctx, 'indicators.targets', 'centre', ctx.actor.centreId, {
      employment: targets.employment.value,
      social: targets.social.value,
    });
  });
  return getIndicators(deps, ctx);
}
