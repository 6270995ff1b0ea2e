import { describe, expect, it } from 'vitest';
import { isRetentionOver, retentionEndsOn } from './retention';

describe('retention (art. 8b ust. 5: 10 years from the end of the year services ended)', () => {
  it.each([
    ['2016-01-01', '2026-12-31'],
    ['2016-12-31', '2026-12-31'],
    ['2024-03-15', '2034-12-31'],
  ])('services ended %s → kept until %s', (ended, until) => {
    expect(retentionEndsOn(ended)).toBe(until);
  });

  it.each([
    ['2016-06-30', '2026-12-31', false],
    ['2016-06-30', '2027-01-01', true],
    ['2017-01-01', '2027-01-01', false],
    [null, '2099-01-01', false],
  ] as const)('ended %s, today %s → over: %s', (ended, today, over) => {
    expect(isRetentionOver(ended, today)).toBe(over);
  });
});
