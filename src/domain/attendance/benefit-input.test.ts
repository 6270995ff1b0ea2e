import { describe, expect, it } from 'vitest';
import { computeMonthlyBenefit, type MonthlyBenefit } from '../benefit/monthly-benefit';
import { MonthlyBenefitRequestSchema, type MonthlyBenefitRequest } from '../benefit/request-schema';
import { monthCalendar } from './month-calendar';
import { toBenefitInput } from './benefit-input';
import type { DayEntry } from './month-summary';

const WINDOW = { admissionDate: '2025-03-01', lastDay: null };

function fullMonth(month: string): DayEntry[] {
  return monthCalendar(month, { weekdayHours: [7, 7, 7, 7, 7, 0, 0] }).map((d) => ({
    date: d.date,
    status: d.defaultStatus ?? 'present',
    hours: d.defaultStatus ? null : 7,
  }));
}

function benefit(input: ReturnType<typeof toBenefitInput>): MonthlyBenefit {
  const r = computeMonthlyBenefit(input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('toBenefitInput → computeMonthlyBenefit', () => {
  it('a full month of presence gives the full benefit: July 2025 = 120 % × 1 721,90 zł = 2 066,28 zł', () => {
    const r = benefit(
      toBenefitInput({ month: '2025-07', centreType: 'CIS', window: WINDOW, entries: fullMonth('2025-07') }),
    );
    expect(r).toMatchObject({
      period: 'participation',
      base: 206628,
      deducted: 0,
      total: 206628,
      deductions: [],
      endUse: { daysOff: 0, sickDays: 0 },
    });
  });

  it('a full trial month of presence gives the full benefit too (from 2022, 120 % in the trial)', () => {
    const r = benefit(
      toBenefitInput({
        month: '2026-06',
        centreType: 'CIS',
        window: { admissionDate: '2026-06-01' },
        entries: fullMonth('2026-06'),
      }),
    );
    expect(r).toMatchObject({ period: 'trial', base: 214068, total: 214068 });
  });

  it('builds exactly the request shape: the schema accepts it unchanged', () => {
    const input = toBenefitInput({
      month: '2025-07',
      centreType: 'CIS',
      window: { admissionDate: '2025-03-01', lastDay: '2025-12-31' },
      entries: fullMonth('2025-07').slice(0, 3),
      bonus: 10000,
    });
    const request: MonthlyBenefitRequest = input;
    expect(MonthlyBenefitRequestSchema.parse(request)).toEqual(input);
    expect(input).toEqual({
      month: '2025-07',
      centreType: 'CIS',
      admissionDate: '2025-03-01',
      endDate: '2025-12-31',
      days: { '2025-07-01': 'present', '2025-07-02': 'present', '2025-07-03': 'present' },
      priorUse: { daysOff: 0, sickDays: 0 },
      bonus: 10000,
    });
  });

  it('the sick day of the CLI example: −1/40 = 51,657 zł, total 2 014,62 zł', () => {
    const entries: DayEntry[] = [
      { date: '2025-07-01', status: 'present', hours: 7 },
      { date: '2025-07-02', status: 'sick' },
    ];
    expect(
      benefit(toBenefitInput({ month: '2025-07', centreType: 'CIS', window: WINDOW, entries })).total,
    ).toBe(201462);
  });

  it('derives priorUse from earlier months, so the limit carries over (6 days off from June 2025)', () => {
    const earlier: DayEntry[] = Array.from({ length: 6 }, (_, i) => ({
      date: `2025-06-${String(i + 2).padStart(2, '0')}`,
      status: 'day_off',
    }));
    const input = toBenefitInput({
      month: '2025-07',
      centreType: 'CIS',
      window: WINDOW,
      entries: [...earlier, { date: '2025-07-01', status: 'day_off' }],
    });
    expect(input.priorUse).toEqual({ daysOff: 6, sickDays: 0 });
    // The 7th day off is one the law does not give (art. 15 ust. 6a): refused, naming the day.
    const r = computeMonthlyBenefit(input);
    expect(r).toMatchObject({ ok: false, error: { code: 'DAY_OFF_ABOVE_LIMIT' } });
    expect(!r.ok && r.error.message).toContain('2025-07-01');
    // With a 12-month extension in force, 6 more are given (art. 15 ust. 6b).
    expect(benefit({ ...input, extensionMonths: 12 }).endUse).toMatchObject({ daysOff: 7 });
  });

  it('an explicit priorUse (the stored endUse of the closed month) wins over the entries', () => {
    const input = toBenefitInput({
      month: '2025-07',
      centreType: 'CIS',
      window: WINDOW,
      entries: [{ date: '2025-06-02', status: 'sick' }],
      priorUse: { daysOff: 3, sickDays: 5 },
    });
    expect(input.priorUse).toEqual({ daysOff: 3, sickDays: 5 });
  });

  it('leaves out entries the engine would refuse, so the preview still works', () => {
    const entries: DayEntry[] = [
      { date: '2025-07-01', status: 'present' },
      { date: '2025-07-02', status: 'late' },
      { date: '2025-07-31', status: 'unexcused' },
    ];
    const input = toBenefitInput({
      month: '2025-07',
      centreType: 'CIS',
      window: { admissionDate: '2025-03-01', lastDay: '2025-07-30' },
      entries,
    });
    expect(input.days).toEqual({ '2025-07-01': 'present' });
    expect(benefit(input).deductions).toEqual([]);
  });
});
