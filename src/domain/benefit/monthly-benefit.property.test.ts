import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMonthlyBenefit, type MonthlyBenefitInput } from './monthly-benefit';
import { addMonthsClamped, daysInMonth, formatIsoDate, isoWeekday } from '../calendar';
import type { DayStatus } from '../types';

const ABSENCES: DayStatus[] = ['day_off', 'sick', 'unexcused', 'excused'];
const ALL: DayStatus[] = ['present', 'present', 'present', 'present', ...ABSENCES];

/** A participant-month: month 2017-07..2026-12, admitted 0–23 months earlier (maybe mid-month), weekday statuses. */
const monthInput = fc
  .record({
    monthIdx: fc.integer({ min: 2017 * 12 + 6, max: 2026 * 12 + 11 }),
    monthsBack: fc.integer({ min: 0, max: 11 }),
    admissionDay: fc.integer({ min: 1, max: 28 }),
    statuses: fc.array(fc.constantFrom(...ALL), { minLength: 31, maxLength: 31 }),
    priorDaysOff: fc.integer({ min: 0, max: 14 }),
    priorSick: fc.integer({ min: 0, max: 25 }),
  })
  .map(({ monthIdx, monthsBack, admissionDay, statuses, priorDaysOff, priorSick }): MonthlyBenefitInput => {
    const year = Math.floor(monthIdx / 12);
    const month = (monthIdx % 12) + 1;
    const first = formatIsoDate(year, month, 1);
    let admissionDate = addMonthsClamped(first, -monthsBack);
    admissionDate = `${admissionDate.slice(0, 8)}${String(admissionDay).padStart(2, '0')}`;
    if (admissionDate < '2017-06-01') admissionDate = '2017-06-01';
    const days: Record<string, DayStatus> = {};
    for (let d = 1; d <= daysInMonth(year, month); d++) {
      const date = formatIsoDate(year, month, d);
      if (date < admissionDate || isoWeekday(date) > 5) continue;
      days[date] = statuses[d - 1] as DayStatus;
    }
    return {
      month: first.slice(0, 7),
      centreType: 'CIS',
      admissionDate,
      days,
      priorUse: { daysOff: priorDaysOff, sickDays: priorSick },
    };
  });

function run(input: MonthlyBenefitInput) {
  const r = computeMonthlyBenefit(input);
  if (!r.ok) throw new Error(`${r.error.code} ${JSON.stringify(input)}`);
  return r.value;
}

describe('monthly benefit — properties', () => {
  it('integer grosze, 0 ≤ total ≤ base + bonus, deductions consistent', () => {
    fc.assert(
      fc.property(monthInput, fc.double({ min: 0, max: 1, noNaN: true }), (input, bonusShare) => {
        const limit = run(input).bonusLimit;
        const r = run({ ...input, bonus: Math.floor(limit * bonusShare) });
        expect(Number.isInteger(r.total) && Number.isInteger(r.base) && Number.isInteger(r.bonus)).toBe(true);
        expect(r.total).toBeGreaterThanOrEqual(r.bonus);
        expect(r.total).toBeLessThanOrEqual(r.base + r.bonus);
        expect(r.deducted).toBe(r.base - (r.total - r.bonus));
        for (const d of r.deductions) expect(Number.isInteger(d.amount) && d.amount >= 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('endUse = priorUse + the days off and sick days of the month', () => {
    fc.assert(
      fc.property(monthInput, (input) => {
        const r = run(input);
        const count = (s: DayStatus) => Object.values(input.days).filter((v) => v === s).length;
        expect(r.endUse).toEqual({
          daysOff: input.priorUse!.daysOff + count('day_off'),
          sickDays: input.priorUse!.sickDays + count('sick'),
        });
      }),
    );
  });

  it('turning a present day into any absence never raises the total', () => {
    fc.assert(
      fc.property(monthInput, fc.nat(), fc.constantFrom(...ABSENCES), (input, pick, absence) => {
        const present = Object.keys(input.days).filter((k) => input.days[k] === 'present');
        fc.pre(present.length > 0);
        const day = present[pick % present.length] as string;
        const worse = run({ ...input, days: { ...input.days, [day]: absence } });
        expect(worse.total).toBeLessThanOrEqual(run(input).total);
      }),
      { numRuns: 400 },
    );
  });

  it('a sick day never costs more than an unexcused one (default parameters)', () => {
    fc.assert(
      fc.property(monthInput, fc.nat(), (input, pick) => {
        const sick = Object.keys(input.days).filter((k) => input.days[k] === 'sick');
        fc.pre(sick.length > 0);
        const day = sick[pick % sick.length] as string;
        const unexcused = run({ ...input, days: { ...input.days, [day]: 'unexcused' } });
        expect(unexcused.total).toBeLessThanOrEqual(run(input).total);
      }),
      { numRuns: 400 },
    );
  });
});
