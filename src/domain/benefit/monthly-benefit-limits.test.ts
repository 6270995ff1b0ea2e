import { describe, expect, it } from 'vitest';
import { ok, params } from './monthly-benefit.fixtures';

describe('cumulative limits', () => {
  it('days off: 12 with full benefit in 2022 – May 2025 (older rules), the 13th is treated as unexcused', () => {
    const r = ok({
      month: '2024-07',
      admissionDate: '2024-01-01',
      priorUse: { daysOff: 11, sickDays: 0 },
      days: { '2024-07-08': 'day_off', '2024-07-09': 'day_off' },
    });
    expect(r.deductions.map((d) => [d.date, d.rule, d.fraction])).toEqual([
      ['2024-07-09', 'DAY_OFF_OVER_LIMIT', '1/20'],
    ]);
    expect(r.endUse.daysOff).toBe(13);
    expect(r.total).toBe(199440 - 9972); // 1/20 of 1994,40 zł = 99,72 zł
  });

  it('days off: 6 before 2022', () => {
    const r = ok({
      month: '2021-07',
      admissionDate: '2021-01-01',
      priorUse: { daysOff: 6, sickDays: 0 },
      days: { '2021-07-07': 'day_off' },
    });
    expect(r.deductions.map((d) => d.rule)).toEqual(['DAY_OFF_OVER_LIMIT']);
  });

  it('sickness: up to 21 days at 1/40, further days lose the day share (default 1/30)', () => {
    const r = ok({
      month: '2025-07',
      admissionDate: '2025-01-01',
      priorUse: { daysOff: 0, sickDays: 20 },
      days: { '2025-07-01': 'sick', '2025-07-02': 'sick', '2025-07-03': 'sick' },
    });
    expect(r.deductions.map((d) => [d.rule, d.fraction])).toEqual([
      ['SICK_WITHIN_LIMIT', '1/40'],
      ['SICK_OVER_LIMIT', '1/30'],
      ['SICK_OVER_LIMIT', '1/30'],
    ]);
    expect(r.endUse.sickDays).toBe(23);
  });

  it('sickness before 2022: 14 days', () => {
    const r = ok({
      month: '2021-07',
      admissionDate: '2021-01-01',
      priorUse: { daysOff: 0, sickDays: 14 },
      days: { '2021-07-01': 'sick' },
    });
    expect(r.deductions[0]?.rule).toBe('SICK_OVER_LIMIT');
  });

  it('the over-limit share can be base ÷ class days: a month of over-limit sickness then pays nothing', () => {
    const days: Record<string, 'sick'> = {};
    for (const d of ['01', '02', '03', '04']) days[`2025-07-${d}`] = 'sick';
    const r = ok(
      { month: '2025-07', admissionDate: '2025-01-01', priorUse: { daysOff: 0, sickDays: 21 }, days },
      params({ sickOverLimitShare: 'CLASS_DAYS' }),
    );
    expect(r.total).toBe(0);
  });

  it('carries endUse from one month to the next', () => {
    const june = ok({
      month: '2025-06',
      admissionDate: '2025-01-01',
      days: { '2025-06-02': 'sick', '2025-06-03': 'day_off' },
    });
    const july = ok({
      month: '2025-07',
      admissionDate: '2025-01-01',
      priorUse: june.endUse,
      days: { '2025-07-01': 'sick' },
    });
    expect(july.endUse).toEqual({ daysOff: 1, sickDays: 2, illnessDays: 1 });
  });
});

describe('unexcused absence', () => {
  const month = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`2025-07-0${i + 1}`, 'unexcused' as const]));
  it('3 days: −1/20 each', () => {
    const r = ok({ month: '2025-07', admissionDate: '2025-01-01', days: month(3) });
    expect(r.forfeited).toBe(false);
    expect(r.total).toBe(206628 - 30994); // 3 × 10331,4 = 30994,2
  });

  it('more than 3 days: no benefit for the month, one line naming the 4th day', () => {
    const r = ok({ month: '2025-07', admissionDate: '2025-01-01', days: month(4) });
    expect(r).toMatchObject({ forfeited: true, total: 0, deducted: 206628 });
    expect(r.deductions).toEqual([
      expect.objectContaining({ date: '2025-07-04', rule: 'UNEXCUSED_FORFEIT_MONTH', amount: 206628 }),
    ]);
  });

  it('the forfeit threshold is a parameter for January 2022 – May 2025 only (null = never)', () => {
    const days = Object.fromEntries(
      ['01', '02', '03', '05'].map((d) => [`2024-07-${d}`, 'unexcused' as const]),
    );
    const never = params({ unexcusedForfeitAboveDays: null });
    expect(ok({ month: '2024-07', admissionDate: '2024-01-01', days }, never).total).toBe(199440 - 4 * 9972);
    // From June 2025 the Act itself (art. 15 ust. 7): more than 3 days → nothing for the month.
    expect(ok({ month: '2025-07', admissionDate: '2025-01-01', days: month(4) }, never).total).toBe(0);
  });
});
