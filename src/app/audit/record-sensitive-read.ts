import { insertAuditEntry } from '../../db/audit.repository';
import type { Db } from '../../db/connection';
import type { CallContext } from '../context';

/**
 * Records that the caller saw sensitive personal data (health, addiction, criminal past,
 * eligibility groups…) of one record: which fields, in which centre, from which address.
 * Use cases call it in the same transaction as the read, before returning the data.
 */
export async function recordSensitiveRead(
  db: Db,
  ctx: CallContext,
  record: { entityType: string; entityId: string; fields: readonly string[]; purpose?: string },
): Promise<void> {
  if (record.fields.length === 0) return;
  await insertAuditEntry(db, {
    centreId: ctx.actor.centreId,
    actorUserId: ctx.actor.userId,
    actorEmail: ctx.actorEmail,
    action: `${record.entityType}.read_sensitive`,
    entityType: record.entityType,
    entityId: record.entityId,
    ip: ctx.ip,
    details: { fields: [...record.fields], ...(record.purpose ? { purpose: record.purpose } : {}) },
  });
}
