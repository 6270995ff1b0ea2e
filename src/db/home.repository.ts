import { sql } from 'kysely';
import type { Db } from './connection';

/** Signed programmes whose trial month ends between two days (the director qualifies, art. 15 ust. 1–2). */
export async function countTrialEnding(db: Db, centreId: string, from: string, to: string): Promise<number> {
  const row = await db
    .selectFrom('programmes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('status', '=', 'SIGNED')
    .where('trial_last_day', '>=', from)
    .where('trial_last_day', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Signed programmes whose planned end falls between two days. */
export async function countProgrammesEnding(
  db: Db,
  centreId: string,
  from: string,
  to: string,
): Promise<number> {
  const row = await db
    .selectFrom('programmes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('status', '=', 'SIGNED')
    .where('last_day', 'is', null)
    .where('planned_end', '>=', from)
    .where('planned_end', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Follow-ups not yet done that are due by a day, and how many of them are already late. */
export async function countFollowUpsDue(db: Db, centreId: string, dueBy: string, today: string) {
  const row = await db
    .selectFrom('follow_ups')
    .select([
      sql<number>`count(*)`.as('due'),
      sql<number>`count(*) filter (where due_on < ${today})`.as('overdue'),
    ])
    .where('centre_id', '=', centreId)
    .where('done_on', 'is', null)
    .where('due_on', '<=', dueBy)
    .executeTakeFirstOrThrow();
  return { due: Number(row.due), overdue: Number(row.overdue) };
}

/** Referrals received and not decided yet. */
export async function countReferralsToDecide(db: Db, centreId: string): Promise<number> {
  const row = await db
    .selectFrom('referrals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('status', '=', 'RECEIVED')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Workshop-months that had a class programme, are over (before `beforeMonth`) and whose attendance is not
 * locked — what keeps a payroll from closing.
 */
export async function findUnlockedAttendanceMonths(
  db: Db,
  centreId: string,
  fromMonth: string,
  beforeMonth: string,
) {
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
    .select(['cp.month', 'w.name'])
    .where('cp.centre_id', '=', centreId)
    .where('cp.month', '>=', fromMonth)
    .where('cp.month', '<', beforeMonth)
    .where((eb) => eb.or([eb('am.status', 'is', null), eb('am.status', '!=', 'LOCKED')]))
    .orderBy('cp.month')
    .orderBy('w.name')
    .execute();
}

/** The payroll of one month (status only), if computed. */
export async function findPayrollStatus(db: Db, centreId: string, month: string) {
  return db
    .selectFrom('payroll_months')
    .select(['month', 'status', 'total_grosze'])
    .where('centre_id', '=', centreId)
    .where('month', '=', month)
    .executeTakeFirst();
}

/** The newest closed payroll month (its refund claim goes to the PUP, art. 15 ust. 8). */
export async function findLastClosedPayroll(db: Db, centreId: string) {
  return db
    .selectFrom('payroll_months')
    .select(['month', 'total_grosze'])
    .where('centre_id', '=', centreId)
    .where('status', '=', 'CLOSED')
    .orderBy('month', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** An instructor's workshops today: people assigned, and how many of them have today's status recorded. */
export async function findTodayAttendance(db: Db, centreId: string, userId: string, today: string) {
  return db
    .selectFrom('workshop_instructors as wi')
    .innerJoin('workshops as w', (j) =>
      j.onRef('w.id', '=', 'wi.workshop_id').onRef('w.centre_id', '=', 'wi.centre_id'),
    )
    .select((eb) => [
      'w.id',
      'w.name',
      eb
        .selectFrom('workshop_assignments as a')
        .select(sql<number>`count(distinct a.participant_id)`.as('n'))
        .whereRef('a.workshop_id', '=', 'w.id')
        .where('a.centre_id', '=', centreId)
        .where('a.from_date', '<=', today)
        .where((x) => x.or([x('a.to_date', 'is', null), x('a.to_date', '>=', today)]))
        .as('assigned'),
      eb
        .selectFrom('attendance_entries as e')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('e.workshop_id', '=', 'w.id')
        .where('e.centre_id', '=', centreId)
        .where('e.date', '=', today)
        .as('recorded'),
    ])
    .where('wi.centre_id', '=', centreId)
    .where('wi.user_id', '=', userId)
    .where('w.active', '=', true)
    .orderBy('w.name')
    .execute();
}

/** Active accounts of the centre (the administrator's card). */
export async function countActiveMembers(db: Db, centreId: string): Promise<number> {
  const row = await db
    .selectFrom('centre_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('is_active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
