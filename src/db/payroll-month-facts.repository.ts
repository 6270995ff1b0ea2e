import { sql } from 'kysely';
import type { Db } from './connection';

/** A participant's programme in the month, with the director's bonus proposal (if any). */
export interface PayrollProgrammeFacts {
  centre_id: string;
  participant_id: string;
  admission_date: string;
  last_day: string | null;
  planned_end: string;
  status: string;
  continuation_until: string | null;
  extension_months: number;
  first_name: string;
  last_name: string;
  pesel: string | null;
  bank_account: string | null;
  paid_in_cash: boolean;
  bonus: number | null;
}

/** A correction settled in the month, with the person's payment details. */
export interface PayrollCorrectionFacts {
  id: string;
  centre_id: string;
  participant_id: string;
  concerns_month: string;
  amount_grosze: number;
  reason: string;
  first_name: string;
  last_name: string;
  pesel: string | null;
  bank_account: string | null;
  paid_in_cash: boolean;
}

/** Everything computing a payroll month reads, for one or many centres. */
export interface PayrollMonthFacts {
  centres: { id: string; settings: unknown }[];
  /** Ordered by the person's name key. */
  programmes: PayrollProgrammeFacts[];
  /** Days off and sick days used up to the end of the previous month, from its closed payroll. */
  carried: { participant_id: string; end_use: { daysOff: number; sickDays: number } }[];
  /** Ordered by creation. */
  corrections: PayrollCorrectionFacts[];
  /**
   * The month's attendance of the centres, plus — for people with no carried use — their earlier
   * days off and sick days, as [participantId, date, status].
   */
  attendance: [string, string, string][];
}

const parsed = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** The name under which PostgreSQL keeps the statement prepared per connection (see `connection.ts`). */
export const PAYROLL_MONTH_FACTS_STATEMENT = 'payroll_month_facts';

/**
 * Reads a payroll month in one round: one statement, one row. Its CTEs gather the centres' settings, the
 * programmes with bonuses, the carried use of days off / sick days, the corrections and the attendance.
 * The attendance comes back as one text of entries — participant id (36 characters), the day's distance
 * from the month's first day, status — joined by commas: 2,000 rows cost more to send and to parse than
 * the rest of the read, and json-building them cost more still. On PostgreSQL the statement is prepared
 * once per connection (issue #13 item 10).
 */
export async function readPayrollMonthFacts(
  db: Db,
  centreIds: string[],
  period: { month: string; from: string; to: string; previous: string },
): Promise<PayrollMonthFacts> {
  const { rows } = await readPayrollMonthFactsSql(centreIds, period).execute(db);
  const row = rows[0];
  const attendance: [string, string, string][] = [];
  if (row?.attendance) {
    const dayAt = daysFrom(period.from);
    for (const entry of row.attendance.split(',')) {
      let k = entry.charCodeAt(36) === 45 ? 37 : 36; // '-': a day before the month
      while (entry.charCodeAt(k) >= 48 && entry.charCodeAt(k) <= 57) k++;
      attendance.push([entry.slice(0, 36), dayAt(Number(entry.slice(36, k))), entry.slice(k)]);
    }
  }
  return {
    centres: parsed(row?.centres ?? []),
    programmes: parsed(row?.programmes ?? []),
    carried: parsed(row?.carried ?? []),
    corrections: parsed(row?.corrections ?? []),
    attendance,
  };
}

/** 'YYYY-MM-DD' of the day `offset` days after `from` (a month's days computed once, others on demand). */
function daysFrom(from: string): (offset: number) => string {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const at = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
  const month = Array.from({ length: 31 }, (_, i) => at(i));
  return (offset) => (offset >= 0 && offset < 31 ? month[offset]! : at(offset));
}

/** The statement of `readPayrollMonthFacts` (the bench explains it). */
export function readPayrollMonthFactsSql(
  centreIds: string[],
  period: { month: string; from: string; to: string; previous: string },
) {
  const { month, from, to, previous } = period;
  const ids = sql`${centreIds}::uuid[]`;
  return sql<{
    centres: unknown;
    programmes: unknown;
    carried: unknown;
    corrections: unknown;
    attendance: string | null;
  }>`
    /* prepared: ${sql.raw(PAYROLL_MONTH_FACTS_STATEMENT)} */
    with pr as (
      select pr.centre_id, pr.participant_id, pr.admission_date, pr.last_day, pr.planned_end, pr.status,
        pr.continuation_until, pr.extension_months, p.first_name, p.last_name, p.pesel, p.bank_account,
        p.paid_in_cash, b.amount_grosze as bonus, p.name_key
      from programmes pr
      join participants p on p.id = pr.participant_id
      left join bonus_proposals b
        on b.participant_id = pr.participant_id and b.centre_id = pr.centre_id and b.month = ${month}
      where pr.centre_id = any(${ids}) and pr.kind = 'IPZS' and pr.status <> 'DRAFT'
        and pr.admission_date <= ${to}::date
        and coalesce(pr.continuation_until, pr.last_day, pr.planned_end) >= ${from}::date
    ),
    carried as (
      select pl.participant_id, pl.inputs -> 'endUse' as end_use
      from payroll_lines pl
      join payroll_months pm on pm.id = pl.payroll_id
      where pm.centre_id = any(${ids}) and pm.month = ${previous} and pm.status = 'CLOSED'
        and pl.kind = 'BENEFIT' and jsonb_typeof(pl.inputs -> 'endUse') = 'object'
    ),
    att as (
      select participant_id, date, status from attendance_entries
      where centre_id = any(${ids}) and date >= ${from}::date and date <= ${to}::date
      union all
      select participant_id, date, status from attendance_entries
      where centre_id = any(${ids}) and date < ${from}::date and status in ('day_off', 'sick')
        and participant_id in (
          select participant_id from pr where participant_id not in (select participant_id from carried)
        )
    )
    select
      (select coalesce(json_agg(json_build_object('id', c.id, 'settings', c.settings)), '[]')
        from centres c where c.id = any(${ids})) as centres,
      -- The rows as they are (json_agg of the row: half the cost of naming each field in json_build_object).
      (select coalesce(json_agg(pr order by name_key), '[]') from pr) as programmes,
      (select coalesce(json_agg(carried), '[]') from carried) as carried,
      (select coalesce(json_agg(to_jsonb(x) - 'created_at' order by x.created_at), '[]') from (
        select c.id, c.centre_id, c.participant_id, c.concerns_month, c.amount_grosze, c.reason, c.created_at,
          p.first_name, p.last_name, p.pesel, p.bank_account, p.paid_in_cash
        from payroll_corrections c
        join participants p on p.id = c.participant_id
        where c.centre_id = any(${ids}) and c.settle_month = ${month}
      ) x) as corrections,
      -- uuid::text is 36 characters, then the day as its distance from the month's first day (negative
      -- before it), then the status: a date's text costs as much again as all the rest of the entry.
      (select string_agg(participant_id::text || (date - ${from}::date) || status, ',') from att) as attendance
  `;
}
