import { sql } from 'kysely';
import type { Db } from './connection';
import type { NewUserRow, UserRow } from './schema';

export async function insertUser(db: Db, row: NewUserRow): Promise<UserRow> {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function updateUser(
  db: Db,
  id: string,
  changes: Partial<Omit<UserRow, 'id' | 'created_at'>>,
): Promise<UserRow> {
  return db
    .updateTable('users')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface MemberRow {
  user_id: string;
  email: string;
  full_name: string;
  roles: string[];
  is_active: boolean;
  user_active: boolean;
  totp_enabled: boolean;
  created_at: Date;
}

const memberColumns = [
  'u.id as user_id',
  'u.email',
  'u.full_name',
  'm.roles',
  'm.is_active',
  'u.is_active as user_active',
  'u.totp_enabled',
  'm.created_at',
] as const;

/** The members of one centre (every account with a role there), by name. */
export async function findCentreMembers(db: Db, centreId: string): Promise<MemberRow[]> {
  return db
    .selectFrom('centre_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(memberColumns)
    .where('m.centre_id', '=', centreId)
    .orderBy('u.full_name')
    .execute();
}

/** One member of a centre; undefined when the user has no role in that centre. */
export async function findCentreMember(
  db: Db,
  centreId: string,
  userId: string,
): Promise<MemberRow | undefined> {
  return db
    .selectFrom('centre_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(memberColumns)
    .where('m.centre_id', '=', centreId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertMembership(
  db: Db,
  centreId: string,
  userId: string,
  roles: string[],
): Promise<void> {
  await db.insertInto('centre_members').values({ centre_id: centreId, user_id: userId, roles }).execute();
}

export async function updateMembership(
  db: Db,
  centreId: string,
  userId: string,
  changes: { roles?: string[]; is_active?: boolean },
): Promise<void> {
  await db
    .updateTable('centre_members')
    .set({ ...changes, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('user_id', '=', userId)
    .execute();
}

/** Active administrators of a centre (to keep at least one). */
export async function countActiveAdmins(db: Db, centreId: string): Promise<number> {
  const row = await db
    .selectFrom('centre_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('m.centre_id', '=', centreId)
    .where('m.is_active', '=', true)
    .where('u.is_active', '=', true)
    .where(sql<boolean>`'ADMIN' = any(m.roles)`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface UserCentreRow {
  centre_id: string;
  name: string;
  type: 'CIS' | 'KIS';
  is_demo: boolean;
  roles: string[];
  settings: Record<string, unknown>;
}

/** The centres where a user holds active roles. */
export async function findUserCentres(db: Db, userId: string): Promise<UserCentreRow[]> {
  return db
    .selectFrom('centre_members as m')
    .innerJoin('centres as c', 'c.id', 'm.centre_id')
    .select(['c.id as centre_id', 'c.name', 'c.type', 'c.is_demo', 'm.roles', 'c.settings'])
    .where('m.user_id', '=', userId)
    .where('m.is_active', '=', true)
    .orderBy('c.name')
    .execute();
}
