import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { can } from '../../domain/access/permissions';
import { EVENT_KINDS, type EventKind, REGISTRATION_KINDS } from '../../domain/events/event-rules';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { volunteerYear } from '../volunteers/get-volunteer-stats';

const n = (v: unknown) => Number(v ?? 0);

async function eventFigures(db: Db, centreId: string, from: string, to: string) {
  const events = await db
    .selectFrom('events')
    .select(['kind'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('starts_on', '<=', to)
    .where('ends_on', '>=', from)
    .groupBy('kind')
    .execute();
  const sessions = await db
    .selectFrom('event_sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .executeTakeFirstOrThrow();
  const attended = await db
    .selectFrom('event_attendance as a')
    .innerJoin('event_sessions as s', 's.id', 'a.session_id')
    .innerJoin('event_registrations as r', 'r.id', 'a.registration_id')
    .select(['r.kind'])
    .select(sql<number>`count(distinct coalesce(r.participant_id, r.person_id, r.user_id, r.id))`.as('n'))
    .where('a.centre_id', '=', centreId)
    .where('a.present', '=', true)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .groupBy('r.kind')
    .execute();
  const participantRows = await db
    .selectFrom('event_attendance as a')
    .innerJoin('event_sessions as s', 's.id', 'a.session_id')
    .innerJoin('event_registrations as r', 'r.id', 'a.registration_id')
    .select('r.participant_id')
    .distinct()
    .where('a.centre_id', '=', centreId)
    .where('a.present', '=', true)
    .where('r.kind', '=', 'PARTICIPANT')
    .where('r.participant_id', 'is not', null)
    .where('s.held_on', '>=', from)
    .where('s.held_on', '<=', to)
    .execute();
  const certificates = await db
    .selectFrom('event_certificates')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('issued_on', '>=', from)
    .where('issued_on', '<=', to)
    .executeTakeFirstOrThrow();
  const byKind = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  for (const e of events) byKind[e.kind as EventKind] = n(e.n);
  const people = Object.fromEntries(REGISTRATION_KINDS.map((k) => [k, 0])) as Record<
    (typeof REGISTRATION_KINDS)[number],
    number
  >;
  for (const a of attended) people[a.kind as keyof typeof people] = n(a.n);
  return {
    eventsByKind: byKind,
    events: Object.values(byKind).reduce((s, v) => s + v, 0),
    sessions: n(sessions.n),
    peopleAttendingByKind: people,
    certificates: n(certificates.n),
    participantIds: participantRows.map((r) => r.participant_id as string),
    how:
      'Wydarzenia, których termin obejmuje choć jeden dzień roku; zajęcia odbyte w roku; osoby obecne ' +
      'co najmniej raz na zajęciach w roku (każda osoba raz w swojej grupie); zaświadczenia wydane w roku.',
  };
}

async function groupFigures(db: Db, centreId: string, from: string, to: string) {
  const meetings = await db
    .selectFrom('group_meetings')
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`count(distinct group_id)`.as('groups')])
    .where('centre_id', '=', centreId)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .executeTakeFirstOrThrow();
  const members = await db
    .selectFrom('group_attendance as a')
    .innerJoin('group_meetings as m', 'm.id', 'a.meeting_id')
    .select(sql<number>`count(distinct a.member_id)`.as('n'))
    .where('a.centre_id', '=', centreId)
    .where('a.present', '=', true)
    .where('m.held_on', '>=', from)
    .where('m.held_on', '<=', to)
    .executeTakeFirstOrThrow();
  return {
    groupsMeeting: n(meetings.groups),
    meetings: n(meetings.n),
    membersAttending: n(members.n),
    how: 'Grupy stałe (np. klub seniora), które spotkały się w roku; spotkania w roku; członkowie obecni choć raz.',
  };
}

async function inkindFigures(db: Db, centreId: string, from: string, to: string) {
  const donations = await db
    .selectFrom('inkind_donations as d')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      sql<number>`count(distinct coalesce(d.donor_partner_id::text, d.donor_name))`.as('donors'),
    ])
    .where('d.centre_id', '=', centreId)
    .where('d.received_on', '>=', from)
    .where('d.received_on', '<=', to)
    .executeTakeFirstOrThrow();
  const value = await db
    .selectFrom('inkind_items as i')
    .innerJoin('inkind_donations as d', 'd.id', 'i.donation_id')
    .select(sql<number>`coalesce(sum(i.value_grosze), 0)::bigint`.as('v'))
    .where('d.centre_id', '=', centreId)
    .where('d.received_on', '>=', from)
    .where('d.received_on', '<=', to)
    .executeTakeFirstOrThrow();
  const deliveries = await db
    .selectFrom('inkind_deliveries')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      sql<number>`count(distinct recipient_partner_id)`.as('recipients'),
    ])
    .where('centre_id', '=', centreId)
    .where('delivered_on', '>=', from)
    .where('delivered_on', '<=', to)
    .executeTakeFirstOrThrow();
  return {
    donations: n(donations.n),
    donors: n(donations.donors),
    knownValueGrosze: n(value.v),
    deliveries: n(deliveries.n),
    recipients: n(deliveries.recipients),
    how:
      'Darowizny przyjęte w roku i ich darczyńcy (partner lub osoba, każdy raz); wartość to suma wartości ' +
      'podanych przy rzeczach (rzeczy bez wartości nie są liczone); przekazania wyrobów instytucjom w roku.',
  };
}

/**
 * The year's figures of events and courses, standing groups, volunteers and in-kind help that a centre's
 * annual report needs, each part with a sentence saying how it was counted. Needs the right to see events;
 * the volunteers and in-kind parts are null for a caller who may not see them.
 */
export async function getActivityReportFigures(deps: AppDeps, ctx: CallContext, year: number) {
  if (!can(ctx.actor, 'events.view')) throw forbidden();
  const all = await activityFiguresOfCentre(deps.db, ctx.actor.centreId, year);
  const { participantIds: _ids, ...events } = all.events;
  return {
    year,
    events,
    groups: all.groups,
    volunteers: can(ctx.actor, 'volunteers.view') ? all.volunteers : null,
    inkind: can(ctx.actor, 'inkind.view') ? all.inkind : null,
  };
}

/** The same figures of one centre without a caller (the annual report), with the participants' ids for its trace. */
export async function activityFiguresOfCentre(db: Db, centreId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const volunteers = await volunteerYear(db, centreId, year);
  return {
    year,
    events: await eventFigures(db, centreId, from, to),
    groups: await groupFigures(db, centreId, from, to),
    volunteers: {
      bySex: volunteers.bySex,
      byActivity: volunteers.byActivity,
      minutes: volunteers.byActivity.reduce((s, a) => s + a.minutes, 0),
      how:
        'Wolontariusze z porozumieniem obowiązującym choć jeden dzień roku lub z działaniem zapisanym w roku, ' +
        'każdy raz według płci; czas to suma minut działań zapisanych w roku.',
    },
    inkind: await inkindFigures(db, centreId, from, to),
  };
}
