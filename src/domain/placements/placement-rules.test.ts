import { describe, expect, it } from 'vitest';
import {
  calendarDays,
  checkPlacementPlan,
  orderedRatings,
  placementTotals,
  ratingMean,
} from './placement-rules';

const participation = { from: '2026-02-02', to: '2027-01-01' };

describe('placement plan checks', () => {
  it('accepts a plan inside the participation and within the IPZS hours', () => {
    expect(
      checkPlacementPlan({
        startDate: '2026-05-11',
        endDate: '2026-05-22',
        dailyHours: 7,
        participation,
        weeklyHours: 35,
      }),
    ).toEqual([]);
  });
  it('names every problem with its field', () => {
    const codes = checkPlacementPlan({
      startDate: '2026-01-30',
      endDate: '2026-01-29',
      dailyHours: 7.25,
      participation,
      weeklyHours: 35,
    }).map((p) => `${p.field}:${p.code}`);
    // 7,25 × 5 = 36,25 > 35.
    expect(codes).toEqual([
      'endDate:PLACEMENT_END_BEFORE_START',
      'startDate:PLACEMENT_OUTSIDE_PARTICIPATION',
      'endDate:PLACEMENT_OUTSIDE_PARTICIPATION',
      'dailyHours:PLACEMENT_HOURS_OVER_IPZS',
    ]);
  });
  it('ends on the last day of participation at the latest', () => {
    const p = checkPlacementPlan({
      startDate: '2026-12-14',
      endDate: '2027-01-02',
      dailyHours: 6,
      participation,
      weeklyHours: null,
    });
    expect(p.map((x) => x.field)).toEqual(['endDate']);
  });
});

describe('certificate figures', () => {
  it('counts calendar days both ends included, across a leap February', () => {
    expect(calendarDays('2026-05-11', '2026-05-22')).toBe(12);
    expect(calendarDays('2028-02-27', '2028-03-01')).toBe(4);
  });
  it('adds hours without float drift', () => {
    expect(
      placementTotals([
        { date: 'a', hours: 0.1 },
        { date: 'b', hours: 0.2 },
        { date: 'c', hours: 7.75 },
      ]),
    ).toEqual({
      days: 3,
      hours: 8.05,
    });
  });
  it('shows the mean with its sum in the form order', () => {
    const r = orderedRatings({ safety: 3, quality: 4, cooperation: 5, punctuality: 5, independence: 4 });
    expect(Object.keys(r)).toEqual(['punctuality', 'quality', 'independence', 'cooperation', 'safety']);
    expect(ratingMean(r)).toEqual({ mean: 4.2, formula: '(5 + 4 + 4 + 5 + 3) / 5 = 4,2' });
    // 14 / 3 = 4,666… → 4,7
    expect(ratingMean({ a: 5, b: 5, c: 4 })?.mean).toBe(4.7);
    expect(ratingMean({})).toBeNull();
  });
});
