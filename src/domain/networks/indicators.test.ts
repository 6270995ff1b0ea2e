import { describe, expect, it } from 'vitest';
import { buildTable } from './indicators';

const members = [
  { memberId: 'm1', centreId: 'c1' },
  { memberId: 'm2', centreId: 'c2' },
];

describe('buildTable', () => {
  it('puts each count in its member and category, the fixed columns first', () => {
    const t = buildTable(
      members,
      [
        { centreId: 'c1', category: 'B', n: 12 },
        { centreId: 'c2', category: 'A', n: 20 },
        { centreId: 'c2', category: 'Z', n: 7 },
        { centreId: 'other-centre', category: 'A', n: 99 },
      ],
      ['A', 'B'],
      null,
    );
    expect(t.categories).toEqual(['A', 'B', 'Z']);
    expect(t.rows).toEqual([
      { memberId: 'm1', cells: [0, 12, 0], total: 12 },
      { memberId: 'm2', cells: [20, 0, 7], total: 27 },
    ]);
    expect(t.totals).toEqual({ cells: [20, 12, 7], total: 39 });
    expect(t.own).toBeNull();
  });

  it('gives a member its own row exactly while the network sees it protected', () => {
    const t = buildTable(
      members,
      [
        { centreId: 'c1', category: 'A', n: 3 },
        { centreId: 'c1', category: 'B', n: 30 },
        { centreId: 'c2', category: 'A', n: 10 },
        { centreId: 'c2', category: 'B', n: 10 },
      ],
      ['A', 'B'],
      'c1',
    );
    expect(t.rows[0]!.cells[0]).toBe('<5');
    expect(t.own).toEqual({ cells: [3, 30], total: 33 });
  });
});
