import type { AttendanceEntryInput } from '../../contracts/attendance.contract';
import type { FieldError } from '../../contracts/errors';
import {
  findClassProgramme,
  findEntriesForUpdate,
  findMonthState,
  lockAttendanceMonth,
  upsertEntries,
} from '../../db/attendance.repository';
import type { Db } from '../../db/connection';
import { monthCalendar } from '../../domain/attendance/month-calendar';
import { validateEntries } from '../../domain/attendance/validate-entries';
import { checkDayOff } from '../../domain/benefit/limits';
import {
  DEFAULT_BENEFIT_PARAMETERS,
  parseBenefitParameters,
  type ResolvedBenefitParameters,
} from '../../domain/benefit/parameters';
import { findRuleSet } from '../../domain/law/rule-sets';
import { participationStartDate } from '../../domain/periods/periods';
import { AppError } from '../app-error';
import { allows, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { planOf, requireWorkshopAccess } from './class-programme';
import { timingProblems, withPersonAndDay } from './entry-timing';
import { entryView } from './entry-view';
import { inWindows, monthRange, workshopPeople } from './workshop-people';

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
