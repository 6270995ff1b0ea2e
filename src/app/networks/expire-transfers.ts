import { insertAuditEntry } from '../../db/audit.repository';
import { expireWaitingTransfers } from '../../db/network-transfer.repository';
import type { AppDeps } from '../deps';

/**
 * Expires the transfers left unanswered past their expiry (the sending centre's setting, fixed when
 * sent): each becomes EXPIRED and the data sent — personal data in another centre's hands — are removed,
 * in one statement with both centres' log entries. The sender then sees "wygasło"; the receiver can no
 * longer accept. The queue runs it periodically (src/jobs/periodic.ts); `only` expires one person's
 * transfer to one centre before she is sent again. Idempotent: a second run finds nothing to do.
 */
export async function expireTransfers(
  deps: AppDeps,
  only?: { participantId: string; toCentreId: string },
): Promise<{ expired: number }> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const rows = await expireWaitingTransfers(trx, now, only);
    for (const row of rows)
      for (const centreId of [row.from_centre_id, row.to_centre_id])
        await insertAuditEntry(trx, {
          centreId,
          actorUserId: null,
          actorEmail: null,
          action: 'network.transfer.expired',
          entityType: 'network_transfer',
          entityId: row.id,
          ip: null,
          details: { networkId: row.network_id, removed: row.categories },
        });
    return { expired: rows.length };
  });
}
