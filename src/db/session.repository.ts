import type { Db } from './connection';
import type { SessionRow, UserRow } from './schema';

export async function insertSession(
  db: Db,
  row: Omit<SessionRow, 'created_at' | 'last_seen_at'>,
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** A session with its user, by the hash of the cookie token. */
export async function findSessionWithUser(
  db: Db,
  id: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.csrf_token',
      's.current_centre_id',
      's.ip',
      's.user_agent',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'u.email',
      'u.full_name',
      'u.password_hash',
      'u.totp_secret',
      'u.totp_enabled',
      'u.is_active',
      'u.created_at as user_created_at',
      'u.updated_at as user_updated_at',
      'u.password_changed_at',
      'u.totp_last_step',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
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
  };
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
