import { sql } from 'kysely';
import type { AnonymisationStep } from '../anonymisation-steps';
import { rowsOf } from './rows';

/**
 * Events (migration 0018): the participant's registrations keep their status and attendance; the
 * certificate keeps its number, date and minutes, the holder's name becomes the pseudonym. Standing group
 * memberships hold only dates.
 */
export const eventsStep: AnonymisationStep = {
  module: 'events',
  tables: ['event_registrations', 'event_certificates', 'group_members'],
  async anonymise(trx, p) {
    const mine = sql`centre_id = ${p.centreId} and participant_id = ${p.participantId}`;
    await sql`update event_certificates set holder_name = ${p.pseudonym}
      where centre_id = ${p.centreId}
        and registration_id in (select id from event_registrations where ${mine})`.execute(trx);
    await sql`update event_registrations set guest_name = null where ${mine}`.execute(trx);
  },
  async auditEntityIds(db, p) {
    const found = await sql<{ id: string }>`
      select r.id::text as id from event_registrations r
        where r.centre_id = ${p.centreId} and r.participant_id = ${p.participantId}
      union all select c.id::text from event_certificates c join event_registrations r on r.id = c.registration_id
        where r.centre_id = ${p.centreId} and r.participant_id = ${p.participantId}
      union all select id::text from group_members
        where centre_id = ${p.centreId} and participant_id = ${p.participantId}`.execute(db);
    return found.rows.map((r) => r.id);
  },
  async copy(db, centreId, participantId) {
    const certificates = await sql<Record<string, unknown>>`select c.number, c.issued_on::text as issued_on,
        c.holder_name, c.minutes_attended, e.title as event_title
      from event_certificates c join event_registrations r on r.id = c.registration_id
        join events e on e.id = c.event_id
      where r.centre_id = ${centreId} and r.participant_id = ${participantId}`.execute(db);
    return {
      event_registrations: await rowsOf(db, 'event_registrations', centreId, participantId),
      event_certificates: certificates.rows,
      group_members: await rowsOf(db, 'group_members', centreId, participantId),
    };
  },
};
