import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../db/connection';
import { identifyingTokens, scrubTokens } from '../../../domain/privacy/anonymisation';
import type { RetentionRule } from '../../../domain/privacy/other-retention-rules';
import type { PersonRow } from '../anonymisation-steps';
import { mentions, plainRow } from '../steps/rows';
import {
  type Blank,
  linked,
  type OtherKindDef,
  type OtherPerson,
  PSEUDONYM,
  whereRows,
} from './other-kind-spec';

/**
 * The generic code that reads a kind's descriptor (`other-kinds.ts`): finds its people with the day their
 * retention counts from, anonymises, checks and performs the erasure of a mistaken entry, copies.
 */

const maxDay = (...days: (string | null)[]) =>
  days.filter((d): d is string => !!d).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
const idFilter = (ids?: readonly string[]) =>
  ids ? sql`and x.id::text in (${sql.join(ids.length ? [...ids] : [''])})` : sql``;
const column = (name?: string) => (name ? sql.ref(`x.${name}`) : sql`null`);
const NONE = { pesel: null, phone: null, email: null, bankAccount: null, street: null, buildingNo: null };

interface Found {
  id: string;
  first_name: string | null;
  last_name: string | null;
  full_name: string | null;
  email: string | null;
  phone: string | null;
  pesel: string | null;
  address: string | null;
  open: boolean | null;
  otherwise: string | null;
  [day: `d${number}`]: string | null;
}

/** The names a person is searched for: a full name is split at its last word into first and last name. */
function tokensOf(r: Found): string[] {
  const full = r.full_name?.trim().split(/\s+/);
  const names = full
    ? {
        firstName: full.length > 1 ? full.slice(0, -1).join(' ') : r.full_name!,
        lastName: full.at(-1) ?? r.full_name!,
      }
    : { firstName: r.first_name!, lastName: r.last_name! };
  const tokens = identifyingTokens({ ...NONE, ...names, email: r.email, phone: r.phone, pesel: r.pesel });
  return r.address ? [...tokens, r.address.toLowerCase()] : tokens;
}

/** The people of a kind in the centre (or those of `ids`), each with the last day of their activity. */
export async function findOtherPeople(
  db: Db,
  def: OtherKindDef,
  centreId: string,
  today: string,
  ids?: readonly string[],
): Promise<OtherPerson[]> {
  const { days, open, otherwise } = def.counted(today);
  const names = 'full' in def.name ? [undefined, undefined, def.name.full] : [def.name.first, def.name.last];
  const found = await sql<Found>`select x.id::text as id, ${column(names[0])} as first_name,
      ${column(names[1])} as last_name, ${column(names[2])} as full_name,
      ${column(def.contacts.email)} as email, ${column(def.contacts.phone)} as phone,
      ${column(def.contacts.pesel)} as pesel, ${column(def.contacts.address)} as address,
      ${open ?? sql`false`} as open, ${otherwise ?? sql`null`}::text as otherwise,
      ${sql.join(days.map((d, i) => sql`${d}::text as ${sql.ref(`d${i}`)}`))}
    from ${sql.table(def.table)} x ${def.join ?? sql``}
    where x.centre_id = ${centreId} ${def.where ? sql`and ${def.where}` : sql``} ${idFilter(ids)}`.execute(
    db,
  );
  return found.rows.map((r) => ({
    id: r.id,
    fullName: r.full_name ?? `${r.first_name} ${r.last_name}`,
    lastActivityOn: r.open ? null : (maxDay(...days.map((_, i) => r[`d${i}`] ?? null)) ?? r.otherwise),
    tokens: tokensOf(r),
  }));
}

const blankValue = (blank: Blank, pseudonym: string): RawBuilder<unknown> =>
  blank === PSEUDONYM
    ? sql`${pseudonym}`
    : blank === null
      ? sql`null`
      : typeof blank === 'string'
        ? sql`${blank}`
        : blank;

async function setColumns(
  trx: Db,
  table: string,
  set: Record<string, Blank>,
  where: RawBuilder<unknown>,
  ps: string,
) {
  const columns = Object.entries(set).map(([c, blank]) => sql`${sql.ref(c)} = ${blankValue(blank, ps)}`);
  await sql`update ${sql.table(table)} set ${sql.join(columns)} where ${where}`.execute(trx);
}

/** A free-text column's mentions of the person, on the rows `where` selects, become the pseudonym. */
async function scrubColumn(
  trx: Db,
  table: string,
  col: string,
  where: RawBuilder<unknown>,
  p: OtherPerson,
  ps: string,
) {
  if (p.tokens.length === 0) return;
  const found = await sql<{ id: string; v: string }>`select id::text as id, ${sql.ref(col)} as v
    from ${sql.table(table)} where ${where} and (${mentions(col, p.tokens)})`.execute(trx);
  for (const r of found.rows)
    await sql`update ${sql.table(table)} set ${sql.ref(col)} = ${String(scrubTokens(r.v, p.tokens, ps))}
      where id = ${r.id}::uuid`.execute(trx);
}

/** Blanks what the kind's descriptor names, in the own row and the person's other rows. */
export async function anonymiseOtherRows(
  trx: Db,
  def: OtherKindDef,
  centreId: string,
  p: OtherPerson,
  ps: string,
) {
  const parts = [
    { rows: linked(def.table, 'id'), set: def.blank, scrub: def.scrub },
    ...(def.alsoBlanked ?? []),
  ];
  for (const part of parts) {
    const where = whereRows(part.rows, centreId, p.id);
    if (part.set) await setColumns(trx, part.rows.table, part.set, where, ps);
    for (const col of part.scrub ?? []) await scrubColumn(trx, part.rows.table, col, where, p, ps);
  }
}

/** Polish reasons why an entry made by mistake cannot be erased (empty: it can). */
export async function otherErasureBlockers(db: Db, def: OtherKindDef, centreId: string, id: string) {
  const reasons: string[] = [];
  for (const b of def.erasureBlockers) {
    const found = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(b.rows.table)}
      where ${whereRows(b.rows, centreId, id)} ${b.where ? sql`and ${b.where}` : sql``}`.execute(db);
    if (found.rows[0]!.n > 0) reasons.push(b.reason);
  }
  return reasons;
}

/** Deletes the person's rows the descriptor names, then the own row. */
export async function eraseOtherRows(trx: Db, def: OtherKindDef, centreId: string, id: string) {
  for (const rows of [...def.erase, linked(def.table, 'id')])
    await sql`delete from ${sql.table(rows.table)} where ${whereRows(rows, centreId, id)}`.execute(trx);
}

/** The person's rows by table, for the own copy. */
export async function copyOtherRows(db: Db, def: OtherKindDef, centreId: string, id: string) {
  const out: Record<string, PersonRow[]> = {};
  for (const [table, query] of Object.entries(def.copy))
    out[table] = (await query(centreId, id).execute(db)).rows.map(plainRow);
  return out;
}

/** Ids of the person's rows whose audit entries keep only the pseudonym (the own row's first). */
export async function otherAuditIds(db: Db, def: OtherKindDef, centreId: string, id: string) {
  const ids = [id];
  for (const rows of def.auditRows) {
    const found = await sql<{ id: string }>`select id::text as id from ${sql.table(rows.table)}
      where ${whereRows(rows, centreId, id)}`.execute(db);
    ids.push(...found.rows.map((r) => r.id));
  }
  return ids;
}

/** Retention ends on 31 December of (the year of the last activity + the rule's years). */
export const otherRetentionEndsOn = (rule: RetentionRule, lastActivityOn: string) =>
  `${Number(lastActivityOn.slice(0, 4)) + rule.years}-12-31`;
