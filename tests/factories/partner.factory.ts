import type { Db } from '../../src/db/connection';

let counter = 0;

/** Inserts a partner of the registry (migration 0012) straight into the table; the registry's UI lives elsewhere. */
export async function insertPartner(
  db: Db,
  centreId: string,
  overrides: { kind?: string; name?: string; city?: string } = {},
): Promise<{ id: string; name: string }> {
  const name = overrides.name ?? `Partner testowy nr ${++counter}`;
  return db
    .insertInto('partners')
    .values({
      centre_id: centreId,
      kind: overrides.kind ?? 'NGO',
      name,
      street: 'ul. Ogrodowa',
      building_no: '5',
      postal_code: '90-001',
      city: overrides.city ?? 'Łódź',
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}
