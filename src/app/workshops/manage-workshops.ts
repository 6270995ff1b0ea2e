import type { Assignment, Workshop, WorkshopInput, WorkshopUpdate } from '../../contracts/workshop.contract';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import { findOpenProgramme } from '../../db/pathway.repository';
import { findCentreMember } from '../../db/user.repository';
import {
  closeAssignment,
  findAssignment,
  findOpenAssignment,
  findWorkshop,
  insertAssignment,
  insertWorkshop,
  listAssignments,
  listInstructors,
  listWorkshops as listWorkshopRows,
  replaceInstructors,
  updateWorkshopVersioned,
} from '../../db/workshop.repository';
import { addDays } from '../../domain/calendar';
import { AppError, forbidden, notFound } from '../app-error';
import { allows, type CallContext } from '../context';
import type { AppDeps } from '../deps';
import {
  audit,
  instructorScope,
  participantOr404,
  requirePathwayEditor,
  todayInPoland,
} from '../pathway/shared';

const canManageWorkshops = (ctx: CallContext) => allows(ctx, 'workshops.manage');

const NAME_TAKEN = () =>
  AppError.fields([
    { path: 'name', code: 'NAME_TAKEN', message: 'Warsztat o tej nazwie już istnieje w centrum.' },
  ]);

async function checkInstructors(db: Db, ctx: CallContext, userIds: string[]) {
  for (const [i, id] of userIds.entries()) {
    const member = await findCentreMember(db, ctx.actor.centreId, id);
    if (!member?.is_active)
      throw AppError.fields([
        { path: `instructorIds.${i}`, code: 'NOT_A_MEMBER', message: 'Ta osoba nie pracuje w tym centrum.' },
      ]);
    // Only an account with the instructor role in this centre leads a workshop (its scope follows from it).
    if (!member.roles.includes('INSTRUCTOR'))
      throw AppError.fields([
        {
          path: `instructorIds.${i}`,
          code: 'NOT_AN_INSTRUCTOR',
          message: `${member.full_name} nie ma w tym centrum roli instruktora; nadaj ją na stronie Użytkownicy.`,
        },
      ]);
  }
}

async function toWorkshops(
  db: Db,
  centreId: string,
  rows: Awaited<ReturnType<typeof listWorkshopRows>>,
): Promise<Workshop[]> {
  const instructors = await listInstructors(
    db,
    centreId,
    rows.map((r) => r.id),
  );
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    type: w.type as Workshop['type'],
    place: w.place,
    capacity: w.capacity,
    active: w.active,
    version: w.version,
    assigned: Number(w.assigned ?? 0),
    instructors: instructors
      .filter((i) => i.workshop_id === w.id)
      .map((i) => ({ id: i.id, fullName: i.full_name })),
  }));
}

async function workshopView(deps: AppDeps, db: Db, ctx: CallContext, id: string): Promise<Workshop> {
  const rows = (await listWorkshopRows(db, ctx.actor.centreId, todayInPoland(deps))).filter(
    (w) => w.id === id,
  );
  if (!rows.length) throw notFound();
  return (await toWorkshops(db, ctx.actor.centreId, rows))[0]!;
}

/** The centre's workshops (everyone working in the centre sees them). */
export async function listWorkshops(deps: AppDeps, ctx: CallContext): Promise<Workshop[]> {
  return toWorkshops(
    deps.db,
    ctx.actor.centreId,
    await listWorkshopRows(deps.db, ctx.actor.centreId, todayInPoland(deps)),
  );
}

export async function createWorkshop(
  deps: AppDeps,
  ctx: CallContext,
  input: WorkshopInput,
): Promise<Workshop> {
  if (!canManageWorkshops(ctx)) throw forbidden();
  return deps.db.transaction().execute(async (trx) => {
    await checkInstructors(trx, ctx, input.instructorIds);
    let row;
    try {
      row = await insertWorkshop(trx, {
        centre_id: ctx.actor.centreId,
        name: input.name,
        type: input.type,
        place: input.place,
        capacity: input.capacity ?? null,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw NAME_TAKEN();
      throw error;
    }
    await replaceInstructors(trx, ctx.actor.centreId, row.id, [...new Set(input.instructorIds)]);
    await audit(trx, ctx, 'workshop.create', 'workshop', row.id, { name: input.name });
    return workshopView(deps, trx, ctx, row.id);
  });
}

export async function updateWorkshop(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: WorkshopUpdate,
): Promise<Workshop> {
  if (!canManageWorkshops(ctx)) throw forbidden();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await findWorkshop(trx, ctx.actor.centreId, id))) throw notFound();
    if (input.instructorIds) await checkInstructors(trx, ctx, input.instructorIds);
    const changes = Object.fromEntries(
      Object.entries({
        name: input.name,
        type: input.type,
        place: input.place,
        capacity: input.capacity,
        active: input.active,
      }).filter(([, v]) => v !== undefined),
    );
    let row;
    try {
      row = await updateWorkshopVersioned(trx, ctx.actor.centreId, id, input.version, changes);
    } catch (error) {
      if (isUniqueViolation(error)) throw NAME_TAKEN();
      throw error;
    }
    if (!row) throw new AppError('VERSION_CONFLICT');
    if (input.instructorIds)
      await replaceInstructors(trx, ctx.actor.centreId, id, [...new Set(input.instructorIds)]);
    await audit(trx, ctx, 'workshop.update', 'workshop', id, {
      changedFields: [...Object.keys(changes), ...(input.instructorIds ? ['instructors'] : [])],
    });
    return workshopView(deps, trx, ctx, id);
  });
}

const toAssignment = (a: Awaited<ReturnType<typeof listAssignments>>[number]): Assignment => ({
  id: a.id,
  workshopId: a.workshop_id,
  workshopName: a.workshop_name,
  participantId: a.participant_id,
  participantName: `${a.last_name} ${a.first_name}`,
  fromDate: a.from_date,
  toDate: a.to_date,
});

/** Who is (or was) in a workshop over a period; the history keeps every move with its dates. */
export async function workshopAssignments(
  deps: AppDeps,
  ctx: CallContext,
  workshopId: string,
  range: { from?: string | undefined; to?: string | undefined },
) {
  if (!(await findWorkshop(deps.db, ctx.actor.centreId, workshopId))) throw notFound();
  // An instructor reads the people of their own workshops only, as everywhere else (decision 0004).
  const scope = await instructorScope(deps.db, ctx);
  if (scope && !scope.includes(workshopId)) throw notFound();
  return (
    await listAssignments(deps.db, ctx.actor.centreId, { workshopId, from: range.from, to: range.to })
  ).map(toAssignment);
}

export async function participantAssignments(deps: AppDeps, ctx: CallContext, participantId: string) {
  await participantOr404(deps.db, ctx, participantId);
  return (await listAssignments(deps.db, ctx.actor.centreId, { participantId })).map(toAssignment);
}

/**
 * Assigns a participant to a workshop from a day; a move closes the previous assignment the day
 * before, so attendance history stays with the workshop where it happened. The participant needs a
 * signed programme, and the day must fall within it.
 */
export async function assignToWorkshop(
  deps: AppDeps,
  ctx: CallContext,
  workshopId: string,
  input: { participantId: string; fromDate: string },
): Promise<Assignment> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const workshop = await findWorkshop(trx, ctx.actor.centreId, workshopId);
    if (!workshop) throw notFound();
    if (!workshop.active) throw new AppError('INVALID_STATE', { message: 'Ten warsztat jest nieczynny.' });
    await participantOr404(trx, ctx, input.participantId);
    const programme = await findOpenProgramme(trx, ctx.actor.centreId, input.participantId);
    if (programme?.status !== 'SIGNED')
      throw AppError.fields([
        {
          path: 'participantId',
          code: 'NOT_PARTICIPATING',
          message: 'Do warsztatu przydziela się osobę z podpisanym programem.',
        },
      ]);
    if (input.fromDate < programme.admission_date || input.fromDate > programme.planned_end) {
      throw AppError.fields([
        {
          path: 'fromDate',
          code: 'OUTSIDE_PARTICIPATION',
          message:
            `Data musi mieścić się w okresie ` +
            `uczestnictwa (${programme.admission_date} – ${programme.planned_end}).`,
        },
      ]);
    }
    const open = await findOpenAssignment(trx, ctx.actor.centreId, input.participantId);
    if (open) {
      if (open.workshop_id === workshopId)
        throw new AppError('INVALID_STATE', { message: 'Osoba jest już w tym warsztacie.' });
      if (input.fromDate <= open.from_date)
        throw AppError.fields([
          {
            path: 'fromDate',
            code: 'DATE_ORDER',
            message: `Przeniesienie musi nastąpić po ${open.from_date} (początek obecnego przydziału).`,
          },
        ]);
      await closeAssignment(trx, ctx.actor.centreId, open.id, addDays(input.fromDate, -1));
    }
    const { id } = await insertAssignment(trx, {
      centre_id: ctx.actor.centreId,
      workshop_id: workshopId,
      participant_id: input.participantId,
      from_date: input.fromDate,
      created_by: ctx.actor.userId,
    });
    await audit(trx, ctx, open ? 'workshop.move' : 'workshop.assign', 'participant', input.participantId, {
      workshopId,
      fromDate: input.fromDate,
      previousWorkshopId: open?.workshop_id ?? null,
    });
    return toAssignment(
      (await listAssignments(trx, ctx.actor.centreId, { participantId: input.participantId })).find(
        (a) => a.id === id,
      )!,
    );
  });
}

/** Ends an assignment on a day (e.g. the participant left). */
export async function endAssignment(
  deps: AppDeps,
  ctx: CallContext,
  assignmentId: string,
  toDate: string,
): Promise<Assignment> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    const a = await findAssignment(trx, ctx.actor.centreId, assignmentId);
    if (!a) throw notFound();
    if (a.to_date) throw new AppError('INVALID_STATE', { message: 'Ten przydział jest już zakończony.' });
    if (toDate < a.from_date)
      throw AppError.fields([
        {
          path: 'toDate',
          code: 'DATE_ORDER',
          message: `Koniec nie może poprzedzać początku przydziału (${a.from_date}).`,
        },
      ]);
    await closeAssignment(trx, ctx.actor.centreId, assignmentId, toDate);
    await audit(trx, ctx, 'workshop.unassign', 'participant', a.participant_id, {
      workshopId: a.workshop_id,
      toDate,
    });
    return toAssignment(
      (await listAssignments(trx, ctx.actor.centreId, { participantId: a.participant_id })).find(
        (x) => x.id === assignmentId,
      )!,
    );
  });
}
