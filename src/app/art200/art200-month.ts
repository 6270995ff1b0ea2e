import type { Art200HoursBatch, Art200Month } from '../../contracts/art200.contract';
import type { FieldError } from '../../contracts/errors';
import {
  deleteArt200Hours,
  listArt200Enrolments,
  listArt200Hours,
  lockArt200Agreement,
  upsertArt200Hours,
} from '../../db/art200.repository';
import type { Db } from '../../db/connection';
import { buildMonthList, checkArt200Day, lastDayOfPeriod } from '../../domain/art200/art200-rules';
import { polishPublicHolidayName } from '../../domain/attendance/holidays';
import { daysInMonth, formatIsoDate, isoWeekday } from '../../domain/calendar';
import { AppError, notFound } from '../app-error';
import { type CallContext, requireAction } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { agreementTerms, art200AgreementOr404 } from './shared';

/**
 * Loads one month of an agreement: its days, the people whose period touches the month (in name order) and
 * their hours, and builds the list with `buildMonthList`. The screen's grid and the PUP's list share it.
 */
export async function loadArt200Month(db: Db, ctx: CallContext, agreementId: string, month: string) {
  const agreement = await art200AgreementOr404(db, ctx, agreementId);
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const first = `${month}-01`;
  const last = formatIsoDate(year, m, daysInMonth(year, m));
  const days = Array.from({ length: daysInMonth(year, m) }, (_, i) => {
    const date = formatIsoDate(year, m, i + 1);
    return { date, weekday: isoWeekday(date), holiday: polishPublicHolidayName(date) };
  });
  const enrolments = (await listArt200Enrolments(db, ctx.actor.centreId, agreementId))
    .map((e) => ({
      ...e,
      lastDay: [
        e.ended_on ?? e.planned_end_date,
        lastDayOfPeriod(e.start_date, agreement.max_months),
      ].sort()[0] as string,
    }))
    .filter((e) => e.start_date <= last && e.lastDay >= first);
  const hours = (await listArt200Hours(db, ctx.actor.centreId, agreementId, first, last)).map((h) => ({
    enrolmentId: h.enrolment_id,
    date: h.date,
    hours: Number(h.hours),
  }));
  const list = buildMonthList(
    enrolments.map((e) => ({ enrolmentId: e.id, name: `${e.last_name} ${e.first_name}`, pesel: e.pesel })),
    hours,
  );
  return { agreement, days, enrolments, hours, list };
}

/** The month grid of an agreement for the screen. */
export async function getArt200Month(
  deps: AppDeps,
  ctx: CallContext,
  agreementId: string,
  month: string,
): Promise<Art200Month> {
  requireAction(ctx, 'art200.view');
  const { agreement, days, enrolments, hours, list } = await loadArt200Month(
    deps.db,
    ctx,
    agreementId,
    month,
  );
  return {
    month,
    days,
    people: list.rows.map((r, i) => ({
      enrolmentId: r.enrolmentId,
      name: r.name,
      startDate: enrolments[i]?.start_date ?? '',
      lastDay: enrolments[i]?.lastDay ?? '',
      hours: Object.fromEntries(
        hours.filter((h) => h.enrolmentId === r.enrolmentId).map((h) => [h.date, h.hours]),
      ),
      daysPresent: r.daysPresent,
      total: r.hours,
    })),
    totals: list.totals,
    dailyHoursLimit: Number(agreement.daily_hours_limit),
  };
}

/**
 * Saves hours of the month as one batch: every entry is checked (hours within the agreement's daily limit,
 * the day not in the future, inside the agreement, within the person's months and period); one bad entry
 * refuses the whole batch with the problem at its field. Null hours clear a day.
 */
export async function saveArt200Hours(
  deps: AppDeps,
  ctx: CallContext,
  agreementId: string,
  month: string,
  input: Art200HoursBatch,
) {
  requireAction(ctx, 'art200.hours');
  const centreId = ctx.actor.centreId;
  const today = todayInPoland(deps);
  await deps.db.transaction().execute(async (trx) => {
    // The agreement row is the batch's lock: its dates and limit cannot change under it.
    const agreement = await lockArt200Agreement(trx, centreId, agreementId);
    if (!agreement) throw notFound();
    const terms = agreementTerms(agreement);
    const enrolments = new Map(
      (await listArt200Enrolments(trx, centreId, agreementId)).map((e) => [e.id, e] as const),
    );
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    input.entries.forEach((entry, i) => {
      const at = (field: string, code: string, message: string) => {
        errors.push({ path: `entries.${i}.${field}`, code, message });
      };
      const e = enrolments.get(entry.enrolmentId);
      if (!e) return at('enrolmentId', 'NOT_FOUND', 'Ta osoba nie jest zapisana na to porozumienie.');
      if (!entry.date.startsWith(month))
        return at(
          'date',
          'ART200_OTHER_MONTH',
          `Ten dzień nie należy do miesiąca ${month.slice(5, 7)}.${month.slice(0, 4)}.`,
        );
      const key = `${entry.enrolmentId}|${entry.date}`;
      if (seen.has(key)) return at('date', 'DUPLICATE_ENTRY', 'Ten dzień tej osoby jest w zapisie dwa razy.');
      seen.add(key);
      if (entry.hours === null) return;
      for (const p of checkArt200Day(
        { date: entry.date, hours: entry.hours },
        { startDate: e.start_date, plannedEndDate: e.planned_end_date, endedOn: e.ended_on },
        terms,
        today,
      ))
        at(p.field, p.code, `${e.last_name} ${e.first_name}: ${p.message}`);
    });
    if (errors.length) throw AppError.fields(errors);
    for (const entry of input.entries) {
      if (entry.hours === null) await deleteArt200Hours(trx, centreId, entry.enrolmentId, entry.date);
      else
        await upsertArt200Hours(trx, {
          enrolment_id: entry.enrolmentId,
          centre_id: centreId,
          date: entry.date,
          hours: entry.hours,
          recorded_by: ctx.actor.userId || null,
        });
    }
    await audit(trx, ctx, 'art200.hours', 'art200_agreement', agreementId, {
      month,
      entries: input.entries.length,
    });
  });
  return getArt200Month(deps, ctx, agreementId, month);
}
