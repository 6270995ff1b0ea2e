import type { Db } from '../../src/db/connection';

let seq = 0;

/**
 * A partner institution or firm inserted straight into the registry table (the registry's own use cases
 * belong to another module): an employer by default.
 */
export async function insertTestPartner(
  db: Db,
  centreId: string,
  overrides: { kind?: string; name?: string; city?: string } = {},
): Promise<string> {
  const row = await db
    .insertInto('partners')
    .values({
      centre_id: centreId,
      kind: overrides.kind ?? 'EMPLOYER',
      name: overrides.name ?? `Zakład Usług Remontowych „Dom” sp. z o.o. ${++seq}`,
      street: 'ul. Przemysłowa',
      building_no: '7',
      postal_code: '66-200',
      city: overrides.city ?? 'Świebodzin',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
