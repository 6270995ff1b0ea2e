import { describe, expect, it } from 'vitest';
import type { PayrollMonthFacts, PayrollProgrammeFacts } from '../../db/payroll-month-facts.repository';
import { linesFromFacts } from './compute-lines';

const CENTRE = 'c0000000-0000-4000-8000-000000000001';
const MONTH = '2026-05';
// May 2026: Mon 4 and Tue 5 are the month's two days off; the other recorded days are present.
const MAY = ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08'];

const programme = (participantId: string, lastName: string): PayrollProgrammeFacts => ({
  centre_id: CENTRE,
  participant_id: participantId,
  admission_date: '2026-01-05', // the trial month ends 2026-02-04; the participation period starts 02-05
  last_day: null,
  planned_end: '2026-12-31',
  status: 'SIGNED',
  continuation_until: null,
  extension_months: 0,
  first_name: 'Anna',
  last_name: lastName,
  pesel: null,
  bank_account: '61109010140000071219812874',
  paid_in_cash: false,
  bonus: null,
});

const may = (id: string): [string, string, string][] =>
  MAY.map((date, i) => [id, date, i < 2 ? 'day_off' : 'present']);
const earlier = (id: string, dates: string[]): [string, string, string][] =>
  dates.map((date) => [id, date, 'day_off']);

/**
 * The Act gives 6 days off in the participation period (art. 15 ust. 6a). What was used before the
 * month comes from the previous month's closed payroll when there is one, otherwise from the register —
 * and then only from the participation period (a day in the trial month does not count).
 */
describe('linesFromFacts: days off used before the month', () => {
  const facts: PayrollMonthFacts = {
    centres: [{ id: CENTRE, settings: {} }],
    programmes: [
      programme('a', 'Carried-five'),
      programme('b', 'Counted-five'),
      programme('c', 'Carried-four'),
      programme('d', 'Counted-four'),
    ],
    carried: [
      { participant_id: 'a', end_use: { daysOff: 5, sickDays: 0 } },
      { participant_id: 'c', end_use: { daysOff: 4, sickDays: 0 } },
    ],
    corrections: [],
    attendance: [
      ...may('a'),
      ...may('b'),
      ...earlier('b', ['2026-02-09', '2026-02-10', '2026-03-02', '2026-03-03', '2026-04-01']),
      ...may('c'),
      ...may('d'),
      // Four in the participation period, one in the trial month that must not count.
      ...earlier('d', ['2026-01-20', '2026-02-09', '2026-03-02', '2026-03-03', '2026-04-01']),
    ],
  };
  const lines = new Map(
    linesFromFacts(facts, MONTH)
      .get(CENTRE)!
      .lines.map((l) => [l.participant_id, l]),
  );

  it('5 used + 2 in May: the 7th day off is refused, whether carried or counted from the register', () => {
    for (const id of ['a', 'b']) {
      const line = lines.get(id)!;
      expect(line.status).toBe('NOTHING_DUE');
      expect((line.inputs as { error: { code: string } }).error.code).toBe('DAY_OFF_ABOVE_LIMIT');
      expect(line.explanation[0]).toContain('Dzień wolny 2026-05-05 nie przysługuje');
    }
  });

  it('4 used + 2 in May = 6: paid, and the use carried on is 6 either way', () => {
    for (const id of ['c', 'd']) {
      const line = lines.get(id)!;
      expect(line.status).toBe('PAY');
      expect(line.total_grosze).toBeGreaterThan(0);
      expect((line.inputs as { priorUse: unknown }).priorUse).toEqual({ daysOff: 4, sickDays: 0 });
      expect((line.inputs as { endUse: { daysOff: number } }).endUse.daysOff).toBe(6);
    }
  });

  it('orders lines as the programmes came (by name) and names each person "Surname Forename"', () => {
    expect([...lines.values()].map((l) => l.name)).toEqual([
      'Carried-five Anna',
      'Counted-five Anna',
      'Carried-four Anna',
      'Counted-four Anna',
    ]);
  });
});
