import type { Network } from '../../contracts/network.contract';
import { insertAuditEntry } from '../../db/audit.repository';
import { findCentreById } from '../../db/centre.repository';
import { findMembers, findOpenMembership, insertMember, setMemberStatus } from '../../db/network.repository';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import {
  loadNetworkAccess,
  type NetworkCaller,
  requireMemberDirector,
  requireNetwork,
} from './network-access';
import { presentNetwork } from './present-network';

const alreadyMember = () =>
  AppError.fields(
    [
      {
        path: 'centreId',
        code: 'ALREADY_MEMBER',
        message:
          'To centrum jest już członkiem sieci albo ma zaproszenie, na które jeszcze nie odpowiedziało.',
      },
    ],
    'INVALID_STATE',
  );

/**
 * The coordinator invites a centre of this server; its director accepts or declines. A centre that is
 * already a member or already invited is refused with a message at the field.
 */
export async function inviteCentre(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  centreId: string,
): Promise<Network> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.coordinate');
  const centre = await findCentreById(deps.db, centreId);
  if (!centre)
    throw AppError.fields([{ path: 'centreId', code: 'NOT_FOUND', message: 'Nie ma takiego centrum.' }]);
  if (await findOpenMembership(deps.db, networkId, centreId)) throw alreadyMember();
  try {
    await deps.db.transaction().execute(async (trx) => {
      const member = await insertMember(trx, {
        network_id: networkId,
        centre_id: centreId,
        entity_kind: 'CENTRE',
        status: 'INVITED',
        invited_by: caller.userId,
      });
      // In the invited centre's own log, so its director sees who invited it.
      await insertAuditEntry(trx, {
        centreId,
        actorUserId: caller.userId,
        actorEmail: caller.email,
        action: 'network.invite',
        entityType: 'network_member',
        entityId: member.id,
        ip: caller.ip,
        details: { network: access.network.name },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyMember();
    throw error;
  }
  return presentNetwork(access.network, access, await findMembers(deps.db, networkId), deps.gminas);
}

/** The coordinator adds a social-economy entity (a social cooperative, a ZAZ …) without a participant register. */
export async function addEntityMember(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  input: { name: string; kind: string; nip: string | null },
): Promise<Network> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.coordinate');
  await insertMember(deps.db, {
    network_id: networkId,
    entity_name: input.name,
    entity_kind: input.kind,
    entity_nip: input.nip,
    status: 'ACTIVE',
    invited_by: caller.userId,
  });
  return presentNetwork(access.network, access, await findMembers(deps.db, networkId), deps.gminas);
}

/** The director of an invited centre accepts or declines the invitation; recorded in her centre's log. */
export async function respondToInvitation(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  accept: boolean,
): Promise<Network> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  const member = requireMemberDirector(access, caller, 'INVITED');
  await deps.db.transaction().execute(async (trx) => {
    await setMemberStatus(trx, member.id, {
      status: accept ? 'ACTIVE' : 'DECLINED',
      responded_at: deps.now(),
      responded_by: caller.userId,
    });
    await insertAuditEntry(trx, {
      centreId: caller.centreId,
      actorUserId: caller.userId,
      actorEmail: caller.email,
      action: accept ? 'network.join' : 'network.decline',
      entityType: 'network_member',
      entityId: member.id,
      ip: caller.ip,
      details: { network: access.network.name },
    });
  });
  return reload(deps, caller, networkId);
}

/** The director takes her centre out of the network; its figures stop counting from then on. */
export async function leaveNetwork(deps: AppDeps, caller: NetworkCaller, networkId: string): Promise<void> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  const member = requireMemberDirector(access, caller, 'ACTIVE');
  await deps.db.transaction().execute(async (trx) => {
    await setMemberStatus(trx, member.id, { status: 'LEFT', left_at: deps.now() });
    await insertAuditEntry(trx, {
      centreId: caller.centreId,
      actorUserId: caller.userId,
      actorEmail: caller.email,
      action: 'network.leave',
      entityType: 'network_member',
      entityId: member.id,
      ip: caller.ip,
      details: { network: access.network.name },
    });
  });
}

async function reload(deps: AppDeps, caller: NetworkCaller, networkId: string): Promise<Network> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  return presentNetwork(access.network, access, await findMembers(deps.db, networkId), deps.gminas);
}
