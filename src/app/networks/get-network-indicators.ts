import { EXIT_TYPES } from '../../contracts/pathway.contract';
import type { NetworkIndicators } from '../../contracts/network.contract';
import { buildTable, type MemberCount } from '../../domain/networks/indicators';
import { ELIGIBILITY_GROUPS } from '../../domain/types';
import { STAFF_FUNCTIONS } from '../../domain/staff/staff-ratio';
import { type CountRow, findMembers, loadIndicatorCounts } from '../../db/network.repository';
import type { AppDeps } from '../deps';
import { loadNetworkAccess, type NetworkCaller, requireNetwork } from './network-access';

const asCounts = (rows: CountRow[]): MemberCount[] =>
  rows.map((r) => ({ centreId: r.centre_id, category: r.category, n: r.n }));

/**
 * The network's figures for a year, per member centre and in total: computed on the server from the
 * members' own tables, answered only as protected counts ("<5", "c"; decision 0017). The coordinator
 * sees these and nothing else; a member's director sees them beside her own centre's exact figures.
 * Staff counts come from the members' staff registers (people on 31 December by function), protected
 * like the counts of participants: a function with 1–4 people is "<5".
 */
export async function getNetworkIndicators(
  deps: AppDeps,
  caller: NetworkCaller,
  networkId: string,
  year: number,
): Promise<NetworkIndicators> {
  const access = await loadNetworkAccess(deps, caller, networkId);
  requireNetwork(access, 'networks.indicators.view');

  const members = (await findMembers(deps.db, networkId)).filter((m) => m.status === 'ACTIVE' && m.centre_id);
  const list = members.map((m) => ({ memberId: m.id, centreId: m.centre_id! }));
  const counts = await loadIndicatorCounts(
    deps.db,
    list.map((m) => m.centreId),
    year,
  );
  const own = access.membership?.status === 'ACTIVE' ? access.membership.centre_id : null;
  const table = (
    key: NetworkIndicators['tables'][number]['key'],
    rows: CountRow[],
    fixed: readonly string[],
  ) => ({
    key,
    ...buildTable(list, asCounts(rows), fixed, own),
  });
  const places = new Map(counts.places.map((p) => [p.centre_id, p.n]));

  return {
    networkId,
    year,
    members: members.map((m) => ({ memberId: m.id, name: m.centre_name ?? '', centreType: m.centre_type! })),
    tables: [
      table('participantsByGroup', counts.groups, ELIGIBILITY_GROUPS),
      table('admissionsByKind', counts.admissions, ['IPZS', 'KIS_CONTRACT']),
      table('exitsByKind', counts.exits, EXIT_TYPES),
      table('activeAtYearEnd', counts.active, ['ACTIVE']),
      table('staffByFunction', counts.staff, STAFF_FUNCTIONS),
    ],
    places: {
      rows: list.map((m) => ({ memberId: m.memberId, places: places.get(m.centreId) ?? 0 })),
      total: [...places.values()].reduce((s, v) => s + v, 0),
    },
    notAvailable: [],
  };
}
