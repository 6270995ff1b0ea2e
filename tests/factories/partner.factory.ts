import type { Db } from '../../src/db/connection';

let seq = 0;

/**
 * A partner row as the registry (migration 0012) stores it — inserted directly, because the registry's
 * own screens and API belong to another module.
 */
export async function insertPartner(
  db: Db,
  centreId: string,
  overrides: Partial<{ kind: string; name: string; nip: string | null; city: string; street: string }> = {},
) {
  seq += 1;
  return db
    .insertInto('partners')
    .values({
      centre_id: centreId,
      kind: overrides.kind ?? 'INSTITUTION',
      name: overrides.name ?? `Dom Pomocy Społecznej nr ${seq}`,
      nip: overrides.nip === undefined ? null : overrides.nip,
      street: overrides.street ?? 'ul. Ogrodowa',
      building_no: '5',
      postal_code: '59-700',
      city: overrides.city ?? 'Bolesławiec',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
