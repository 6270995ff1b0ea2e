import { createHash } from 'node:crypto';
import type { AgreementInput, AgreementUpdate } from '../../contracts/partner.contract';
import { MAX_SCAN_BYTES } from '../../contracts/pathway.contract';
import {
  findAgreement,
  findAgreementFile,
  insertAgreement,
  updateAgreementVersioned,
} from '../../db/partner.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { sniffMediaType } from '../pathway/referrals';
import { audit, todayInPoland } from '../pathway/shared';
import { partnerOr404, requirePartnerAction, toAgreement } from './present-partner';

const columns = (input: AgreementInput) => ({
  kind: input.kind,
  number: input.number,
  subject: input.subject,
  signed_on: input.signedOn,
  valid_from: input.validFrom,
  valid_until: input.validUntil,
  signatories: input.signatories,
  notes: input.notes,
});

/** Records an agreement (porozumienie, umowa) with the partner; the contract refuses an end before the start. */
export async function createAgreement(
  deps: AppDeps,
  ctx: CallContext,
  partnerId: string,
  input: AgreementInput,
) {
  requirePartnerAction(ctx, 'partners.edit');
  return deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    const row = await insertAgreement(trx, {
      ...columns(input),
      centre_id: ctx.actor.centreId,
      partner_id: partnerId,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, 'partner.agreement_create', 'partner_agreement', row.id, { partnerId });
    return toAgreement(row, todayInPoland(deps));
  });
}

/** Corrects an agreement against the version the user saw (409 when stale). */
export async function updateAgreement(
  deps: AppDeps,
  ctx: CallContext,
  partnerId: string,
  id: string,
  input: AgreementUpdate,
) {
  requirePartnerAction(ctx, 'partners.edit');
  return deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    if (!(await findAgreement(trx, ctx.actor.centreId, partnerId, id))) throw notFound();
    const row = await updateAgreementVersioned(
      trx,
      ctx.actor.centreId,
      partnerId,
      id,
      input.version,
      columns(input),
    );
    if (!row) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'partner.agreement_update', 'partner_agreement', id, { partnerId });
    return toAgreement(row, todayInPoland(deps));
  });
}

function cleanFileName(name: string, mediaType: string): string {
  const base =
    name
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .trim()
      .slice(0, 150) || 'porozumienie';
  const ext = mediaType === 'application/pdf' ? '.pdf' : mediaType === 'image/png' ? '.png' : '.jpg';
  return /\.(pdf|png|jpe?g)$/i.test(base) ? base : base + ext;
}

/** Attaches (or replaces) the signed scan of an agreement: PDF/JPEG/PNG by its first bytes, ≤ 10 MB, checksummed. */
export async function attachAgreementFile(
  deps: AppDeps,
  ctx: CallContext,
  partnerId: string,
  id: string,
  file: { bytes: Uint8Array; fileName: string },
) {
  requirePartnerAction(ctx, 'partners.edit');
  const fileError = (code: 'FILE_REQUIRED' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE', message: string) =>
    new AppError(code, { message, details: { fields: [{ path: 'file', code, message }] } });
  if (file.bytes.length === 0) throw fileError('FILE_REQUIRED', 'Plik jest pusty.');
  if (file.bytes.length > MAX_SCAN_BYTES)
    throw fileError('FILE_TOO_LARGE', `Plik jest za duży: najwyżej ${MAX_SCAN_BYTES / 1024 / 1024} MB.`);
  const mediaType = sniffMediaType(file.bytes);
  if (!mediaType) throw fileError('UNSUPPORTED_FILE_TYPE', 'Dozwolone są tylko pliki PDF, JPEG lub PNG.');
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return deps.db.transaction().execute(async (trx) => {
    await partnerOr404(trx, ctx, partnerId);
    const row = await updateAgreementVersioned(trx, ctx.actor.centreId, partnerId, id, null, {
      file_name: cleanFileName(file.fileName, mediaType),
      media_type: mediaType,
      size_bytes: file.bytes.length,
      sha256,
      content: file.bytes,
    });
    if (!row) throw notFound();
    await audit(trx, ctx, 'partner.agreement_file', 'partner_agreement', id, {
      partnerId,
      sha256,
      sizeBytes: file.bytes.length,
    });
    return toAgreement(row, todayInPoland(deps));
  });
}

/** The agreement's stored file, checksum re-verified. */
export async function downloadAgreementFile(deps: AppDeps, ctx: CallContext, partnerId: string, id: string) {
  requirePartnerAction(ctx, 'partners.view');
  const row = await findAgreementFile(deps.db, ctx.actor.centreId, partnerId, id);
  if (!row?.content || !row.file_name || !row.media_type) throw notFound();
  const bytes = Buffer.from(row.content);
  if (createHash('sha256').update(bytes).digest('hex') !== row.sha256)
    throw new AppError('INTERNAL', {
      message:
        'Suma kontrolna pliku się nie zgadza — plik mógł zostać uszkodzony. Zgłoś to administratorowi.',
    });
  return { bytes, fileName: row.file_name, mediaType: row.media_type, sha256: row.sha256 };
}
