import {
  countActiveRegistrations,
  findCertificates,
  findFirstWaiting,
  findRegistration,
  lockEvent,
  setRegistrationStatus,
} from '../../db/events.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { loadEventDetail, requireAction } from './event-shared';

/**
 * Takes a person off the event (their attendance stays as history). When a place frees up, the registration
 * that has waited longest on the waiting list gets it — in the same transaction, with the event's row locked,
 * so a place is never given twice. A person with an issued certificate cannot be taken off.
 */
export async function cancelRegistration(
  deps: AppDeps,
  ctx: CallContext,
  eventId: string,
  registrationId: string,
) {
  requireAction(ctx, 'events.manage');
  const centreId = ctx.actor.centreId;
  await deps.db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, centreId, eventId);
    if (!event) throw notFound();
    const registration = await findRegistration(trx, centreId, eventId, registrationId);
    if (!registration) throw notFound();
    if (registration.status === 'CANCELLED') return;
    const certified = (await findCertificates(trx, centreId, eventId)).some(
      (c) => c.registration_id === registrationId,
    );
    if (certified)
      throw new AppError('CONFLICT', {
        message: 'Ta osoba ma już wydane zaświadczenie — nie można jej wypisać.',
      });
    await setRegistrationStatus(trx, centreId, registrationId, 'CANCELLED');

    let promoted: string | null = null;
    const counts = await countActiveRegistrations(trx, centreId, eventId);
    if (
      registration.status === 'REGISTERED' &&
      (event.capacity === null || counts.registered < event.capacity)
    ) {
      const next = await findFirstWaiting(trx, centreId, eventId);
      if (next) {
        await setRegistrationStatus(trx, centreId, next.id, 'REGISTERED');
        promoted = next.id;
      }
    }
    await audit(trx, ctx, 'event.registration_cancel', 'event', eventId, { registrationId, promoted });
  });
  return loadEventDetail(deps.db, centreId, eventId);
}
