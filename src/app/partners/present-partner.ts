import type { Agreement, Partner } from '../../contracts/partner.contract';
import type { AgreementListRow } from '../../db/partner.repository';
import { findPartner } from '../../db/partner.repository';
import type { Db } from '../../db/connection';
import type { PartnerContactsTable, PartnerLogRow, PartnerRow } from '../../db/schema';
import type { Selectable } from 'kysely';
import { can, type Action } from '../../domain/access/permissions';
import {
  AGREEMENT_KIND_LABELS,
  LOG_KIND_LABELS,
  PARTNER_KIND_LABELS,
  type AgreementKind,
  type LogKind,
  type PartnerKind,
} from '../../domain/partners/kinds';
import { forbidden, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { iso } from '../pathway/shared';

/** Throws FORBIDDEN unless the permission table lets the caller do the action. */
export function requirePartnerAction(ctx: CallContext, action: Action): void {
  if (!can(ctx.actor, action)) throw forbidden();
}

/** A partner of the caller's centre, or 404 (another centre's partner does not exist for the caller). */
export async function partnerOr404(db: Db, ctx: CallContext, id: string): Promise<PartnerRow> {
  const row = await findPartner(db, ctx.actor.centreId, id);
  if (!row) throw notFound();
  return row;
}

/** "ul. Długa 5/2, 90-001 Łódź" — the address line of a letter; null when nothing is known. */
export function partnerAddress(
  p: Pick<PartnerRow, 'street' | 'building_no' | 'flat_no' | 'postal_code' | 'city'>,
) {
  const number = [p.building_no, p.flat_no].filter(Boolean).join('/');
  const street = [p.street, number].filter(Boolean).join(' ');
  const town = [p.postal_code, p.city].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ') || null;
}

export function toPartner(p: PartnerRow, gminas: AppDeps['gminas']): Partner {
  return {
    id: p.id,
    kind: p.kind as PartnerKind,
    kindLabel: PARTNER_KIND_LABELS[p.kind as PartnerKind] ?? 'inny partner',
    name: p.name,
    shortName: p.short_name,
    nip: p.nip,
    regon: p.regon,
    krs: p.krs,
    street: p.street,
    buildingNo: p.building_no,
    flatNo: p.flat_no,
    postalCode: p.postal_code,
    city: p.city,
    gminaCode: p.gmina_code,
    gminaName: p.gmina_code ? (gminas.get(p.gmina_code)?.name ?? null) : null,
    address: partnerAddress(p),
    email: p.email,
    phone: p.phone,
    website: p.website,
    notes: p.notes,
    archived: p.archived_at !== null,
    archivedAt: p.archived_at ? iso(p.archived_at) : null,
    version: p.version,
  };
}

export function toContact(c: Selectable<PartnerContactsTable>) {
  return { id: c.id, fullName: c.full_name, function: c.function, email: c.email, phone: c.phone };
}

export function toAgreement(a: AgreementListRow, today: string): Agreement {
  return {
    id: a.id,
    kind: a.kind as AgreementKind,
    kindLabel: AGREEMENT_KIND_LABELS[a.kind as AgreementKind] ?? 'dokument',
    number: a.number,
    subject: a.subject,
    signedOn: a.signed_on,
    validFrom: a.valid_from,
    validUntil: a.valid_until,
    signatories: a.signatories,
    notes: a.notes,
    inForce: a.valid_from <= today && (a.valid_until === null || a.valid_until >= today),
    file:
      a.file_name && a.media_type && a.size_bytes !== null && a.sha256
        ? { fileName: a.file_name, mediaType: a.media_type, sizeBytes: a.size_bytes, sha256: a.sha256 }
        : null,
    version: a.version,
  };
}

export function toLogEntry(e: PartnerLogRow) {
  return {
    id: e.id,
    kind: e.kind as LogKind,
    kindLabel: LOG_KIND_LABELS[e.kind as LogKind] ?? 'wpis',
    happenedOn: e.happened_on,
    untilOn: e.until_on,
    subject: e.subject,
    note: e.note,
    createdAt: iso(e.created_at),
  };
}
