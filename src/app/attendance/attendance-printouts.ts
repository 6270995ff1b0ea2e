import { listInstructors } from '../../db/workshop.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { getAttendanceGrid } from './get-attendance-grid';
import { visibleFieldClasses } from '../../domain/participants/visibility';

const printing = () => import('../../reports/print/attendance-documents');

function letterheadOf(c: Awaited<ReturnType<typeof centreOf>>['row']) {
  return {
    name: c.name,
    street: c.street,
    buildingNo: c.building_no,
    postalCode: c.postal_code,
    city: c.city,
    regon: c.regon,
    nip: c.nip,
    place: c.city,
  };
}

/** The day's list of a workshop with a signature column (PDF). */
export async function dailyListPdf(deps: AppDeps, ctx: CallContext, workshopId: string, date: string) {
  const grid = await getAttendanceGrid(deps, ctx, workshopId, date.slice(0, 7));
  const day = grid.days.find((d) => d.date === date);
  if (!day) throw AppError.fields([{ path: 'date', code: 'INVALID_DATE', message: 'Nieprawidłowa data.' }]);
  const { row: centre } = await centreOf(deps.db, ctx);
  const instructors = (await listInstructors(deps.db, ctx.actor.centreId, [workshopId])).map(
    (i) => i.full_name,
  );
  const people = grid.participants
    .filter((p) => p.windows.some((w) => w.from <= date && date <= w.to))
    .map((p) => {
      const e = p.entries[date];
      return { name: p.name, status: e?.status ?? null, hours: e?.hours ?? null, meal: e?.meal ?? false };
    });
  const bytes = await (await printing()).renderDailyList({
    centre: letterheadOf(centre),
    workshop: grid.workshop.name,
    instructors,
    date,
    issuedOn: todayInPoland(deps),
    weekday: day.weekday,
    hours: day.hours,
    holiday: day.holiday,
    people,
  });
  await audit(deps.db, ctx, 'attendance.print_daily', 'workshop', workshopId, {
    date,
    people: people.length,
  });
  return { bytes, fileName: `lista-obecnosci-${date}.pdf` };
}

/**
 * One participant's monthly attendance card (PDF), with the benefit preview and its explanation for
 * those who see it.
 */
export async function attendanceCardPdf(
  deps: AppDeps,
  ctx: CallContext,
  workshopId: string,
  month: string,
  participantId: string,
) {
  const grid = await getAttendanceGrid(deps, ctx, workshopId, month);
  const row = grid.participants.find((p) => p.participantId === participantId);
  if (!row) throw notFound();
  const { row: centre } = await centreOf(deps.db, ctx);
  const person = await deps.db
    .selectFrom('participants')
    .select(['pesel'])
    .where('centre_id', '=', ctx.actor.centreId)
    .where('id', '=', participantId)
    .executeTakeFirst();
  const seesPesel = visibleFieldClasses(ctx.actor.roles).has('personal');
  const bytes = await (await printing()).renderAttendanceCard({
    centre: letterheadOf(centre),
    workshop: grid.workshop.name,
    month,
    issuedOn: todayInPoland(deps),
    person: { name: row.name, pesel: seesPesel ? (person?.pesel ?? null) : null },
    days: grid.days.map((d) => {
      const e = row.entries[d.date];
      const inside = row.windows.some((w) => w.from <= d.date && d.date <= w.to);
      return {
        date: d.date,
        weekday: d.weekday,
        hours: d.hours,
        holiday: d.holiday,
        status: e?.status ?? null,
        recordedHours: e?.hours ?? null,
        meal: e?.meal ?? false,
        note: !inside
          ? 'poza okresem uczestnictwa'
          : e?.sickNote?.number
            ? `zaświadczenie ${e.sickNote.number}`
            : null,
      };
    }),
    counts: row.counts,
    benefit:
      row.benefit && 'total' in row.benefit
        ? { total: row.benefit.total, lines: row.benefit.explanation }
        : null,
  });
  await audit(deps.db, ctx, 'attendance.print_card', 'participant', participantId, { workshopId, month });
  return { bytes, fileName: `karta-obecnosci-${month}.pdf` };
}
