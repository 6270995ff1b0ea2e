import { isForeignKeyViolation } from '../../../db/errors';
import { pseudonymOf } from '../../../domain/privacy/anonymisation';
import { AppError } from '../../app-error';
import type { CallContext } from '../../context';
import type { AppDeps } from '../../deps';
import { audit, todayInPoland } from '../../pathway/shared';
import { openAnonymisationDoor } from '../anonymise-participant';
import { erasureBlocked } from '../erasure-blocked';
import { requireAction } from '../present-authorisation';
import { eraseOtherRows, otherAuditIds, otherErasureBlockers } from './other-kind-rows';
import { OTHER_KIND_DEFS } from './other-kinds';
import {
  findOtherPerson,
  lockOtherPerson,
  NO_SUCH,
  type OtherRef,
  scrubOtherAudit,
} from './other-person-lookup';

/**
 * Erasure of a record entered by mistake (GDPR art. 17): refused (409, a Polish reason per record) where
 * something the law or the centre's registers must keep exists (a written volunteering agreement, hours
 * settled with the PUP, an attendance or a certificate, a sales document, items passed on); otherwise the
 * rows go and the audit entries about them keep only the pseudonym. One transaction.
 */
export async function eraseOtherPerson(
  deps: AppDeps,
  ctx: CallContext,
  ref: OtherRef,
  _input: { reason: string },
): Promise<{ person: string }> {
  requireAction(ctx, 'privacy.erase');
  const centreId = ctx.actor.centreId;
  const def = OTHER_KIND_DEFS[ref.kind];
  const pseudonym = pseudonymOf(ref.id);
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await lockOtherPerson(trx, centreId, ref))) throw new AppError('NOT_FOUND', { message: NO_SUCH });
      const p = await findOtherPerson(trx, centreId, todayInPoland(deps), ref);
      if (!p) throw new AppError('NOT_FOUND', { message: NO_SUCH });
      const reasons = await otherErasureBlockers(trx, def, centreId, ref.id);
      if (reasons.length) throw erasureBlocked(reasons);
      await openAnonymisationDoor(trx);
      await scrubOtherAudit(
        trx,
        centreId,
        await otherAuditIds(trx, def, centreId, ref.id),
        p.tokens,
        pseudonym,
      );
      await eraseOtherRows(trx, def, centreId, ref.id);
      await audit(trx, ctx, 'person.erase', ref.kind.toLowerCase(), ref.id, {
        person: pseudonym,
        kind: ref.kind,
        legalBasis: 'art. 17 RODO',
      });
    });
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw erasureBlocked([
        'w innym module są zapisy o tej osobie, które muszą zostać — usuń je tam albo sprostuj dane.',
      ]);
    throw error;
  }
  return { person: pseudonym };
}
