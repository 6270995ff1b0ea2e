import { insertCertificate, lockEvent } from '../../db/events.repository';
import { nextDocumentNumber } from '../../db/pathway.repository';
import { certificateNumber } from '../../domain/events/event-rules';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { loadEventDetail, requireAction } from './event-shared';

/**
 * Numbers a certificate of completion for everyone who completed the course and has none yet. Numbers come
 * from the centre's own yearly series (the shared document counter: one upsert, so two issuers never get the
 * same number); the event's row is locked so that one person cannot get two certificates.
 */
export async function issueEventCertificates(
  deps: AppDeps,
  ctx: CallContext,
  eventId: string,
  issuedOn: string,
) {
  requireAction(ctx, 'events.certificates');
  const centreId = ctx.actor.centreId;
  if (issuedOn > todayInPoland(deps))
    throw AppError.fields([
      { path: 'issuedOn', code: 'DATE_IN_FUTURE', message: 'Data wydania nie może być z przyszłości.' },
    ]);
  const before = await loadEventDetail(deps.db, centreId, eventId);
  if (!before.certified)
    throw AppError.fields([
      { path: 'issuedOn', code: 'NOT_A_COURSE', message: 'Zaświadczenia wydaje się tylko po szkoleniach.' },
    ]);
  if (issuedOn < before.endsOn)
    throw AppError.fields([
      {
        path: 'issuedOn',
        code: 'BEFORE_END',
        message: `Zaświadczenie można wydać po zakończeniu (${before.endsOn}).`,
      },
    ]);

  await deps.db.transaction().execute(async (trx) => {
    if (!(await lockEvent(trx, centreId, eventId))) throw notFound();
    const current = await loadEventDetail(trx, centreId, eventId);
    const year = Number(issuedOn.slice(0, 4));
    const issued: string[] = [];
    for (const r of current.registrations) {
      if (!r.completed || r.certificate) continue;
      const number = certificateNumber(year, await nextDocumentNumber(trx, centreId, 'ZUK', year));
      await insertCertificate(trx, {
        centre_id: centreId,
        event_id: eventId,
        registration_id: r.id,
        number,
        issued_on: issuedOn,
        holder_name: r.name,
        minutes_attended: r.attendedMinutes,
        issued_by: ctx.actor.userId,
      });
      issued.push(number);
    }
    await audit(trx, ctx, 'event.certificates_issue', 'event', eventId, { numbers: issued });
  });
  return loadEventDetail(deps.db, centreId, eventId);
}
