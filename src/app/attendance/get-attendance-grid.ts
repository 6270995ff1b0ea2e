import { findClassProgramme, findMonthState, listEntries } from '../../db/attendance.repository';
import { listWorkshopJobDays } from '../../db/services.repository';
import { monthCalendar } from '../../domain/attendance/month-calendar';
import { daysOffLimitFor } from '../../domain/benefit/limits';
import { computeMonthlyBenefit } from '../../domain/benefit/monthly-benefit';
import { DEFAULT_BENEFIT_PARAMETERS, parseBenefitParameters } from '../../domain/benefit/parameters';
import { findRuleSet } from '../../domain/law/rule-sets';
import { withoutInternalNotes } from '../../reports/print/paper-text';
import { allows, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { centreOf, iso, todayInPoland } from '../pathway/shared';
import { planOf, requireWorkshopAccess } from './class-programme';
import { entryView } from './entry-view';
import { findBlankClassDays, lastClassDayOf } from './month-completeness';
import { monthRange, workshopPeople } from './workshop-people';

/**
 * The month's register for a workshop: the class programme's days, each person's recorded days, the
 * month's counts, and a live preview of the benefit from the rules engine (the payroll's engine).
 */
export async function getAttendanceGrid(deps: AppDeps, ctx: CallContext, workshopId: string, month: string) {
  const workshop = await requireWorkshopAccess(deps.db, ctx, workshopId, false);
  const { row: centre, settings } = await centreOf(deps.db, ctx);
  const { from, to } = monthRange(month);
  const programme = await findClassProgramme(deps.db, ctx.actor.centreId, workshopId, month);
  const days = monthCalendar(month, planOf(programme));
  const today = todayInPoland(deps);
  const lastClassDay = lastClassDayOf(month, planOf(programme));
  const state = await findMonthState(deps.db, ctx.actor.centreId, workshopId, month);
  const people = await workshopPeople(deps.db, ctx.actor.centreId, workshopId, month);
  const entries = await listEntries(
    deps.db,
    ctx.actor.centreId,
    people.map((p) => p.participantId),
    from,
    to,
  );
  const earlier = people.length
    ? await deps.db
        .selectFrom('attendance_entries')
        .select(['participant_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('centre_id', '=', ctx.actor.centreId)
        .where(
          'participant_id',
          'in',
          people.map((p) => p.participantId),
        )
        .where('date', '<', from)
        .where('status', 'in', ['day_off', 'sick'])
        .groupBy(['participant_id', 'status'])
        .execute()
    : [];
  const stored = (centre.settings as { benefitParameters?: Record<string, unknown> }).benefitParameters ?? {};
  const params = parseBenefitParameters(stored);
  const blanks = await findBlankClassDays(deps.db, ctx.actor.centreId, month, { workshopId, until: today });
  // Whoever may open the register sees the benefit preview of its month.
  const seesMoney = allows(ctx, 'attendance.view');
  return {
    workshop: { id: workshop.id, name: workshop.name },
    month,
    days,
    today,
    programme: { status: programme?.status ?? 'NEW', version: programme?.version ?? null },
    lock: {
      /** The lock opens the day after this one (Polish time). */
      lastClassDay,
      monthOver: today > lastClassDay,
      status: state?.status ?? 'OPEN',
      lockedAt: state?.locked_at ? iso(state.locked_at) : null,
      reopenReason: state?.reopen_reason ?? null,
    },
    sickNoteRequired: settings.sickNoteRequired,
    jobDays: (await listWorkshopJobDays(deps.db, ctx.actor.centreId, workshopId, from, to)).map((d) => ({
      date: d.date,
      participantId: d.participant_id,
      jobId: d.job_id,
      orderNumber: d.number,
      title: d.title,
      place: d.place,
      hours: Number(d.hours),
    })),
    limits: (() => {
      const rs = findRuleSet(from);
      return {
        daysOff: rs.daysOffLimit.value,
        sickDays: rs.sickDaysLimit.value,
        article: withoutInternalNotes(`${rs.daysOffLimit.article}; ${rs.sickDaysLimit.article}`),
        ruleSet: rs.id,
      };
    })(),
    participants: people.map((p) => {
      const mine = entries.filter((e) => e.participant_id === p.participantId);
      const byDate = Object.fromEntries(mine.map((e) => [e.date, entryView(e)]));
      const counts: Record<string, number> = {
        present: 0,
        day_off: 0,
        sick: 0,
        unexcused: 0,
        excused: 0,
        no_classes: 0,
      };
      for (const e of mine) counts[e.status] = (counts[e.status] ?? 0) + 1;
      const prior = {
        daysOff: Number(
          earlier.find((x) => x.participant_id === p.participantId && x.status === 'day_off')?.n ?? 0,
        ),
        sickDays: Number(
          earlier.find((x) => x.participant_id === p.participantId && x.status === 'sick')?.n ?? 0,
        ),
      };
      let benefit:
        | { total: number; explanation: string[]; endUse: { daysOff: number; sickDays: number } }
        | { error: string }
        | null = null;
      if (centre.type === 'CIS' && seesMoney) {
        const result = computeMonthlyBenefit(
          {
            month,
            centreType: 'CIS',
            admissionDate: p.admissionDate,
            endDate: p.lastDay,
            days: Object.fromEntries(mine.map((e) => [e.date, e.status])),
            priorUse: prior,
            extensionMonths: p.extensionMonths,
          },
          params.ok ? params.value : DEFAULT_BENEFIT_PARAMETERS,
        );
        benefit = result.ok
          ? {
              total: result.value.total,
              explanation: result.value.explanation.map(withoutInternalNotes),
              endUse: result.value.endUse,
            }
          : { error: result.error.message };
      }
      return {
        participantId: p.participantId,
        name: p.name,
        windows: p.windows,
        entries: byDate,
        counts,
        hours: mine.reduce((s, e) => s + (e.hours ?? 0), 0),
        meals: mine.filter((e) => e.meal).length,
        priorUse: prior,
        dayOffLimit: (({ base, extension, total }) => ({ base, extension, total }))(
          daysOffLimitFor(month, p.extensionMonths, params.ok ? params.value : DEFAULT_BENEFIT_PARAMETERS),
        ),
        benefit,
        /** Class days up to today with no status: a blocker for the lock and the payroll, never attendance. */
        missingDays: blanks.filter((b) => b.participantId === p.participantId).map((b) => b.date),
      };
    }),
  };
}
