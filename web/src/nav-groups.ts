/**
 * The main navigation's sections: each page of the navigation (by its path in the route table) belongs to
 * one, in this order; a page not listed here falls into the last section. The home page stands alone above.
 */
export const NAV_GROUPS = [
  {
    key: 'pathway',
    paths: [
      '/participants',
      '/attendance',
      '/workshops',
      '/follow-ups',
      '/graduates',
      '/placements',
      '/supported-employment',
      '/art200',
    ],
  },
  { key: 'money', paths: ['/payroll', '/benefit', '/finance', '/projects', '/services'] },
  { key: 'community', paths: ['/partners', '/networks', '/events', '/volunteers', '/inkind'] },
  { key: 'reports', paths: ['/reports', '/staff'] },
  { key: 'admin', paths: ['/users', '/centre', '/privacy', '/audit', '/jobs', '/account'] },
] as const;

export type NavGroupKey = (typeof NAV_GROUPS)[number]['key'];

/** The items of the navigation in sections (empty sections left out); `'/'` goes first, alone. */
export function groupNavItems<T extends { to: string }>(
  items: T[],
): { home: T | undefined; groups: { key: NavGroupKey; items: T[] }[] } {
  const home = items.find((i) => i.to === '/');
  const last = NAV_GROUPS[NAV_GROUPS.length - 1]!.key;
  const groups = NAV_GROUPS.map((g) => ({
    key: g.key as NavGroupKey,
    items: items.filter(
      (i) =>
        i.to !== '/' &&
        ((g.paths as readonly string[]).includes(i.to) ||
          (g.key === last && !NAV_GROUPS.some((x) => (x.paths as readonly string[]).includes(i.to)))),
    ),
  }));
  return { home, groups: groups.filter((g) => g.items.length) };
}
