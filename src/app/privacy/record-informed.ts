import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, participantOr404, todayInPoland } from '../pathway/shared';
import { updateInformedOn } from '../../db/privacy.repository';
import { requireAction } from './present-authorisation';

/**
 * Records the day a person was given the information clause (at the first contact: art. 8b, GDPR art. 13).
 * The day cannot be in the future; the change is audited.
 */
export async function recordInformed(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  informedOn: string,
) {
  requireAction(ctx, 'privacy.informed.record');
  if (informedOn > todayInPoland(deps))
    throw AppError.fields([
      {
        path: 'informedOn',
        code: 'DATE_IN_FUTURE',
        message: 'Data poinformowania nie może być z przyszłości.',
      },
    ]);
  const before = await participantOr404(deps.db, ctx, participantId);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await updateInformedOn(trx, ctx.actor.centreId, participantId, informedOn))) throw notFound();
    await audit(trx, ctx, 'participant.informed', 'participant', participantId, {
      informedOn,
      previous: before.informed_on,
    });
  });
  return { participantId, informedOn };
}
