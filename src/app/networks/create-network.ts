import type { Network, NetworkCreate } from '../../contracts/network.contract';
import type { FieldError } from '../../contracts/errors';
import { can } from '../../domain/access/permissions';
import { insertAuditEntry } from '../../db/audit.repository';
import { findCentreById } from '../../db/centre.repository';
import { findMembers, insertCoordinator, insertNetwork } from '../../db/network.repository';
import { findUserByEmail } from '../../db/user.repository';
import { AppError, forbidden } from '../app-error';
import type { AppDeps } from '../deps';
import type { NetworkCaller } from './network-access';
import { presentNetwork } from './present-network';

/**
 * The server's administrator sets up a network (cluster, sieć, konwent): its name, its area by TERYT,
 * the coordinating organisation and the accounts that coordinate it (they must exist already — an OWES
 * or ROPS coordinator gets an account without any centre). Members join later by invitation.
 */
export async function createNetwork(
  deps: AppDeps,
  caller: NetworkCaller,
  input: NetworkCreate,
): Promise<Network> {
  if (!caller.centreId || !can({ roles: caller.centreRoles }, 'networks.create')) throw forbidden();

  const fields: FieldError[] = [];
  input.areaCodes.forEach((code, i) => {
    const known = code.length === 7 ? !!deps.gminas.get(code) : deps.gminas.search(code, 1).length > 0;
    if (!known)
      fields.push({
        path: `areaCodes.${i}`,
        code: 'UNKNOWN_TERYT',
        message: 'Nie ma takiego kodu w rejestrze TERYT.',
      });
  });
  if (input.coordinatorOrgKind === 'MEMBER' && !input.coordinatorCentreId)
    fields.push({
      path: 'coordinatorCentreId',
      code: 'REQUIRED',
      message: 'Wskaż centrum, które koordynuje sieć.',
    });
  if (input.coordinatorCentreId && !(await findCentreById(deps.db, input.coordinatorCentreId)))
    fields.push({ path: 'coordinatorCentreId', code: 'NOT_FOUND', message: 'Nie ma takiego centrum.' });
  const users = await Promise.all(input.coordinatorEmails.map((e) => findUserByEmail(deps.db, e)));
  users.forEach((u, i) => {
    if (!u)
      fields.push({
        path: `coordinatorEmails.${i}`,
        code: 'NO_SUCH_ACCOUNT',
        message: 'Nie ma konta z tym adresem e-mail. Najpierw utwórz konto koordynatora.',
      });
  });
  if (fields.length) throw AppError.fields(fields);

  return deps.db.transaction().execute(async (trx) => {
    const network = await insertNetwork(trx, {
      name: input.name,
      kind: input.kind,
      area_codes: [...new Set(input.areaCodes)],
      coordinator_org_name: input.coordinatorOrgName,
      coordinator_org_kind: input.coordinatorOrgKind,
      coordinator_centre_id: input.coordinatorCentreId,
      created_by: caller.userId,
    });
    for (const id of new Set(users.map((u) => u!.id))) await insertCoordinator(trx, network.id, id);
    await insertAuditEntry(trx, {
      centreId: caller.centreId,
      actorUserId: caller.userId,
      actorEmail: caller.email,
      action: 'network.create',
      entityType: 'network',
      entityId: network.id,
      ip: caller.ip,
      details: { name: network.name, coordinators: input.coordinatorEmails },
    });
    const isCoordinator = users.some((u) => u!.id === caller.userId);
    return presentNetwork(
      network,
      { isCoordinator, membership: undefined },
      await findMembers(trx, network.id),
      deps.gminas,
    );
  });
}
