import type { Role } from '../../contracts/common';
import type { User, UserCreate, UserUpdate } from '../../contracts/user.contract';
import { can } from '../../domain/access/policies';
import { PARTNER_ROLE } from '../../domain/access/roles';
import { insertAuditEntry } from '../../db/audit.repository';
import { isUniqueViolation } from '../../db/errors';
import { deleteUserSessions, deleteUserSessionsInCentre } from '../../db/session.repository';
import {
  countActiveAdmins,
  findCentreMember,
  findCentreMembers,
  findUserCentres,
  insertMembership,
  insertUser,
  updateMembership,
  updateUser,
  type MemberRow,
} from '../../db/user.repository';
import { AppError, forbidden, notFound } from '../app-error';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';

function toUser(row: MemberRow): User {
  return {
    id: row.user_id,
    email: row.email,
    fullName: row.full_name,
    roles: row.roles as Role[],
    isActive: row.is_active && row.user_active,
    totpEnabled: row.totp_enabled,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The accounts with a role in the caller's centre. */
export async function listUsers(deps: AppDeps, ctx: CallContext): Promise<User[]> {
  if (!can.viewUsers(ctx.actor)) throw forbidden();
  return (await findCentreMembers(deps.db, ctx.actor.centreId)).map(toUser);
}

/** One account of the caller's centre; an account of another centre is NOT_FOUND. */
export async function getUser(deps: AppDeps, ctx: CallContext, id: string): Promise<User> {
  if (!can.viewUsers(ctx.actor)) throw forbidden();
  const row = await findCentreMember(deps.db, ctx.actor.centreId, id);
  if (!row) throw notFound();
  return toUser(row);
}

/** Creates an account with roles in the caller's centre. */
export async function createUser(deps: AppDeps, ctx: CallContext, input: UserCreate): Promise<User> {
  if (!can.manageUsers(ctx.actor)) throw forbidden();
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
      if (isUniqueViolation(error))
        throw AppError.fields(
          [{ path: 'email', code: 'EMAIL_TAKEN', message: 'Konto z tym adresem e-mail już istnieje.' }],
          'EMAIL_TAKEN',
        );
      throw error;
    }
    await insertMembership(trx, ctx.actor.centreId, user.id, input.roles);
    await insertAuditEntry(trx, {
      centreId: ctx.actor.centreId,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      ip: ctx.ip,
      details: { email: user.email, fullName: user.full_name, roles: input.roles },
    });
    const member = await findCentreMember(trx, ctx.actor.centreId, user.id);
    return toUser(member!);
  });
}

/**
 * Whether the caller may change the account's global credentials (name, TOTP, every session): only
 * the account itself, or an administrator of every centre the account belongs to. An administrator of
 * one centre must not rename, reset or sign out a person another centre relies on.
 */
async function mayChangeGlobalCredentials(
  db: AppDeps['db'],
  ctx: CallContext,
  userId: string,
): Promise<boolean> {
  if (ctx.actor.userId === userId) return true;
  const administered = new Set(
    (await findUserCentres(db, ctx.actor.userId))
      .filter((c) => c.roles.includes('ADMIN'))
      .map((c) => c.centre_id),
  );
  return (await findUserCentres(db, userId)).every((c) => administered.has(c.centre_id));
}

/** Changes name, roles or activity of an account in the caller's centre; keeps at least one active administrator. */
export async function updateUserInCentre(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: UserUpdate,
): Promise<User> {
  if (!can.manageUsers(ctx.actor)) throw forbidden();
  return deps.db.transaction().execute(async (trx) => {
    const before = await findCentreMember(trx, ctx.actor.centreId, id);
    if (!before) throw notFound();
    const global = await mayChangeGlobalCredentials(trx, ctx, id);
    const renames = input.fullName !== undefined && input.fullName !== before.full_name;
    if (!global && (renames || input.resetTotp)) throw new AppError('SHARED_ACCOUNT');
    // A partner account's roles belong to the partner's card (issue 16), not to staff management.
    if (input.roles !== undefined && (before.roles as Role[]).includes(PARTNER_ROLE))
      throw new AppError('PARTNER_ACCOUNT');

    if (input.fullName !== undefined || input.resetTotp) {
      await updateUser(trx, id, {
        ...(input.fullName !== undefined ? { full_name: input.fullName } : {}),
        ...(input.resetTotp ? { totp_enabled: false, totp_secret: null } : {}),
      });
    }
    if (input.roles !== undefined || input.isActive !== undefined) {
      await updateMembership(trx, ctx.actor.centreId, id, {
        ...(input.roles !== undefined ? { roles: input.roles } : {}),
        ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
      });
      if ((await countActiveAdmins(trx, ctx.actor.centreId)) === 0) throw new AppError('LAST_ADMIN');
    }
    if (input.isActive === false && !global) await deleteUserSessionsInCentre(trx, id, ctx.actor.centreId);
    else if (input.isActive === false || input.resetTotp) await deleteUserSessions(trx, id);

    const after = await findCentreMember(trx, ctx.actor.centreId, id);
    const changes: Record<string, unknown> = {};
    if (input.fullName !== undefined && input.fullName !== before.full_name)
      changes.fullName = { from: before.full_name, to: input.fullName };
    if (input.roles !== undefined) changes.roles = { from: before.roles, to: after!.roles };
    if (input.isActive !== undefined && input.isActive !== before.is_active)
      changes.isActive = { from: before.is_active, to: input.isActive };
    if (input.resetTotp) changes.resetTotp = true;
    await insertAuditEntry(trx, {
      centreId: ctx.actor.centreId,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      ip: ctx.ip,
      details: changes,
    });
    return toUser(after!);
  });
}
