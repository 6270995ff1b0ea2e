import type { Transfer } from '../../contracts/network-work.contract';
import { SENSITIVE_TRANSFER_CATEGORIES } from '../../domain/networks/transfer';
import { insertAuditEntry } from '../../db/audit.repository';
import { findOwnPeople, findTransfersOfCentre } from '../../db/network-transfer.repository';
import { forbidden } from '../app-error';
import type { AppDeps } from '../deps';
import { loadNetworkAccess, type NetworkCaller, requireNetwork } from './network-access';
import { presentTransfer } from './present-transfer';

/**
 * The transfers the caller's centre sent and received in a network — its side of the history. The
 * coordinator has no centre's side and sees none. Opening incoming data that holds special-category
 * data (the eligibility groups) is written to the receiving centre's log.
 */
export async function getTransfers(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
): Promise<{ transfers: Transfer[] }> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  if (access.membership?.status !== 'ACTIVE' || !access.membership.centre_id) throw forbidden();
  requireNetwork(access, 'networks.transfers.view');
  const centreId = access.membership.centre_id;

  const rows = await findTransfersOfCentre(deps.db, networkId, centreId);
  const ownIds = rows
    .map((r) => (r.from_centre_id === centreId ? r.participant_id : r.received_participant_id))
    .filter((id): id is string => !!id);
  const people = new Map((await findOwnPeople(deps.db, centreId, ownIds)).map((p) => [p.id, p]));
  const transfers = rows.map((r) => presentTransfer(r, centreId, people, deps.now()));

  const sensitive = transfers.filter(
    (t) => t.data && t.categories.some((c) => SENSITIVE_TRANSFER_CATEGORIES.includes(c)),
  );
  for (const t of sensitive)
    await insertAuditEntry(deps.db, {
      centreId,
      actorUserId: caller.userId,
      actorEmail: caller.email,
      action: 'network_transfer.read_sensitive',
      entityType: 'network_transfer',
      entityId: t.id,
      ip: caller.ip,
      details: { fields: ['eligibilityGroups', 'eligibilityJustification'] },
    });
  return { transfers };
}
