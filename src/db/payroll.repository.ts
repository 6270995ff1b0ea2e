import { sql } from 'kysely';
import type { Db } from './connection';
import type { PayrollLineRow, PayrollMonthRow, PayrollMonthsTable } from './schema';
import type { Insertable, Updateable } from 'kysely';

/** A participant's programme in the month, with the director's bonus proposal (if any). */
export interface PayrollProgrammeFacts {
  centre_id: string;
  participant_id: string;
  admission_date: string;
  last_day: string | null;
  planned_end: string;
  status: string;
  continuation_until: string | null;
  extension_months: number;
  first_name: string;
  last_name: string;
  pesel: string | null;
  bank_account: string | null;
  paid_in_cash: boolean;
  bonus: number | null;
}

/** A correction settled in the month, with the person's payment details. */
export interface PayrollCorrectionFacts {
  id: string;
  centre_id: string;
  participant_id: string;
  concerns_month: string;
  amount_grosze: number;
  reason: string;
  first_name: string;
  last_name: string;
  pesel: string | null;
  bank_account: string | null;
  paid_in_cash: boolean;
}

/** Everything computing a payroll month reads, for one or many centres. */
export interface PayrollMonthFacts {
  centres: { id: string; settings: unknown }[];
  /** Ordered by the person's name key. */
  programmes: PayrollProgrammeFacts[];
  /** Days off and sick days used up to the end of the previous month, from its closed payroll. */
  carried: { participant_id: string; end_use: { daysOff: number; sickDays: number } }[];
  /** Ordered by creation. */
  corrections: PayrollCorrectionFacts[];
  /**
   * The month's attendance of the centres, plus — for people with no carried use — their earlier
   * days off and sick days, as [participantId, date, status].
   */
  attendance: [string, string, string][];
}

const parsed = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * Reads a payroll month in one round: one statement whose CTEs gather the centres' settings, the
 * programmes with bonuses, the carried use of days off / sick days, the corrections and the attendance
 * (json-aggregated). On PostgreSQL a round trip costs more than the aggregation, so the month is read
 * in one (issue #13 item 10).
 */
export async function readPayrollMonthFacts(
  db: Db,
  centreIds: string[],
  period: { month: string; from: string; to: string; previous: string },
): Promise<PayrollMonthFacts> {
  const { month, from, to, previous } = period;
  const ids = sql`${centreIds}::uuid[]`;
  const { rows } = await sql<Record<keyof PayrollMonthFacts, unknown>>`
    with pr as (
      select pr.centre_id, pr.participant_id, pr.admission_date, pr.last_day, pr.planned_end, pr.status,
        pr.continuation_until, pr.extension_months, p.first_name, p.last_name, p.pesel, p.bank_account,
        p.paid_in_cash, b.amount_grosze as bonus, p.name_key
      from programmes pr
      join participants p on p.id = pr.participant_id
      left join bonus_proposals b
        on b.participant_id = pr.participant_id and b.centre_id = pr.centre_id and b.month = ${month}
      where pr.centre_id = any(${ids}) and pr.kind = 'IPZS' and pr.status <> 'DRAFT'
        and pr.admission_date <= ${to}::date
        and coalesce(pr.continuation_until, pr.last_day, pr.planned_end) >= ${from}::date
    ),
    carried as (
      select pl.participant_id, pl.inputs -> 'endUse' as end_use
      from payroll_lines pl
      join payroll_months pm on pm.id = pl.payroll_id
      where pm.centre_id = any(${ids}) and pm.month = ${previous} and pm.status = 'CLOSED'
        and pl.kind = 'BENEFIT' and jsonb_typeof(pl.inputs -> 'endUse') = 'object'
    ),
    att as (
      select participant_id, date, status from attendance_entries
      where centre_id = any(${ids}) and date >= ${from}::date and date <= ${to}::date
      union all
      select participant_id, date, status from attendance_entries
      where centre_id = any(${ids}) and date < ${from}::date and status in ('day_off', 'sick')
        and participant_id in (select participant_id from pr)
        and participant_id not in (select participant_id from carried)
    )
    select
      (select coalesce(json_agg(json_build_object('id', c.id, 'settings', c.settings)), '[]')
        from centres c where c.id = any(${ids})) as centres,
      (select coalesce(json_agg(to_jsonb(pr) - 'name_key' order by pr.name_key), '[]') from pr) as programmes,
      (select coalesce(json_agg(carried), '[]') from carried) as carried,
      (select coalesce(json_agg(to_jsonb(x) - 'created_at' order by x.created_at), '[]') from (
        select c.id, c.centre_id, c.participant_id, c.concerns_month, c.amount_grosze, c.reason, c.created_at,
          p.first_name, p.last_name, p.pesel, p.bank_account, p.paid_in_cash
        from payroll_corrections c
        join participants p on p.id = c.participant_id
        where c.centre_id = any(${ids}) and c.settle_month = ${month}
      ) x) as corrections,
      (select coalesce(json_agg(json_build_array(participant_id, date, status)), '[]') from att) as attendance
  `.execute(db);
  const row = rows[0]!;
  return {
    centres: parsed(row.centres),
    programmes: parsed(row.programmes),
    carried: parsed(row.carried),
    corrections: parsed(row.corrections),
    attendance: parsed(row.attendance),
  };
}

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
export async function findPayrollLines(db: Db, payrollId: string): Promise<PayrollLineRow[]> {
  return db
    .selectFrom('payroll_lines')
    .selectAll()
    .where('payroll_id', '=', payrollId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
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

/** Inserts lines (in chunks, so a network run stays under the parameter limit) and returns them. */
export async function insertPayrollLines(db: Db, lines: NewPayrollLine[]): Promise<PayrollLineRow[]> {
  const saved: PayrollLineRow[] = [];
  for (let i = 0; i < lines.length; i += 1000)
    saved.push(
      ...(await db
        .insertInto('payroll_lines')
        .values(lines.slice(i, i + 1000))
        .returningAll()
        .execute()),
    );
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
