import type { Db } from './connection';

/** What a month's checks and its refund claim read besides the lines: applications, workshops, attendance. */

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
