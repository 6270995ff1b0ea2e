import type { Db } from './connection';

/**
 * Sources of "skills gained" on a participant's certificate (read-only). Service jobs: the days the person
 * worked on a job, with what they practised. Courses (events module, migration 0018): certificates of
 * completion issued on the person's registrations.
 */
export async function listJobDaysOfParticipant(
  db: Db,
  centreId: string,
  participantId: string,
  period: { from: string; to: string },
) {
  return db
    .selectFrom('service_job_days as d')
    .innerJoin('service_jobs as j', 'j.id', 'd.job_id')
    .innerJoin('service_orders as o', 'o.id', 'j.order_id')
    .innerJoin('workshops as w', 'w.id', 'j.workshop_id')
    .select([
      'd.job_id',
      'd.date',
      'd.hours',
      'd.practised',
      'j.task',
      'j.place',
      'o.title as order_title',
      'w.name as workshop_name',
    ])
    .where('d.centre_id', '=', centreId)
    .where('d.participant_id', '=', participantId)
    .where('d.date', '>=', period.from)
    .where('d.date', '<=', period.to)
    .orderBy('d.date')
    .execute();
}

export async function listCourseCertificatesOfParticipant(
  db: Db,
  centreId: string,
  participantId: string,
  period: { from: string; to: string },
) {
  return db
    .selectFrom('event_certificates as c')
    .innerJoin('event_registrations as r', 'r.id', 'c.registration_id')
    .innerJoin('events as e', 'e.id', 'c.event_id')
    .select(['c.number', 'c.issued_on', 'c.minutes_attended', 'e.title', 'e.ends_on'])
    .where('c.centre_id', '=', centreId)
    .where('r.participant_id', '=', participantId)
    .where('e.ends_on', '>=', period.from)
    .where('e.ends_on', '<=', period.to)
    .orderBy('e.ends_on')
    .execute();
}
