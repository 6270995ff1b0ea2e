import type { Insertable } from 'kysely';
import type { Db } from './connection';
import type { FinanceEntriesTable, FinanceEntryRow } from './schema';

/** An entry with its partner's current name (when it names one). */
export type FinanceEntryListRow = FinanceEntryRow & { partner_name: string | null };

/** Records one money movement of a centre. */
export async function insertFinanceEntry(
  db: Db,
  row: Insertable<FinanceEntriesTable>,
): Promise<FinanceEntryRow> {
  return db.insertInto('finance_entries').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The centre's entries dated in a year, oldest first. */
export async function findFinanceEntriesOfYear(
  db: Db,
  centreId: string,
  year: number,
): Promise<FinanceEntryListRow[]> {
  return db
    .selectFrom('finance_entries as e')
    .leftJoin('partners as p', (j) =>
      j.onRef('p.id', '=', 'e.partner_id').onRef('p.centre_id', '=', 'e.centre_id'),
    )
    .selectAll('e')
    .select('p.name as partner_name')
    .where('e.centre_id', '=', centreId)
    .where('e.occurred_on', '>=', `${year}-01-01`)
    .where('e.occurred_on', '<=', `${year}-12-31`)
    .orderBy('e.occurred_on')
    .orderBy('e.created_at')
    .execute();
}

export async function findFinanceEntry(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('finance_entries')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteFinanceEntry(db: Db, centreId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('finance_entries')
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The year's estimate (preliminarz) lines that have an amount. */
export async function findPlanLines(db: Db, centreId: string, year: number) {
  return db
    .selectFrom('finance_plan_lines')
    .select(['line', 'amount_grosze'])
    .where('centre_id', '=', centreId)
    .where('year', '=', year)
    .execute();
}

/** Sets (or, with null, removes) lines of a year's estimate. */
export async function savePlanLines(
  db: Db,
  centreId: string,
  year: number,
  userId: string,
  lines: { line: string; amountGrosze: number | null }[],
) {
  const remove = lines.filter((l) => l.amountGrosze === null).map((l) => l.line);
  const set = lines.filter((l) => l.amountGrosze !== null);
  if (remove.length)
    await db
      .deleteFrom('finance_plan_lines')
      .where('centre_id', '=', centreId)
      .where('year', '=', year)
      .where('line', 'in', remove)
      .execute();
  if (set.length)
    await db
      .insertInto('finance_plan_lines')
      .values(
        set.map((l) => ({
          centre_id: centreId,
          year,
          line: l.line,
          amount_grosze: l.amountGrosze!,
          updated_by: userId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['centre_id', 'year', 'line']).doUpdateSet((eb) => ({
          amount_grosze: eb.ref('excluded.amount_grosze'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: new Date(),
        })),
      )
      .execute();
}

/** The payroll months of a year with their lines' money (every status; the register counts closed ones). */
export async function findPayrollMonthsOfYear(db: Db, centreId: string, year: number) {
  const months = await db
    .selectFrom('payroll_months')
    .select(['id', 'month', 'status', 'total_grosze'])
    .where('centre_id', '=', centreId)
    .where('month', '>=', `${year}-01`)
    .where('month', '<=', `${year}-12`)
    .orderBy('month')
    .execute();
  if (!months.length) return [];
  const lines = await db
    .selectFrom('payroll_lines')
    .select(['payroll_id', 'kind', 'status', 'benefit_grosze', 'bonus_grosze', 'total_grosze'])
    .where('centre_id', '=', centreId)
    .where(
      'payroll_id',
      'in',
      months.map((m) => m.id),
    )
    .execute();
  return months.map((m) => ({
    month: m.month,
    status: m.status,
    storedTotal: Number(m.total_grosze),
    lines: lines
      .filter((l) => l.payroll_id === m.id)
      .map((l) => ({
        kind: l.kind,
        status: l.status,
        benefit: Number(l.benefit_grosze),
        bonus: Number(l.bonus_grosze),
        total: Number(l.total_grosze),
      })),
  }));
}

/** Partners of the centre a grant may come from (not archived), by name. */
export async function findGrantorPartners(db: Db, centreId: string) {
  return db
    .selectFrom('partners')
    .select(['id', 'name', 'kind'])
    .where('centre_id', '=', centreId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .limit(1000)
    .execute();
}

export async function findPartnerName(db: Db, centreId: string, id: string) {
  const row = await db
    .selectFrom('partners')
    .select('name')
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name ?? null;
}

/** Records or replaces the own-income entry another module keeps for one of its documents (idempotent). */
export async function upsertModuleIncome(
  db: Db,
  row: Insertable<FinanceEntriesTable> & { source_ref: string },
) {
  return db
    .insertInto('finance_entries')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['centre_id', 'source', 'source_ref'])
        .where('source_ref', 'is not', null)
        .doUpdateSet((eb) => ({
          occurred_on: eb.ref('excluded.occurred_on'),
          amount_grosze: eb.ref('excluded.amount_grosze'),
          description: eb.ref('excluded.description'),
          document_ref: eb.ref('excluded.document_ref'),
        })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Removes the entry another module kept for one of its documents (e.g. a cancelled invoice). */
export async function deleteModuleIncome(db: Db, centreId: string, source: string, sourceRef: string) {
  await db
    .deleteFrom('finance_entries')
    .where('centre_id', '=', centreId)
    .where('source', '=', source)
    .where('source_ref', '=', sourceRef)
    .execute();
}
