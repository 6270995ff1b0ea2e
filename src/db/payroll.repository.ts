import { sql } from 'kysely';
import type { Db } from './connection';
import type { PayrollMonthRow, PayrollMonthsTable } from './schema';
import type { Insertable, Updateable } from 'kysely';

/** A centre's payroll months: found, saved, sent back to draft; the centres a run covers; its audit. */

/** The payroll of a centre's month, if computed. */
export async function findPayrollMonth(
  db: Db,
  centreId: string,
  month: string,
): Promise<PayrollMonthRow | undefined> {
  return db
    .selectFrom('payroll_months')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('month', '=', month)
    .executeTakeFirst();
}

/** The same, locked for the rest of the transaction. */
export async function findPayrollMonthForUpdate(
  db: Db,
  centreId: string,
  month: string,
): Promise<PayrollMonthRow | undefined> {
  return db
    .selectFrom('payroll_months')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('month', '=', month)
    .forUpdate()
    .executeTakeFirst();
}

/** Several centres' payroll months (their state only). */
export async function findPayrollMonthStates(db: Db, centreIds: string[], month: string) {
  if (!centreIds.length) return [];
  return db
    .selectFrom('payroll_months')
    .select(['id', 'centre_id', 'status'])
    .where('month', '=', month)
    .where('centre_id', 'in', centreIds)
    .execute();
}

export async function insertPayrollMonth(
  db: Db,
  row: Insertable<PayrollMonthsTable>,
): Promise<PayrollMonthRow> {
  return db.insertInto('payroll_months').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePayrollMonth(
  db: Db,
  id: string,
  changes: Updateable<PayrollMonthsTable>,
): Promise<PayrollMonthRow> {
  return db
    .updateTable('payroll_months')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A reviewed or approved payroll goes back to draft (its inputs changed). */
export async function resetPayrollToDraft(db: Db, payroll: { id: string; version: number }): Promise<void> {
  await db
    .updateTable('payroll_months')
    .set({
      status: 'DRAFT',
      reviewed_at: null,
      reviewed_by: null,
      approved_at: null,
      approved_by: null,
      version: payroll.version + 1,
    })
    .where('id', '=', payroll.id)
    .execute();
}

/**
 * Inserts or recomputes draft payroll months of many centres at once (a network run): an existing
 * month goes back to draft with the new totals and a new version.
 */
export async function upsertDraftPayrollMonths(db: Db, rows: Insertable<PayrollMonthsTable>[]) {
  return db
    .insertInto('payroll_months')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['centre_id', 'month']).doUpdateSet((eb) => ({
        status: 'DRAFT',
        computed_at: new Date(),
        computed_by: eb.ref('excluded.computed_by'),
        reviewed_by: null,
        reviewed_at: null,
        approved_by: null,
        approved_at: null,
        rule_set: eb.ref('excluded.rule_set'),
        parameters: eb.ref('excluded.parameters'),
        total_grosze: eb.ref('excluded.total_grosze'),
        version: sql<number>`payroll_months.version + 1`,
      })),
    )
    .returning(['id', 'centre_id', 'total_grosze'])
    .execute();
}

/** The centre's settings (benefit parameters live there). */
export async function findCentreSettings(db: Db, centreId: string): Promise<unknown> {
  const row = await db
    .selectFrom('centres')
    .select('settings')
    .where('id', '=', centreId)
    .executeTakeFirstOrThrow();
  return row.settings;
}

/** CIS centres by id, or all of them. */
export async function findCisCentres(db: Db, centreIds: string[] | 'ALL') {
  let q = db.selectFrom('centres').select(['id', 'name']).where('type', '=', 'CIS');
  if (centreIds !== 'ALL') {
    if (!centreIds.length) return [];
    q = q.where('id', 'in', centreIds);
  }
  return q.execute();
}

/** The audit entries of a network run, one per centre's payroll, in one insert. */
export async function insertPayrollAuditEntries(
  db: Db,
  entries: {
    centreId: string;
    payrollId: string;
    actorUserId: string | null;
    actorEmail: string;
    details: unknown;
  }[],
): Promise<void> {
  if (!entries.length) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        centre_id: e.centreId,
        actor_user_id: e.actorUserId,
        actor_email: e.actorEmail,
        action: 'payroll.compute',
        entity_type: 'payroll',
        entity_id: e.payrollId,
        ip: null,
        details: JSON.stringify(e.details),
      })),
    )
    .execute();
}
