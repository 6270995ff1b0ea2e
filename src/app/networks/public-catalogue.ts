import type { z } from 'zod';
import type { EnquiryCreateSchema, PublicCatalogueSchema } from '../../contracts/network-work.contract';
import { foldDiacritics } from '../../domain/text';
import { insertAuditEntry } from '../../db/audit.repository';
import { findCatalogue, insertEnquiry } from '../../db/network-catalogue.repository';
import { findNetworkById } from '../../db/network.repository';
import { AppError, notFound } from '../app-error';
import type { AppDeps } from '../deps';
import { presentEntry } from './network-catalogue';
import { takeEnquirySlot } from './enquiry-rate-limit';
import { powiatName } from './present-network';

type PublicCatalogue = z.infer<typeof PublicCatalogueSchema>;

/**
 * The network's joint catalogue for the public, without logging in: its members' services grouped by
 * the powiats they serve (a service for a gmina is listed under its powiat), with contacts. Names no
 * participant — only centres, services and their contacts. Plain function of (deps, input): a bench
 * can call it directly.
 */
export async function getPublicCatalogue(
  deps: AppDeps,
  networkId: string,
  filter: { powiat?: string | undefined; q?: string | undefined; kind?: 'SERVICE' | 'PRODUCT' | undefined },
): Promise<PublicCatalogue> {
  const network = await findNetworkById(deps.db, networkId);
  if (!network) throw notFound();
  const q = filter.q ? foldDiacritics(filter.q.trim()) : '';
  const entries = (await findCatalogue(deps.db, networkId))
    .map((r) => presentEntry(r, deps.gminas))
    .filter((e) => !filter.kind || e.kind === filter.kind)
    .filter(
      (e) => !q || foldDiacritics(`${e.name} ${e.description ?? ''} ${e.centreName} ${e.city}`).includes(q),
    );

  const powiats = new Map<string, PublicCatalogue['powiats'][number]>();
  for (const { centreId: _c, serviceItemId: _s, publishedAt: _p, ...entry } of entries) {
    const codes = new Set(entry.area.map((a) => a.code.slice(0, 4)));
    for (const code of codes) {
      if (filter.powiat && code !== filter.powiat) continue;
      const group = powiats.get(code) ?? { code, name: powiatName(code, deps.gminas) ?? code, entries: [] };
      group.entries.push(entry);
      powiats.set(code, group);
    }
  }
  const list = [...powiats.values()].sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  return {
    network: { id: network.id, name: network.name, coordinatorOrgName: network.coordinator_org_name },
    powiats: list,
    total: new Set(list.flatMap((p) => p.entries.map((e) => e.id))).size,
  };
}

/**
 * An enquiry from the public page reaches the member that offers the service (its enquiries list, an
 * entry in its log without the sender's data). A filled robot trap is accepted quietly and dropped.
 * Each client address may send a limited number (`ENQUIRY_LIMIT`); over it nothing is stored and the
 * answer is 429 with the seconds to wait.
 */
export async function sendEnquiry(
  deps: AppDeps,
  networkId: string,
  input: z.infer<typeof EnquiryCreateSchema>,
  ip: string | null,
): Promise<{ received: true }> {
  const retryAfterSeconds = await takeEnquirySlot(deps.db, ip, deps.now());
  if (retryAfterSeconds > 0) throw new AppError('ENQUIRY_RATE_LIMITED', { details: { retryAfterSeconds } });
  if (input.website) return { received: true };
  const entry = (await findCatalogue(deps.db, networkId)).find((e) => e.id === input.entryId);
  if (!entry)
    throw AppError.fields([
      { path: 'entryId', code: 'NO_SUCH_SERVICE', message: 'Tej usługi nie ma już w katalogu sieci.' },
    ]);
  await deps.db.transaction().execute(async (trx) => {
    const row = await insertEnquiry(trx, {
      network_id: networkId,
      entry_id: entry.id,
      centre_id: entry.centre_id,
      full_name: input.fullName,
      email: input.email,
      phone: input.phone,
      message: input.message,
    });
    await insertAuditEntry(trx, {
      centreId: entry.centre_id,
      actorUserId: null,
      actorEmail: null,
      action: 'network.enquiry.receive',
      entityType: 'network_enquiry',
      entityId: row.id,
      ip,
      details: { service: entry.name },
    });
  });
  return { received: true };
}
