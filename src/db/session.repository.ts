import { sql } from 'kysely';
import type { Db } from './connection';
import type { SessionRow, UserRow } from './schema';
import type { UserCentreRow } from './user.repository';

/** An authorisation's terms as the art. 8b check needs them (see `domain/privacy/authorisation.ts`). */
export interface SessionAuthorisationRow {
  centre_id: string;
  valid_from: string;
  valid_until: string | null;
  pledge_signed_on: string | null;
  revoked: boolean;
}

/** The name under which PostgreSQL keeps the session read prepared per connection (see `connection.ts`). */
export const SESSION_READ_STATEMENT = 'session_read';

const parsed = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * What every signed-in request needs, in one statement and one row: the session by the hash of its
 * token, its user, the centres where the user holds active roles (ordered by name, as `findUserCentres`)
 * and every authorisation the user holds or held in any centre (art. 8b; the caller keeps the current
 * centre's only). Read afresh on each request, so an expiry, a revocation or a removed role counts at once.
 * Prepared once per connection on PostgreSQL (issue #13 item 10, decision 0039).
 */
export async function findSessionForRequest(
  db: Db,
  id: string,
): Promise<
  | {
      session: SessionRow;
      user: UserRow;
      centres: UserCentreRow[];
      authorisations: SessionAuthorisationRow[];
    }
  | undefined
> {
  const { rows } = await sql<
    SessionRow &
      Omit<UserRow, 'id' | 'created_at' | 'updated_at'> & {
        user_created_at: UserRow['created_at'];
        user_updated_at: UserRow['updated_at'];
        centres: unknown;
        authorisations: unknown;
      }
  >`
    /* prepared: ${sql.raw(SESSION_READ_STATEMENT)} */
    select s.id, s.user_id, s.csrf_token, s.current_centre_id, s.ip, s.user_agent, s.created_at,
      s.last_seen_at, s.expires_at, u.email, u.full_name, u.password_hash, u.totp_secret, u.totp_enabled,
      u.is_active, u.created_at as user_created_at, u.updated_at as user_updated_at, u.password_changed_at,
      u.totp_last_step,
      (select coalesce(json_agg(json_build_object('centre_id', c.id, 'name', c.name, 'type', c.type,
          'is_demo', c.is_demo, 'roles', m.roles, 'settings', c.settings) order by c.name), '[]')
        from centre_members m join centres c on c.id = m.centre_id
        where m.user_id = s.user_id and m.is_active = true) as centres,
      (select coalesce(json_agg(json_build_object('centre_id', a.centre_id, 'valid_from', a.valid_from,
          'valid_until', a.valid_until, 'pledge_signed_on', a.pledge_signed_on,
          'revoked', a.revoked_at is not null)), '[]')
        from staff_authorisations a where a.user_id = s.user_id) as authorisations
    from sessions s join users u on u.id = s.user_id
    where s.id = ${id}
  `.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  return {
    session: {
      id: row.id,
      user_id: row.user_id,
      csrf_token: row.csrf_token,
      current_centre_id: row.current_centre_id,
      ip: row.ip,
      user_agent: row.user_agent,
      created_at: row.created_at,
      last_seen_at: row.last_seen_at,
      expires_at: row.expires_at,
    },
    user: {
      id: row.user_id,
      email: row.email,
      full_name: row.full_name,
      password_hash: row.password_hash,
      totp_secret: row.totp_secret,
      totp_enabled: row.totp_enabled,
      totp_last_step: row.totp_last_step,
      is_active: row.is_active,
      created_at: row.user_created_at,
      updated_at: row.user_updated_at,
      password_changed_at: row.password_changed_at,
    },
    centres: parsed(row.centres),
    authorisations: parsed(row.authorisations),
  };
}

export async function insertSession(
  db: Db,
  row: Omit<SessionRow, 'created_at' | 'last_seen_at'>,
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function setSessionCentre(db: Db, id: string, centreId: string | null): Promise<void> {
  await db.updateTable('sessions').set({ current_centre_id: centreId }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user, optionally keeping one (after a password change). */
/** Ends the user's sessions whose current centre is this one (an account shared with other centres). */
export async function deleteUserSessionsInCentre(db: Db, userId: string, centreId: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('current_centre_id', '=', centreId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteUserSessions(db: Db, userId: string, exceptId?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}
