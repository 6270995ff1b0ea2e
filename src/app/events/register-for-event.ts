import type { RegistrationCreate } from '../../contracts/events.contract';
import type { FieldError } from '../../contracts/errors';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import {
  countActiveRegistrations,
  findActiveRegistrationOf,
  findEventPerson,
  insertEventPerson,
  insertRegistration,
  lockEvent,
} from '../../db/events.repository';
import { findParticipantById } from '../../db/participant.repository';
import { findCentreMember } from '../../db/user.repository';
import { placeFor } from '../../domain/events/event-rules';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { loadEventDetail, requireAction } from './event-shared';

const required = (path: string, message: string): FieldError => ({ path, code: 'REQUIRED', message });

/** Who is registered: checks that the named participant, person or account belongs to the centre. */
async function whoProblems(
  db: Db,
  centreId: string,
  input: RegistrationCreate,
  today: string,
): Promise<FieldError[]> {
  switch (input.kind) {
    case 'PARTICIPANT':
      if (!input.participantId) return [required('participantId', 'Wybierz uczestnika.')];
      return (await findParticipantById(db, centreId, input.participantId))
        ? []
        : [{ path: 'participantId', code: 'NOT_FOUND', message: 'Nie ma takiego uczestnika w tym centrum.' }];
    case 'PERSON':
      if (input.personId)
        return (await findEventPerson(db, centreId, input.personId))
          ? []
          : [{ path: 'personId', code: 'NOT_FOUND', message: 'Nie ma takiej osoby w tym centrum.' }];
      if (!input.person) return [required('person.fullName', 'Podaj imię i nazwisko osoby.')];
      return input.person.consentOn > today
        ? [
            {
              path: 'person.consentOn',
              code: 'DATE_IN_FUTURE',
              message: 'Data zgody nie może być z przyszłości.',
            },
          ]
        : [];
    case 'STAFF':
      if (!input.userId) return [required('userId', 'Wybierz pracownika.')];
      return (await findCentreMember(db, centreId, input.userId))
        ? []
        : [{ path: 'userId', code: 'NOT_A_MEMBER', message: 'Ta osoba nie ma konta w tym centrum.' }];
    case 'GUEST':
      return input.guestName ? [] : [required('guestName', 'Podaj imię i nazwisko gościa.')];
  }
}

/** Whether the same participant, person or account already holds a place or waits for one. */
async function isRegistered(db: Db, centreId: string, eventId: string, input: RegistrationCreate) {
  const who =
    input.kind === 'PARTICIPANT'
      ? { column: 'participant_id' as const, id: input.participantId }
      : input.kind === 'STAFF'
        ? { column: 'user_id' as const, id: input.userId }
        : input.kind === 'PERSON' && input.personId
          ? { column: 'person_id' as const, id: input.personId }
          : null;
  return who?.id ? !!(await findActiveRegistrationOf(db, centreId, eventId, who.column, who.id)) : false;
}

/**
 * Registers a participant, another person (a light record with consent), a staff member or a guest. Over the
 * capacity the registration goes to the waiting list when the event keeps one, and is refused (EVENT_FULL)
 * otherwise. The event's row is locked while counting, so two registrations for the last place cannot both win.
 */
export async function registerForEvent(
  deps: AppDeps,
  ctx: CallContext,
  eventId: string,
  input: RegistrationCreate,
) {
  requireAction(ctx, 'events.manage');
  const centreId = ctx.actor.centreId;
  const problems = await whoProblems(deps.db, centreId, input, todayInPoland(deps));
  if (problems.length) throw AppError.fields(problems);

  try {
    await deps.db.transaction().execute(async (trx) => {
      const event = await lockEvent(trx, centreId, eventId);
      if (!event) throw notFound();
      if (await isRegistered(trx, centreId, eventId, input)) throw new AppError('ALREADY_REGISTERED');
      const counts = await countActiveRegistrations(trx, centreId, eventId);
      const status = placeFor(
        { capacity: event.capacity, waitingList: event.waiting_list },
        counts.registered,
      );
      if (!status)
        throw AppError.fields(
          [
            {
              path: 'kind',
              code: 'EVENT_FULL',
              message:
                `Wszystkie miejsca (${event.capacity}) są zajęte, a to wydarzenie nie prowadzi ` +
                `listy rezerwowej.`,
            },
          ],
          'EVENT_FULL',
        );
      let personId = input.kind === 'PERSON' ? input.personId : null;
      if (input.kind === 'PERSON' && !personId && input.person)
        personId = (
          await insertEventPerson(trx, {
            centre_id: centreId,
            full_name: input.person.fullName,
            email: input.person.email,
            phone: input.person.phone,
            birth_year: input.person.birthYear,
            consent_on: input.person.consentOn,
            created_by: ctx.actor.userId,
          })
        ).id;
      const { id } = await insertRegistration(trx, {
        centre_id: centreId,
        event_id: eventId,
        kind: input.kind,
        participant_id: input.kind === 'PARTICIPANT' ? input.participantId : null,
        person_id: personId,
        user_id: input.kind === 'STAFF' ? input.userId : null,
        guest_name: input.kind === 'GUEST' ? input.guestName : null,
        status,
        created_by: ctx.actor.userId,
      });
      await audit(trx, ctx, 'event.register', 'event', eventId, {
        registrationId: id,
        kind: input.kind,
        status,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('ALREADY_REGISTERED');
    throw error;
  }
  return loadEventDetail(deps.db, centreId, eventId);
}
