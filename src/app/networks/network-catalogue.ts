import type { CatalogueEntry, CatalogueEntryCreate } from '../../contracts/network-work.contract';
import type { FieldError } from '../../contracts/errors';
import { can } from '../../domain/access/permissions';
import { insertAuditEntry } from '../../db/audit.repository';
import { isUniqueViolation } from '../../db/errors';
import {
  type CatalogueRow,
  findCatalogue,
  findEnquiriesOfCentre,
  findOwnServiceItem,
  insertCatalogueEntry,
  markEnquiryHandled,
  withdrawCatalogueEntry,
} from '../../db/network-catalogue.repository';
import type { GminaDirectory } from '../../reference/teryt';
import { AppError, forbidden, notFound } from '../app-error';
import type { AppDeps } from '../deps';
import { loadNetworkAccess, type NetworkCaller, requireNetwork } from './network-access';
import { presentArea } from './present-network';

/** Codes that are not in the TERYT register, as field errors under `path`. */
export function unknownAreaCodes(
  codes: readonly string[],
  gminas: GminaDirectory,
  path: string,
): FieldError[] {
  return codes.flatMap((code, i) =>
    (code.length === 7 ? gminas.get(code) : gminas.search(code, 1).length > 0)
      ? []
      : [{ path: `${path}.${i}`, code: 'UNKNOWN_TERYT', message: 'Nie ma takiego kodu w rejestrze TERYT.' }],
  );
}

/** One catalogue entry with its area; an entry without its own area serves the centre's powiat. */
export function presentEntry(row: CatalogueRow, gminas: GminaDirectory): CatalogueEntry {
  const codes = row.area_codes.length ? row.area_codes : [row.centre_gmina.slice(0, 4)];
  return {
    id: row.id,
    centreId: row.centre_id,
    centreName: row.centre_name,
    centreType: row.centre_type,
    city: row.city,
    serviceItemId: row.service_item_id,
    name: row.name,
    kind: row.kind as CatalogueEntry['kind'],
    unit: row.unit,
    netPrice: Number(row.net_price),
    vatRate: row.vat_rate,
    description: row.public_description ?? row.description,
    area: presentArea(codes, gminas),
    contactPhone: row.contact_phone ?? row.centre_phone,
    contactEmail: row.contact_email ?? row.centre_email,
    publishedAt: new Date(row.published_at).toISOString(),
  };
}

/** The network's joint catalogue as its members and its coordinator see it. */
export async function getNetworkCatalogue(deps: AppDeps, caller: NetworkCaller, networkId: string) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.view');
  return { entries: (await findCatalogue(deps.db, networkId)).map((r) => presentEntry(r, deps.gminas)) };
}

/**
 * The director of a member centre publishes one of her centre's services in the network's catalogue,
 * with the powiats or gminas it serves and the contact for enquiries (by default the centre's own).
 */
export async function publishCatalogueEntry(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  input: CatalogueEntryCreate,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  if (access.membership?.status !== 'ACTIVE' || !access.membership.centre_id) throw forbidden();
  requireNetwork(access, 'networks.catalogue.publish');
  const centreId = access.membership.centre_id;
  const item = await findOwnServiceItem(deps.db, centreId, input.serviceItemId);
  const fields = unknownAreaCodes(input.areaCodes, deps.gminas, 'areaCodes');
  if (!item?.active)
    fields.unshift({
      path: 'serviceItemId',
      code: 'NO_SUCH_SERVICE',
      message: 'Nie ma takiej aktywnej usługi w katalogu centrum.',
    });
  if (fields.length) throw AppError.fields(fields);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const row = await insertCatalogueEntry(trx, {
        network_id: networkId,
        centre_id: centreId,
        service_item_id: input.serviceItemId,
        area_codes: [...new Set(input.areaCodes)],
        public_description: input.publicDescription,
        contact_phone: input.contactPhone,
        contact_email: input.contactEmail,
        published_by: caller.userId,
      });
      await insertAuditEntry(trx, {
        centreId,
        actorUserId: caller.userId,
        actorEmail: caller.email,
        action: 'network.catalogue.publish',
        entityType: 'network_catalogue_entry',
        entityId: row.id,
        ip: caller.ip,
        details: { network: access.network.name, service: item!.name },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.fields(
        [
          {
            path: 'serviceItemId',
            code: 'ALREADY_PUBLISHED',
            message: 'Ta usługa jest już w katalogu sieci.',
          },
        ],
        'INVALID_STATE',
      );
    throw error;
  }
  return getNetworkCatalogue(deps, caller, networkId);
}

/** The director withdraws her centre's entry from the network's catalogue. */
export async function withdrawCatalogue(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  entryId: string,
) {
  const access = await loadNetworkAccess(deps, caller, networkId);
  if (access.membership?.status !== 'ACTIVE' || !access.membership.centre_id) throw forbidden();
  requireNetwork(access, 'networks.catalogue.publish');
  const done = await withdrawCatalogueEntry(
    deps.db,
    networkId,
    access.membership.centre_id,
    entryId,
    deps.now(),
  );
  if (!done) throw notFound();
  return getNetworkCatalogue(deps, caller, networkId);
}

/** The enquiries the public sent the caller's centre through its networks' catalogue pages. */
export async function getEnquiries(deps: AppDeps, caller: NetworkCaller) {
  if (!caller.centreId || !can({ roles: caller.centreRoles }, 'networks.enquiries.view')) throw forbidden();
  const rows = await findEnquiriesOfCentre(deps.db, caller.centreId);
  return {
    enquiries: rows.map((r) => ({
      id: r.id,
      networkName: r.network_name,
      serviceName: r.service_name,
      fullName: r.full_name,
      email: r.email,
      phone: r.phone,
      message: r.message,
      status: r.status as 'NEW' | 'HANDLED',
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}

/** Marks an enquiry answered (the order itself is made in the services module). */
export async function markEnquiryDone(deps: AppDeps, caller: NetworkCaller, id: string) {
  if (!caller.centreId || !can({ roles: caller.centreRoles }, 'networks.enquiries.view')) throw forbidden();
  if (!(await markEnquiryHandled(deps.db, caller.centreId, id, caller.userId, deps.now()))) throw notFound();
  return getEnquiries(deps, caller);
}
