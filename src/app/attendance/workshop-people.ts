import type { Db } from '../../db/connection';
import { listAssignments } from '../../db/workshop.repository';
import { daysInMonth, formatIsoDate, parseIsoMonth } from '../../domain/calendar';

/** The first and last day of a month 'YYYY-MM'. */
export function monthRange(month: string) {
  const { year, month: m } = parseIsoMonth(month)!;
  return { from: formatIsoDate(year, m, 1), to: formatIsoDate(year, m, daysInMonth(year, m)) };
}

const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

/**
 * The people of a workshop in a month, each with the days they may be recorded on: inside their
 * assignment to this workshop and inside their participation (admission … last day or planned end).
 */
export async function workshopPeople(db: Db, centreId: string, workshopId: string, month: string) {
  const { from, to } = monthRange(month);
  const assignments = await listAssignments(db, centreId, { workshopId, from, to });
  if (!assignments.length) return [];
  const programmes = await db
    .selectFrom('programmes')
    .select([
      'participant_id',
      'admission_date',
      'last_day',
      'planned_end',
      'status',
      'disability_degree',
      'kind',
      'extension_months',
    ])
    .where('centre_id', '=', centreId)
    .where(
      'participant_id',
      'in',
      assignments.map((a) => a.participant_id),
    )
    .where('status', '!=', 'DRAFT')
    .execute();
  const people = new Map<
    string,
    {
      participantId: string;
      name: string;
      windows: { from: string; to: string }[];
      admissionDate: string;
      lastDay: string | null;
      disabled: boolean;
      extensionMonths: number;
    }
  >();
  for (const a of assignments) {
    const p = programmes.find(
      (x) =>
        x.participant_id === a.participant_id &&
        x.admission_date <= (a.to_date ?? to) &&
        (x.last_day ?? x.planned_end) >= a.from_date,
    );
    if (!p) continue;
    const windowFrom = max(max(a.from_date, p.admission_date), from);
    const windowTo = min(min(a.to_date ?? to, p.last_day ?? p.planned_end), to);
    if (windowFrom > windowTo) continue;
    const person = people.get(a.participant_id) ?? {
      participantId: a.participant_id,
      name: `${a.last_name} ${a.first_name}`,
      windows: [],
      admissionDate: p.admission_date,
      lastDay: p.last_day,
      disabled: p.disability_degree === 'MODERATE' || p.disability_degree === 'SIGNIFICANT',
      extensionMonths: p.extension_months,
    };
    person.windows.push({ from: windowFrom, to: windowTo });
    people.set(a.participant_id, person);
  }
  return [...people.values()];
}

/** Whether a date falls in one of a person's windows. */
export const inWindows = (windows: { from: string; to: string }[], date: string) =>
  windows.some((w) => w.from <= date && date <= w.to);
