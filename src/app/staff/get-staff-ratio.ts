import type { StaffRatio } from '../../contracts/staff.contract';
import { listStaffMembers, participationOn } from '../../db/staff.repository';
import { staffRatioOn } from '../../domain/staff/staff-ratio';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { requireStaffAction, staffForDomain } from './present-staff-member';

/**
 * The 1 : 10 check of art. 11 ust. 3 for one day (default today): participants in classes that day
 * against employees conducting classes. What the director's home page shows and warns about.
 */
export async function getStaffRatio(deps: AppDeps, ctx: CallContext, date?: string): Promise<StaffRatio> {
  requireStaffAction(ctx, 'staff.view');
  const day = date ?? todayInPoland(deps);
  const [staff, participation] = await Promise.all([
    listStaffMembers(deps.db, ctx.actor.centreId),
    participationOn(deps.db, ctx.actor.centreId, day),
  ]);
  return staffRatioOn(
    day,
    staff.map(staffForDomain),
    participation.map((p) => ({
      participantId: p.participant_id,
      fromDate: p.admission_date,
      toDate: p.last_day ?? p.planned_end,
    })),
  );
}
