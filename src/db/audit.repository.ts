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

/** The newest entry of one action by one account in a centre (to write a repeated event once). */
export async function findLatestAuditEntry(
  db: Db,
  f: { centreId: string; actorUserId: string; action: string },
): Promise<AuditRow | undefined> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('centre_id', '=', f.centreId)
    .where('actor_user_id', '=', f.actorUserId)
    .where('action', '=', f.action)
    .orderBy('occurred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Actions that record a read of sensitive personal data (breach support, GDPR art. 33–34 and art. 15). */
export const SENSITIVE_READ_ACTIONS = ['participant.search_sensitive', 'participant.subject_copy'] as const;

export interface SensitiveReadRow {
  occurred_at: Date;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  participant_id: string | null;
  first_name: string | null;
  last_name: string | null;
}

/**
 * Reads of sensitive data in a centre — of one person (their record and their documents) and/or by one
 * account — between two Polish calendar days, oldest first; `limit` rows at most.
 */
export async function findSensitiveReads(
  db: Db,
  f: {
    centreId: string;
    participantId?: string | undefined;
    actorUserId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    /** A surname's beginning (any case) or a whole PESEL. */
    person?: string | undefined;
    /** A fragment of the account's e-mail or full name. */
    account?: string | undefined;
    limit: number;
    offset?: number;
  },
): Promise<(SensitiveReadRow & { total: number })[]> {
  const person = f.participantId
    ? sql`and (a.entity_id = ${f.participantId} or a.entity_id in (
        select d.id::text from participant_documents d
        where d.centre_id = ${f.centreId} and d.participant_id = ${f.participantId}))`
    : sql``;
  const actor = f.actorUserId ? sql`and a.actor_user_id = ${f.actorUserId}` : sql``;
  const from = f.from
    ? sql`and a.occurred_at >= (${f.from}::date)::timestamp at time zone 'Europe/Warsaw'`
    : sql``;
  const to = f.to
    ? sql`and a.occurred_at < (${f.to}::date + 1)::timestamp at time zone 'Europe/Warsaw'`
    : sql``;
  const like = (v: string) => `${v.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}`;
  const personText = f.person
    ? sql`and (p.pesel = ${f.person} or lower(p.last_name) like ${`${like(f.person)}%`})`
    : sql``;
  const accountText = f.account
    ? sql`and (lower(coalesce(a.actor_email, '')) like ${`%${like(f.account)}%`} or exists (select 1 from users u
        where u.id = a.actor_user_id and lower(u.full_name) like ${`%${like(f.account)}%`}))`
    : sql``;
  const result = await sql<SensitiveReadRow & { total: number }>`
    select a.occurred_at, a.actor_user_id, a.actor_email, a.action, a.entity_type, a.entity_id, a.ip, a.details,
      p.id as participant_id, p.first_name, p.last_name, (count(*) over ())::int as total
    from audit_log a
    left join participant_documents d on a.entity_type = 'participant_document' and d.id::text = a.entity_id
    left join participants p on p.centre_id = a.centre_id
      and p.id::text = (case when a.entity_type = 'participant' then a.entity_id else d.participant_id::text end)
    where a.centre_id = ${f.centreId}
      and (a.action like '%.read\\_sensitive' or a.action in (${sql.join([...SENSITIVE_READ_ACTIONS])}))
      ${person} ${actor} ${from} ${to} ${personText} ${accountText}
    order by a.occurred_at, a.id
    limit ${f.limit} offset ${f.offset ?? 0}`.execute(db);
  return result.rows;
}
