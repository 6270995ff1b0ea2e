import type { AuditEntry, AuditQuery } from '../../contracts/audit.contract';
import { can } from '../../domain/access/policies';
import { findAuditEntries } from '../../db/audit.repository';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';

/** A page of the current centre's audit log, for directors and administrators. */
export async function listAuditEntries(deps: AppDeps, ctx: CallContext, query: AuditQuery) {
  if (!can.viewAuditLog(ctx.actor)) throw forbidden();
  const { rows, total } = await findAuditEntries(deps.db, {
    centreId: ctx.actor.centreId,
    actorUserId: query.actorUserId,
    action: query.action,
    entityType: query.entityType,
    entityId: query.entityId,
    from: query.from,
    to: query.to,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const items: AuditEntry[] = rows.map((r) => ({
    id: r.id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    actorUserId: r.actor_user_id,
    actorEmail: r.actor_email,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    ip: r.ip,
    details: r.details,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
