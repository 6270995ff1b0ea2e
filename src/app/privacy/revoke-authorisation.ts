import { findAuthorisationById, revokeAuthorisationRow } from '../../db/privacy.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { presentAuthorisation, requireAction } from './present-authorisation';

/**
 * Revokes an authorisation with a reason. It takes effect at once: the session guard reads the holder's
 * authorisations on every request, so an open tab is refused on its next call.
 */
export async function revokeAuthorisation(deps: AppDeps, ctx: CallContext, id: string, reason: string) {
  requireAction(ctx, 'authorisations.manage');
  const existing = await findAuthorisationById(deps.db, ctx.actor.centreId, id);
  if (!existing) throw notFound();
  if (existing.revoked_at)
    throw new AppError('INVALID_STATE', { message: 'To upoważnienie zostało już cofnięte.' });

  await deps.db.transaction().execute(async (trx) => {
    const done = await revokeAuthorisationRow(trx, ctx.actor.centreId, id, {
      revokedAt: deps.now(),
      revokedBy: ctx.actor.userId,
      reason,
    });
    if (!done) throw new AppError('INVALID_STATE', { message: 'To upoważnienie zostało już cofnięte.' });
    await audit(trx, ctx, 'authorisation.revoke', 'authorisation', id, {
      number: existing.number,
      holderUserId: existing.user_id,
      reason,
    });
  });
  return presentAuthorisation(
    (await findAuthorisationById(deps.db, ctx.actor.centreId, id))!,
    todayInPoland(deps),
  );
}
