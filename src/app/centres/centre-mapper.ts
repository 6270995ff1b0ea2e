import {
  CentreSettingsSchema,
  type Centre,
  type CentreInput,
  type CentreSettings,
} from '../../contracts/centre.contract';
import type { CentreRow, NewCentreRow } from '../../db/schema';
import type { GminaDirectory } from '../../reference/teryt';
import { AppError } from '../app-error';

/** Reads a centre's settings with defaults for anything not set yet. */
export function centreSettings(raw: unknown): CentreSettings {
  const parsed = CentreSettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : CentreSettingsSchema.parse({});
}

export function toCentre(row: CentreRow, gminas: GminaDirectory): Centre {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    regon: row.regon,
    nip: row.nip,
    street: row.street,
    buildingNo: row.building_no,
    flatNo: row.flat_no,
    postalCode: row.postal_code,
    city: row.city,
    gminaCode: row.gmina_code,
    gminaName: gminas.get(row.gmina_code)?.name ?? null,
    email: row.email,
    phone: row.phone,
    foundingInstitutionName: row.founding_institution_name,
    foundingInstitutionType: row.founding_institution_type,
    statusDate: row.status_date,
    settings: centreSettings(row.settings),
    isDemo: row.is_demo,
    version: row.version,
  };
}

/** Column values from validated input; refuses a gmina code that is not in TERYT. */
export function centreColumns(
  input: Partial<CentreInput>,
  gminas: GminaDirectory,
  pathPrefix = '',
): Partial<NewCentreRow> {
  if (input.gminaCode !== undefined && !gminas.get(input.gminaCode)) {
    throw AppError.fields([
      {
        path: `${pathPrefix}gminaCode`,
        code: 'UNKNOWN_GMINA',
        message: 'Nie ma takiej gminy w rejestrze TERYT. Wybierz gminę z listy.',
      },
    ]);
  }
  const columns: Partial<NewCentreRow> = {
    type: input.type,
    name: input.name,
    regon: input.regon,
    nip: input.nip,
    street: input.street,
    building_no: input.buildingNo,
    flat_no: input.flatNo,
    postal_code: input.postalCode,
    city: input.city,
    gmina_code: input.gminaCode,
    email: input.email,
    phone: input.phone,
    founding_institution_name: input.foundingInstitutionName,
    founding_institution_type: input.foundingInstitutionType,
    status_date: input.statusDate,
  };
  return Object.fromEntries(
    Object.entries(columns).filter(([, v]) => v !== undefined),
  ) as Partial<NewCentreRow>;
}
