/** The shape every report part shares: rows of numbered cells, with the trace key of each value. */
/** A value of a cell: a count, an amount in grosze, or text. */
export type CellValue = { n: number } | { grosze: number } | { text: string } | { fte: number };
export interface ReportRow {
  no: string;
  label: string;
  values: CellValue[];
  /** The trace key of each value (people behind it), or null. */
  cells: (string | null)[];
}
export interface ReportPart {
  title: string;
  columns: string[];
  rows: ReportRow[];
  /** A narrative field shown under the table (editable in a draft). */
  narrative?: { field: string; label: string };
  /** Sentences printed under the table: how its figures were counted. */
  notes?: string[];
}

export const n = (v: number): CellValue => ({ n: v });
export const row = (
  no: string,
  label: string,
  values: CellValue[],
  cells: (string | null)[] = [],
): ReportRow => ({
  no,
  label,
  values,
  cells: values.map((_, i) => cells[i] ?? null),
});
