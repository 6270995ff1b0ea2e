/** One volunteer's work in the year: their sex and each recorded activity (name and minutes). */
export interface VolunteerYear {
  volunteerId: string;
  sex: 'F' | 'M';
  activities: { activity: string; minutes: number }[];
}

export interface VolunteerStats {
  bySex: { F: number; M: number; total: number };
  byActivity: { activity: string; volunteers: number; minutes: number }[];
}

/**
 * Volunteers by sex (each person once, however much they did) and by activity (people who did it at least
 * once and the minutes they gave). An activity's name is compared trimmed and case-blind, so "Szycie" and
 * "szycie " are one line, shown as first written.
 */
export function volunteerStats(year: readonly VolunteerYear[]): VolunteerStats {
  const bySex = { F: 0, M: 0, total: 0 };
  const lines = new Map<string, { activity: string; people: Set<string>; minutes: number }>();
  for (const v of year) {
    bySex[v.sex] += 1;
    bySex.total += 1;
    for (const a of v.activities) {
      const key = a.activity.trim().toLocaleLowerCase('pl');
      const line = lines.get(key) ?? { activity: a.activity.trim(), people: new Set(), minutes: 0 };
      line.people.add(v.volunteerId);
      line.minutes += a.minutes;
      lines.set(key, line);
    }
  }
  const byActivity = [...lines.values()]
    .map((l) => ({ activity: l.activity, volunteers: l.people.size, minutes: l.minutes }))
    .sort((a, b) => b.minutes - a.minutes || a.activity.localeCompare(b.activity, 'pl'));
  return { bySex, byActivity };
}
