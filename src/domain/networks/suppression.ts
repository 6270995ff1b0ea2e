/**
 * Small-number protection for the network's aggregates (issue 19): a count of 1–4 people is never
 * published as its number, and no published figure lets it be computed back.
 *
 * A table is members × categories with its margins: each member's total (column `C`), the network's
 * total per category (row `R`) and the grand total. Primary suppression hides every entry of 1–4 (shown
 * as "<5"). Secondary suppression then gives each hidden entry a *protecting rectangle*: four hidden
 * entries (r,c), (r,c2), (r2,c), (r2,c2) of the extended table that can all move by one person without
 * changing any published figure and without leaving what a reader knows of them (a "<5" stays 1–4; a "c"
 * says nothing, so it only has to stay ≥ 0). That alternative table proves the entry cannot be computed;
 * the property test searches for such a table independently, over random tables.
 *
 * For an entry of a member's row the second row is always the network's totals: a member knows its own
 * row exactly, so a rectangle through another member's row would not protect anything against it.
 */

/** What a published entry is: a number, a small count ("<5") or hidden to protect one ("c"). */
export type Cell = number | '<5' | 'c';

export const SMALL = '<5' as const;
export const HIDDEN = 'c' as const;

/** A published table: members' rows with their totals, and the network's row with the grand total. */
export interface PublishedTable<K extends string = string> {
  categories: K[];
  rows: { cells: Cell[]; total: Cell }[];
  totals: { cells: Cell[]; total: Cell };
}

const isSmall = (v: number) => v >= 1 && v <= 4;

/** The table with its margins: `m[r][c]`, r = members then the totals row, c = categories then the total. */
export function extendTable(values: readonly (readonly number[])[], width: number): number[][] {
  const rows = values.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
  const totals = Array.from({ length: width + 1 }, (_, c) => rows.reduce((s, row) => s + (row[c] ?? 0), 0));
  return [...rows, totals];
}

type Mark = 'shown' | 'small' | 'hidden';

/** Whether moving an entry by `delta` people keeps what a reader knows of it true ("c" says nothing). */
function canMove(value: number, mark: Mark, delta: number): boolean {
  const next = value + delta;
  return mark === 'small' ? isSmall(next) : next >= 0;
}

/**
 * The protection marks of an extended table (see `extendTable`): which entries are small ("<5"),
 * which are hidden ("c") to protect them. Pure and deterministic; the cheapest rectangle first (entries
 * already hidden cost nothing, then the smallest values; turning a "<5" into "c" is a last resort).
 */
export function suppressionMarks(m: readonly (readonly number[])[]): Mark[][] {
  const R = m.length - 1;
  const C = (m[0]?.length ?? 1) - 1;
  const marks: Mark[][] = m.map((row) => row.map((v) => (isSmall(v) ? 'small' : 'shown')));

  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) {
      if (!isSmall(m[r]![c]!)) continue;
      const rows = r === R ? Array.from({ length: R }, (_, i) => i) : [R];
      let best: { corners: [number, number][]; upgrades: [number, number][]; cost: number } | undefined;
      for (const r2 of rows) {
        for (let c2 = 0; c2 <= C; c2++) {
          if (c2 === c) continue;
          const plan = rectangleMove(m, marks, [r, c], [r2, c2]);
          if (plan && (!best || plan.cost < best.cost)) best = plan;
        }
      }
      if (!best) {
        // No rectangle can move (a table of a handful of people in all): hide both rows whole.
        for (const rr of new Set([r, ...rows])) for (let cc = 0; cc <= C; cc++) marks[rr]![cc] = 'hidden';
        continue;
      }
      for (const [rr, cc] of best.corners) if (marks[rr]![cc] === 'shown') marks[rr]![cc] = 'hidden';
      for (const [rr, cc] of best.upgrades) marks[rr]![cc] = 'hidden';
    }
  }
  return marks;
}

/**
 * The sign with which an entry enters its lines (a margin is the negative of its line's sum), so that a
 * rectangle of +d, −d, −d, +d on signed entries keeps every row and column sum.
 */
const sign = (r: number, c: number, R: number, C: number) => (r === R ? -1 : 1) * (c === C ? -1 : 1);

/**
 * The cheapest way to make the rectangle of (r,c) and (r2,c2) move by one person within what a reader
 * knows: which shown entries it hides and which "<5" corners must become "c"; undefined when none.
 */
function rectangleMove(
  m: readonly (readonly number[])[],
  marks: readonly Mark[][],
  [r, c]: [number, number],
  [r2, c2]: [number, number],
): { corners: [number, number][]; upgrades: [number, number][]; cost: number } | undefined {
  const R = m.length - 1;
  const C = m[0]!.length - 1;
  const others: [number, number, number][] = [
    [r, c2, -1],
    [r2, c, -1],
    [r2, c2, 1],
  ];
  let best: { corners: [number, number][]; upgrades: [number, number][]; cost: number } | undefined;
  for (const d of [1, -1]) {
    if (!canMove(m[r]![c]!, marks[r]![c]!, d * sign(r, c, R, C))) continue;
    const upgrades: [number, number][] = [];
    let cost = 0;
    let ok = true;
    for (const [rr, cc, k] of others) {
      const value = m[rr]![cc]!;
      const mark = marks[rr]![cc]!;
      const delta = d * k * sign(rr, cc, R, C);
      if (mark === 'shown') {
        if (!canMove(value, 'hidden', delta)) ok = false;
        cost += value + 1;
      } else if (!canMove(value, mark, delta)) {
        if (!canMove(value, 'hidden', delta)) ok = false;
        upgrades.push([rr, cc]);
        cost += 1000;
      }
    }
    if (ok && (!best || cost < best.cost))
      best = { corners: others.map(([rr, cc]) => [rr, cc]), upgrades, cost };
  }
  return best;
}

/**
 * Publishes a members × categories table of people counts with its totals, protected: "<5" for every
 * count of 1–4 (cell, member total, network total), "c" for what must be hidden so none of them can be
 * worked out — which, as a last resort, may be a 1–4 itself when no rectangle can move it within 1–4. No
 * count of 1–4 is ever published as its number. Zeros are published (a zero names nobody).
 */
export function protectTable<K extends string>(
  categories: readonly K[],
  values: readonly (readonly number[])[],
): PublishedTable<K> {
  const width = categories.length;
  const m = extendTable(values, width);
  const marks = suppressionMarks(m);
  const cell = (r: number, c: number): Cell => {
    const mark = marks[r]![c]!;
    return mark === 'small' ? SMALL : mark === 'hidden' ? HIDDEN : m[r]![c]!;
  };
  const line = (r: number) => ({
    cells: categories.map((_, c) => cell(r, c)),
    total: cell(r, width),
  });
  return {
    categories: [...categories],
    rows: values.map((_, r) => line(r)),
    totals: line(values.length),
  };
}
