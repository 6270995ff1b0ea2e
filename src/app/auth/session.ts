import type { LoginRequest, MeResponse } from '../../contracts/auth.contract';
import type { Role } from '../../contracts/common';
import { isTotpRequired, type Actor } from '../../domain/access/policies';
import { insertAuditEntry } from '../../db/audit.repository';
import type { SessionRow, UserRow } from '../../db/schema';
import {
  deleteSession,
  deleteUserSessions,
  findSessionForRequest,
  insertSession,
  type SessionAuthorisationRow,
  setSessionCentre,
  touchSession,
} from '../../db/session.repository';
import { findUserByEmail, findUserCentres, type UserCentreRow } from '../../db/user.repository';
import { AppError } from '../app-error';
import { centreSettings } from '../centres/centre-mapper';
import { getSetupStatus } from '../setup/complete-setup';
import type { Origin } from '../context';
import type { AppDeps } from '../deps';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { hashToken, newCsrfToken, newSessionToken } from './tokens';
import { consumeTotpCode } from './totp';
import { allowedActions } from '../../domain/access/permissions';

/** A signed-in caller, resolved from the session cookie on each request. */
export interface SessionInfo {
  session: SessionRow;
  user: UserRow;
  centres: UserCentreRow[];
  current: UserCentreRow | undefined;
  roles: Role[];
  totpEnrolmentRequired: boolean;
  /** The user's authorisations (art. 8b) in the current centre, read with the session in the same statement. */
  authorisations: SessionAuthorisationRow[];
}

/** Checks e-mail, password and (when enabled) the TOTP code; opens a session. Throttled per account and address. */
export async function login(
  deps: AppDeps,
  input: LoginRequest,
  origin: Origin,
): Promise<{ token: string; info: SessionInfo }> {
  const retryAfterSeconds = await deps.throttle.retryAfter(input.email, origin.ip, deps.now());
  if (retryAfterSeconds > 0) throw new AppError('LOGIN_RATE_LIMITED', { details: { retryAfterSeconds } });

  const user = await findUserByEmail(deps.db, input.email);
  const fail = async (code: 'INVALID_CREDENTIALS' | 'TOTP_INVALID', reason: string) => {
    await deps.throttle.recordFailure(input.email, origin.ip, deps.now());
    await insertAuditEntry(deps.db, {
      centreId: null,
      actorUserId: user?.id ?? null,
      actorEmail: input.email.slice(0, 254),
      action: 'auth.login_failed',
      entityType: 'session',
      entityId: null,
      ip: origin.ip,
      details: { reason },
    });
    return new AppError(code);
  };

  if (!user) {
    await verifyAgainstDummy(input.password);
    throw await fail('INVALID_CREDENTIALS', 'unknown_email');
  }
  if (!(await verifyPassword(user.password_hash, input.password)))
    throw await fail('INVALID_CREDENTIALS', 'wrong_password');
  if (!user.is_active) throw await fail('INVALID_CREDENTIALS', 'inactive');
  if (user.totp_enabled && user.totp_secret) {
    if (!input.totp) throw new AppError('TOTP_REQUIRED');
    if (!(await consumeTotpCode(deps.db, user, input.totp, deps.now().getTime())))
      throw await fail('TOTP_INVALID', 'wrong_or_used_totp');
  }
  await deps.throttle.recordSuccess(input.email, origin.ip);

  const centres = await findUserCentres(deps.db, user.id);
  const { token, id } = newSessionToken();
  const now = deps.now();
  await insertSession(deps.db, {
    id,
    user_id: user.id,
    csrf_token: newCsrfToken(),
    current_centre_id: centres[0]?.centre_id ?? null,
    ip: origin.ip,
    user_agent: origin.userAgent?.slice(0, 500) ?? null,
    expires_at: new Date(now.getTime() + deps.sessions.absoluteHours * 3600_000),
  });
  for (const centre of centres.length ? centres : [undefined]) {
    await insertAuditEntry(deps.db, {
      centreId: centre?.centre_id ?? null,
      actorUserId: user.id,
      actorEmail: user.email,
      action: 'auth.login',
      entityType: 'session',
      entityId: null,
      ip: origin.ip,
      details: {},
    });
  }
  const info = await resolveSession(deps, token);
  return { token, info };
}

/** The session behind a cookie token; throws UNAUTHENTICATED or SESSION_EXPIRED. Refreshes the idle timer. */
export async function resolveSession(deps: AppDeps, token: string | undefined): Promise<SessionInfo> {
  if (!token) throw new AppError('UNAUTHENTICATED');
  const id = hashToken(token);
  // One statement: the session, its user, the user's centres and authorisations (decision 0039).
  const found = await findSessionForRequest(deps.db, id);
  if (!found) throw new AppError('SESSION_EXPIRED');
  const { session, user, centres } = found;
  const now = deps.now().getTime();
  const idleLimit = new Date(session.last_seen_at).getTime() + deps.sessions.idleMinutes * 60_000;
  if (now > new Date(session.expires_at).getTime() || now > idleLimit || !user.is_active) {
    await deleteSession(deps.db, id);
    throw new AppError('SESSION_EXPIRED');
  }
  // Writing on every request would serialise reads behind writes; a minute of precision is enough.
  if (now - new Date(session.last_seen_at).getTime() > 60_000) await touchSession(deps.db, id, new Date(now));

  const current = centres.find((c) => c.centre_id === session.current_centre_id) ?? centres[0];
  const roles = (current?.roles ?? []) as Role[];
  const required = current ? centreSettings(current.settings).totpRequiredRoles : [];
  return {
    session,
    user,
    centres,
    current,
    roles,
    totpEnrolmentRequired: !user.totp_enabled && isTotpRequired(roles, required),
    authorisations: current ? found.authorisations.filter((a) => a.centre_id === current.centre_id) : [],
  };
}

/** The caller as the policies see it, in the current centre; throws when no centre is chosen. */
export function actorOf(info: SessionInfo): Actor {
  if (!info.current) throw new AppError('NO_CENTRE_SELECTED');
  return { userId: info.user.id, centreId: info.current.centre_id, roles: info.roles };
}

export async function toMe(deps: AppDeps, info: SessionInfo): Promise<MeResponse> {
  const instance = await getSetupStatus(deps);
  return {
    user: {
      id: info.user.id,
      email: info.user.email,
      fullName: info.user.full_name,
      totpEnabled: info.user.totp_enabled,
    },
    centres: info.centres.map((c) => ({
      id: c.centre_id,
      name: c.name,
      type: c.type,
      roles: c.roles as Role[],
      isDemo: c.is_demo,
    })),
    currentCentreId: info.current?.centre_id ?? null,
    roles: info.roles,
    allowedActions: allowedActions(info.roles),
    totpEnrolmentRequired: info.totpEnrolmentRequired,
    csrfToken: info.session.csrf_token,
    demo: instance.demo,
  };
}

/** Makes another of the user's centres the current one; a centre the user has no role in is NOT_FOUND. */
export async function switchCentre(
  deps: AppDeps,
  info: SessionInfo,
  centreId: string,
  token: string,
): Promise<SessionInfo> {
  if (!info.centres.some((c) => c.centre_id === centreId)) throw new AppError('NOT_FOUND');
  await setSessionCentre(deps.db, info.session.id, centreId);
  return resolveSession(deps, token);
}

export async function logout(deps: AppDeps, info: SessionInfo, origin: Origin): Promise<void> {
  await deleteSession(deps.db, info.session.id);
  await insertAuditEntry(deps.db, {
    centreId: info.current?.centre_id ?? null,
    actorUserId: info.user.id,
    actorEmail: info.user.email,
    action: 'auth.logout',
    entityType: 'session',
    entityId: null,
    ip: origin.ip,
  });
}

/** Ends every session of the user on every device. */
export async function logoutEverywhere(deps: AppDeps, info: SessionInfo, origin: Origin): Promise<number> {
  const count = await deleteUserSessions(deps.db, info.user.id);
  await insertAuditEntry(deps.db, {
    centreId: info.current?.centre_id ?? null,
    actorUserId: info.user.id,
    actorEmail: info.user.email,
    action: 'auth.logout_all',
    entityType: 'session',
    entityId: null,
    ip: origin.ip,
    details: { sessions: count },
  });
  return count;
}
