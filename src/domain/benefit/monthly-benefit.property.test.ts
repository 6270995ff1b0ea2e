import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMonthlyBenefit, type MonthlyBenefitInput } from './monthly-benefit';
import { addMonthsClamped, daysInMonth, formatIsoDate, isoWeekday } from '../calendar';
import { participationStartDate } from '../periods/periods';
import type { DayStatus } from '../types';

/** From June 2025 (the consolidated text) limits count in the participation period only. */
const consolidated = (month: string) => month >= '2025-06';

/**
 * Keeps only days off the law gives from June 2025 (none in the trial month, at most 6 + the
 * extension's 6 × months ÷ 12 rounded down): any other day off becomes an excused absence.
 */
function legalize(input: MonthlyBenefitInput): MonthlyBenefitInput {
  if (!consolidated(input.month)) return input;
  const start = participationStartDate(input.admissionDate);
  const limit = 6 + Math.floor((input.extensionMonths ?? 0) / 2);
  let used = input.priorUse?.daysOff ?? 0;
  const days: Record<string, DayStatus> = {};
  for (const date of Object.keys(input.days).sort()) {
    let status = (input.days as Record<string, DayStatus>)[date] as DayStatus;
    if (status === 'day_off') {
      if (date < start || used >= limit) status = 'excused';
      else used++;
    }
    days[date] = status;
  }
  return { ...input, days };
}

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
    extensionMonths: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ monthIdx, monthsBack, admissionDay, statuses, priorDaysOff, priorSick, extensionMonths }) => {
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
    return legalize({
      month: first.slice(0, 7),
      centreType: 'CIS',
      admissionDate,
      days,
      priorUse: { daysOff: priorDaysOff, sickDays: priorSick },
      extensionMonths,
    });
  });

function run(input: MonthlyBenefitInput) {
  const r = computeMonthlyBenefit(legalize(input));
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
        const from = consolidated(input.month) ? participationStartDate(input.admissionDate) : '';
        const count = (s: DayStatus) =>
          Object.entries(input.days).filter(([date, v]) => v === s && date >= from).length;
        expect(r.endUse).toMatchObject({
          daysOff: input.priorUse!.daysOff + count('day_off'),
          sickDays: input.priorUse!.sickDays + count('sick'),
        });
      }),
    );
  });

  it('turning a present day into any absence never raises the total', () => {
    fc.assert(
      fc.property(monthInput, fc.nat(), fc.constantFrom(...ABSENCES), (input, pick, absence) => {
        const present = Object.keys(input.days).filter(
          (k) => (input.days as Record<string, DayStatus>)[k] === 'present',
        );
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
        const sick = Object.keys(input.days).filter(
          (k) => (input.days as Record<string, DayStatus>)[k] === 'sick',
        );
        fc.pre(sick.length > 0);
        const day = sick[pick % sick.length] as string;
        const unexcused = run({ ...input, days: { ...input.days, [day]: 'unexcused' } });
        expect(unexcused.total).toBeLessThanOrEqual(run(input).total);
      }),
      { numRuns: 400 },
    );
  });
});

describe('monthly benefit — a full month (properties)', () => {
  /** Z in force on the 1st of a month, grosze — written out here, not read from the engine's table. */
  const Z: [string, number][] = [
    ['2022-06', 130410],
    ['2023-06', 149190],
    ['2024-06', 166200],
    ['2025-06', 172190],
    ['2026-06', 178390],
  ];
  const zOf = (month: string) => Z.filter(([from]) => from <= month).at(-1)![1];

  it('a whole month in participation, every class day present, pays exactly 120 % of Z', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2022 * 12 + 6, max: 2026 * 12 + 11 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 0, max: 12 }),
        (monthIdx, monthsBack, extensionMonths) => {
          const year = Math.floor(monthIdx / 12);
          const m = (monthIdx % 12) + 1;
          const first = formatIsoDate(year, m, 1);
          const days: Record<string, DayStatus> = {};
          for (let d = 1; d <= daysInMonth(year, m); d++) {
            const date = formatIsoDate(year, m, d);
            days[date] = isoWeekday(date) > 5 ? 'no_classes' : 'present';
          }
          const r = run({
            month: first.slice(0, 7),
            centreType: 'CIS',
            admissionDate: addMonthsClamped(first, -monthsBack),
            days,
            extensionMonths,
          });
          expect(r.total).toBe((zOf(first.slice(0, 7)) * 120) / 100);
          expect(r.deductions).toEqual([]);
        },
      ),
    );
  });

  it('the register rows as a list give exactly what the same days as a record give', () => {
    fc.assert(
      fc.property(monthInput, (input) => {
        const legal = legalize(input);
        const record = legal.days as Record<string, DayStatus>;
        const list = Object.entries(record)
          .reverse()
          .map(([date, status]) => ({ date, status }));
        expect(computeMonthlyBenefit({ ...legal, days: list })).toEqual(
          computeMonthlyBenefit({ ...legal, days: record }),
        );
      }),
    );
  });
});
