import { findLatestAuditEntry, insertAuditEntry } from '../../db/audit.repository';
import { findAuthorisationsOfUser } from '../../db/privacy.repository';
import { polishDate } from '../../domain/calendar';
import { type AuthorisationTerms, accountStanding } from '../../domain/privacy/authorisation';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';

export const ACCESS_REFUSED_ACTION = 'privacy.access_refused';

/**
 * Lets an account reach participants' personal data in a centre only with an authorisation in force today
 * (art. 8b ust. 4): otherwise throws PERSONAL_DATA_AUTHORISATION_REQUIRED with the reason. The first refusal
 * of an account in a day is written to the audit log, which the register shows to the director and the
 * administrator. Read on every request, so a revocation takes effect on the next click: the session guard
 * passes the terms it read with the session in the same request (decision 0039); without them they are read here.
 */
export async function checkPersonalDataAccess(
  deps: AppDeps,
  caller: { userId: string; centreId: string; email: string; ip: string | null },
  readWithSession?: readonly AuthorisationTerms[],
): Promise<void> {
  const today = todayInPoland(deps);
  const terms =
    readWithSession ??
    (await findAuthorisationsOfUser(deps.db, caller.centreId, caller.userId)).map((r) => ({
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      pledgeSignedOn: r.pledge_signed_on,
      revoked: r.revoked_at !== null,
    }));
  const standing = accountStanding(terms, today);
  if (standing === 'VALID') return;

  const last = await findLatestAuditEntry(deps.db, {
    centreId: caller.centreId,
    actorUserId: caller.userId,
    action: ACCESS_REFUSED_ACTION,
  });
  const sameDay = last && polishDate(new Date(last.occurred_at)) === today;
  if (!sameDay || last.details.standing !== standing)
    await insertAuditEntry(deps.db, {
      centreId: caller.centreId,
      actorUserId: caller.userId,
      actorEmail: caller.email,
      action: ACCESS_REFUSED_ACTION,
      entityType: 'user',
      entityId: caller.userId,
      ip: caller.ip,
      details: { standing },
    });
  throw new AppError('PERSONAL_DATA_AUTHORISATION_REQUIRED', { details: { standing } });
}
