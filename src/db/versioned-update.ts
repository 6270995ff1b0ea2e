import { type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from './connection';
import type { Database } from './schema';

/** The tables whose rows belong to a centre and carry an optimistic-lock version. */
type Versioned = {
  [K in keyof Database]: Database[K] extends {
    id: unknown;
    centre_id: unknown;
    version: unknown;
    updated_at: unknown;
  }
    ? K
    : never;
}[keyof Database];

/**
 * Changes one row of the centre if its version is still the one the user saw, raising the version; undefined
 * when the row is gone or someone changed it meanwhile (the caller answers 409).
 */
export async function updateVersioned<T extends Versioned>(
  db: Db,
  table: T,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<Database[T]>,
): Promise<Selectable<Database[T]> | undefined> {
  // Kysely cannot narrow column names through a generic table; the constraint above guarantees them.
  const q = db.updateTable(table as 'volunteers');
  return q
    .set({
      ...(changes as Updateable<Database['volunteers']>),
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst() as Promise<Selectable<Database[T]> | undefined>;
}
