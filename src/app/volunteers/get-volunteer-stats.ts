import type { Db } from '../../db/connection';
import { findActivitiesBetween, findVolunteersUnderAgreement } from '../../db/volunteers.repository';
import { type VolunteerYear, volunteerStats } from '../../domain/volunteers/volunteer-stats';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';

/**
 * Volunteers of a year by sex and by activity. A volunteer counts in the year when they had an agreement in
 * force on any of its days or recorded an activity in it.
 */
export async function volunteerYear(db: Db, centreId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const people = new Map<string, VolunteerYear>();
  const person = (id: string, sex: string) => {
    const v = people.get(id) ?? { volunteerId: id, sex: sex as 'F' | 'M', activities: [] };
    people.set(id, v);
    return v;
  };
  for (const v of await findVolunteersUnderAgreement(db, centreId, from, to)) person(v.id, v.sex);
  for (const a of await findActivitiesBetween(db, centreId, from, to))
    person(a.volunteer_id, a.sex).activities.push({ activity: a.activity, minutes: a.minutes });
  return { year, ...volunteerStats([...people.values()]) };
}

/** The figures the reports use: volunteers by sex (KIS statistics) and by activity in the year. */
export async function getVolunteerStats(deps: AppDeps, ctx: CallContext, year: number) {
  requireAction(ctx, 'volunteers.view');
  return volunteerYear(deps.db, ctx.actor.centreId, year);
}
