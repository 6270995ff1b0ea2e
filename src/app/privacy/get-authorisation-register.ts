import type { AuthorisationRegister } from '../../contracts/privacy.contract';
import type { Role } from '../../contracts/common';
import { findAuditEntries } from '../../db/audit.repository';
import { findCentreAuthorisations } from '../../db/privacy.repository';
import { findCentreMembers } from '../../db/user.repository';
import { addDays } from '../../domain/calendar';
import { accountStanding } from '../../domain/privacy/authorisation';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { ACCESS_REFUSED_ACTION } from './check-personal-data-access';
import { presentAuthorisation, requireAction } from './present-authorisation';

/**
 * The centre's register of authorisations (who, since when, until when, revoked), every member's standing
 * today, and the refusals of the last 30 days — how the director and the administrator learn of them.
 */
export async function getAuthorisationRegister(
  deps: AppDeps,
  ctx: CallContext,
): Promise<AuthorisationRegister> {
  requireAction(ctx, 'authorisations.view');
  const today = todayInPoland(deps);
  const [rows, members, refusals] = await Promise.all([
    findCentreAuthorisations(deps.db, ctx.actor.centreId),
    findCentreMembers(deps.db, ctx.actor.centreId),
    findAuditEntries(deps.db, {
      centreId: ctx.actor.centreId,
      action: ACCESS_REFUSED_ACTION,
      from: addDays(today, -30),
      limit: 100,
      offset: 0,
    }),
  ]);
  const items = rows.map((r) => presentAuthorisation(r, today));
  return {
    today,
    items,
    members: members
      .filter((m) => m.is_active && m.user_active)
      .map((m) => ({
        userId: m.user_id,
        fullName: m.full_name,
        email: m.email,
        roles: m.roles as Role[],
        standing: accountStanding(
          items.filter((a) => a.userId === m.user_id).map((a) => ({ ...a, revoked: a.revokedAt !== null })),
          today,
        ),
      })),
    refusals: refusals.rows.map((r) => ({
      occurredAt: new Date(r.occurred_at).toISOString(),
      userId: r.actor_user_id,
      email: r.actor_email,
      standing: (r.details.standing as AuthorisationRegister['refusals'][number]['standing']) ?? 'MISSING',
    })),
  };
}
