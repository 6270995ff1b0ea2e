import { describe, expect, it } from 'vitest';
import { nextReportDeadline } from './report-deadline';

describe('the annual report deadline (31 March of the next year)', () => {
  it.each([
    ['2026-12-02', 2026, '2027-03-31', 119],
    ['2027-01-01', 2026, '2027-03-31', 89],
    ['2027-03-31', 2026, '2027-03-31', 0],
    ['2027-04-01', 2027, '2028-03-31', 365],
  ])('on %s: the report for %i is due %s, in %i days', (today, reportYear, deadline, daysLeft) =>
    expect(nextReportDeadline(today)).toEqual({ reportYear, deadline, daysLeft }),
  );
});
