import { describe, expect, it } from 'vitest';
import {
  checkWeeklySchedule,
  computeParticipationPeriods,
  participationStartDate,
  trialLastDay,
} from './periods';

describe('trial period (one month)', () => {
  it.each([
    ['2025-01-01', '2025-01-31', '2025-02-01'],
    ['2025-01-31', '2025-02-27', '2025-02-28'],
    ['2024-01-31', '2024-02-28', '2024-02-29'],
    ['2025-03-15', '2025-04-14', '2025-04-15'],
    ['2025-12-20', '2026-01-19', '2026-01-20'],
  ])('admitted %s: trial to %s, participation from %s', (admission, lastTrial, start) => {
    expect(trialLastDay(admission)).toBe(lastTrial);
    expect(participationStartDate(admission)).toBe(start);
  });
});

describe('computeParticipationPeriods', () => {
  it('12 months including the trial, no extension', () => {
    const r = computeParticipationPeriods({ admissionDate: '2025-01-01' });
    expect(r).toMatchObject({
      ok: true,
      value: {
        participationStart: '2025-02-01',
        baseEnd: '2025-12-31',
        end: '2025-12-31',
        limitEnd: '2026-12-31',
        maxExtensionMonths: 12,
      },
    });
  });

  it('from 2022 up to 12 more months, capped at 24 months', () => {
    expect(computeParticipationPeriods({ admissionDate: '2024-02-29', extensionMonths: 12 })).toMatchObject({
      ok: true,
      value: { baseEnd: '2025-02-27', end: '2026-02-27', limitEnd: '2026-02-27' },
    });
    expect(computeParticipationPeriods({ admissionDate: '2025-01-01', extensionMonths: 13 })).toMatchObject({
      ok: false,
      error: { code: 'EXTENSION_ABOVE_LIMIT' },
    });
  });

  it('before 2022 an extension of at most 6 months (18 in total)', () => {
    expect(computeParticipationPeriods({ admissionDate: '2019-03-01', extensionMonths: 6 })).toMatchObject({
      ok: true,
      value: { end: '2020-08-31', limitEnd: '2020-08-31', extensionRuleSet: 'UZS_2015' },
    });
    expect(computeParticipationPeriods({ admissionDate: '2019-03-01', extensionMonths: 7 })).toMatchObject({
      ok: false,
      error: { code: 'EXTENSION_ABOVE_LIMIT' },
    });
  });

  it('an extension starting in 2022 follows the 2022 rules', () => {
    expect(computeParticipationPeriods({ admissionDate: '2021-02-01', extensionMonths: 12 })).toMatchObject({
      ok: true,
      value: { baseEnd: '2022-01-31', end: '2023-01-31', extensionRuleSet: 'UZS_2022' },
    });
  });

  it('refuses a bad date or a negative extension', () => {
    expect(computeParticipationPeriods({ admissionDate: '2025-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE' },
    });
    expect(computeParticipationPeriods({ admissionDate: '2025-02-01', extensionMonths: -1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_EXTENSION' },
    });
  });
});

describe('checkWeeklySchedule (art. 14 ust. 1)', () => {
  const codes = (...args: Parameters<typeof checkWeeklySchedule>) =>
    checkWeeklySchedule(...args).map((p) => p.code);
  it.each([
    [[6, 6, 6, 6, 6], 'NONE', []],
    [[8, 8, 8, 8, 8], 'NONE', []],
    [[5, 5, 5, 5, 5], 'NONE', ['WEEKLY_HOURS_TOO_LOW']],
    [[9, 9, 9, 9, 9], 'NONE', ['WEEKLY_HOURS_TOO_HIGH']],
    [[7, 7, 7, 7, 7], 'SIGNIFICANT', []],
    [[8, 8, 8, 8, 4], 'MODERATE', ['DISABLED_DAILY_HOURS_TOO_HIGH', 'DISABLED_WEEKLY_HOURS_TOO_HIGH']],
    [[8, 8, 8, 8, 4], 'MILD', []],
  ] as const)('%j (%s) → %j', (hours, disability, expected) => {
    expect(codes({ date: '2025-09-01', dailyHours: hours, disability })).toEqual(expected);
  });

  it('before 15 Feb 2022: at least 6 hours a day', () => {
    expect(codes({ date: '2022-02-14', dailyHours: [8, 8, 8, 8, 5] })).toEqual(['DAILY_HOURS_TOO_LOW']);
    expect(codes({ date: '2022-02-15', dailyHours: [8, 8, 8, 8, 5] })).toEqual([]);
  });

  it('takes the disability limits as centre parameters', () => {
    expect(
      codes(
        { date: '2025-09-01', dailyHours: [8, 8, 8, 8], disability: 'SIGNIFICANT' },
        { disabledMaxDailyHours: 8, disabledMaxWeeklyHours: 32 },
      ),
    ).toEqual([]);
  });
});
