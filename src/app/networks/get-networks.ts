import type { Network } from '../../contracts/network.contract';
import { can } from '../../domain/access/permissions';
import { findCandidateCentres, findMembers, findNetworksOfCaller } from '../../db/network.repository';
import { forbidden } from '../app-error';
import type { AppDeps } from '../deps';
import { loadNetworkAccess, type NetworkCaller, requireNetwork } from './network-access';
import { presentNetwork } from './present-network';

/** The networks the caller coordinates and those her current centre is invited to or belongs to. */
export async function getNetworks(deps: AppDeps, caller: NetworkCaller): Promise<{ networks: Network[] }> {
  const rows = await findNetworksOfCaller(deps.db, caller.userId, caller.centreId);
  const networks: Network[] = [];
  for (const row of rows) {
    const access = await loadNetworkAccess(deps, caller, row.id);
    if (!access.isCoordinator && !can({ roles: caller.centreRoles }, 'networks.view')) continue;
    networks.push(presentNetwork(row, access, await findMembers(deps.db, row.id), deps.gminas));
  }
  return { networks };
}

/** One network as the caller may see it (NOT_FOUND when she has nothing to do with it). */
export async function getNetwork(deps: AppDeps, caller: NetworkCaller, id: string): Promise<Network> {
  const access = await loadNetworkAccess(deps, caller, id);
  if (!access.isCoordinator && !can({ roles: caller.centreRoles }, 'networks.view')) throw forbidden();
  return presentNetwork(access.network, access, await findMembers(deps.db, id), deps.gminas);
}

/** The coordinator's list of centres on this server she may invite (names and towns only). */
export async function getCandidateCentres(deps: AppDeps, caller: NetworkCaller, id: string) {
  const access = await loadNetworkAccess(deps, caller, id);
  requireNetwork(access, 'networks.coordinate');
  return { centres: await findCandidateCentres(deps.db, id) };
}
