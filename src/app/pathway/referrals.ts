import { createHash } from 'node:crypto';
import {
  type ALLOWED_UPLOAD_TYPES,
  MAX_SCAN_BYTES,
  type ParticipantDocument,
  type Referral,
  type ReferralCreate,
  type ReferralUpdate,
} from '../../contracts/pathway.contract';
import type { ReferralRow } from '../../db/schema';
import {
  findDocumentWithContent,
  findReferral,
  insertDocument,
  insertReferral,
  listDocuments,
  setParticipantStatus,
  updateReferralVersioned,
} from '../../db/pathway.repository';
import { AppError, notFound } from '../app-error';
import type { Db } from '../../db/connection';
import { findPartner } from '../../db/partner.repository';
import { partnerAddress } from '../partners/present-partner';
import { recordSensitiveRead } from '../audit/record-sensitive-read';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, iso, participantOr404, requirePathwayEditor, todayInPoland } from './shared';

export function toReferral(r: ReferralRow): Referral {
  return {
    id: r.id,
    participantId: r.participant_id,
    applicantType: r.applicant_type as Referral['applicantType'],
    referringBodyKind: r.referring_body_kind as Referral['referringBodyKind'],
    referringBody: r.referring_body,
    referringBodyAddress: r.referring_body_address,
    referredOn: r.referred_on,
    receivedOn: r.received_on,
    consentGiven: r.consent_given,
    consentOn: r.consent_on,
    opsOpinionRequired: r.ops_opinion_required,
    opsOpinionOn: r.ops_opinion_on,
    opsOpinion: r.ops_opinion,
    status: r.status as Referral['status'],
    statusSince: r.status_since,
    notes: r.notes,
    partnerId: r.partner_id,
    version: r.version,
  };
}

function referralColumns(input: ReferralCreate) {
  return {
    applicant_type: input.applicantType,
    referring_body_kind: input.referringBodyKind,
    referring_body: input.referringBody,
    referring_body_address: input.referringBodyAddress,
    referred_on: input.referredOn,
    received_on: input.receivedOn,
    consent_given: input.consentGiven,
    consent_on: input.consentOn ?? null,
    ops_opinion_on: input.opsOpinionOn ?? null,
    ops_opinion: input.opsOpinion,
    notes: input.notes,
    partner_id: input.partnerId,
  };
}

/** A chosen partner names the referring body: its name and address fill the free-text fields (kept for old rows). */
async function withPartner<T extends ReferralCreate>(
  db: Db,
  ctx: CallContext,
  input: T,
  keepId?: string | null,
) {
  if (!input.partnerId) return input;
  const partner = await findPartner(db, ctx.actor.centreId, input.partnerId);
  // An archived partner stays on the referrals it already has, but is not offered for new ones.
  if (!partner || (partner.archived_at && partner.id !== keepId))
    throw AppError.fields([
      { path: 'partnerId', code: 'UNKNOWN_PARTNER', message: 'Nie ma takiego partnera w rejestrze centrum.' },
    ]);
  return { ...input, referringBody: partner.name, referringBodyAddress: partnerAddress(partner) };
}

function checkDates(
  input: { receivedOn: string; referredOn: string; opsOpinionOn?: string | null; consentOn?: string | null },
  today: string,
) {
  const fields = [];
  if (input.consentOn && input.consentOn > today)
    fields.push({
      path: 'consentOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data zgody nie może być z przyszłości.',
    });
  if (input.referredOn > today)
    fields.push({
      path: 'referredOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data skierowania nie może być z przyszłości.',
    });
  if (input.receivedOn > today)
    fields.push({
      path: 'receivedOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data wpływu nie może być z przyszłości.',
    });
  if (input.opsOpinionOn && input.opsOpinionOn > today)
    fields.push({
      path: 'opsOpinionOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data opinii nie może być z przyszłości.',
    });
  if (fields.length) throw AppError.fields(fields);
}

/**
 * Records a referral (art. 12) for a registered person; the OPS-opinion requirement is the centre's
 * setting at that moment.
 */
export async function createReferral(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  input: ReferralCreate,
): Promise<Referral> {
  requirePathwayEditor(ctx);
  checkDates(input, todayInPoland(deps));
  return deps.db.transaction().execute(async (trx) => {
    const person = await participantOr404(trx, ctx, participantId);
    const { settings } = await centreOf(trx, ctx);
    const row = await insertReferral(trx, {
      ...referralColumns(await withPartner(trx, ctx, input)),
      centre_id: ctx.actor.centreId,
      participant_id: participantId,
      ops_opinion_required: settings.communityInterviewRequired,
      status: 'RECEIVED',
      status_since: input.receivedOn,
      created_by: ctx.actor.userId,
    });
    if (person.status === 'EXITED' || person.status === 'REFUSED')
      await setParticipantStatus(trx, ctx.actor.centreId, participantId, 'REFERRED', input.receivedOn);
    await audit(trx, ctx, 'referral.create', 'referral', row.id, {
      participantId,
      applicantType: input.applicantType,
      partnerId: input.partnerId,
    });
    return toReferral(row);
  });
}

/** Corrects a referral (optimistic versioning) or marks it withdrawn. */
export async function updateReferral(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  id: string,
  input: ReferralUpdate,
): Promise<Referral> {
  requirePathwayEditor(ctx);
  checkDates(input, todayInPoland(deps));
  return deps.db.transaction().execute(async (trx) => {
    const before = await findReferral(trx, ctx.actor.centreId, id);
    if (!before || before.participant_id !== participantId) throw notFound();
    if (before.status === 'ADMITTED' && input.status === 'WITHDRAWN')
      throw new AppError('INVALID_STATE', {
        message: 'Osoba została już przyjęta — wycofanie skierowania nie jest możliwe. Zakończ program.',
      });
    const changes = {
      ...referralColumns(await withPartner(trx, ctx, input, before.partner_id)),
      ...(input.status === 'WITHDRAWN' ? { status: 'WITHDRAWN', status_since: todayInPoland(deps) } : {}),
    };
    const after = await updateReferralVersioned(trx, ctx.actor.centreId, id, input.version, changes);
    if (!after) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'referral.update', 'referral', id, {
      participantId,
      withdrawn: input.status === 'WITHDRAWN',
    });
    return toReferral(after);
  });
}

export function toDocument(d: {
  id: string;
  kind: string;
  referral_id: string | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  description: string | null;
  uploaded_at: Date | string;
  uploaded_by: string | null;
}): ParticipantDocument {
  return {
    id: d.id,
    kind: d.kind as ParticipantDocument['kind'],
    referralId: d.referral_id,
    fileName: d.file_name,
    mediaType: d.media_type,
    sizeBytes: d.size_bytes,
    sha256: d.sha256,
    description: d.description,
    uploadedAt: iso(d.uploaded_at),
    uploadedBy: d.uploaded_by,
  };
}

/** What the first bytes say the file is; the declared type and the name are not trusted. */
export function sniffMediaType(bytes: Uint8Array): (typeof ALLOWED_UPLOAD_TYPES)[number] | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

/** A safe file name to store and to send back in Content-Disposition. */
function cleanFileName(name: string, mediaType: string): string {
  const base =
    name
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .trim()
      .slice(0, 150) || 'skan';
  const ext = mediaType === 'application/pdf' ? '.pdf' : mediaType === 'image/png' ? '.png' : '.jpg';
  return /\.(pdf|png|jpe?g)$/i.test(base) ? base : base + ext;
}

/** Stores a scan (PDF/JPEG/PNG, ≤ 10 MB) with the participant's record; checksummed; never public. */
export async function uploadDocument(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
  file: {
    bytes: Uint8Array;
    fileName: string;
    kind: ParticipantDocument['kind'];
    referralId: string | null;
    description: string | null;
  },
): Promise<ParticipantDocument> {
  requirePathwayEditor(ctx);
  if (file.bytes.length === 0) throw new AppError('FILE_REQUIRED', { message: 'Plik jest pusty.' });
  if (file.bytes.length > MAX_SCAN_BYTES)
    throw new AppError('FILE_TOO_LARGE', {
      message: `Plik jest za duży: najwyżej ${MAX_SCAN_BYTES / 1024 / 1024} MB.`,
      details: {
        fields: [
          {
            path: 'file',
            code: 'FILE_TOO_LARGE',
            message: `Plik jest za duży: najwyżej ${MAX_SCAN_BYTES / 1024 / 1024} MB.`,
          },
        ],
      },
    });
  const mediaType = sniffMediaType(file.bytes);
  if (!mediaType) {
    const message = 'Dozwolone są tylko skany w formacie PDF, JPEG lub PNG.';
    throw new AppError('UNSUPPORTED_FILE_TYPE', {
      message,
      details: { fields: [{ path: 'file', code: 'UNSUPPORTED_FILE_TYPE', message }] },
    });
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return deps.db.transaction().execute(async (trx) => {
    await participantOr404(trx, ctx, participantId);
    if (file.referralId) {
      const referral = await findReferral(trx, ctx.actor.centreId, file.referralId);
      if (!referral || referral.participant_id !== participantId)
        throw AppError.fields([
          { path: 'referralId', code: 'NOT_FOUND', message: 'Nie ma takiego skierowania tej osoby.' },
        ]);
    }
    const row = await insertDocument(trx, {
      centre_id: ctx.actor.centreId,
      participant_id: participantId,
      referral_id: file.referralId,
      kind: file.kind,
      file_name: cleanFileName(file.fileName, mediaType),
      media_type: mediaType,
      size_bytes: file.bytes.length,
      sha256,
      content: file.bytes,
      description: file.description,
      uploaded_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'document.upload', 'participant_document', row.id, {
      participantId,
      kind: file.kind,
      sha256,
      sizeBytes: file.bytes.length,
    });
    return toDocument(row);
  });
}

export async function listParticipantDocuments(
  deps: AppDeps,
  ctx: CallContext,
  participantId: string,
): Promise<ParticipantDocument[]> {
  requirePathwayEditor(ctx);
  await participantOr404(deps.db, ctx, participantId);
  return (await listDocuments(deps.db, ctx.actor.centreId, participantId)).map(toDocument);
}

/** The stored bytes of one scan; the read is audited (scans may contain health data). The checksum is re-verified. */
export async function downloadDocument(deps: AppDeps, ctx: CallContext, participantId: string, id: string) {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const row = await findDocumentWithContent(trx, ctx.actor.centreId, participantId, id);
    if (!row) throw notFound();
    const bytes = Buffer.from(row.content);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== row.sha256)
      throw new AppError('INTERNAL', {
        message:
          'Suma kontrolna pliku się nie zgadza — plik mógł zostać uszkodzony. Zgłoś to administratorowi.',
      });
    await recordSensitiveRead(trx, ctx, {
      entityType: 'participant_document',
      entityId: row.id,
      fields: ['content'],
      purpose: row.kind,
    });
    return { bytes, fileName: row.file_name, mediaType: row.media_type, sha256 };
  });
}
