import type { Insertable } from 'kysely';
import type { Db } from './connection';
import type { NetworkCatalogueEntriesTable, NetworkEnquiriesTable } from './schema';

/** A service of the centre's own catalogue (issue 17), read only: what a member may publish. */
export async function findOwnServiceItem(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('service_items')
    .select(['id', 'name', 'active'])
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCatalogueEntry(db: Db, row: Insertable<NetworkCatalogueEntriesTable>) {
  return db.insertInto('network_catalogue_entries').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Withdraws a centre's own entry; false when there was none open. */
export async function withdrawCatalogueEntry(
  db: Db,
  networkId: string,
  centreId: string,
  id: string,
  at: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('network_catalogue_entries')
    .set({ withdrawn_at: at })
    .where('network_id', '=', networkId)
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/**
 * The network's open catalogue: entries of its active member centres whose service is still active
 * in the member's own catalogue — one query, for the public page too.
 */
export async function findCatalogue(db: Db, networkId: string) {
  return db
    .selectFrom('network_catalogue_entries as e')
    .innerJoin('network_members as m', (j) =>
      j
        .onRef('m.network_id', '=', 'e.network_id')
        .onRef('m.centre_id', '=', 'e.centre_id')
        .on('m.status', '=', 'ACTIVE'),
    )
    .innerJoin('service_items as s', (j) =>
      j.onRef('s.id', '=', 'e.service_item_id').onRef('s.centre_id', '=', 'e.centre_id'),
    )
    .innerJoin('centres as c', 'c.id', 'e.centre_id')
    .select([
      'e.id',
      'e.centre_id',
      'e.service_item_id',
      'e.area_codes',
      'e.public_description',
      'e.contact_phone',
      'e.contact_email',
      'e.published_at',
      's.name',
      's.kind',
      's.unit',
      's.net_price',
      's.vat_rate',
      's.description',
      'c.name as centre_name',
      'c.type as centre_type',
      'c.city',
      'c.gmina_code as centre_gmina',
      'c.phone as centre_phone',
      'c.email as centre_email',
    ])
    .where('e.network_id', '=', networkId)
    .where('e.withdrawn_at', 'is', null)
    .where('s.active', '=', true)
    .orderBy('s.name')
    .orderBy('c.name')
    .execute();
}
export type CatalogueRow = Awaited<ReturnType<typeof findCatalogue>>[number];

export async function insertEnquiry(db: Db, row: Insertable<NetworkEnquiriesTable>) {
  return db.insertInto('network_enquiries').values(row).returning('id').executeTakeFirstOrThrow();
}

/** A centre's enquiries from its networks' public pages, newest first. */
export async function findEnquiriesOfCentre(db: Db, centreId: string) {
  return db
    .selectFrom('network_enquiries as q')
    .innerJoin('networks as n', 'n.id', 'q.network_id')
    .innerJoin('network_catalogue_entries as e', 'e.id', 'q.entry_id')
    .innerJoin('service_items as s', 's.id', 'e.service_item_id')
    .select([
      'q.id',
      'q.full_name',
      'q.email',
      'q.phone',
      'q.message',
      'q.status',
      'q.created_at',
      'n.name as network_name',
      's.name as service_name',
    ])
    .where('q.centre_id', '=', centreId)
    .orderBy('q.created_at', 'desc')
    .limit(500)
    .execute();
}

export async function markEnquiryHandled(db: Db, centreId: string, id: string, userId: string, at: Date) {
  const row = await db
    .updateTable('network_enquiries')
    .set({ status: 'HANDLED', handled_by: userId, handled_at: at })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}
