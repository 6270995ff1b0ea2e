import { listStaffMembers } from '../../db/staff.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { getStaffRatio } from './get-staff-ratio';
import { presentStaffMember, requireStaffAction } from './present-staff-member';

/** The staff register with today's 1 : 10 check. */
export async function listStaff(deps: AppDeps, ctx: CallContext) {
  requireStaffAction(ctx, 'staff.view');
  const rows = await listStaffMembers(deps.db, ctx.actor.centreId);
  return { items: rows.map(presentStaffMember), ratio: await getStaffRatio(deps, ctx) };
}
