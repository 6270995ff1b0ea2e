import type { Db } from '../../db/connection';
import type { PayrollLineRow } from '../../db/schema';
import { dayMonth, findBlankClassDays } from '../attendance/month-completeness';

type LineFacts = Pick<
  PayrollLineRow,
  'participant_id' | 'kind' | 'status' | 'benefit_grosze' | 'bonus_grosze' | 'total_grosze' | 'bank_account'
> & { paid_in_cash: boolean };

/** What a payment depends on: the amounts and how it is paid (account, cash). */
const lineKey = (l: LineFacts) =>
  [
    l.participant_id,
    l.kind,
    l.status,
    l.benefit_grosze,
    l.bonus_grosze,
    l.total_grosze,
    l.bank_account ?? '',
    l.paid_in_cash,
  ].join('|');

/**
 * True when the stored lines are what the engine says now — same people, amounts, bonus, account and
 * cash flag. A draft whose inputs changed (a bonus, attendance, an NRB, the cash flag) is stale.
 */
export function sameLines(stored: LineFacts[], fresh: LineFacts[]): boolean {
  const a = stored.map(lineKey).sort();
  const b = fresh.map(lineKey).sort();
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** Class days of the month without a status, per participant of the payroll (dates sorted). */
export async function attendanceGaps(
  db: Db,
  centreId: string,
  month: string,
  participantIds: string[],
): Promise<Map<string, { name: string; dates: string[] }>> {
  const blanks = await findBlankClassDays(db, centreId, month, { participantIds });
  const gaps = new Map<string, { name: string; dates: string[] }>();
  for (const b of blanks) {
    const g = gaps.get(b.participantId) ?? { name: b.name, dates: [] };
    g.dates.push(b.date);
    gaps.set(b.participantId, g);
  }
  return gaps;
}

/** "Nowak Jan: brak statusu obecności w 3 dniach zajęć (14.12, 15.12, 16.12) …" — one blocker per person. */
export function gapBlockers(gaps: Map<string, { name: string; dates: string[] }>): string[] {
  return [...gaps.values()].map((g) => {
    const shown = g.dates.slice(0, 10).map(dayMonth).join(', ');
    const more = g.dates.length > 10 ? ` i ${g.dates.length - 10} innych` : '';
    const days = g.dates.length === 1 ? 'dniu zajęć' : 'dniach zajęć';
    return (
      `${g.name}: brak statusu obecności w ${g.dates.length} ${days} (${shown}${more}) ` +
      `— nie są liczone jako obecność; uzupełnij listę obecności.`
    );
  });
}
