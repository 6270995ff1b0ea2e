import { type Insertable, sql } from 'kysely';
import type { Db } from './connection';
import type {
  EventCertificatesTable,
  EventPersonsTable,
  EventRegistrationsTable,
  EventSessionsTable,
  EventsTable,
} from './schema';

/** An event with its organiser's name. */
export async function findEvents(db: Db, centreId: string, filter: { from?: string } = {}) {
  let q = db
    .selectFrom('events as e')
    .leftJoin('partners as p', (j) =>
      j.onRef('p.id', '=', 'e.organiser_partner_id').onRef('p.centre_id', '=', 'e.centre_id'),
    )
    .selectAll('e')
    .select('p.name as organiser_name')
    .where('e.centre_id', '=', centreId);
  if (filter.from) q = q.where('e.ends_on', '>=', filter.from);
  return q.orderBy('e.starts_on', 'desc').orderBy('e.created_at', 'desc').execute();
}

export async function findEventById(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('events as e')
    .leftJoin('partners as p', (j) =>
      j.onRef('p.id', '=', 'e.organiser_partner_id').onRef('p.centre_id', '=', 'e.centre_id'),
    )
    .selectAll('e')
    .select('p.name as organiser_name')
    .where('e.centre_id', '=', centreId)
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** Locks the event's row for the caller's transaction (registrations count against its capacity). */
export async function lockEvent(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('events')
    .select(['id', 'capacity', 'waiting_list'])
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertEvent(db: Db, row: Insertable<EventsTable>) {
  return db.insertInto('events').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertSession(db: Db, row: Insertable<EventSessionsTable>) {
  return db.insertInto('event_sessions').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function findSessions(db: Db, centreId: string, eventIds: readonly string[]) {
  if (!eventIds.length) return [];
  return db
    .selectFrom('event_sessions')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('event_id', 'in', eventIds)
    .orderBy('held_on')
    .orderBy('starts_at')
    .execute();
}

/** Registrations of an event with the name to show (participant, person, staff account or guest). */
export async function findRegistrations(db: Db, centreId: string, eventId: string) {
  return db
    .selectFrom('event_registrations as r')
    .leftJoin('participants as pa', 'pa.id', 'r.participant_id')
    .leftJoin('event_persons as pe', 'pe.id', 'r.person_id')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .selectAll('r')
    .select(['pa.first_name', 'pa.last_name', 'pe.full_name as person_name', 'u.full_name as user_name'])
    .where('r.centre_id', '=', centreId)
    .where('r.event_id', '=', eventId)
    .orderBy('r.created_at')
    .execute();
}

export async function countActiveRegistrations(db: Db, centreId: string, eventId: string) {
  const rows = await db
    .selectFrom('event_registrations')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('centre_id', '=', centreId)
    .where('event_id', '=', eventId)
    .groupBy('status')
    .execute();
  const of = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { registered: of('REGISTERED'), waiting: of('WAITING') };
}

/** Counts per event and status for a list page. */
export async function countRegistrationsByEvent(db: Db, centreId: string) {
  return db
    .selectFrom('event_registrations')
    .select(['event_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('centre_id', '=', centreId)
    .groupBy(['event_id', 'status'])
    .execute();
}

export async function insertRegistration(db: Db, row: Insertable<EventRegistrationsTable>) {
  return db.insertInto('event_registrations').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertEventPerson(db: Db, row: Insertable<EventPersonsTable>) {
  return db.insertInto('event_persons').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function findEventPerson(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('event_persons')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Saves presence per registration for one session (a second save of the same person replaces the first). */
export async function upsertAttendance(
  db: Db,
  centreId: string,
  sessionId: string,
  entries: readonly { registrationId: string; present: boolean }[],
  by: string,
) {
  if (!entries.length) return;
  await db
    .insertInto('event_attendance')
    .values(
      entries.map((e) => ({
        centre_id: centreId,
        session_id: sessionId,
        registration_id: e.registrationId,
        present: e.present,
        recorded_by: by,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['session_id', 'registration_id']).doUpdateSet((eb) => ({
        present: eb.ref('excluded.present'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: sql`now()`,
      })),
    )
    .execute();
}

export async function findAttendance(db: Db, centreId: string, eventId: string) {
  return db
    .selectFrom('event_attendance as a')
    .innerJoin('event_sessions as s', 's.id', 'a.session_id')
    .select(['a.session_id', 'a.registration_id', 'a.present'])
    .where('a.centre_id', '=', centreId)
    .where('s.event_id', '=', eventId)
    .execute();
}

export async function findCertificates(db: Db, centreId: string, eventId: string) {
  return db
    .selectFrom('event_certificates')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('event_id', '=', eventId)
    .orderBy('number')
    .execute();
}

export async function insertCertificate(db: Db, row: Insertable<EventCertificatesTable>) {
  return db.insertInto('event_certificates').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function findCertificate(db: Db, centreId: string, eventId: string, id: string) {
  return db
    .selectFrom('event_certificates')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('event_id', '=', eventId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The events a participant was registered for, with the certificate number when one was issued. */
export async function findEventsOfParticipant(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .leftJoin('event_certificates as c', 'c.registration_id', 'r.id')
    .select([
      'e.id',
      'e.title',
      'e.kind',
      'e.starts_on',
      'e.ends_on',
      'r.id as registration_id',
      'r.status',
      'c.number',
      'c.id as certificate_id',
      'c.issued_on',
    ])
    .where('r.centre_id', '=', centreId)
    .where('r.participant_id', '=', participantId)
    .orderBy('e.starts_on', 'desc')
    .execute();
}

/** Minutes a registration attended (sum of its sessions marked present). */
export async function attendedMinutesOf(db: Db, centreId: string, registrationIds: readonly string[]) {
  if (!registrationIds.length) return new Map<string, number>();
  const rows = await db
    .selectFrom('event_attendance as a')
    .innerJoin('event_sessions as s', 's.id', 'a.session_id')
    .select(['a.registration_id', 's.starts_at', 's.ends_at'])
    .where('a.centre_id', '=', centreId)
    .where('a.present', '=', true)
    .where('a.registration_id', 'in', registrationIds)
    .execute();
  const out = new Map<string, number>();
  for (const r of rows) {
    const m =
      Number(r.ends_at.slice(0, 2)) * 60 +
      Number(r.ends_at.slice(3)) -
      Number(r.starts_at.slice(0, 2)) * 60 -
      Number(r.starts_at.slice(3));
    out.set(r.registration_id, (out.get(r.registration_id) ?? 0) + m);
  }
  return out;
}

// Standing groups.

export async function findGroups(db: Db, centreId: string) {
  return db
    .selectFrom('standing_groups as g')
    .select(['g.id', 'g.name'])
    .select((eb) => [
      eb
        .selectFrom('group_members as m')
        .whereRef('m.group_id', '=', 'g.id')
        .where('m.left_on', 'is', null)
        .select(eb.fn.countAll<number>().as('n'))
        .as('member_count'),
      eb
        .selectFrom('group_meetings as t')
        .whereRef('t.group_id', '=', 'g.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('meeting_count'),
    ])
    .where('g.centre_id', '=', centreId)
    .orderBy('g.name')
    .execute();
}

export async function findGroup(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('standing_groups')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findGroupMembers(db: Db, centreId: string, groupId: string) {
  return db
    .selectFrom('group_members as m')
    .leftJoin('participants as pa', 'pa.id', 'm.participant_id')
    .leftJoin('event_persons as pe', 'pe.id', 'm.person_id')
    .select(['m.id', 'm.joined_on', 'm.participant_id', 'pa.first_name', 'pa.last_name', 'pe.full_name'])
    .where('m.centre_id', '=', centreId)
    .where('m.group_id', '=', groupId)
    .where('m.left_on', 'is', null)
    .orderBy('m.created_at')
    .execute();
}

export async function findGroupMeetings(db: Db, centreId: string, groupId: string) {
  return db
    .selectFrom('group_meetings')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('group_id', '=', groupId)
    .orderBy('held_on', 'desc')
    .execute();
}

export async function findGroupAttendance(db: Db, centreId: string, groupId: string) {
  return db
    .selectFrom('group_attendance as a')
    .innerJoin('group_meetings as t', 't.id', 'a.meeting_id')
    .select(['a.meeting_id', 'a.member_id', 'a.present'])
    .where('a.centre_id', '=', centreId)
    .where('t.group_id', '=', groupId)
    .execute();
}

/** A partner of the centre by id (the registry of migration 0012), or undefined. */
export async function findPartnerOfCentre(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('partners')
    .select(['id', 'name', 'street', 'building_no', 'postal_code', 'city'])
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The registration (not cancelled) of one participant, person or account for an event, if any. */
export async function findActiveRegistrationOf(
  db: Db,
  centreId: string,
  eventId: string,
  column: 'participant_id' | 'person_id' | 'user_id',
  id: string,
) {
  return db
    .selectFrom('event_registrations')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('event_id', '=', eventId)
    .where(column, '=', id)
    .where('status', '<>', 'CANCELLED')
    .executeTakeFirst();
}

/** One registration of the event (any status), or undefined. */
export async function findRegistration(db: Db, centreId: string, eventId: string, id: string) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('event_id', '=', eventId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The registration that has waited longest for a place, or undefined. */
export async function findFirstWaiting(db: Db, centreId: string, eventId: string) {
  return db
    .selectFrom('event_registrations')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('event_id', '=', eventId)
    .where('status', '=', 'WAITING')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function setRegistrationStatus(db: Db, centreId: string, id: string, status: string) {
  await db
    .updateTable('event_registrations')
    .set({ status })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .execute();
}
