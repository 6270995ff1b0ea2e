import { type Insertable, sql } from 'kysely';
import type { Db } from './connection';
import type { InkindMovementsTable } from './schema';

/** Appends movement rows (never updated or deleted: the stock is their sum). */
export async function insertMovements(db: Db, rows: Insertable<InkindMovementsTable>[]) {
  await db.insertInto('inkind_movements').values(rows).execute();
}

/** What one holder has of one item now: the sum of its movements. */
export async function holderBalance(
  db: Db,
  centreId: string,
  itemId: string,
  holder: { kind: string; id: string | null },
): Promise<number> {
  let q = db
    .selectFrom('inkind_movements')
    .select(sql<number>`coalesce(sum(delta), 0)::bigint`.as('n'))
    .where('centre_id', '=', centreId)
    .where('item_id', '=', itemId)
    .where('holder_kind', '=', holder.kind);
  q = holder.id === null ? q.where('holder_id', 'is', null) : q.where('holder_id', '=', holder.id);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function findItem(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('inkind_items')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Every holder's non-zero balance of every item, with the names to show. */
export async function findStock(db: Db, centreId: string) {
  return db
    .selectFrom('inkind_movements as m')
    .innerJoin('inkind_items as i', 'i.id', 'm.item_id')
    .leftJoin('partners as p', (j) => j.onRef('p.id', '=', 'm.holder_id').on('m.holder_kind', '=', 'PARTNER'))
    .leftJoin('volunteers as v', (j) =>
      j.onRef('v.id', '=', 'm.holder_id').on('m.holder_kind', '=', 'VOLUNTEER'),
    )
    .select([
      'm.item_id',
      'i.name as item_name',
      'i.unit',
      'm.holder_kind',
      'm.holder_id',
      'p.name as partner_name',
      'v.first_name',
      'v.last_name',
      sql<number>`sum(m.delta)::bigint`.as('quantity'),
    ])
    .where('m.centre_id', '=', centreId)
    .groupBy([
      'm.item_id',
      'i.name',
      'i.unit',
      'm.holder_kind',
      'm.holder_id',
      'p.name',
      'v.first_name',
      'v.last_name',
    ])
    .having(sql`sum(m.delta)`, '<>', 0)
    .orderBy('i.name')
    .execute();
}

/** Items with their donors. */
export async function findItems(db: Db, centreId: string) {
  return db
    .selectFrom('inkind_items as i')
    .leftJoin('inkind_donations as d', 'd.id', 'i.donation_id')
    .leftJoin('partners as p', 'p.id', 'd.donor_partner_id')
    .select([
      'i.id',
      'i.name',
      'i.unit',
      'i.made_from_item_id',
      'i.donation_id',
      'd.donor_name',
      'p.name as partner_name',
    ])
    .where('i.centre_id', '=', centreId)
    .orderBy('i.created_at')
    .execute();
}

/** One donation with its donor (partner or person) and items. */
export async function findDonation(db: Db, centreId: string, id: string) {
  const donation = await db
    .selectFrom('inkind_donations as d')
    .leftJoin('partners as p', 'p.id', 'd.donor_partner_id')
    .selectAll('d')
    .select(['p.name as partner_name', 'p.street', 'p.building_no', 'p.postal_code', 'p.city'])
    .where('d.centre_id', '=', centreId)
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!donation) return undefined;
  const items = await db
    .selectFrom('inkind_items as i')
    .select(['i.id', 'i.name', 'i.unit', 'i.value_grosze'])
    .select((eb) =>
      eb
        .selectFrom('inkind_movements as m')
        .whereRef('m.item_id', '=', 'i.id')
        .where('m.step', '=', 'RECEIVED')
        .select(sql<number>`coalesce(sum(m.delta), 0)::bigint`.as('q'))
        .as('received'),
    )
    .where('i.centre_id', '=', centreId)
    .where('i.donation_id', '=', id)
    .execute();
  return { ...donation, items };
}

export async function findDonations(db: Db, centreId: string) {
  return db
    .selectFrom('inkind_donations')
    .select('id')
    .where('centre_id', '=', centreId)
    .orderBy('received_on', 'desc')
    .execute();
}

/** A delivery with its movement rows (what was delivered). */
export async function findDelivery(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('inkind_deliveries as d')
    .innerJoin('partners as p', 'p.id', 'd.recipient_partner_id')
    .innerJoin('inkind_movements as m', (j) =>
      j.onRef('m.operation_id', '=', 'd.operation_id').on('m.delta', '>', 0),
    )
    .innerJoin('inkind_items as i', 'i.id', 'm.item_id')
    .select([
      'd.id',
      'd.number',
      'd.delivered_on',
      'd.received_by',
      'p.name as recipient_name',
      'p.street',
      'p.building_no',
      'p.postal_code',
      'p.city',
      'i.name as item_name',
      'i.unit',
      'm.delta',
    ])
    .where('d.centre_id', '=', centreId)
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** The movement history, newest first, one row per holder change. */
export async function findMovements(db: Db, centreId: string) {
  return db
    .selectFrom('inkind_movements as m')
    .innerJoin('inkind_items as i', 'i.id', 'm.item_id')
    .leftJoin('inkind_deliveries as d', 'd.operation_id', 'm.operation_id')
    .select([
      'm.operation_id',
      'm.moved_on',
      'm.step',
      'm.holder_kind',
      'm.holder_id',
      'm.delta',
      'i.name',
      'i.unit',
      'd.id as delivery_id',
    ])
    .where('m.centre_id', '=', centreId)
    .orderBy('m.created_at', 'desc')
    .execute();
}
