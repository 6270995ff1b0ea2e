import type { Transfer } from '../../contracts/network-work.contract';
import { polishDate } from '../../domain/calendar';
import { effectiveTransferStatus } from '../../domain/networks/transfer';
import {
  type Address,
  FILLED_FIELD_LABELS,
  mergeTransferIntoRecord,
} from '../../domain/networks/transfer-merge';
import { personNameKey } from '../../domain/text';
import { insertAuditEntry } from '../../db/audit.repository';
import { findCentreById } from '../../db/centre.repository';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import {
  answerTransfer,
  findOwnPeople,
  findParticipantByPesel,
  findTransferOfCentre,
  type TransferListRow,
  updateMergedParticipant,
} from '../../db/network-transfer.repository';
import { insertParticipant, insertParticipantChange } from '../../db/participant.repository';
import { insertReferral, setParticipantStatus } from '../../db/pathway.repository';
import type { TransferData } from '../../db/schema';
import { centreSettings } from '../centres/centre-mapper';
import { AppError, forbidden, notFound } from '../app-error';
import type { AppDeps } from '../deps';
import { loadNetworkAccess, type NetworkCaller, requireNetwork } from './network-access';
import { presentTransfer } from './present-transfer';

const answered = () =>
  new AppError('INVALID_STATE', { message: 'Na to przekazanie już odpowiedziano albo je wycofano.' });
const expired = () =>
  new AppError('INVALID_STATE', {
    message:
      'Przekazanie wygasło bez odpowiedzi — przesłane dane usunięto. Centrum wysyłające może przekazać osobę ponownie.',
  });

/** Two answers at once: the loser's insert meets the PESEL key or the answered row — a 409 either way. */
async function acceptInTransaction(run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw answered();
    throw error;
  }
}

/** The caller's centre's side of a waiting transfer, in the direction the action needs. */
async function waitingTransfer(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  id: string,
  side: 'IN' | 'OUT',
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  if (access.membership?.status !== 'ACTIVE' || !access.membership.centre_id) throw forbidden();
  const centreId = access.membership.centre_id;
  const row = await findTransferOfCentre(deps.db, networkId, centreId, id);
  if (!row || (side === 'IN' ? row.to_centre_id : row.from_centre_id) !== centreId) throw notFound();
  requireNetwork(access, side === 'IN' ? 'networks.transfers.decide' : 'networks.transfers.send');
  if (
    row.status === 'EXPIRED' ||
    effectiveTransferStatus(row.status, new Date(row.expires_at), deps.now()) === 'EXPIRED'
  )
    throw expired();
  if (row.status !== 'SENT') throw answered();
  return { access, centreId, row };
}

async function present(deps: AppDeps, networkId: string, centreId: string, id: string): Promise<Transfer> {
  const row = (await findTransferOfCentre(deps.db, networkId, centreId, id))!;
  const own = row.from_centre_id === centreId ? row.participant_id : row.received_participant_id;
  const people = await findOwnPeople(deps.db, centreId, own ? [own] : []);
  return presentTransfer(row, centreId, new Map(people.map((p) => [p.id, p])), deps.now());
}

/** The other side's log: that its transfer was answered, without the person's data. */
async function auditOtherSide(
  db: Db,
  caller: NetworkCaller,
  row: TransferListRow,
  centreId: string,
  action: string,
) {
  await insertAuditEntry(db, {
    centreId,
    actorUserId: caller.userId,
    actorEmail: caller.email,
    action,
    entityType: 'network_transfer',
    entityId: row.id,
    ip: caller.ip,
    details: { from: row.from_name, to: row.to_name },
  });
}

type TransferMerge = NonNullable<Transfer['merge']>;
type KnownRow = NonNullable<Awaited<ReturnType<typeof findParticipantByPesel>>>;

/**
 * Adds what the transfer brings to the person's existing record (groups merged, missing fields filled,
 * nothing overwritten), as a correction in the record's history, so that the director sees it there too.
 */
async function mergeIntoKnown(
  db: Db,
  deps: AppDeps,
  caller: NetworkCaller,
  centreId: string,
  known: KnownRow,
  data: TransferData,
  source: string,
): Promise<TransferMerge> {
  const before = {
    eligibilityGroups: known.eligibility_groups,
    eligibilityJustification: known.eligibility_justification,
    phone: known.phone,
    email: known.email,
    address: {
      street: known.street,
      buildingNo: known.building_no,
      flatNo: known.flat_no,
      postalCode: known.postal_code,
      city: known.city,
      gminaCode: known.gmina_code,
    },
    educationLevel: known.education_level,
  };
  const { changes, addedGroups, filledFields } = mergeTransferIntoRecord(before, data, source);
  const columns: Partial<Record<string, unknown>> = {
    eligibility_groups: changes.eligibilityGroups,
    eligibility_justification: changes.eligibilityJustification,
    phone: changes.phone,
    email: changes.email,
    education_level: changes.educationLevel,
    ...(changes.address
      ? {
          street: changes.address.street,
          building_no: changes.address.buildingNo,
          flat_no: changes.address.flatNo,
          postal_code: changes.address.postalCode,
          city: changes.address.city,
          gmina_code: changes.address.gminaCode,
        }
      : {}),
  };
  const set = Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length) {
    const version = await updateMergedParticipant(db, centreId, known.id, set, deps.now());
    const diff = Object.entries({ ...changes, ...(changes.address ?? {}) })
      .filter(([field]) => field !== 'address')
      .map(([field, to]) => ({
        field,
        from: field in before ? before[field as keyof typeof before] : before.address[field as keyof Address],
        to,
      }));
    await insertParticipantChange(db, {
      centre_id: centreId,
      participant_id: known.id,
      version,
      changed_by: caller.userId,
      changed_by_email: caller.email,
      changes: diff,
    });
  }
  return { existingRecord: true, addedGroups, filledFields };
}

/** The referral's note of what the transfer added to the existing record. */
function mergeNote(merge: TransferMerge): string {
  const parts = [
    merge.addedGroups.length ? `dodane grupy (${merge.addedGroups.length})` : null,
    ...merge.filledFields.map((f) => FILLED_FIELD_LABELS[f]),
  ].filter(Boolean);
  return parts.length
    ? `Osoba miała już kartotekę w centrum; z przekazania dopisano: ${parts.join(', ')}.`
    : 'Osoba miała już kartotekę w centrum; przekazanie nie dodało do niej nowych danych.';
}

/**
 * The receiving director accepts: the person becomes a participant of her centre (or, known by PESEL,
 * her existing record is used) with a new referral (art. 12) carrying the consent; the data sent is
 * then cleared from the transfer. Everything in one transaction; a second answer gets a 409.
 */
export async function acceptTransfer(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  id: string,
  receivedOn: string,
): Promise<Transfer> {
  const { access, centreId, row } = await waitingTransfer(deps, caller, networkId, id, 'IN');
  const sentOn = polishDate(new Date(row.sent_at));
  const today = polishDate(deps.now());
  if (receivedOn < sentOn || receivedOn > today)
    throw AppError.fields([
      {
        path: 'receivedOn',
        code: 'DATE_ORDER',
        message: `Data wpływu musi być między dniem wysłania (${sentOn}) a dniem dzisiejszym.`,
      },
    ]);
  const data = row.data as TransferData;
  const centre = await findCentreById(deps.db, centreId);
  const settings = centreSettings(centre!.settings);

  let merge: TransferMerge | undefined;
  await acceptInTransaction(async () =>
    deps.db.transaction().execute(async (trx) => {
      const known = data.pesel ? await findParticipantByPesel(trx, centreId, data.pesel) : undefined;
      let participantId: string;
      if (known) {
        participantId = known.id;
        merge = await mergeIntoKnown(
          trx,
          deps,
          caller,
          centreId,
          known,
          data,
          `Z przekazania ${row.from_name}`,
        );
        if (known.status === 'EXITED' || known.status === 'REFUSED')
          await setParticipantStatus(trx, centreId, known.id, 'REFERRED', receivedOn);
      } else {
        const person = await insertParticipant(trx, {
          centre_id: centreId,
          first_name: data.identity.firstName,
          last_name: data.identity.lastName,
          name_key: personNameKey(data.identity.firstName, data.identity.lastName),
          birth_date: data.identity.birthDate,
          sex: data.identity.sex,
          pesel: data.pesel ?? null,
          ...(data.citizenship ? { citizenship: data.citizenship } : {}),
          street: data.contact?.street ?? null,
          building_no: data.contact?.buildingNo ?? null,
          flat_no: data.contact?.flatNo ?? null,
          postal_code: data.contact?.postalCode ?? null,
          city: data.contact?.city ?? null,
          gmina_code: data.contact?.gminaCode ?? null,
          phone: data.contact?.phone ?? null,
          email: data.contact?.email ?? null,
          education_level: data.education ?? null,
          eligibility_groups: data.eligibility?.groups ?? [],
          eligibility_justification: data.eligibility?.justification ?? null,
          status: 'REFERRED',
          status_since: receivedOn,
          created_by: caller.userId,
        });
        participantId = person.id;
      }
      const history = (data.participation ?? [])
        .map((s) => `${s.kind} ${s.admissionDate}–${s.lastDay ?? '…'}${s.exitType ? ` (${s.exitType})` : ''}`)
        .join('; ');
      const referral = await insertReferral(trx, {
        centre_id: centreId,
        participant_id: participantId,
        applicant_type: row.applicant_type,
        referring_body: data.referringBody ?? null,
        referred_on: sentOn,
        received_on: receivedOn,
        consent_given: true,
        consent_on: row.consent_on,
        ops_opinion_required: settings.communityInterviewRequired,
        status: 'RECEIVED',
        status_since: receivedOn,
        notes: [
          `Przekazanie z ${row.from_name} (sieć ${access.network.name}).`,
          row.note,
          history ? `Uczestnictwo w ${row.from_name}: ${history}.` : null,
          merge ? mergeNote(merge) : null,
        ]
          .filter(Boolean)
          .join('\n'),
        created_by: caller.userId,
      });
      const done = await answerTransfer(trx, row.id, {
        status: 'ACCEPTED',
        responded_by: caller.userId,
        responded_at: deps.now(),
        received_participant_id: participantId,
        received_referral_id: referral.id,
      });
      if (!done) throw answered();
      await insertAuditEntry(trx, {
        centreId,
        actorUserId: caller.userId,
        actorEmail: caller.email,
        action: 'network.transfer.accept',
        entityType: 'participant',
        entityId: participantId,
        ip: caller.ip,
        details: {
          transferId: row.id,
          from: row.from_name,
          referralId: referral.id,
          existing: !!known,
          // Which fields were added, never their values (the groups are special-category data).
          ...(merge ? { addedGroups: merge.addedGroups.length, filledFields: merge.filledFields } : {}),
        },
      });
      await auditOtherSide(trx, caller, row, row.from_centre_id, 'network.transfer.accepted');
    }),
  );
  const transfer = await present(deps, networkId, centreId, id);
  return merge ? { ...transfer, merge } : transfer;
}

/** The receiving director refuses, with a reason the sender sees; the data sent is deleted. */
export async function refuseTransfer(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  id: string,
  reason: string,
): Promise<Transfer> {
  const { centreId, row } = await waitingTransfer(deps, caller, networkId, id, 'IN');
  await deps.db.transaction().execute(async (trx) => {
    const done = await answerTransfer(trx, row.id, {
      status: 'REFUSED',
      responded_by: caller.userId,
      responded_at: deps.now(),
      refusal_reason: reason,
    });
    if (!done) throw answered();
    await auditOtherSide(trx, caller, row, centreId, 'network.transfer.refuse');
    await auditOtherSide(trx, caller, row, row.from_centre_id, 'network.transfer.refused');
  });
  return present(deps, networkId, centreId, id);
}

/** The sending director withdraws a transfer not yet answered; the data sent is deleted. */
export async function withdrawTransfer(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  id: string,
): Promise<Transfer> {
  const { centreId, row } = await waitingTransfer(deps, caller, networkId, id, 'OUT');
  await deps.db.transaction().execute(async (trx) => {
    const done = await answerTransfer(trx, row.id, {
      status: 'WITHDRAWN',
      responded_by: caller.userId,
      responded_at: deps.now(),
    });
    if (!done) throw answered();
    await auditOtherSide(trx, caller, row, centreId, 'network.transfer.withdraw');
    await auditOtherSide(trx, caller, row, row.to_centre_id, 'network.transfer.withdrawn');
  });
  return present(deps, networkId, centreId, id);
}
