import {
  findClassProgramme,
  findMonthState,
  lockAttendanceMonth,
  upsertMonthState,
} from '../../db/attendance.repository';
import { AppError } from '../app-error';
import { requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { planOf, requireWorkshopAccess } from './class-programme';
import { dayMonth, describeBlankDays, findBlankClassDays, lastClassDayOf } from './month-completeness';
import { monthRange } from './workshop-people';

/**
 * Closes the month for a workshop: only with the class programme approved (art. 14 ust. 1a), every
 * day off approved. After that the month is read-only until the director reopens it with a reason.
 */
export async function lockMonth(deps: AppDeps, ctx: CallContext, workshopId: string, month: string) {
  requireAction(ctx, 'attendance.lock');
  return deps.db.transaction().execute(async (trx) => {
    await requireWorkshopAccess(trx, ctx, workshopId, true);
    await lockAttendanceMonth(trx, workshopId, month, 'exclusive');
    const state = await findMonthState(trx, ctx.actor.centreId, workshopId, month);
    if (state?.status === 'LOCKED')
      throw new AppError('INVALID_STATE', { message: 'Miesiąc jest już zamknięty.' });
    const programme = await findClassProgramme(trx, ctx.actor.centreId, workshopId, month);
    if (programme?.status !== 'APPROVED')
      throw new AppError('INVALID_STATE', {
        message: 'Najpierw kierownik zatwierdza program zajęć na ten miesiąc (art. 14 ust. 1a).',
      });
    const today = todayInPoland(deps);
    const lastClassDay = lastClassDayOf(month, planOf(programme));
    if (today <= lastClassDay)
      throw new AppError('ATTENDANCE_MONTH_NOT_OVER', {
        message:
          `Miesiąc ${month} można zamknąć od dnia następującego ` +
          `po ostatnim dniu zajęć (${dayMonth(lastClassDay)}.${lastClassDay.slice(0, 4)}); ` +
          `dziś jest ${dayMonth(today)}.${today.slice(0, 4)}.`,
        details: { lastClassDay, today },
      });
    const { from, to } = monthRange(month);
    const pending = await trx
      .selectFrom('attendance_entries')
      .select(['participant_id', 'date'])
      .where('centre_id', '=', ctx.actor.centreId)
      .where('workshop_id', '=', workshopId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('status', '=', 'day_off')
      .where('day_off_approved', '=', false)
      .execute();
    if (pending.length)
      throw new AppError('INVALID_STATE', {
        message: `Dni wolne czekają na zatwierdzenie kierownika (${pending.length}).`,
        details: { pending },
      });
    const blanks = await findBlankClassDays(trx, ctx.actor.centreId, month, { workshopId });
    if (blanks.length)
      throw new AppError('ATTENDANCE_DAYS_MISSING', {
        message: `Nie można zamknąć miesiąca: brak statusu w dniach zajęć — ${describeBlankDays(blanks)}.`,
        details: {
          missing: blanks.map((b) => ({ participantId: b.participantId, name: b.name, date: b.date })),
        },
      });
    await upsertMonthState(trx, {
      centre_id: ctx.actor.centreId,
      workshop_id: workshopId,
      month,
      status: 'LOCKED',
      locked_by: ctx.actor.userId,
      locked_at: new Date(),
      reopen_reason: state?.reopen_reason ?? null,
      reopened_by: state?.reopened_by ?? null,
      reopened_at: state?.reopened_at ?? null,
    });
    await audit(trx, ctx, 'attendance.lock', 'workshop', workshopId, { month });
    return { status: 'LOCKED' as const };
  });
}

/** The director reopens a closed month with a reason (audited). */
export async function reopenMonth(
  deps: AppDeps,
  ctx: CallContext,
  workshopId: string,
  month: string,
  reason: string | undefined,
) {
  requireAction(ctx, 'attendance.reopen');
  if (!reason?.trim())
    throw AppError.fields([
      { path: 'reason', code: 'REQUIRED', message: 'Podaj powód ponownego otwarcia miesiąca.' },
    ]);
  return deps.db.transaction().execute(async (trx) => {
    await requireWorkshopAccess(trx, ctx, workshopId, true);
    await lockAttendanceMonth(trx, workshopId, month, 'exclusive');
    const state = await findMonthState(trx, ctx.actor.centreId, workshopId, month);
    if (state?.status !== 'LOCKED')
      throw new AppError('INVALID_STATE', { message: 'Ten miesiąc nie jest zamknięty.' });
    await upsertMonthState(trx, {
      centre_id: ctx.actor.centreId,
      workshop_id: workshopId,
      month,
      status: 'OPEN',
      locked_by: null,
      locked_at: null,
      reopen_reason: reason.trim(),
      reopened_by: ctx.actor.userId,
      reopened_at: new Date(),
    });
    await audit(trx, ctx, 'attendance.reopen', 'workshop', workshopId, { month, reason: reason.trim() });
    return { status: 'OPEN' as const };
  });
}
