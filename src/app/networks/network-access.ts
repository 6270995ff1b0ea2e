import type { Role } from '../../contracts/common';
import { type Action, can } from '../../domain/access/permissions';
import type { NetworkRole } from '../../domain/access/roles';
import { findNetworkById, findOpenMembership, isCoordinator } from '../../db/network.repository';
import type { NetworkMemberRow, NetworkRow } from '../../db/schema';
import { AppError, forbidden } from '../app-error';
import type { AppDeps } from '../deps';

/**
 * Who calls a network route: the account, and the centre she works in now (none for a coordinator from
 * an OWES or a ROPS who has no centre of her own) with her roles there.
 */
export interface NetworkCaller {
  userId: string;
  email: string;
  ip: string | null;
  centreId: string | null;
  centreRoles: readonly Role[];
}

/** What the caller is in one network: coordinator, and/or her current centre's open membership. */
export interface NetworkAccess {
  network: NetworkRow;
  isCoordinator: boolean;
  membership: NetworkMemberRow | undefined;
  roles: (Role | NetworkRole)[];
}

/**
 * Loads a network as the caller may see it: NOT_FOUND unless she coordinates it or her current centre
 * is invited to or a member of it (a network nobody told her about does not exist for her). The roles
 * are the coordinator role plus, for an active member, her roles in that centre.
 */
export async function loadNetworkAccess(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
): Promise<NetworkAccess> {
  const network = await findNetworkById(deps.db, networkId);
  if (!network) throw new AppError('NOT_FOUND');
  const coordinator = await isCoordinator(deps.db, networkId, caller.userId);
  const membership = caller.centreId
    ? await findOpenMembership(deps.db, networkId, caller.centreId)
    : undefined;
  if (!coordinator && !membership) throw new AppError('NOT_FOUND');
  const roles: (Role | NetworkRole)[] = [
    ...(coordinator ? (['NETWORK_COORDINATOR'] as const) : []),
    ...(membership?.status === 'ACTIVE' ? caller.centreRoles : []),
  ];
  return { network, isCoordinator: coordinator, membership, roles };
}

/** Throws FORBIDDEN unless the caller's roles in the network allow the action. */
export function requireNetwork(access: NetworkAccess, action: Action): void {
  if (!can({ roles: access.roles }, action)) throw forbidden();
}

/** The director of an invited or member centre, acting for it (accepting, leaving, adopting …). */
export function requireMemberDirector(
  access: NetworkAccess,
  caller: NetworkCaller,
  status: 'INVITED' | 'ACTIVE',
) {
  if (
    !access.membership ||
    access.membership.status !== status ||
    !can({ roles: caller.centreRoles }, 'networks.join')
  )
    throw forbidden();
  return access.membership;
}
