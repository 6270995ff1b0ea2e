import type { Role } from '../../contracts/common';
import type { User, UserAddExisting } from '../../contracts/user.contract';
import { can } from '../../domain/access/policies';
import { PARTNER_ROLE } from '../../domain/access/roles';
import { insertAuditEntry } from '../../db/audit.repository';
import {
  findCentreMember,
  findUserByEmail,
  findUserCentres,
  insertMembership,
} from '../../db/user.repository';
import { AppError, forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';

/**
 * An administrator gives an account that already exists (a colleague working in another centre) roles
 * in her own centre. The answer and the audit name only this centre's membership: the account's other
 * centres stay invisible to her.
 */
export async function addExistingUser(
  deps: AppDeps,
  ctx: CallContext,
  input: UserAddExisting,
): Promise<User> {
  if (!can.manageUsers(ctx.actor)) throw forbidden();
  return deps.db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, input.email);
    if (!user)
      throw AppError.fields([
        {
          path: 'email',
          code: 'NO_SUCH_ACCOUNT',
          message: 'Nie ma konta z tym adresem e-mail. Utwórz nowe konto.',
        },
      ]);
    // A partner institution's account stays one (issue 16): it never becomes staff of a centre.
    if ((await findUserCentres(trx, user.id)).some((c) => c.roles.includes(PARTNER_ROLE)))
      throw new AppError('PARTNER_ACCOUNT');
    if (await findCentreMember(trx, ctx.actor.centreId, user.id))
      throw AppError.fields(
        [
          {
            path: 'email',
            code: 'ALREADY_MEMBER',
            message: 'To konto ma już rolę w tym centrum — zmień jego role na liście użytkowników.',
          },
        ],
        'INVALID_STATE',
      );
    await insertMembership(trx, ctx.actor.centreId, user.id, input.roles);
    await insertAuditEntry(trx, {
      centreId: ctx.actor.centreId,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'user.add_existing',
      entityType: 'user',
      entityId: user.id,
      ip: ctx.ip,
      details: { email: user.email, roles: input.roles },
    });
    const member = (await findCentreMember(trx, ctx.actor.centreId, user.id))!;
    return {
      id: member.user_id,
      email: member.email,
      fullName: member.full_name,
      roles: member.roles as Role[],
      isActive: member.is_active && member.user_active,
      totpEnabled: member.totp_enabled,
      createdAt: new Date(member.created_at).toISOString(),
    };
  });
}
