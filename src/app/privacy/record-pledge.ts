import { findAuthorisationById } from '../../db/privacy.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { presentAuthorisation, requireAction } from './present-authorisation';

/** Records the day the holder signed the confidentiality pledge of an authorisation issued without it. */
export async function recordPledge(deps: AppDeps, ctx: CallContext, id: string, pledgeSignedOn: string) {
  requireAction(ctx, 'authorisations.manage');
  const today = todayInPoland(deps);
  const existing = await findAuthorisationById(deps.db, ctx.actor.centreId, id);
  if (!existing) throw notFound();
  if (existing.revoked_at)
    throw new AppError('INVALID_STATE', { message: 'To upoważnienie zostało cofnięte.' });
  if (pledgeSignedOn > today)
    throw AppError.fields([
      {
        path: 'pledgeSignedOn',
        code: 'DATE_IN_FUTURE',
        message: 'Data podpisania oświadczenia nie może być z przyszłości.',
      },
    ]);

  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('staff_authorisations')
      .set({ pledge_signed_on: pledgeSignedOn })
      .where('centre_id', '=', ctx.actor.centreId)
      .where('id', '=', id)
      .execute();
    await audit(trx, ctx, 'authorisation.pledge', 'authorisation', id, {
      number: existing.number,
      pledgeSignedOn,
    });
  });
  return presentAuthorisation((await findAuthorisationById(deps.db, ctx.actor.centreId, id))!, today);
}
