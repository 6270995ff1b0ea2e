import type { StaffMemberUpdate } from '../../contracts/staff.contract';
import { findStaffMember, updateStaffMember as updateStaffMemberRow } from '../../db/staff.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { presentStaffMember, requireStaffAction } from './present-staff-member';
import { checkStaffInput, staffColumns } from './staff-input';

/** Changes a staff entry (dates, FTE, function …); optimistic on its version, audited with the fields changed. */
export async function updateStaffMember(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: StaffMemberUpdate,
) {
  requireStaffAction(ctx, 'staff.manage');
  await checkStaffInput(deps, ctx, input);
  return deps.db.transaction().execute(async (trx) => {
    const before = await findStaffMember(trx, ctx.actor.centreId, id);
    if (!before) throw notFound();
    const after = await updateStaffMemberRow(trx, ctx.actor.centreId, id, input.version, staffColumns(input));
    if (!after) throw new AppError('VERSION_CONFLICT');
    const changed = (Object.keys(staffColumns(input)) as (keyof typeof after)[]).filter(
      (k) => String(before[k]) !== String(after[k]),
    );
    await audit(trx, ctx, 'staff.update', 'staff_member', id, { changed });
    return presentStaffMember(after);
  });
}
