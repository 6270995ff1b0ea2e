import QRCode from 'qrcode';
import { isTotpRequired } from '../../domain/access/policies';
import { insertAuditEntry } from '../../db/audit.repository';
import { deleteUserSessions } from '../../db/session.repository';
import { updateUser } from '../../db/user.repository';
import { AppError } from '../app-error';
import { centreSettings } from '../centres/centre-mapper';
import type { Origin } from '../context';
import type { AppDeps } from '../deps';
import { PASSWORD_MESSAGES } from '../../domain/access/password-policy';
import { assertPasswordAcceptable, hashPassword, verifyPassword } from './passwords';
import type { SessionInfo } from './session';
import { consumeTotpCode, newTotpSecret, totpUri } from './totp';
import type { Role } from '../../contracts/common';

const auditSelf = (
  deps: AppDeps,
  info: SessionInfo,
  origin: Origin,
  action: string,
  details: Record<string, unknown> = {},
) =>
  insertAuditEntry(deps.db, {
    centreId: info.current?.centre_id ?? null,
    actorUserId: info.user.id,
    actorEmail: info.user.email,
    action,
    entityType: 'user',
    entityId: info.user.id,
    ip: origin.ip,
    details,
  });

/** Changes the caller's password after checking the current one; other sessions are ended. */
export async function changePassword(
  deps: AppDeps,
  info: SessionInfo,
  input: { currentPassword: string; newPassword: string },
  origin: Origin,
) {
  if (!(await verifyPassword(info.user.password_hash, input.currentPassword))) {
    throw AppError.fields(
      [{ path: 'currentPassword', code: 'WRONG_PASSWORD', message: 'Obecne hasło jest nieprawidłowe.' }],
      'WRONG_PASSWORD',
    );
  }
  assertPasswordAcceptable(input.newPassword, 'newPassword', info.user.email);
  if (await verifyPassword(info.user.password_hash, input.newPassword))
    throw AppError.fields([
      { path: 'newPassword', code: 'PASSWORD_REUSED', message: PASSWORD_MESSAGES.PASSWORD_REUSED },
    ]);
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await updateUser(trx, info.user.id, { password_hash: passwordHash, password_changed_at: deps.now() });
    await deleteUserSessions(trx, info.user.id, info.session.id);
    await auditSelf({ ...deps, db: trx }, info, origin, 'user.password_change');
  });
}

/** Starts TOTP enrolment: a new secret (not active until confirmed) and its QR code. */
export async function startTotpSetup(deps: AppDeps, info: SessionInfo) {
  const secret = newTotpSecret();
  await updateUser(deps.db, info.user.id, { totp_secret: secret, totp_enabled: false });
  const otpauthUrl = totpUri(secret, info.user.email);
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, otpauthUrl, qrSvg };
}

/** Activates TOTP once the user proves their app produces the right code. */
export async function confirmTotp(deps: AppDeps, info: SessionInfo, code: string, origin: Origin) {
  if (!info.user.totp_secret || info.user.totp_enabled)
    throw AppError.fields([
      {
        path: 'code',
        code: 'TOTP_NOT_STARTED',
        message: 'Najpierw rozpocznij konfigurację uwierzytelniania.',
      },
    ]);
  if (!(await consumeTotpCode(deps.db, info.user, code, deps.now().getTime()))) throw totpInvalid();
  await updateUser(deps.db, info.user.id, { totp_enabled: true });
  await auditSelf(deps, info, origin, 'user.totp_enable');
}

const totpInvalid = () =>
  AppError.fields(
    [{ path: 'code', code: 'TOTP_INVALID', message: 'Nieprawidłowy kod jednorazowy.' }],
    'TOTP_INVALID',
  );

/**
 * Turns TOTP off: the password and a current code are required (a stolen session or password alone
 * cannot remove the second factor); refused when a centre requires it for one of the user's roles.
 */
export async function disableTotp(
  deps: AppDeps,
  info: SessionInfo,
  input: { password: string; code: string },
  origin: Origin,
) {
  if (!(await verifyPassword(info.user.password_hash, input.password))) {
    throw AppError.fields(
      [{ path: 'password', code: 'WRONG_PASSWORD', message: 'Hasło jest nieprawidłowe.' }],
      'WRONG_PASSWORD',
    );
  }
  if (!(await consumeTotpCode(deps.db, info.user, input.code, deps.now().getTime()))) throw totpInvalid();
  const requiredSomewhere = info.centres.some((c) =>
    isTotpRequired(c.roles as Role[], centreSettings(c.settings).totpRequiredRoles),
  );
  if (requiredSomewhere)
    throw new AppError('FORBIDDEN', {
      message:
        'Twoja rola w jednym z centrów wymaga uwierzytelniania dwuskładnikowego — nie można go wyłączyć.',
    });
  await updateUser(deps.db, info.user.id, { totp_enabled: false, totp_secret: null, totp_last_step: null });
  await auditSelf(deps, info, origin, 'user.totp_disable');
}
