import type { Insertable } from 'kysely';
import type { Db } from './connection';
import type { Database } from './schema';

// Stands at fairs and city events (issue 17 item 6): the stand, its crew and products, takings corrections.
export async function insertStand(db: Db, row: Insertable<Database['service_stands']>) {
  return db.insertInto('service_stands').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertStandCrew(db: Db, rows: Insertable<Database['service_stand_crew']>[]) {
  if (rows.length) await db.insertInto('service_stand_crew').values(rows).execute();
}

export async function insertStandProducts(db: Db, rows: Insertable<Database['service_stand_products']>[]) {
  if (rows.length) await db.insertInto('service_stand_products').values(rows).execute();
}

export async function listStands(db: Db, centreId: string, range?: { from: string; to: string }) {
  let q = db
    .selectFrom('service_stands as s')
    .innerJoin('workshops as w', 'w.id', 's.workshop_id')
    .leftJoin('partners as p', 'p.id', 's.partner_id')
    .selectAll('s')
    .select(['w.name as workshop_name', 'p.name as partner_name'])
    .where('s.centre_id', '=', centreId);
  if (range) q = q.where('s.to_date', '>=', range.from).where('s.to_date', '<=', range.to);
  return q.orderBy('s.from_date', 'desc').execute();
}

export async function listStandCrew(db: Db, centreId: string, standIds: string[]) {
  if (!standIds.length) return [];
  return db
    .selectFrom('service_stand_crew as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .select(['c.stand_id', 'c.participant_id', 'p.first_name', 'p.last_name'])
    .where('c.centre_id', '=', centreId)
    .where('c.stand_id', 'in', standIds)
    .execute();
}

export async function listStandProducts(db: Db, centreId: string, standIds: string[]) {
  if (!standIds.length) return [];
  return db
    .selectFrom('service_stand_products')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('stand_id', 'in', standIds)
    .execute();
}

/** The stand row locked for a correction (undefined when the centre has no such stand). */
export async function lockStand(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('service_stands')
    .select('takings')
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateStandTakings(db: Db, centreId: string, id: string, takings: number) {
  return db
    .updateTable('service_stands')
    .set({ takings })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
