import type { CentreRow } from '../../db/schema';
import {
  findAuthorisationById,
  findInformationClause,
  upsertInformationClause,
} from '../../db/privacy.repository';
import { findCentreMember } from '../../db/user.repository';
import { defaultInformationClause } from '../../domain/privacy/information-clause';
import { PROCESSING_ACTIVITIES } from '../../domain/privacy/processing-register';
import type { CentreLetterhead } from '../../reports/pdf/document-data';
import {
  renderAuthorisation,
  renderInformationClause,
  renderProcessingRegister,
} from '../../reports/pdf/privacy-documents.pdf';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import type { PdfFile } from '../pathway/printouts';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { requireAction } from './present-authorisation';

const ROLE_PL: Record<string, string> = {
  ADMIN: 'administrator',
  DIRECTOR: 'kierownik',
  SOCIAL_WORKER: 'pracownik socjalny',
  INSTRUCTOR: 'instruktor zawodu',
  ACCOUNTANT: 'księgowość',
  PARTNER_VIEWER: 'konto partnera (podgląd statusu skierowań)',
};

/** The centre as on its stamp, for the privacy documents. */
export function centreLetterhead(c: CentreRow): CentreLetterhead {
  return {
    name: c.name,
    type: c.type,
    street: c.street,
    buildingNo: c.building_no,
    postalCode: c.postal_code,
    city: c.city,
    regon: c.regon,
    nip: c.nip,
    place: c.city,
  };
}

const addressOf = (c: CentreRow) =>
  `${[c.street, c.building_no].filter(Boolean).join(' ')}, ${[c.postal_code, c.city].filter(Boolean).join(' ')}`;

/** The authorisation and its confidentiality pledge as one PDF to print and sign. */
export async function authorisationPdf(deps: AppDeps, ctx: CallContext, id: string): Promise<PdfFile> {
  requireAction(ctx, 'authorisations.view');
  const row = await findAuthorisationById(deps.db, ctx.actor.centreId, id);
  if (!row) throw notFound();
  const { row: centre } = await centreOf(deps.db, ctx);
  const member = await findCentreMember(deps.db, ctx.actor.centreId, row.user_id);
  const bytes = await renderAuthorisation({
    centre: centreLetterhead(centre),
    number: row.number,
    holderName: row.holder_name,
    holderRoles: (member?.roles ?? []).map((r) => ROLE_PL[r] ?? r),
    scope: row.scope,
    issuedOn: row.issued_on,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    pledgeSignedOn: row.pledge_signed_on,
    issuerName: row.issued_by ? row.issued_by_name : null,
  });
  return { bytes, fileName: `upowaznienie-${row.number.replaceAll('/', '-')}.pdf` };
}

/** The centre's information clause: its own text, or the default filled in with its name and address. */
export async function getInformationClause(deps: AppDeps, ctx: CallContext) {
  const { row: centre } = await centreOf(deps.db, ctx);
  const own = await findInformationClause(deps.db, ctx.actor.centreId);
  if (own)
    return {
      text: own.information_clause,
      isDefault: false,
      updatedAt: new Date(own.updated_at).toISOString(),
    };
  const text = defaultInformationClause({
    name: centre.name,
    address: addressOf(centre),
    email: centre.email,
  });
  return { text, isDefault: true, updatedAt: null };
}

/** Saves the centre's edited clause (audited). */
export async function updateInformationClause(deps: AppDeps, ctx: CallContext, text: string) {
  requireAction(ctx, 'privacy.clause.edit');
  await deps.db.transaction().execute(async (trx) => {
    await upsertInformationClause(trx, ctx.actor.centreId, text, ctx.actor.userId);
    await audit(trx, ctx, 'privacy.clause_update', 'centre', ctx.actor.centreId, { length: text.length });
  });
  return getInformationClause(deps, ctx);
}

/** The clause as a printable A4 page for the notice board. */
export async function informationClausePdf(deps: AppDeps, ctx: CallContext): Promise<PdfFile> {
  const { row: centre } = await centreOf(deps.db, ctx);
  const clause = await getInformationClause(deps, ctx);
  const bytes = await renderInformationClause({
    centre: centreLetterhead(centre),
    text: clause.text,
    printedOn: todayInPoland(deps),
  });
  return { bytes, fileName: 'klauzula-informacyjna.pdf' };
}

/** The register of processing activities (GDPR art. 30) with the centre as the controller. */
export async function getProcessingRegister(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'privacy.register.view');
  const { row: centre } = await centreOf(deps.db, ctx);
  return { controller: `${centre.name}, ${addressOf(centre)}`, activities: [...PROCESSING_ACTIVITIES] };
}

/** The register of processing activities as a PDF. */
export async function processingRegisterPdf(deps: AppDeps, ctx: CallContext): Promise<PdfFile> {
  requireAction(ctx, 'privacy.register.view');
  const { row: centre } = await centreOf(deps.db, ctx);
  const bytes = await renderProcessingRegister({
    centre: centreLetterhead(centre),
    printedOn: todayInPoland(deps),
    activities: PROCESSING_ACTIVITIES,
  });
  return { bytes, fileName: 'rejestr-czynnosci-przetwarzania.pdf' };
}
