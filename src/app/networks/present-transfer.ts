import type { Transfer } from '../../contracts/network-work.contract';
import type { TransferListRow } from '../../db/network-transfer.repository';
import type { TransferData } from '../../db/schema';
import { effectiveTransferStatus } from '../../domain/networks/transfer';

type Person = { first_name: string; last_name: string; birth_date: string };

/**
 * A transfer as one side sees it. The sender sees its own person (from its own record); the receiver
 * sees the data sent while it decides, then only its own new record — after a refusal or a withdrawal
 * it keeps that a person was offered, not who. Past its expiry a waiting transfer is shown expired, with
 * no data, even before the sweep has removed them.
 */
export function presentTransfer(
  row: TransferListRow,
  ownCentreId: string,
  ownPeople: ReadonlyMap<string, Person>,
  now: Date,
): Transfer {
  const direction = row.from_centre_id === ownCentreId ? 'OUT' : 'IN';
  const ownId = direction === 'OUT' ? row.participant_id : row.received_participant_id;
  const own = ownId ? ownPeople.get(ownId) : undefined;
  const status = effectiveTransferStatus(row.status, new Date(row.expires_at), now) as Transfer['status'];
  const data = direction === 'IN' && status === 'SENT' ? (row.data as TransferData | null) : null;
  const person = own
    ? { firstName: own.first_name, lastName: own.last_name, birthDate: own.birth_date }
    : data
      ? {
          firstName: data.identity.firstName,
          lastName: data.identity.lastName,
          birthDate: data.identity.birthDate,
        }
      : null;
  return {
    id: row.id,
    networkId: row.network_id,
    direction,
    fromCentre: { id: row.from_centre_id, name: row.from_name, type: row.from_type },
    toCentre: { id: row.to_centre_id, name: row.to_name, type: row.to_type },
    status,
    applicantType: row.applicant_type,
    categories: row.categories as Transfer['categories'],
    consentOn: row.consent_on,
    consentScope: row.consent_scope as Transfer['consentScope'],
    consentNote: row.consent_note,
    note: row.note,
    sentAt: new Date(row.sent_at).toISOString(),
    respondedAt: row.responded_at ? new Date(row.responded_at).toISOString() : null,
    expiresAt: new Date(row.expires_at).toISOString(),
    refusalReason: row.refusal_reason,
    person,
    participantId: own ? (ownId ?? null) : null,
    data,
  };
}
