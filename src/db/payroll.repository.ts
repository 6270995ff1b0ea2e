import { sql } from 'kysely';
import type { Db } from './connection';
import type { PayrollLineRow, PayrollMonthRow, PayrollMonthsTable } from './schema';
import type { Insertable, Updateable } from 'kysely';

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

/** A payroll's lines, by kind and name. */
/**
 * A payroll's lines by kind and name. The explanation (text[]) comes as json: pg's parser of text arrays
 * cost more Node CPU than the rest of the payroll GET's read (decision 0039); JSON.parse is native.
 */
export async function findPayrollLines(db: Db, payrollId: string): Promise<PayrollLineRow[]> {
  const rows = await db
    .selectFrom('payroll_lines')
    .select([
      'id',
      'centre_id',
      'payroll_id',
      'participant_id',
      'kind',
      'status',
      'name',
      'pesel',
      'bank_account',
      'paid_in_cash',
      'inputs',
      sql<unknown>`array_to_json(explanation)`.as('explanation'),
      'benefit_grosze',
      'bonus_grosze',
      'total_grosze',
      'correction_id',
    ])
    .where('payroll_id', '=', payrollId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
  for (const row of rows)
    if (typeof row.explanation === 'string') row.explanation = JSON.parse(row.explanation) as string[];
  return rows as PayrollLineRow[];
}

export async function deletePayrollLines(db: Db, payrollIds: string[]): Promise<void> {
  if (!payrollIds.length) return;
  await db.deleteFrom('payroll_lines').where('payroll_id', 'in', payrollIds).execute();
}

type NewPayrollLine = Omit<PayrollLineRow, 'id' | 'explanation' | 'benefit_grosze' | 'bonus_grosze'> & {
  explanation: string[];
  benefit_grosze: number;
  bonus_grosze: number;
};

const LINE_COLUMNS = [
  'centre_id',
  'payroll_id',
  'participant_id',
  'kind',
  'status',
  'name',
  'pesel',
  'bank_account',
  'paid_in_cash',
  'inputs',
  'explanation',
  'benefit_grosze',
  'bonus_grosze',
  'total_grosze',
  'correction_id',
] as const satisfies readonly (keyof NewPayrollLine)[];

/**
 * Inserts lines and returns them. The lines go as one json parameter (json_populate_recordset): a
 * month's 70 lines as VALUES were 1,050 parameters for the driver to encode and the server to parse and
 * plan — the costliest statement of a compute (issue #13 item 10). Chunks of 1,000 lines keep a
 * network run's parameter small.
 */
/** Inserts lines and returns them as saved. */
export async function insertPayrollLines(db: Db, lines: NewPayrollLine[]): Promise<PayrollLineRow[]>;
/**
 * Inserts lines and returns nothing: a batch run that does not show them (parsing 14,000 saved rows
 * back cost ~⅓ of a 200-centre run; decision 0039).
 */
export async function insertPayrollLines(
  db: Db,
  lines: NewPayrollLine[],
  options: { returning: false },
): Promise<PayrollLineRow[]>;
export async function insertPayrollLines(
  db: Db,
  lines: NewPayrollLine[],
  options: { returning?: false } = {},
): Promise<PayrollLineRow[]> {
  const saved: PayrollLineRow[] = [];
  const returning = options.returning === false ? sql`` : sql`returning *`;
  const columns = sql.join(LINE_COLUMNS.map((c) => sql.ref(c)));
  for (let i = 0; i < lines.length; i += 1000) {
    // inputs is stored as jsonb: sent as an object (serialised once, with the chunk), not as a json
    // string of it.
    const chunk = lines
      .slice(i, i + 1000)
      .map((l) => (typeof l.inputs === 'string' ? { ...l, inputs: JSON.parse(l.inputs) } : l));
    const { rows } = await sql<PayrollLineRow>`
      insert into payroll_lines (${columns})
      select ${columns} from json_populate_recordset(null::payroll_lines, ${JSON.stringify(chunk)}::json)
      ${returning}
    `.execute(db);
    saved.push(...rows);
  }
  return saved;
}

/** The benefit application and grant dates of the given people's IPZS. */
export async function findBenefitApplications(db: Db, centreId: string, participantIds: string[]) {
  if (!participantIds.length) return [];
  return db
    .selectFrom('programmes')
    .select(['participant_id', 'benefit_application_on', 'benefit_granted_on'])
    .where('centre_id', '=', centreId)
    .where('kind', '=', 'IPZS')
    .where('status', '!=', 'DRAFT')
    .where('participant_id', 'in', participantIds)
    .execute();
}

/** The workshops the given people attended in the month, with the state of their attendance month. */
export async function findWorkshopMonthStates(
  db: Db,
  centreId: string,
  participantIds: string[],
  period: { month: string; from: string; to: string },
) {
  if (!participantIds.length) return [];
  return db
    .selectFrom('workshop_assignments as a')
    .innerJoin('workshops as w', 'w.id', 'a.workshop_id')
    .leftJoin('attendance_months as m', (j) =>
      j.onRef('m.workshop_id', '=', 'a.workshop_id').on('m.month', '=', period.month),
    )
    .select(['w.name', 'm.status'])
    .distinct()
    .where('a.centre_id', '=', centreId)
    .where('a.participant_id', 'in', participantIds)
    .where('a.from_date', '<=', period.to)
    .where((eb) => eb.or([eb('a.to_date', 'is', null), eb('a.to_date', '>=', period.from)]))
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

/** Records (or replaces) the director's bonus proposal for a person's month. */
export async function upsertBonusProposal(
  db: Db,
  row: {
    centreId: string;
    month: string;
    participantId: string;
    amountGrosze: number;
    justification: string;
    proposedBy: string;
  },
): Promise<void> {
  await db
    .insertInto('bonus_proposals')
    .values({
      centre_id: row.centreId,
      month: row.month,
      participant_id: row.participantId,
      amount_grosze: row.amountGrosze,
      justification: row.justification,
      proposed_by: row.proposedBy,
    })
    .onConflict((oc) =>
      oc.columns(['centre_id', 'month', 'participant_id']).doUpdateSet({
        amount_grosze: row.amountGrosze,
        justification: row.justification,
        proposed_by: row.proposedBy,
        created_at: new Date(),
      }),
    )
    .execute();
}

/** True when the participant belongs to the centre. */
export async function participantExists(db: Db, centreId: string, participantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('participants')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('id', '=', participantId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPayrollCorrection(
  db: Db,
  row: {
    centreId: string;
    participantId: string;
    concernsMonth: string;
    settleMonth: string;
    amountGrosze: number;
    reason: string;
    createdBy: string;
  },
) {
  return db
    .insertInto('payroll_corrections')
    .values({
      centre_id: row.centreId,
      participant_id: row.participantId,
      concerns_month: row.concernsMonth,
      settle_month: row.settleMonth,
      amount_grosze: row.amountGrosze,
      reason: row.reason,
      created_by: row.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
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

/** A payroll's lines to pay, by name (the payment list, the bank file, the refund claim). */
export async function findPayingLines(db: Db, payrollId: string): Promise<PayrollLineRow[]> {
  return db
    .selectFrom('payroll_lines')
    .selectAll()
    .where('payroll_id', '=', payrollId)
    .where('status', '=', 'PAY')
    .orderBy('name')
    .execute();
}

/** One person's lines to pay in a payroll (the payslip). */
export async function findPayingLinesOf(db: Db, payrollId: string, participantId: string) {
  return db
    .selectFrom('payroll_lines')
    .select(['kind', 'total_grosze', 'explanation'])
    .where('payroll_id', '=', payrollId)
    .where('participant_id', '=', participantId)
    .where('status', '=', 'PAY')
    .execute();
}

/** The given people's attendance in [from, to], by date (the lists attached to the refund claim). */
export async function findAttendanceOf(
  db: Db,
  centreId: string,
  participantIds: string[],
  period: { from: string; to: string },
) {
  if (!participantIds.length) return [];
  return db
    .selectFrom('attendance_entries')
    .select(['participant_id', 'date', 'status'])
    .where('centre_id', '=', centreId)
    .where('participant_id', 'in', participantIds)
    .where('date', '>=', period.from)
    .where('date', '<=', period.to)
    .orderBy('date')
    .execute();
}
