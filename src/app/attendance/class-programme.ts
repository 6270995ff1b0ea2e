import type { ClassProgramme, ClassProgrammeSave } from '../../contracts/attendance.contract';
import type { Db } from '../../db/connection';
import {
  findClassProgramme,
  findMonthState,
  insertClassProgramme,
  updateClassProgrammeVersioned,
} from '../../db/attendance.repository';
import type { ClassProgrammeRow } from '../../db/schema';
import { findWorkshop, workshopsOfInstructor } from '../../db/workshop.repository';
import { monthCalendar, type ClassProgrammePlan } from '../../domain/attendance/month-calendar';
import { AppError, forbidden, notFound } from '../app-error';
import { allows, requireAction, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, iso, rolesOf } from '../pathway/shared';

/** 7 h on weekdays, none at the weekend: 35 h a week, inside art. 14 ust. 1 (30–40 h). */
export const DEFAULT_WEEKDAY_HOURS = [7, 7, 7, 7, 7, 0, 0];

/** Directors and social workers plan any workshop; an instructor plans and records their own. */
export async function requireWorkshopAccess(db: Db, ctx: CallContext, workshopId: string, write: boolean) {
  const workshop = await findWorkshop(db, ctx.actor.centreId, workshopId);
  if (!workshop) throw notFound();
  const roles = rolesOf(ctx);
  if (roles.includes('DIRECTOR') || roles.includes('SOCIAL_WORKER')) return workshop;
  if (
    roles.includes('INSTRUCTOR') &&
    (await workshopsOfInstructor(db, ctx.actor.centreId, ctx.actor.userId)).includes(workshopId)
  )
    return workshop;
  if (!write && roles.includes('ACCOUNTANT')) return workshop;
  throw forbidden();
}

/** The stored programme of a month as the domain's plan; no row = the default week. */
export function planOf(row: ClassProgrammeRow | undefined): ClassProgrammePlan {
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return row
    ? {
        weekdayHours: parse<number[]>(row.weekday_hours),
        dayHours: parse<Record<string, number>>(row.day_hours),
      }
    : { weekdayHours: DEFAULT_WEEKDAY_HOURS, dayHours: {} };
}

function view(
  workshopId: string,
  month: string,
  row: ClassProgrammeRow | undefined,
  locked: boolean,
): ClassProgramme {
  const plan = planOf(row);
  const days = monthCalendar(month, plan);
  return {
    workshopId,
    month,
    status: row ? (row.status as 'DRAFT' | 'APPROVED') : 'NEW',
    weekdayHours: [...plan.weekdayHours],
    dayHours: { ...plan.dayHours },
    days,
    totalHours: days.reduce((s, d) => s + d.hours, 0),
    classDays: days.filter((d) => d.hours > 0).length,
    approvedAt: row?.approved_at ? iso(row.approved_at) : null,
    approvedBy: row?.approved_by ?? null,
    version: row?.version ?? null,
    locked,
  };
}

export async function getClassProgramme(
  deps: AppDeps,
  ctx: CallContext,
  workshopId: string,
  month: string,
): Promise<ClassProgramme> {
  await requireWorkshopAccess(deps.db, ctx, workshopId, false);
  const row = await findClassProgramme(deps.db, ctx.actor.centreId, workshopId, month);
  const state = await findMonthState(deps.db, ctx.actor.centreId, workshopId, month);
  return view(workshopId, month, row, state?.status === 'LOCKED');
}

/** Saves the month's programme as a draft; a change to an approved programme needs approving again. */
export async function saveClassProgramme(
  deps: AppDeps,
  ctx: CallContext,
  workshopId: string,
  month: string,
  input: ClassProgrammeSave,
): Promise<ClassProgramme> {
  return deps.db.transaction().execute(async (trx) => {
    await requireWorkshopAccess(trx, ctx, workshopId, true);
    const outside = Object.keys(input.dayHours).filter((d) => !d.startsWith(`${month}-`));
    if (outside.length)
      throw AppError.fields(
        outside.map((d) => ({
          path: `dayHours.${d}`,
          code: 'OUTSIDE_MONTH',
          message: `Dzień ${d} nie należy do miesiąca ${month}.`,
        })),
      );
    const state = await findMonthState(trx, ctx.actor.centreId, workshopId, month);
    if (state?.status === 'LOCKED')
      throw new AppError('INVALID_STATE', {
        message:
          'Miesiąc jest zamknięty — program zajęć można zmienić po ponownym otwarciu miesiąca przez kierownika.',
      });
    const existing = await findClassProgramme(trx, ctx.actor.centreId, workshopId, month);
    let row: ClassProgrammeRow | undefined;
    if (!existing) {
      if (input.version !== null) throw new AppError('VERSION_CONFLICT');
      row = await insertClassProgramme(trx, {
        centre_id: ctx.actor.centreId,
        workshop_id: workshopId,
        month,
        weekday_hours: JSON.stringify(input.weekdayHours),
        day_hours: JSON.stringify(input.dayHours),
      });
    } else {
      if (input.version === null) throw new AppError('VERSION_CONFLICT');
      // Art. 14 ust. 1a: the director approves the programme, so only the director changes an approved one.
      if (existing.status === 'APPROVED' && !allows(ctx, 'classProgramme.approve'))
        throw new AppError('FORBIDDEN', {
          message:
            'Zatwierdzony program zajęć może zmienić tylko kierownik centrum. Poproś kierownika o zmianę.',
        });
      row = await updateClassProgrammeVersioned(trx, ctx.actor.centreId, existing.id, input.version, {
        weekday_hours: JSON.stringify(input.weekdayHours),
        day_hours: JSON.stringify(input.dayHours),
        status: 'DRAFT',
        approved_by: null,
        approved_at: null,
      });
      if (!row) throw new AppError('VERSION_CONFLICT');
    }
    await audit(trx, ctx, 'class_programme.save', 'workshop', workshopId, {
      month,
      wasApproved: existing?.status === 'APPROVED',
    });
    return view(workshopId, month, row, false);
  });
}

/** The director approves the month's programme (art. 14 ust. 1a); only then can the month's attendance be closed. */
export async function approveClassProgramme(
  deps: AppDeps,
  ctx: CallContext,
  workshopId: string,
  month: string,
  version: number,
): Promise<ClassProgramme> {
  requireAction(ctx, 'classProgramme.approve');
  return deps.db.transaction().execute(async (trx) => {
    await requireWorkshopAccess(trx, ctx, workshopId, true);
    const existing = await findClassProgramme(trx, ctx.actor.centreId, workshopId, month);
    if (!existing)
      throw new AppError('INVALID_STATE', { message: 'Najpierw zapisz program zajęć na ten miesiąc.' });
    if (existing.status === 'APPROVED')
      throw new AppError('INVALID_STATE', { message: 'Program zajęć jest już zatwierdzony.' });
    const row = await updateClassProgrammeVersioned(trx, ctx.actor.centreId, existing.id, version, {
      status: 'APPROVED',
      approved_by: ctx.actor.userId,
      approved_at: new Date(),
    });
    if (!row) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'class_programme.approve', 'workshop', workshopId, { month });
    return view(workshopId, month, row, false);
  });
}
