import type { Transfer, TransferCreate } from '../../contracts/network-work.contract';
import type { FieldError } from '../../contracts/errors';
import { applicantTypeFor, transferExpiresAt, transferProblems } from '../../domain/networks/transfer';
import { polishDate } from '../../domain/calendar';
import { insertAuditEntry } from '../../db/audit.repository';
import { findCentreById } from '../../db/centre.repository';
import { isUniqueViolation } from '../../db/errors';
import { findOpenMembership } from '../../db/network.repository';
import { findStays, findTransferOfCentre, insertTransfer } from '../../db/network-transfer.repository';
import { findParticipantById } from '../../db/participant.repository';
import type { ParticipantRow, TransferData } from '../../db/schema';
import { AppError, notFound } from '../app-error';
import { centreSettings } from '../centres/centre-mapper';
import type { AppDeps } from '../deps';
import { loadNetworkAccess, type NetworkCaller, requireNetwork } from './network-access';
import { expireTransfers } from './expire-transfers';
import { presentTransfer } from './present-transfer';

/** Builds what travels: only the chosen categories of the person's record, as they are today. */
async function payloadOf(
  deps: AppDeps,
  person: ParticipantRow,
  categories: readonly string[],
): Promise<TransferData> {
  const data: TransferData = {
    identity: {
      firstName: person.first_name,
      lastName: person.last_name,
      birthDate: person.birth_date,
      sex: person.sex,
    },
  };
  if (categories.includes('PESEL')) {
    data.pesel = person.pesel;
    data.citizenship = person.citizenship;
  }
  if (categories.includes('CONTACT'))
    data.contact = {
      street: person.street,
      buildingNo: person.building_no,
      flatNo: person.flat_no,
      postalCode: person.postal_code,
      city: person.city,
      gminaCode: person.gmina_code,
      phone: person.phone,
      email: person.email,
    };
  if (categories.includes('EDUCATION')) data.education = person.education_level;
  if (categories.includes('ELIGIBILITY'))
    data.eligibility = { groups: person.eligibility_groups, justification: person.eligibility_justification };
  if (categories.includes('PARTICIPATION'))
    data.participation = (await findStays(deps.db, person.centre_id, person.id)).map((s) => ({
      kind: s.kind,
      admissionDate: s.admission_date,
      lastDay: s.last_day,
      exitType: s.exit_type,
    }));
  return data;
}

/**
 * The director of a member centre sends a person to another member centre of the same network (e.g. a
 * KIS applying for a referral to a CIS, art. 12): with the person's recorded consent, only the data
 * categories she chose and the consent covers. The receiving centre gets it to accept (as a new
 * referral) or refuse; both centres' logs record it. Refused at the field: no consent, data outside the
 * consent, a centre that is not an active member, the centre itself.
 */
export async function sendTransfer(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  input: TransferCreate,
): Promise<Transfer> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  if (access.membership?.status !== 'ACTIVE' || !access.membership.centre_id) throw new AppError('FORBIDDEN');
  requireNetwork(access, 'networks.transfers.send');
  const fromCentreId = access.membership.centre_id;

  const person = await findParticipantById(deps.db, fromCentreId, input.participantId);
  if (!person) throw notFound();

  const categories = [...new Set(input.categories)];
  const fields: FieldError[] = transferProblems(
    { ...input, categories, consentScope: input.consentScope },
    polishDate(deps.now()),
  );
  if (input.toCentreId === fromCentreId)
    fields.unshift({
      path: 'toCentreId',
      code: 'SAME_CENTRE',
      message: 'Osoba jest już w tym centrum — wybierz inne centrum sieci.',
    });
  else if ((await findOpenMembership(deps.db, networkId, input.toCentreId))?.status !== 'ACTIVE')
    fields.unshift({
      path: 'toCentreId',
      code: 'NOT_A_MEMBER',
      message:
        'To centrum nie jest członkiem tej sieci — przekazać osobę można tylko do centrum członkowskiego.',
    });
  if (fields.length) throw AppError.fields(fields);

  const [from, to] = await Promise.all([
    findCentreById(deps.db, fromCentreId),
    findCentreById(deps.db, input.toCentreId),
  ]);
  const data = await payloadOf(deps, person, categories);
  // An earlier transfer of this person to this centre that expired unswept must not block this one.
  await expireTransfers(deps, { participantId: person.id, toCentreId: input.toCentreId });
  const sentAt = deps.now();
  try {
    const id = await deps.db.transaction().execute(async (trx) => {
      const row = await insertTransfer(trx, {
        network_id: networkId,
        from_centre_id: fromCentreId,
        to_centre_id: input.toCentreId,
        participant_id: person.id,
        applicant_type: applicantTypeFor(from!.type),
        consent_on: input.consentOn!,
        consent_scope: [...new Set(input.consentScope)],
        consent_note: input.consentNote,
        categories,
        data: JSON.stringify({ ...data, referringBody: input.referringBody }),
        note: input.note,
        sent_by: caller.userId,
        sent_at: sentAt,
        expires_at: transferExpiresAt(sentAt, centreSettings(from!.settings).transferExpiryDays),
      });
      const details = {
        network: access.network.name,
        categories,
        consentOn: input.consentOn,
        expiresAt: row.expires_at,
      };
      // Both sides' logs: the sender's names its own person; the receiver's records what arrived.
      await insertAuditEntry(trx, {
        centreId: fromCentreId,
        actorUserId: caller.userId,
        actorEmail: caller.email,
        action: 'network.transfer.send',
        entityType: 'participant',
        entityId: person.id,
        ip: caller.ip,
        details: { ...details, transferId: row.id, to: to!.name },
      });
      await insertAuditEntry(trx, {
        centreId: input.toCentreId,
        actorUserId: caller.userId,
        actorEmail: caller.email,
        action: 'network.transfer.receive',
        entityType: 'network_transfer',
        entityId: row.id,
        ip: caller.ip,
        details: { ...details, from: from!.name },
      });
      return row.id;
    });
    const row = await findTransferOfCentre(deps.db, networkId, fromCentreId, id);
    return presentTransfer(row!, fromCentreId, new Map([[person.id, person]]), deps.now());
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.fields(
        [
          {
            path: 'participantId',
            code: 'ALREADY_SENT',
            message: 'Ta osoba czeka już na odpowiedź tego centrum — nie wysyłaj jej drugi raz.',
          },
        ],
        'INVALID_STATE',
      );
    throw error;
  }
}
