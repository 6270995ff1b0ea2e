import type { PartnerAccountCreate } from '../../contracts/partner.contract';
import { isUniqueViolation } from '../../db/errors';
import { insertPartnerAccount, listPartnerAccounts } from '../../db/partner.repository';
import { deleteUserSessionsInCentre } from '../../db/session.repository';
import { findUserByEmail, insertMembership, updateMembership } from '../../db/user.repository';
import { PARTNER_ROLE } from '../../domain/access/roles';
import { AppError, notFound } from '../app-error';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, iso } from '../pathway/shared';
import { partnerOr404, requirePartnerAction } from './present-partner';
import { insertUser } from '../../db/user.repository';

const emailTaken = () =>
  AppError.fields(
    [
      {
        path: 'email',
        code: 'EMAIL_TAKEN',
        message: 'Konto z tym adresem e-mail już istnieje. Konto partnera musi mieć własny adres.',
      },
    ],
    'EMAIL_TAKEN',
  );

/**
 * The director gives a worker of a partner institution an account that sees only the status of the people
 * that institution referred (role PARTNER_VIEWER, linked to this partner). Always a new account of its own:
 * a staff account never doubles as a partner's.
 */
export async function createPartnerAccount(
  deps: AppDeps,
  ctx: CallContext,
  partnerId: string,
  input: PartnerAccountCreate,
) {
  requirePartnerAction(ctx, 'partners.accounts.manage');
  const partner = await partnerOr404(deps.db, ctx, partnerId);
  if (partner.archived_at)
    throw new AppError('INVALID_STATE', {
      message: 'Partner jest zarchiwizowany — nie można założyć mu konta.',
    });
  if (await findUserByEmail(deps.db, input.email)) throw emailTaken();
  assertPasswordAcceptable(input.password, 'password', input.email);
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    let user;
    try {
      user = await insertUser(trx, {
        email: input.email,
        full_name: input.fullName,
        password_hash: passwordHash,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
    await insertMembership(trx, ctx.actor.centreId, user.id, [PARTNER_ROLE]);
    await insertPartnerAccount(trx, {
      centre_id: ctx.actor.centreId,
      user_id: user.id,
      partner_id: partnerId,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'partner.account_create', 'user', user.id, { partnerId, email: user.email });
    return {
      userId: user.id,
      email: user.email,
      fullName: user.full_name,
      isActive: true,
      createdAt: iso(user.created_at),
    };
  });
}

/** The partner's accounts (active or switched off). */
export async function listAccountsOfPartner(deps: AppDeps, ctx: CallContext, partnerId: string) {
  requirePartnerAction(ctx, 'partners.accounts.manage');
  await partnerOr404(deps.db, ctx, partnerId);
  return (await listPartnerAccounts(deps.db, ctx.actor.centreId, partnerId)).map((a) => ({
    userId: a.user_id,
    email: a.email,
    fullName: a.full_name,
    isActive: a.is_active && a.user_active,
    createdAt: iso(a.created_at),
  }));
}

/** Switches a partner account off (or on again); switching off ends its sessions in this centre at once. */
export async function setPartnerAccountActive(
  deps: AppDeps,
  ctx: CallContext,
  partnerId: string,
  userId: string,
  active: boolean,
) {
  requirePartnerAction(ctx, 'partners.accounts.manage');
  await deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    const accounts = await listPartnerAccounts(trx, ctx.actor.centreId, partnerId);
    if (!accounts.some((a) => a.user_id === userId)) throw notFound();
    await updateMembership(trx, ctx.actor.centreId, userId, { is_active: active });
    if (!active) await deleteUserSessionsInCentre(trx, userId, ctx.actor.centreId);
    await audit(trx, ctx, active ? 'partner.account_enable' : 'partner.account_disable', 'user', userId, {
      partnerId,
    });
  });
  return listAccountsOfPartner(deps, ctx, partnerId);
}
