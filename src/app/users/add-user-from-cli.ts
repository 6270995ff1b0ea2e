import type { Role } from '../../contracts/common';
import { insertAuditEntry } from '../../db/audit.repository';
import { findCentreById, findCentreByRegon } from '../../db/centre.repository';
import {
  findCentreMember,
  findUserByEmail,
  insertMembership,
  insertUser,
  updateMembership,
} from '../../db/user.repository';
import { PARTNER_ROLE } from '../../domain/access/roles';
import { AppError } from '../app-error';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords';
import type { AppDeps } from '../deps';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The operator's way in (CLI): gives an account a role in a centre found by id or REGON,
 * creating the account when the e-mail is new (then a password is required).
 */
export async function addUserFromCli(
  deps: AppDeps,
  input: { centre: string; email: string; role: Role; fullName?: string; password?: string },
) {
  // A partner account is created on the partner's card (it is linked to its institution), never here.
  if (input.role === PARTNER_ROLE)
    throw new AppError('VALIDATION_FAILED', {
      message: 'Konto partnera zakłada kierownik na karcie partnera w aplikacji, nie polecenie „user add”.',
    });
  const centre = UUID.test(input.centre)
    ? await findCentreById(deps.db, input.centre)
    : await findCentreByRegon(deps.db, input.centre.replace(/\D/g, ''));
  if (!centre)
    throw new AppError('NOT_FOUND', {
      message: `Nie znaleziono centrum „${input.centre}” (podaj identyfikator lub REGON).`,
    });

  const existing = await findUserByEmail(deps.db, input.email);
  if (!existing) {
    if (!input.password)
      throw new AppError('VALIDATION_FAILED', { message: 'Nowe konto wymaga hasła (--password-stdin).' });
    assertPasswordAcceptable(input.password, 'password', input.email);
  }
  const passwordHash = existing ? undefined : await hashPassword(input.password!);

  return deps.db.transaction().execute(async (trx) => {
    const user =
      existing ??
      (await insertUser(trx, {
        email: input.email,
        full_name: input.fullName ?? input.email,
        password_hash: passwordHash!,
      }));
    const member = await findCentreMember(trx, centre.id, user.id);
    if (member?.roles.includes(PARTNER_ROLE)) throw new AppError('PARTNER_ACCOUNT');
    if (member) {
      await updateMembership(trx, centre.id, user.id, {
        roles: [...new Set([...member.roles, input.role])],
        is_active: true,
      });
    } else {
      await insertMembership(trx, centre.id, user.id, [input.role]);
    }
    await insertAuditEntry(trx, {
      centreId: centre.id,
      actorUserId: null,
      actorEmail: 'cli',
      action: existing ? 'user.update' : 'user.create',
      entityType: 'user',
      entityId: user.id,
      ip: null,
      details: { email: user.email, addedRole: input.role, via: 'cli' },
    });
    return { userId: user.id, centreId: centre.id, created: !existing };
  });
}
