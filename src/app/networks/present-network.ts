import type { Network, NetworkMember } from '../../contracts/network.contract';
import type { MemberListRow } from '../../db/network.repository';
import type { NetworkRow } from '../../db/schema';
import type { GminaDirectory } from '../../reference/teryt';
import type { NetworkAccess } from './network-access';

// A powiat's name is found by searching the gminas (slow-ish); the register does not change while the
// server runs, so each name is looked up once (the public catalogue names hundreds per answer).
const powiatNames = new WeakMap<GminaDirectory, Map<string, string | null>>();

/** The name of a powiat by its 4-digit TERYT code ("powiat gorzowski"), or null when unknown. */
export function powiatName(code: string, gminas: GminaDirectory): string | null {
  let names = powiatNames.get(gminas);
  if (!names) {
    names = new Map();
    powiatNames.set(gminas, names);
  }
  if (!names.has(code)) {
    const first = gminas.search(code, 1)[0];
    names.set(code, first ? `powiat ${first.powiat}` : null);
  }
  return names.get(code)!;
}

/** A network's area by TERYT: a 7-digit code is a gmina, a 4-digit one a powiat (named after its gminas). */
export function presentArea(codes: readonly string[], gminas: GminaDirectory): Network['area'] {
  return codes.map((code) => {
    if (code.length === 7) return { code, name: gminas.get(code)?.name ?? code, level: 'GMINA' as const };
    return { code, name: powiatName(code, gminas) ?? code, level: 'POWIAT' as const };
  });
}

export function presentMember(row: MemberListRow): NetworkMember {
  return {
    id: row.id,
    centreId: row.centre_id,
    name: row.centre_name ?? row.entity_name ?? '',
    kind: row.entity_kind as NetworkMember['kind'],
    centreType: row.centre_type,
    status: row.status as NetworkMember['status'],
    invitedAt: new Date(row.invited_at).toISOString(),
    respondedAt: row.responded_at ? new Date(row.responded_at).toISOString() : null,
  };
}

export function presentNetwork(
  network: NetworkRow,
  access: Pick<NetworkAccess, 'isCoordinator' | 'membership'>,
  members: MemberListRow[],
  gminas: GminaDirectory,
): Network {
  return {
    id: network.id,
    name: network.name,
    kind: network.kind as Network['kind'],
    area: presentArea(network.area_codes, gminas),
    coordinatorOrgName: network.coordinator_org_name,
    coordinatorOrgKind: network.coordinator_org_kind as Network['coordinatorOrgKind'],
    isCoordinator: access.isCoordinator,
    myMembership: (access.membership?.status as Network['myMembership']) ?? null,
    // Members see who else is in the network (centres' names are public); invitations pending and past
    // members only the coordinator.
    members: members
      .filter((m) => access.isCoordinator || m.status === 'ACTIVE' || m.id === access.membership?.id)
      .map(presentMember),
  };
}
