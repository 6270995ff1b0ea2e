import type { Db } from '../../db/connection';
import { monthCalendar } from '../../domain/attendance/month-calendar';
import { daysInMonth, formatIsoDate, parseIsoMonth } from '../../domain/calendar';
import { planOf } from './class-programme';

/** A class day an admitted participant should have a status for, and has none. */
export interface BlankDay {
  participantId: string;
  name: string;
  date: string;
  workshopId: string;
  workshopName: string;
}

const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

/** 14.12 — a day of the month as staff write it. */
export const dayMonth = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

/** "Kowalska Anna: 14.12, 15.12; Nowak Jan: 16.12" — each person once, with the days. */
export function describeBlankDays(blanks: BlankDay[]): string {
  const byPerson = new Map<string, { name: string; dates: string[] }>();
  for (const b of blanks) {
    const p = byPerson.get(b.participantId) ?? { name: b.name, dates: [] };
    if (!p.dates.includes(b.date)) p.dates.push(b.date);
    byPerson.set(b.participantId, p);
  }
  return [...byPerson.values()]
    .map((p) => `${p.name}: ${p.dates.sort().map(dayMonth).join(', ')}`)
    .join('; ');
}

/**
 * Every class day of the month (from each workshop's class programme) on which an admitted
 * participant assigned to the workshop, inside the participation, has no status recorded — in any
 * workshop. Optionally for one workshop or a set of people; `until` limits the days (e.g. today).
 */
export async function findBlankClassDays(
  db: Db,
  centreId: string,
  month: string,
  scope: { workshopId?: string; participantIds?: string[]; until?: string },
): Promise<BlankDay[]> {
  if (scope.participantIds && !scope.participantIds.length) return [];
  const { year, month: m } = parseIsoMonth(month)!;
  const from = formatIsoDate(year, m, 1);
  const to = formatIsoDate(year, m, daysInMonth(year, m));
  let q = db
    .selectFrom('workshop_assignments as a')
    .innerJoin('workshops as w', 'w.id', 'a.workshop_id')
    .innerJoin('participants as p', 'p.id', 'a.participant_id')
    .innerJoin('programmes as pr', (j) =>
      j.onRef('pr.participant_id', '=', 'a.participant_id').onRef('pr.centre_id', '=', 'a.centre_id'),
    )
    .select([
      'a.participant_id',
      'a.workshop_id',
      'a.from_date',
      'a.to_date',
      'w.name as workshop_name',
      'p.first_name',
      'p.last_name',
      'pr.admission_date',
      'pr.last_day',
      'pr.planned_end',
    ])
    .where('a.centre_id', '=', centreId)
    .where('pr.status', '!=', 'DRAFT')
    .where('pr.admission_date', '<=', to)
    .where((eb) => eb(eb.fn.coalesce('pr.last_day', 'pr.planned_end'), '>=', from))
    .where('a.from_date', '<=', to)
    .where((eb) => eb.or([eb('a.to_date', 'is', null), eb('a.to_date', '>=', from)]));
  if (scope.workshopId) q = q.where('a.workshop_id', '=', scope.workshopId);
  if (scope.participantIds) q = q.where('a.participant_id', 'in', scope.participantIds);
  const assignments = await q.execute();
  if (!assignments.length) return [];
  const workshopIds = [...new Set(assignments.map((a) => a.workshop_id))];
  const people = [...new Set(assignments.map((a) => a.participant_id))];
  // Two small reads one after the other (not in parallel): inside a transaction they queue anyway.
  const programmes = await db
    .selectFrom('class_programmes')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('month', '=', month)
    .where('workshop_id', 'in', workshopIds)
    .execute();
  const entries = await db
    .selectFrom('attendance_entries')
    .select(['participant_id', 'date'])
    .where('centre_id', '=', centreId)
    .where('participant_id', 'in', people)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  const recorded = new Set(entries.map((e) => `${e.participant_id}|${e.date}`));
  const classDays = new Map(
    workshopIds.map((id) => [
      id,
      monthCalendar(month, planOf(programmes.find((p) => p.workshop_id === id)))
        .filter((d) => d.hours > 0)
        .map((d) => d.date),
    ]),
  );
  const blanks: BlankDay[] = [];
  const seen = new Set<string>();
  for (const a of assignments) {
    const start = max(max(a.from_date, a.admission_date), from);
    let end = min(min(a.to_date ?? to, a.last_day ?? a.planned_end), to);
    if (scope.until) end = min(end, scope.until);
    for (const date of classDays.get(a.workshop_id) ?? []) {
      const key = `${a.participant_id}|${date}`;
      if (date < start || date > end || recorded.has(key) || seen.has(key)) continue;
      seen.add(key);
      blanks.push({
        participantId: a.participant_id,
        name: `${a.last_name} ${a.first_name}`,
        date,
        workshopId: a.workshop_id,
        workshopName: a.workshop_name,
      });
    }
  }
  return blanks.sort((x, y) => x.name.localeCompare(y.name, 'pl') || x.date.localeCompare(y.date));
}

/** The month's last class day of a workshop's programme, or the month's last day when it has none. */
export function lastClassDayOf(month: string, plan: Parameters<typeof monthCalendar>[1]): string {
  const days = monthCalendar(month, plan);
  const classDays = days.filter((d) => d.hours > 0);
  return (classDays.at(-1) ?? days.at(-1)!).date;
}
