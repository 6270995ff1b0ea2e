import { type RawBuilder, sql } from 'kysely';
import type { OtherKind, RetentionRule } from '../../../domain/privacy/other-retention-rules';
import type { PersonRow } from '../anonymisation-steps';

/**
 * The person's rows of a table: those whose `link` column holds the person's id or, with `via`, the id of one
 * of the person's rows of another table (`asText`: the link column is text, e.g. a finance entry's source).
 */
export interface PersonRows {
  table: string;
  link: string;
  via?: PersonRows;
  asText?: boolean;
}

/** The rows of `table` that point at the person by `link`. */
export const linked = (table: string, link: string): PersonRows => ({ table, link });

/** The rows of `table` that point by `link` at the person's rows of `via`. */
export const through = (table: string, link: string, via: PersonRows, asText = false): PersonRows => ({
  table,
  link,
  via,
  asText,
});

/** The condition selecting the person's rows of `rows.table` (columns unqualified). */
export function whereRows(rows: PersonRows, centreId: string, id: string): RawBuilder<unknown> {
  const link = sql.ref(rows.link);
  if (!rows.via) return sql`centre_id = ${centreId} and ${link} = ${id}::uuid`;
  const parentId = rows.asText ? sql`id::text` : sql`id`;
  return sql`centre_id = ${centreId} and ${link} in (select ${parentId} from ${sql.table(rows.via.table)}
    where ${whereRows(rows.via, centreId, id)})`;
}

/** Written in place of the person: the pseudonym. */
export const PSEUDONYM = Symbol('pseudonym');

/** What the anonymisation writes in a column: null, a text, the pseudonym, or an SQL expression. */
export type Blank = null | string | typeof PSEUDONYM | RawBuilder<unknown>;

/** Columns of the person's rows of one table that the anonymisation blanks or scrubs. */
export interface AlsoBlanked {
  rows: PersonRows;
  set?: Record<string, Blank>;
  /** Free-text columns where a mention of the person becomes the pseudonym. */
  scrub?: readonly string[];
}

/** A record whose existence refuses the erasure of a mistaken entry, with the Polish reason. */
export interface ErasureBlocker {
  rows: PersonRows;
  where?: RawBuilder<unknown>;
  reason: string;
}

/** One person of a kind as the retention view and the use cases see them. */
export interface OtherPerson {
  id: string;
  fullName: string;
  /** The last day of the person's activity; null while it still runs (an open agreement, an order in progress). */
  lastActivityOn: string | null;
  tokens: string[];
}

/**
 * One kind of person who is not a participant, as data read by the generic code of `other-kind-rows.ts`.
 * SQL fragments of `join`, `where` and `counted` see the person's own row as `x`.
 */
export interface OtherKindDef {
  kind: OtherKind;
  /** Polish label of the kind ("wolontariusz"). */
  label: string;
  rule: RetentionRule;
  /** Tables whose columns the kind handles (the module-steps test checks every personal table is named). */
  tables: readonly string[];
  /** The table of the person's own row (locked `for update` by the erasure and the anonymisation). */
  table: string;
  join?: RawBuilder<unknown>;
  /** Which rows of `table` are people of the kind (beyond the centre). */
  where?: RawBuilder<unknown>;
  /** The name: first and last name columns, or one full-name column. */
  name: { first: string; last: string } | { full: string };
  contacts: { email?: string; phone?: string; pesel?: string; address?: string };
  /**
   * The retention is counted from the latest of `days`; nothing is counted while `open` (the activity
   * still runs); `otherwise` where no day is known.
   */
  counted(today: string): {
    days: RawBuilder<unknown>[];
    open?: RawBuilder<unknown>;
    otherwise?: RawBuilder<unknown>;
  };
  /** What the anonymisation writes in the person's own row. */
  blank: Record<string, Blank>;
  /** Free-text columns of the own row where a mention of the person becomes the pseudonym. */
  scrub?: readonly string[];
  alsoBlanked?: readonly AlsoBlanked[];
  erasureBlockers: readonly ErasureBlocker[];
  /** The person's rows deleted, in this order, before the own row by the erasure of a mistaken entry. */
  erase: readonly PersonRows[];
  /** The person's rows (besides the own row) whose audit entries keep only the pseudonym. */
  auditRows: readonly PersonRows[];
  /** The person's rows by table, for the own copy. */
  copy: Record<string, (centreId: string, id: string) => RawBuilder<PersonRow>>;
}

/** The own copy's query for all columns of the person's rows of a table. */
export const allColumns =
  (rows: PersonRows, orderBy?: string) =>
  (centreId: string, id: string): RawBuilder<PersonRow> =>
    sql<PersonRow>`select * from ${sql.table(rows.table)} where ${whereRows(rows, centreId, id)}
      ${orderBy ? sql`order by ${sql.ref(orderBy)}` : sql``}`;
