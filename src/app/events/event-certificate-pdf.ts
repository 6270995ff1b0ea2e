import { findCertificate, findRegistration } from '../../db/events.repository';
import { everInWorkshops } from '../../db/workshop.repository';
import { hoursText } from '../../domain/events/event-rules';
import { renderCourseCertificate } from '../../reports/print/events-documents';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import type { PdfFile } from '../pathway/printouts';
import { audit, centreOf, instructorScope } from '../pathway/shared';
import { centreLetterhead } from '../privacy/privacy-documents';
import { EVENT_KIND_PL } from './event-labels';
import { loadEventDetail, requireAction } from './event-shared';

/**
 * One issued certificate of completion as a PDF (the same number each time it is printed). The scope is the
 * participant record's: an instructor (without another role) prints only certificates of participants of
 * their workshops — a senior's, a guest's or another workshop's certificate is "not found" to them.
 */
export async function eventCertificatePdf(
  deps: AppDeps,
  ctx: CallContext,
  eventId: string,
  certificateId: string,
): Promise<PdfFile> {
  requireAction(ctx, 'events.view');
  const centreId = ctx.actor.centreId;
  const certificate = await findCertificate(deps.db, centreId, eventId, certificateId);
  if (!certificate) throw notFound();
  const scope = await instructorScope(deps.db, ctx);
  if (scope) {
    const registration = await findRegistration(deps.db, centreId, eventId, certificate.registration_id);
    const participantId = registration?.participant_id;
    if (!participantId || !(await everInWorkshops(deps.db, centreId, participantId, scope))) throw notFound();
  }
  const event = await loadEventDetail(deps.db, centreId, eventId);
  const { row: centre } = await centreOf(deps.db, ctx);
  const bytes = await renderCourseCertificate({
    centre: centreLetterhead(centre),
    number: certificate.number,
    issuedOn: certificate.issued_on,
    holderName: certificate.holder_name,
    title: event.title,
    kindLabel: EVENT_KIND_PL[event.kind],
    organiser: event.organiserName ?? centre.name,
    place: event.place,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    plannedHours: hoursText(event.plannedMinutes),
    attendedHours: hoursText(certificate.minutes_attended),
    programme: event.programme,
    sessions: event.sessions.map((s) => ({
      heldOn: s.heldOn,
      hours: `${s.startsAt}–${s.endsAt}`,
      topic: s.topic,
      length: hoursText(s.minutes),
    })),
  });
  await audit(deps.db, ctx, 'event.certificate_print', 'event', eventId, {
    certificateId,
    number: certificate.number,
  });
  return { bytes, fileName: `zaswiadczenie-${certificate.number.replaceAll('/', '-')}.pdf` };
}
