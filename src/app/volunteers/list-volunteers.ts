import { findVolunteers } from '../../db/volunteers.repository';
import { ageOn, VOLUNTEERING_RULES } from '../../domain/volunteers/volunteer-rules';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { todayInPoland } from '../pathway/shared';
import { volunteeringRulesView } from './volunteer-shared';

/** The centre's volunteers with their total hours, and the agreement rule the screens show. */
export async function listVolunteers(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'volunteers.view');
  const today = todayInPoland(deps);
  const rows = await findVolunteers(deps.db, ctx.actor.centreId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: `${r.first_name} ${r.last_name}`,
      sex: r.sex as 'F' | 'M',
      minor: ageOn(r.birth_date, today) < VOLUNTEERING_RULES.adultAge,
      totalMinutes: Number(r.minutes),
    })),
    rules: volunteeringRulesView(),
  };
}
