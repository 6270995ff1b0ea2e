import type { EventDetail, EventView } from '../../contracts/events.contract';
import type { FieldError } from '../../contracts/errors';
import type { Db } from '../../db/connection';
import {
  attendedMinutesOf,
  findAttendance,
  findCertificates,
  findEventById,
  findPartnerOfCentre,
  findRegistrations,
  findSessions,
} from '../../db/events.repository';
import type { EventRow } from '../../db/schema';
import { can, type Action } from '../../domain/access/permissions';
import {
  CERTIFIED_KINDS,
  type EventKind,
  hasCompleted,
  sessionMinutes,
} from '../../domain/events/event-rules';
import { forbidden, notFound } from '../app-error';
import type { CallContext } from '../context';

/** Throws FORBIDDEN unless the permission table lets the caller's roles do it. */
export function requireAction(ctx: CallContext, action: Action): void {
  if (!can(ctx.actor, action)) throw forbidden();
}

/** A partner of the caller's centre, or a field error at `path`. */
export async function partnerProblem(
  db: Db,
  centreId: string,
  id: string | null,
  path: string,
): Promise<FieldError[]> {
  if (!id) return [];
  return (await findPartnerOfCentre(db, centreId, id))
    ? []
    : [{ path, code: 'NOT_FOUND', message: 'Nie ma takiego partnera w rejestrze centrum.' }];
}

type EventWithOrganiser = EventRow & { organiser_name: string | null };

/** An event row as the API answers it. */
export function presentEvent(
  row: EventWithOrganiser,
  plannedMinutes: number,
  counts: { registered: number; waiting: number },
): EventView {
  return {
    id: row.id,
    kind: row.kind as EventKind,
    title: row.title,
    description: row.description,
    programme: row.programme,
    place: row.place,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    organiserPartnerId: row.organiser_partner_id,
    organiserName: row.organiser_name,
    capacity: row.capacity,
    waitingList: row.waiting_list,
    completionPercent: row.completion_percent,
    certified: CERTIFIED_KINDS.includes(row.kind as EventKind),
    plannedMinutes,
    registeredCount: counts.registered,
    waitingCount: counts.waiting,
  };
}

/** The name a registration shows: the participant, the person, the staff member or the guest. */
export function registrationName(r: {
  first_name: string | null;
  last_name: string | null;
  person_name: string | null;
  user_name: string | null;
  guest_name: string | null;
}): string {
  if (r.last_name) return `${r.first_name} ${r.last_name}`;
  return r.person_name ?? r.user_name ?? r.guest_name ?? '—';
}

/** The whole event: sessions, registrations with attendance, completion and certificates. */
export async function loadEventDetail(db: Db, centreId: string, id: string): Promise<EventDetail> {
  const row = await findEventById(db, centreId, id);
  if (!row) throw notFound();
  const sessions = await findSessions(db, centreId, [id]);
  const registrations = await findRegistrations(db, centreId, id);
  const attendance = await findAttendance(db, centreId, id);
  const certificates = await findCertificates(db, centreId, id);
  const minutes = await attendedMinutesOf(
    db,
    centreId,
    registrations.map((r) => r.id),
  );
  const planned = sessions.reduce(
    (sum, s) => sum + sessionMinutes({ startsAt: s.starts_at, endsAt: s.ends_at }),
    0,
  );
  const counts = {
    registered: registrations.filter((r) => r.status === 'REGISTERED').length,
    waiting: registrations.filter((r) => r.status === 'WAITING').length,
  };
  return {
    ...presentEvent(row, planned, counts),
    sessions: sessions.map((s) => ({
      id: s.id,
      heldOn: s.held_on,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      topic: s.topic,
      minutes: sessionMinutes({ startsAt: s.starts_at, endsAt: s.ends_at }),
    })),
    registrations: registrations.map((r) => {
      const attended = minutes.get(r.id) ?? 0;
      const certificate = certificates.find((c) => c.registration_id === r.id);
      return {
        id: r.id,
        kind: r.kind as EventDetail['registrations'][number]['kind'],
        status: r.status as EventDetail['registrations'][number]['status'],
        name: registrationName(r),
        participantId: r.participant_id,
        personId: r.person_id,
        attendedMinutes: attended,
        present: Object.fromEntries(
          attendance.filter((a) => a.registration_id === r.id).map((a) => [a.session_id, a.present]),
        ),
        completed: r.status === 'REGISTERED' && hasCompleted(attended, planned, row.completion_percent),
        certificate: certificate
          ? { id: certificate.id, number: certificate.number, issuedOn: certificate.issued_on }
          : null,
      };
    }),
  };
}
