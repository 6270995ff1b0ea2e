import { findRegistrations, findSessions, upsertAttendance } from '../../db/events.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { loadEventDetail, requireAction } from './event-shared';

/** Saves who was present at one session; only people registered (not waiting) for the event count. */
export async function recordEventAttendance(
  deps: AppDeps,
  ctx: CallContext,
  eventId: string,
  sessionId: string,
  entries: { registrationId: string; present: boolean }[],
) {
  requireAction(ctx, 'events.attendance');
  const centreId = ctx.actor.centreId;
  const sessions = await findSessions(deps.db, centreId, [eventId]);
  const session = sessions.find((s) => s.id === sessionId);
  if (!session) throw notFound();
  // Attendance is what happened: a session that has not taken place yet has none to record.
  if (session.held_on > todayInPoland(deps))
    throw AppError.fields([
      {
        path: 'sessionId',
        code: 'DATE_IN_FUTURE',
        message:
          `Obecność wpisuje się po zajęciach — te zajęcia ` +
          `odbędą się ${session.held_on.slice(8, 10)}.${session.held_on.slice(5, 7)}.${session.held_on.slice(0, 4)}.`,
      },
    ]);
  const registered = new Set(
    (await findRegistrations(deps.db, centreId, eventId))
      .filter((r) => r.status === 'REGISTERED')
      .map((r) => r.id),
  );
  const problems = entries.flatMap((e, i) =>
    registered.has(e.registrationId)
      ? []
      : [
          {
            path: `entries.${i}.registrationId`,
            code: 'NOT_REGISTERED',
            message: 'Ta osoba nie jest zapisana na to wydarzenie (lub czeka na liście rezerwowej).',
          },
        ],
  );
  if (problems.length) throw AppError.fields(problems);

  await deps.db.transaction().execute(async (trx) => {
    await upsertAttendance(trx, centreId, sessionId, entries, ctx.actor.userId);
    await audit(trx, ctx, 'event.attendance', 'event', eventId, {
      sessionId,
      present: entries.filter((e) => e.present).length,
      absent: entries.filter((e) => !e.present).length,
    });
  });
  return loadEventDetail(deps.db, centreId, eventId);
}
