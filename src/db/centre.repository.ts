import type { Db } from './connection';
import type { CentreRow, CentreUpdate, NewCentreRow } from './schema';

export async function insertCentre(db: Db, row: NewCentreRow): Promise<CentreRow> {
  return db.insertInto('centres').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCentreById(db: Db, id: string): Promise<CentreRow | undefined> {
  return db.selectFrom('centres').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCentreByRegon(db: Db, regon: string): Promise<CentreRow | undefined> {
  return db.selectFrom('centres').selectAll().where('regon', '=', regon).executeTakeFirst();
}

/** Updates a centre only if it still has `version`; returns undefined when someone else won. */
export async function updateCentreVersioned(
  db: Db,
  id: string,
  version: number,
  changes: CentreUpdate,
): Promise<CentreRow | undefined> {
  return db
    .updateTable('centres')
    .set({ ...changes, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function countCentres(db: Db): Promise<number> {
  const row = await db
    .selectFrom('centres')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
