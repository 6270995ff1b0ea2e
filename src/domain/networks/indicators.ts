import { type PublishedTable, protectTable } from './suppression';

/** One count of people in a member centre and a category, as the repository sums it. */
export interface MemberCount {
  centreId: string;
  category: string;
  n: number;
}

export interface IndicatorMember {
  memberId: string;
  centreId: string;
}

/** A protected table of the network, with the caller's own exact row when she is a member. */
export interface BuiltTable {
  categories: string[];
  rows: (PublishedTable['rows'][number] & { memberId: string })[];
  totals: PublishedTable['totals'];
  own: { cells: number[]; total: number } | null;
}

/**
 * Builds one indicator table: members × categories (the fixed list first, then any other category met,
 * so the columns do not tell which rare category someone is in by appearing or not), protected against
 * small numbers. `ownCentreId` gets its row exactly — it is the member's own data.
 */
export function buildTable(
  members: readonly IndicatorMember[],
  counts: readonly MemberCount[],
  fixedCategories: readonly string[],
  ownCentreId: string | null,
): BuiltTable {
  const extra = [...new Set(counts.map((c) => c.category))]
    .filter((c) => !fixedCategories.includes(c))
    .sort();
  const categories = [...fixedCategories, ...extra];
  const index = new Map(categories.map((c, i) => [c, i]));
  const byCentre = new Map(members.map((m) => [m.centreId, Array<number>(categories.length).fill(0)]));
  for (const c of counts) {
    const row = byCentre.get(c.centreId);
    if (row) row[index.get(c.category)!]! += c.n;
  }
  const values = members.map((m) => byCentre.get(m.centreId)!);
  const published = protectTable(categories, values);
  const ownRow = ownCentreId ? byCentre.get(ownCentreId) : undefined;
  return {
    categories,
    rows: published.rows.map((row, i) => ({ memberId: members[i]!.memberId, ...row })),
    totals: published.totals,
    own: ownRow ? { cells: [...ownRow], total: ownRow.reduce((s, v) => s + v, 0) } : null,
  };
}
