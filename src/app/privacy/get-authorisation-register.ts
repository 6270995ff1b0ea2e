import type { AuthorisationRegister } from '../../contracts/privacy.contract';
import type { Role } from '../../contracts/common';
import { findAuditEntries } from '../../db/audit.repository';
import { findCentreAuthorisations } from '../../db/privacy.repository';
import { findCentreMembers } from '../../db/user.repository';
import { PARTNER_ROLE } from '../../domain/access/roles';
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
  const [rows, members, refusals, partners] = await Promise.all([
    findCentreAuthorisations(deps.db, ctx.actor.centreId),
    findCentreMembers(deps.db, ctx.actor.centreId),
    findAuditEntries(deps.db, {
      centreId: ctx.actor.centreId,
      action: ACCESS_REFUSED_ACTION,
      from: addDays(today, -30),
      limit: 100,
      offset: 0,
    }),
    deps.db
      .selectFrom('partner_accounts as a')
      .innerJoin('partners as p', (j) =>
        j.onRef('p.id', '=', 'a.partner_id').onRef('p.centre_id', '=', 'a.centre_id'),
      )
      .select(['a.user_id', 'p.name'])
      .where('a.centre_id', '=', ctx.actor.centreId)
      .execute(),
  ]);
  const partnerOf = new Map(partners.map((p) => [p.user_id, p.name]));
  const active = members.filter((m) => m.is_active && m.user_active);
  const isPartner = (m: (typeof members)[number]) => (m.roles as Role[]).includes(PARTNER_ROLE);
  const items = rows.map((r) => presentAuthorisation(r, today));
  return {
    today,
    items,
    members: active
      .filter((m) => !isPartner(m))
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
    partnerAccounts: active.filter(isPartner).map((m) => ({
      userId: m.user_id,
      fullName: m.full_name,
      email: m.email,
      partnerName: partnerOf.get(m.user_id) ?? null,
    })),
    refusals: refusals.rows.map((r) => ({
      occurredAt: new Date(r.occurred_at).toISOString(),
      userId: r.actor_user_id,
      email: r.actor_email,
      standing: (r.details.standing as AuthorisationRegister['refusals'][number]['standing']) ?? 'MISSING',
    })),
  };
}
