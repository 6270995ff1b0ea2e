import type { z } from 'zod';
import type { CoordinatorAccountCreateSchema } from '../../contracts/network-work.contract';
import { can } from '../../domain/access/permissions';
import { insertAuditEntry } from '../../db/audit.repository';
import { isUniqueViolation } from '../../db/errors';
import { insertUser } from '../../db/user.repository';
import { AppError, forbidden } from '../app-error';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords';
import type { AppDeps } from '../deps';
import type { NetworkCaller } from './network-access';

/**
 * An administrator creates the account of a network coordinator from an OWES, a ROPS or another
 * organisation: an account with no centre and no role in any centre — it reaches a network only once
 * it is named its coordinator, and then only the network's aggregates.
 */
export async function createCoordinatorAccount(
  deps: AppDeps,
  caller: NetworkCaller,
  input: z.infer<typeof CoordinatorAccountCreateSchema>,
) {
  if (!caller.centreId || !can({ roles: caller.centreRoles }, 'networks.coordinators.create'))
    throw forbidden();
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
    await insertAuditEntry(trx, {
      centreId: caller.centreId,
      actorUserId: caller.userId,
      actorEmail: caller.email,
      action: 'network.coordinator_account.create',
      entityType: 'user',
      entityId: user.id,
      ip: caller.ip,
      details: { email: user.email, fullName: user.full_name },
    });
    return { id: user.id, email: user.email, fullName: user.full_name };
  });
}
