import { sql } from 'kysely';
import type { Db } from './connection';
import type { PayrollLineRow } from './schema';

/** A payroll's lines: read, replaced, and the lines to pay. */

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
