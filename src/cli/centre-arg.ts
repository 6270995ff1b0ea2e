import { findCentreById, findCentreByRegon } from '../db/centre.repository';
import type { Db } from '../db/connection';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A `--centre` argument: the centre's id or its REGON (spaces and dashes allowed). */
export async function findCentreArg(db: Db, value: string) {
  return UUID.test(value) ? findCentreById(db, value) : findCentreByRegon(db, value.replace(/\D/g, ''));
}
