import type { StaffMemberCreate, StaffMemberUpdate } from '../../contracts/staff.contract';
import { findCentreMember } from '../../db/user.repository';
import { findStaffMember, insertStaffMember, updateStaffMember } from '../../db/staff.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { presentStaffMember, requireStaffAction } from './present-staff-member';

async function check(deps: AppDeps, ctx: CallContext, input: StaffMemberCreate) {
  const problems = [];
  if (input.toDate && input.toDate < input.fromDate)
    problems.push({
      path: 'toDate',
      code: 'DATE_ORDER',
      message: 'Koniec umowy nie może poprzedzać jej początku.',
    });
  if (input.basis === 'EMPLOYMENT_CONTRACT' && input.fte === 0)
    problems.push({ path: 'fte', code: 'REQUIRED', message: 'Podaj wymiar etatu umowy o pracę.' });
  if (input.userId && !(await findCentreMember(deps.db, ctx.actor.centreId, input.userId)))
    problems.push({ path: 'userId', code: 'NOT_A_MEMBER', message: 'Ta osoba nie ma konta w tym centrum.' });
  if (problems.length) throw AppError.fields(problems);
}

const columns = (input: StaffMemberCreate) => ({
  full_name: input.fullName,
  sex: input.sex,
  function: input.function,
  basis: input.basis,
  fte_milli: Math.round(input.fte * 1000),
  conducts_classes: input.conductsClasses,
  from_date: input.fromDate,
  to_date: input.toDate,
  user_id: input.userId,
  notes: input.notes,
});

/** Adds a person to the staff register (audited: it is personal data of an employee). */
export async function createStaffMember(deps: AppDeps, ctx: CallContext, input: StaffMemberCreate) {
  requireStaffAction(ctx, 'staff.manage');
  await check(deps, ctx, input);
  return deps.db.transaction().execute(async (trx) => {
    const row = await insertStaffMember(trx, {
      centre_id: ctx.actor.centreId,
      ...columns(input),
      created_by: ctx.actor.userId || null,
    });
    await audit(trx, ctx, 'staff.create', 'staff_member', row.id, {
      function: input.function,
      basis: input.basis,
      fromDate: input.fromDate,
    });
    return presentStaffMember(row);
  });
}

/** Changes a staff entry (dates, FTE, function …); optimistic on its version, audited with the fields changed. */
export async function updateStaffMemberEntry(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: StaffMemberUpdate,
) {
  requireStaffAction(ctx, 'staff.manage');
  await check(deps, ctx, input);
  return deps.db.transaction().execute(async (trx) => {
    const before = await findStaffMember(trx, ctx.actor.centreId, id);
    if (!before) throw notFound();
    const after = await updateStaffMember(trx, ctx.actor.centreId, id, input.version, columns(input));
    if (!after) throw new AppError('VERSION_CONFLICT');
    const changed = (Object.keys(columns(input)) as (keyof typeof after)[]).filter(
      (k) => String(before[k]) !== String(after[k]),
    );
    await audit(trx, ctx, 'staff.update', 'staff_member', id, { changed });
    return presentStaffMember(after);
  });
}
