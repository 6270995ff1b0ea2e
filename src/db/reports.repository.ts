import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from './connection';
import type {
  AnnualReportRow,
  AnnualReportsTable,
  ParticipantOutcomeRow,
  ParticipantOutcomesTable,
} from './schema';

/** Records one situation (exit or follow-up). */
export async function insertOutcome(
  db: Db,
  row: Insertable<ParticipantOutcomesTable>,
): Promise<ParticipantOutcomeRow> {
  return db.insertInto('participant_outcomes').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Drops the situation recorded at a follow-up (before it is recorded again). */
export async function deleteOutcomesOfFollowUp(db: Db, centreId: string, followUpId: string) {
  await db
    .deleteFrom('participant_outcomes')
    .where('centre_id', '=', centreId)
    .where('follow_up_id', '=', followUpId)
    .execute();
}

/** Every situation recorded up to a day (earlier years too: a kind counts in the year it was first seen). */
export async function listOutcomesUpTo(
  db: Db,
  centreId: string,
  upTo: string,
): Promise<ParticipantOutcomeRow[]> {
  return db
    .selectFrom('participant_outcomes')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('observed_on', '<=', upTo)
    .orderBy('observed_on')
    .execute();
}

/** The situations of some people, newest first (their record and the exit/follow-up forms). */
export async function listOutcomesOf(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('participant_outcomes')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .orderBy('observed_on', 'desc')
    .execute();
}

/**
 * Signed programmes overlapping the period, with the person's sex and art. 1 groups (latest eligible
 * decision first).
 */
export async function programmeFacts(db: Db, centreId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('programmes as pr')
    .innerJoin('participants as p', (j) =>
      j.onRef('p.id', '=', 'pr.participant_id').onRef('p.centre_id', '=', 'pr.centre_id'),
    )
    .select([
      'pr.id as programme_id',
      'pr.participant_id',
      'pr.admission_date',
      'pr.last_day',
      'pr.planned_end',
      'pr.exit_type',
      'pr.referral_id',
      'p.sex',
      'p.first_name',
      'p.last_name',
      'p.eligibility_groups',
    ])
    .where('pr.centre_id', '=', centreId)
    .where('pr.signed_on', 'is not', null)
    .where('pr.admission_date', '<=', to)
    .where((eb) => eb(eb.fn.coalesce('pr.last_day', 'pr.planned_end'), '>=', from))
    .execute();
  const ids = [...new Set(rows.map((r) => r.participant_id))];
  const decisions = ids.length
    ? await db
        .selectFrom('eligibility_decisions')
        .select(['participant_id', 'referral_id', 'groups', 'decided_on'])
        .where('centre_id', '=', centreId)
        .where('participant_id', 'in', ids)
        .where('outcome', '=', 'ELIGIBLE')
        .orderBy('decided_on', 'desc')
        .execute()
    : [];
  return rows.map((r) => {
    const own =
      decisions.find((d) => d.referral_id === r.referral_id) ??
      decisions.find((d) => d.participant_id === r.participant_id);
    return { ...r, groups: own?.groups?.length ? own.groups : (r.eligibility_groups ?? []) };
  });
}

/** Names of participants of the centre (the people behind a figure). */
export async function participantNames(db: Db, centreId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name'])
    .where('centre_id', '=', centreId)
    .where('id', 'in', [...ids])
    .orderBy('last_name')
    .orderBy('first_name')
    .execute();
}

/** Payroll months of the year with their lines (amounts in grosze). */
export async function payrollOfYear(db: Db, centreId: string, year: number) {
  const months = await db
    .selectFrom('payroll_months')
    .select(['id', 'month', 'status'])
    .where('centre_id', '=', centreId)
    .where('month', '>=', `${year}-01`)
    .where('month', '<=', `${year}-12`)
    .execute();
  const lines = months.length
    ? await db
        .selectFrom('payroll_lines as l')
        .innerJoin('payroll_months as m', 'm.id', 'l.payroll_id')
        .select([
          'm.month',
          'm.status as payroll_status',
          'l.kind',
          'l.status',
          'l.participant_id',
          'l.benefit_grosze',
          'l.bonus_grosze',
          'l.total_grosze',
        ])
        .where('l.centre_id', '=', centreId)
        .where(
          'l.payroll_id',
          'in',
          months.map((m) => m.id),
        )
        .execute()
    : [];
  return { months, lines };
}

/** Each workshop month with a class programme in the year, and whether its attendance is locked. */
export async function attendanceMonthsOfYear(db: Db, centreId: string, year: number) {
  return db
    .selectFrom('class_programmes as cp')
    .innerJoin('workshops as w', (j) =>
      j.onRef('w.id', '=', 'cp.workshop_id').onRef('w.centre_id', '=', 'cp.centre_id'),
    )
    .leftJoin('attendance_months as am', (j) =>
      j
        .onRef('am.centre_id', '=', 'cp.centre_id')
        .onRef('am.workshop_id', '=', 'cp.workshop_id')
        .onRef('am.month', '=', 'cp.month'),
    )
    .select(['cp.month', 'w.name', sql<string>`coalesce(am.status, 'OPEN')`.as('status')])
    .where('cp.centre_id', '=', centreId)
    .where('cp.month', '>=', `${year}-01`)
    .where('cp.month', '<=', `${year}-12`)
    .orderBy('cp.month')
    .orderBy('w.name')
    .execute();
}

/** Who took part in which workshop and in which social activity in the period (the services part). */
export async function servicesOfPeriod(db: Db, centreId: string, from: string, to: string) {
  const workshops = await db
    .selectFrom('workshop_assignments as a')
    .innerJoin('workshops as w', (j) =>
      j.onRef('w.id', '=', 'a.workshop_id').onRef('w.centre_id', '=', 'a.centre_id'),
    )
    .select(['w.id', 'w.name', 'a.participant_id'])
    .where('a.centre_id', '=', centreId)
    .where('a.from_date', '<=', to)
    .where((eb) => eb.or([eb('a.to_date', 'is', null), eb('a.to_date', '>=', from)]))
    .execute();
  const activities = await db
    .selectFrom('social_activity_participants as sp')
    .innerJoin('social_activities as s', (j) =>
      j.onRef('s.id', '=', 'sp.activity_id').onRef('s.centre_id', '=', 'sp.centre_id'),
    )
    .select(['s.kind', 'sp.participant_id'])
    .where('sp.centre_id', '=', centreId)
    .where('s.date', '>=', from)
    .where('s.date', '<=', to)
    .execute();
  return { workshops, activities };
}

/** Staff contracts that touch the period. */
export async function staffOfPeriod(db: Db, centreId: string, from: string, to: string) {
  return db
    .selectFrom('staff_members')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('from_date', '<=', to)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', from)]))
    .execute();
}

/** Every version of a year's report, newest first. */
export async function listAnnualReports(db: Db, centreId: string, year: number): Promise<AnnualReportRow[]> {
  return db
    .selectFrom('annual_reports')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('year', '=', year)
    .orderBy('version', 'desc')
    .execute();
}

export async function insertAnnualReport(
  db: Db,
  row: Insertable<AnnualReportsTable>,
): Promise<AnnualReportRow> {
  return db.insertInto('annual_reports').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Optimistic update of one version: undefined when its row version moved on. */
export async function updateAnnualReport(
  db: Db,
  centreId: string,
  id: string,
  rowVersion: number,
  changes: Updateable<AnnualReportsTable>,
): Promise<AnnualReportRow | undefined> {
  return db
    .updateTable('annual_reports')
    .set({ ...changes, row_version: rowVersion + 1, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .returningAll()
    .executeTakeFirst();
}

/** Signed programmes with their workshop and referrer (the indicators' plain rows). */
export async function indicatorFacts(db: Db, centreId: string) {
  return db
    .selectFrom('programmes as pr')
    .leftJoin('referrals as r', (j) =>
      j.onRef('r.id', '=', 'pr.referral_id').onRef('r.centre_id', '=', 'pr.centre_id'),
    )
    .leftJoin('partners as pa', (j) =>
      j.onRef('pa.id', '=', 'r.partner_id').onRef('pa.centre_id', '=', 'pr.centre_id'),
    )
    .select([
      'pr.id as programme_id',
      'pr.participant_id',
      'pr.admission_date',
      'pr.last_day',
      'pr.workshop',
      sql<string | null>`coalesce(pa.name, r.referring_body)`.as('referrer'),
    ])
    .where('pr.centre_id', '=', centreId)
    .where('pr.signed_on', 'is not', null)
    .execute();
}

/** Stores the centre's indicator targets inside its settings (other settings untouched). */
export async function saveIndicatorTargets(db: Db, centreId: string, targets: unknown) {
  await db
    .updateTable('centres')
    .set({
      settings: sql`jsonb_set(coalesce(settings, '{}'::jsonb), '{indicatorTargets}',
        ${JSON.stringify(targets)}::jsonb)`,
      updated_at: new Date(),
    })
    .where('id', '=', centreId)
    .execute();
}
