import type { FieldError } from '../../contracts/errors';
import type { Db } from '../../db/connection';
import { findPartnerOfCentre } from '../../db/events.repository';
import { holderBalance } from '../../db/inkind.repository';
import { lockKeys } from '../../db/locks';
import { formatQuantity, type Holder, holderKey, shortage, type Unit } from '../../domain/inkind/quantity';
import { AppError } from '../app-error';

/** A holder of the caller's centre: the centre itself, one of its partners or volunteers; else a field error. */
export async function holderProblems(
  db: Db,
  centreId: string,
  h: Holder,
  path: string,
): Promise<FieldError[]> {
  if (h.kind === 'CENTRE')
    return h.id ? [{ path: `${path}.id`, code: 'INVALID', message: 'Centrum nie ma identyfikatora.' }] : [];
  if (!h.id) return [{ path: `${path}.id`, code: 'REQUIRED', message: 'Wskaż partnera lub wolontariusza.' }];
  const found =
    h.kind === 'PARTNER'
      ? await findPartnerOfCentre(db, centreId, h.id)
      : await db
          .selectFrom('volunteers')
          .select('id')
          .where('centre_id', '=', centreId)
          .where('id', '=', h.id)
          .executeTakeFirst();
  return found
    ? []
    : [{ path: `${path}.id`, code: 'NOT_FOUND', message: 'Nie ma takiego posiadacza w tym centrum.' }];
}

/**
 * Locks the holder's balance of an item and checks that it covers `wanted` (in the caller's transaction):
 * two movements from the same holder wait for each other, so together they can never take more than there is.
 */
export async function takeFrom(
  db: Db,
  centreId: string,
  itemId: string,
  unit: Unit,
  h: Holder,
  wanted: number,
) {
  await lockKeys(db, [holderKey(itemId, h)]);
  const available = await holderBalance(db, centreId, itemId, h);
  const short = shortage(available, wanted);
  if (short)
    throw AppError.fields(
      [
        {
          path: 'quantity',
          code: 'INKIND_SHORTAGE',
          message:
            `Ten posiadacz ma tylko ${formatQuantity(available, unit)}, ` +
            `a ruch dotyczy ${formatQuantity(wanted, unit)}.`,
        },
      ],
      'INKIND_SHORTAGE',
    );
}

export const quantityProblem = (path = 'quantity'): FieldError => ({
  path,
  code: 'INVALID_QUANTITY',
  message: 'Podaj dodatnią ilość, np. 12,5 (tyle miejsc po przecinku, ile pozwala jednostka).',
});
