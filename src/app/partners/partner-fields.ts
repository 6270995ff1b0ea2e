import type { PartnerCreate } from '../../contracts/partner.contract';
import type { FieldError } from '../../contracts/errors';
import type { Db } from '../../db/connection';
import { findPartnerByNip } from '../../db/partner.repository';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';

/** The checks a partner's data needs beyond its shape: a known TERYT gmina and a NIP not used twice. */
export async function checkPartnerFields(
  db: Db,
  deps: AppDeps,
  centreId: string,
  input: PartnerCreate,
  selfId: string | null,
): Promise<void> {
  const problems: FieldError[] = [];
  if (input.gminaCode && !deps.gminas.get(input.gminaCode))
    problems.push({
      path: 'gminaCode',
      code: 'UNKNOWN_GMINA',
      message: 'Nie ma takiej gminy w rejestrze TERYT. Wybierz gminę z listy.',
    });
  if (input.nip) {
    const other = await findPartnerByNip(db, centreId, input.nip);
    if (other && other.id !== selfId)
      problems.push({
        path: 'nip',
        code: 'NIP_TAKEN',
        message: `Partner z tym numerem NIP jest już w rejestrze: ${other.name}.`,
      });
  }
  if (problems.length) throw AppError.fields(problems);
}

/** The partner's columns from the form. */
export function partnerColumns(input: PartnerCreate) {
  return {
    kind: input.kind,
    name: input.name,
    short_name: input.shortName,
    nip: input.nip,
    regon: input.regon,
    krs: input.krs,
    street: input.street,
    building_no: input.buildingNo,
    flat_no: input.flatNo,
    postal_code: input.postalCode,
    city: input.city,
    gmina_code: input.gminaCode,
    email: input.email,
    phone: input.phone,
    website: input.website,
    notes: input.notes,
  };
}
