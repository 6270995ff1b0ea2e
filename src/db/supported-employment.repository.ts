// Supported employment (art. 15b–16) and the employer's monthly refund claims (issue 16). Scoped to a centre.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from './connection';
import { updateVersioned } from './versioned-update';
import type { SupportedEmploymentClaimsTable, SupportedEmploymentTable } from './schema';

function query(db: Db, centreId: string) {
  return db
    .selectFrom('supported_employment as s')
    .innerJoin('participants as p', 'p.id', 's.participant_id')
    .leftJoin('partners as pa', 'pa.id', 's.employer_partner_id')
    .selectAll('s')
    .select(['p.first_name', 'p.last_name', 'pa.name as employer_name'])
    .where('s.centre_id', '=', centreId);
}
export type SupportedRow = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

export async function listSupported(db: Db, centreId: string, participantId?: string) {
  let q = query(db, centreId);
  if (participantId) q = q.where('s.participant_id', '=', participantId);
  return q.orderBy('s.applied_on', 'desc').execute();
}

export async function findSupported(db: Db, centreId: string, id: string) {
  return query(db, centreId).where('s.id', '=', id).executeTakeFirst();
}

export async function insertSupported(db: Db, row: Insertable<SupportedEmploymentTable>) {
  return db.insertInto('supported_employment').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateSupportedVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<SupportedEmploymentTable>,
) {
  return updateVersioned(db, 'supported_employment', centreId, id, version, changes);
}

export async function listClaims(db: Db, centreId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('supported_employment_claims')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('supported_employment_id', 'in', ids)
    .orderBy('month')
    .execute();
}

export async function insertClaim(db: Db, row: Insertable<SupportedEmploymentClaimsTable>) {
  await db.insertInto('supported_employment_claims').values(row).execute();
}
