import { DEFAULT_AUTHORISATION_SCOPE } from '../../contracts/privacy.contract';
import type { Db } from '../../db/connection';
import { insertAuditEntry } from '../../db/audit.repository';
import { insertAuthorisation } from '../../db/privacy.repository';
import { nextAuthorisationNumber } from './authorisation-number';

/**
 * Records an authorisation for an account that first-run setup or the demo seed creates, so that the first
 * administrator (or a demo user) can work at once; the register marks it by its source (decision 0009).
 */
export async function recordInitialAuthorisation(
  db: Db,
  input: { centreId: string; userId: string; email: string; today: string; source: 'SETUP' | 'DEMO' },
): Promise<void> {
  const number = await nextAuthorisationNumber(db, input.centreId, input.today);
  const row = await insertAuthorisation(db, {
    centre_id: input.centreId,
    user_id: input.userId,
    number,
    scope: DEFAULT_AUTHORISATION_SCOPE,
    issued_on: input.today,
    valid_from: input.today,
    pledge_signed_on: input.today,
    issued_by: null,
    issued_by_name: input.source === 'SETUP' ? 'pierwsze uruchomienie systemu' : 'dane demonstracyjne',
    source: input.source,
  });
  await insertAuditEntry(db, {
    centreId: input.centreId,
    actorUserId: input.userId,
    actorEmail: input.email,
    action: 'authorisation.issue',
    entityType: 'authorisation',
    entityId: row.id,
    ip: null,
    details: { number, holderUserId: input.userId, source: input.source },
  });
}
