import type { AttendanceEntryInput } from '../../contracts/attendance.contract';
import type { FieldError } from '../../contracts/errors';
import {
  findClassProgramme,
  findEntriesForUpdate,
  findMonthState,
  listEntries,
  lockAttendanceMonth,
  upsertEntries,
  upsertMonthState,
} from '../../db/attendance.repository';
import type { Db } from '../../db/connection';
import type { AttendanceEntryRow } from '../../db/schema';
import { listAssignments } from '../../db/workshop.repository';
import { listWorkshopJobDays } from '../../db/services.repository';
import { computeMonthlyBenefit } from '../../domain/benefit/monthly-benefit';
import { checkDayOff, daysOffLimitFor } from '../../domain/benefit/limits';
import {
  DEFAULT_BENEFIT_PARAMETERS,
  parseBenefitParameters,
  type ResolvedBenefitParameters,
} from '../../domain/benefit/parameters';
import { participationStartDate } from '../../domain/periods/periods';
import { daysInMonth, formatIsoDate, parseIsoMonth } from '../../domain/calendar';
import { findRuleSet } from '../../domain/law/rule-sets';
import { validateEntries } from '../../domain/attendance/validate-entries';
import type { DayStatus } from '../../domain/types';
import { AppError } from '../app-error';
import { allows, requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, iso, todayInPoland } from '../pathway/shared';
import { planOf, requireWorkshopAccess } from './class-programme';
import { monthCalendar } from '../../domain/attendance/month-calendar';
import { dayMonth, describeBlankDays, findBlankClassDays, lastClassDayOf } from './month-completeness';
import { timingProblems, withPersonAndDay } from './entry-timing';
import { withoutInternalNotes } from '../../reports/print/paper-text';

function monthRange(month: string) {
  const { year, month: m } = parseIsoMonth(month)!;
  return { from: formatIsoDate(year, m, 1), to: formatIsoDate(year, m, daysInMonth(year, m)) };
}

const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

/**
 * The people of a workshop in a month, each with the days they may be recorded on: inside their
 * assignment to this workshop and inside their participation (admission … last day or planned end).
 */
async function workshopPeople(db: Db, centreId: string, workshopId: string, month: string) {
  const { from, to } = monthRange(month);
  const assignments = await listAssignments(db, centreId, { workshopId, from, to });
  if (!assignments.length) return [];
  const programmes = await db
    .selectFrom('programmes')
    .select([
      'participant_id',
      'admission_date',
      'last_day',
      'planned_end',
      'status',
      'disability_degree',
      'kind',
      'extension_months',
    ])
    .where('centre_id', '=', centreId)
    .where(
      'participant_id',
      'in',
      assignments.map((a) => a.participant_id),
    )
    .where('status', '!=', 'DRAFT')
    .execute();
  const people = new Map<
    string,
    {
      participantId: string;
      name: string;
      windows: { from: string; to: string }[];
      admissionDate: string;
      lastDay: string | null;
      disabled: boolean;
      extensionMonths: number;
    }
  >();
  for (const a of assignments) {
    const p = programmes.find(
      (x) =>
        x.participant_id === a.participant_id &&
        x.admission_date <= (a.to_date ?? to) &&
        (x.last_day ?? x.planned_end) >= a.from_date,
    );
    if (!p) continue;
    const windowFrom = max(max(a.from_date, p.admission_date), from);
    const windowTo = min(min(a.to_date ?? to, p.last_day ?? p.planned_end), to);
    if (windowFrom > windowTo) continue;
    const person = people.get(a.participant_id) ?? {
      participantId: a.participant_id,
      name: `${a.last_name} ${a.first_name}`,
      windows: [],
      admissionDate: p.admission_date,
      lastDay: p.last_day,
      disabled: p.disability_degree === 'MODERATE' || p.disability_degree === 'SIGNIFICANT',
      extensionMonths: p.extension_months,
    };
    person.windows.push({ from: windowFrom, to: windowTo });
    people.set(a.participant_id, person);
  }
  return [...people.values()];
}

const inWindows = (windows: { from: string; to: string }[], date: string) =>
  windows.some((w) => w.from <= date && date <= w.to);

function entryView(e: AttendanceEntryRow) {
  return {
    status: e.status as DayStatus,
    hours: e.hours,
    meal: e.meal,
    dayOffApproved: e.day_off_approved,
    version: e.version,
    workshopId: e.workshop_id,
    sickNote:
      e.sick_note_number || e.sick_note_from
        ? { number: e.sick_note_number, from: e.sick_note_from, to: e.sick_note_to }
        : null,
  };
}

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

/**
 * Saves a batch of days for one workshop and month — all or nothing. Every problem comes back at
 * once, each pointing at its entry; a day someone else changed meanwhile is a conflict the second
 * writer sees (with the current value) and decides about.
 */
export async function saveAttendance(
  deps: AppDeps,
  ctx: CallContext,
  input: { workshopId: string; month: string; entries: AttendanceEntryInput[] },
  /** The caller's transaction (a services job day writes its crew's days through here, issue 17). */
  outer?: Db,
) {
  const inTransaction = <T>(fn: (trx: Db) => Promise<T>) =>
    outer ? fn(outer) : deps.db.transaction().execute(fn);
  return inTransaction(async (trx) => {
    await requireWorkshopAccess(trx, ctx, input.workshopId, true);
    await lockAttendanceMonth(trx, input.workshopId, input.month, 'shared');
    const { row: centre, settings } = await centreOf(trx, ctx);
    const benefitParams = parseBenefitParameters(
      (centre.settings as { benefitParameters?: Record<string, unknown> }).benefitParameters ?? {},
    );
    const disabledDailyLimit = (benefitParams.ok ? benefitParams.value : DEFAULT_BENEFIT_PARAMETERS)
      .disabledMaxDailyHours;
    const state = await findMonthState(trx, ctx.actor.centreId, input.workshopId, input.month);
    if (state?.status === 'LOCKED')
      throw new AppError('INVALID_STATE', {
        message: `Miesiąc ${input.month} jest zamknięty. Zmiany są możliwe po ponownym otwarciu przez kierownika.`,
      });
    const people = new Map(
      (await workshopPeople(trx, ctx.actor.centreId, input.workshopId, input.month)).map((p) => [
        p.participantId,
        p,
      ]),
    );
    const programme = await findClassProgramme(trx, ctx.actor.centreId, input.workshopId, input.month);
    const plan = planOf(programme);
    const days = new Map(monthCalendar(input.month, plan).map((d) => [d.date, d]));
    const isDirector = allows(ctx, 'attendance.approveDayOff');
    // The rules of a day (statuses, dates, sick notes, hours, the programme's no-class days) are the
    // domain's; what belongs to this workshop (assignments, meals, who approves a day off) is checked here.
    const checked = validateEntries(
      {
        month: input.month,
        entries: input.entries,
        participants: [...people.values()].map((p) => ({
          id: p.participantId,
          window: { admissionDate: p.admissionDate, lastDay: p.lastDay },
          disability: p.disabled ? ('MODERATE' as const) : ('NONE' as const),
        })),
        programme: plan,
      },
      {
        requireSickNote: settings.sickNoteRequired,
        requireDayOffApproval: false,
        disabledMaxDailyHours: disabledDailyLimit,
      },
    );
    const nameOf = (id: string) => people.get(id)?.name ?? null;
    const errors: FieldError[] = checked.errors.map((p) => ({
      path: `entries.${p.index}.${p.field}`,
      code: p.code,
      message: withPersonAndDay(p.message, input.entries[p.index], nameOf),
    }));
    errors.push(
      ...timingProblems(input.entries, { today: todayInPoland(deps), hasProgramme: !!programme }, nameOf),
    );
    const warnings = checked.warnings.map((p) => ({
      path: `entries.${p.index}.${p.field}`,
      code: p.code,
      message: p.message,
    }));
    const flagged = new Set(checked.errors.map((p) => p.index));
    input.entries.forEach((e, i) => {
      const at = (field: string) => `entries.${i}.${field}`;
      const person = people.get(e.participantId);
      if (!flagged.has(i) && person && !inWindows(person.windows, e.date)) {
        errors.push({
          path: at('date'),
          code: 'OUTSIDE_WORKSHOP_ASSIGNMENT',
          message:
            `${person.name}: ${e.date} jest poza okresem przydziału ` +
            `do tego warsztatu (${person.windows.map((w) => `${w.from} – ${w.to}`).join(', ')}).`,
        });
      }
      if (e.meal && e.status !== 'present')
        errors.push({
          path: at('meal'),
          code: 'MEAL_ONLY_WHEN_PRESENT',
          message: withPersonAndDay('posiłek przysługuje za dzień obecności (art. 14 ust. 4).', e, nameOf),
        });
      if (e.dayOffApproved && e.status === 'day_off' && !isDirector)
        errors.push({
          path: at('dayOffApproved'),
          code: 'DIRECTOR_ONLY',
          message: withPersonAndDay('dzień wolny zatwierdza kierownik.', e, nameOf),
        });
    });
    if (centre.type === 'CIS')
      errors.push(
        ...(await dayOffRefusals(
          trx,
          ctx.actor.centreId,
          input,
          people,
          benefitParams.ok ? benefitParams.value : DEFAULT_BENEFIT_PARAMETERS,
        )),
      );
    if (errors.length) throw AppError.fields(errors);

    const current = await findEntriesForUpdate(
      trx,
      ctx.actor.centreId,
      input.entries.map((e) => ({ participantId: e.participantId, date: e.date })),
    );
    const byKey = new Map(current.map((c) => [`${c.participant_id}|${c.date}`, c]));
    const conflicts = input.entries.flatMap((e) => {
      const now = byKey.get(`${e.participantId}|${e.date}`);
      const version = now?.version ?? null;
      return version === e.version
        ? []
        : [
            {
              participantId: e.participantId,
              date: e.date,
              yourVersion: e.version,
              current: now ? entryView(now) : null,
            },
          ];
    });
    if (conflicts.length)
      throw new AppError('VERSION_CONFLICT', {
        message: 'Ktoś inny zmienił część tych dni w międzyczasie. Sprawdź aktualne wpisy i zdecyduj.',
        details: { conflicts },
      });

    const now = new Date();
    await upsertEntries(
      trx,
      input.entries.map((e) => {
        const previous = byKey.get(`${e.participantId}|${e.date}`);
        return {
          centre_id: ctx.actor.centreId,
          participant_id: e.participantId,
          date: e.date,
          workshop_id: input.workshopId,
          status: e.status,
          hours: e.status === 'present' ? (e.hours ?? days.get(e.date)?.hours ?? null) : null,
          meal: e.status === 'present' ? (e.meal ?? false) : false,
          sick_note_number: e.status === 'sick' ? (e.sickNote?.number ?? null) : null,
          sick_note_from: e.status === 'sick' ? (e.sickNote?.from ?? null) : null,
          sick_note_to: e.status === 'sick' ? (e.sickNote?.to ?? null) : null,
          day_off_approved:
            e.status === 'day_off'
              ? isDirector
                ? (e.dayOffApproved ?? true)
                : previous?.status === 'day_off' && previous.day_off_approved
              : false,
          updated_by: ctx.actor.userId,
          updated_at: now,
        };
      }),
    );
    await audit(trx, ctx, 'attendance.save', 'workshop', input.workshopId, {
      month: input.month,
      days: input.entries.length,
      people: new Set(input.entries.map((e) => e.participantId)).size,
    });
    return { saved: input.entries.length, warnings };
  });
}

/**
 * A day off the law does not give (art. 15 ust. 6a–6b, from June 2025: none in the trial month, at most
 * 6 in the participation period plus the extension's days) cannot be recorded for approval; each comes
 * back at its entry with the rules engine's code and message, so the payroll never meets it.
 */
async function dayOffRefusals(
  db: Db,
  centreId: string,
  input: { month: string; entries: AttendanceEntryInput[] },
  people: Map<string, { admissionDate: string; extensionMonths: number }>,
  params: ResolvedBenefitParameters,
): Promise<FieldError[]> {
  const asked = input.entries
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => e.status === 'day_off' && people.has(e.participantId));
  if (!asked.length || findRuleSet(input.month).daysOffRules.overLimit !== 'REFUSED') return [];
  const ids = [...new Set(asked.map(({ e }) => e.participantId))];
  const recorded = await db
    .selectFrom('attendance_entries')
    .select(['participant_id', 'date'])
    .where('centre_id', '=', centreId)
    .where('participant_id', 'in', ids)
    .where('status', '=', 'day_off')
    .where('date', '<=', monthRange(input.month).to)
    .execute();
  const errors: FieldError[] = [];
  for (const id of ids) {
    const person = people.get(id)!;
    const from = participationStartDate(person.admissionDate);
    const batch = new Map(input.entries.filter((e) => e.participantId === id).map((e) => [e.date, e.status]));
    const earlier = recorded.filter((r) => r.participant_id === id && r.date >= from && !batch.has(r.date));
    const dates = [
      ...earlier.map((r) => r.date),
      ...[...batch].filter(([, st]) => st === 'day_off').map(([d]) => d),
    ]
      .filter((d) => d >= from)
      .sort();
    for (const { e, index } of asked.filter((a) => a.e.participantId === id)) {
      // Recorded days off after this one move up a place too.
      const later = earlier.filter((r) => r.date > e.date).length;
      const nth = dates.filter((d) => d <= e.date).length + later;
      const refusal = checkDayOff(
        { date: e.date, admissionDate: person.admissionDate, extensionMonths: person.extensionMonths, nth },
        params,
      );
      if (refusal)
        errors.push({ path: `entries.${index}.status`, code: refusal.code, message: refusal.message });
    }
  }
  return errors;
}

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
