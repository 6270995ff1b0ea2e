import type { StaffMemberCreate } from '../../contracts/staff.contract';
import { insertStaffMember } from '../../db/staff.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { presentStaffMember, requireStaffAction } from './present-staff-member';
import { checkStaffInput, staffColumns } from './staff-input';

/** Adds a person to the staff register (audited: it is personal data of an employee). */
export async function createStaffMember(deps: AppDeps, ctx: CallContext, input: StaffMemberCreate) {
  requireStaffAction(ctx, 'staff.manage');
  await checkStaffInput(deps, ctx, input);
  return deps.db.transaction().execute(async (trx) => {
    const row = await insertStaffMember(trx, {
      centre_id: ctx.actor.centreId,
      ...staffColumns(input),
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
