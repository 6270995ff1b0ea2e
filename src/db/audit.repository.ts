import { sql } from 'kysely';
import type { Db } from './connection';
import type { AuditRow } from './schema';

export interface AuditEntryInput {
  centreId: string | null;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  details?: Record<string, unknown>;
}

/** Appends one entry to the audit log (the table refuses updates and deletes). */
export async function insertAuditEntry(db: Db, entry: AuditEntryInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      centre_id: entry.centreId,
      actor_user_id: entry.actorUserId,
      actor_email: entry.actorEmail,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      ip: entry.ip,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface AuditFilter {
  centreId: string;
  actorUserId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** One page of a centre's audit log, newest first, with the total count. */
export async function findAuditEntries(db: Db, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  let query = db.selectFrom('audit_log').where('centre_id', '=', f.centreId);
  if (f.actorUserId) query = query.where('actor_user_id', '=', f.actorUserId);
  if (f.action) query = query.where('action', 'like', `${f.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (f.entityType) query = query.where('entity_type', '=', f.entityType);
  if (f.entityId) query = query.where('entity_id', '=', f.entityId);
  // Calendar days are taken in Polish time: the log is read by people in Poland.
  if (f.from)
    query = query.where(
      sql<boolean>`occurred_at >= (${f.from}::date)::timestamp at time zone 'Europe/Warsaw'`,
    );
  if (f.to)
    query = query.where(
      sql<boolean>`occurred_at < (${f.to}::date + 1)::timestamp at time zone 'Europe/Warsaw'`,
    );

  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
