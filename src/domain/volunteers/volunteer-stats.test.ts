import { describe, expect, it } from 'vitest';
import { volunteerStats } from './volunteer-stats';

describe('volunteers by sex and by activity', () => {
  it('counts each person once by sex and sums minutes per activity across people', () => {
    const s = volunteerStats([
      {
        volunteerId: 'a',
        sex: 'F',
        activities: [
          { activity: 'Szycie maseczek', minutes: 120 },
          { activity: 'szycie maseczek ', minutes: 60 },
          { activity: 'Wieczór gier', minutes: 90 },
        ],
      },
      { volunteerId: 'b', sex: 'F', activities: [{ activity: 'Szycie maseczek', minutes: 30 }] },
      { volunteerId: 'c', sex: 'M', activities: [{ activity: 'Wieczór gier', minutes: 90 }] },
      { volunteerId: 'd', sex: 'M', activities: [] },
    ]);
    expect(s.bySex).toEqual({ F: 2, M: 2, total: 4 });
    // Sewing: 120 + 60 + 30 = 210 min by 2 people; games: 90 + 90 = 180 min by 2 people.
    expect(s.byActivity).toEqual([
      { activity: 'Szycie maseczek', volunteers: 2, minutes: 210 },
      { activity: 'Wieczór gier', volunteers: 2, minutes: 180 },
    ]);
  });

  it('gives zeros for a year without volunteers', () => {
    expect(volunteerStats([])).toEqual({ bySex: { F: 0, M: 0, total: 0 }, byActivity: [] });
  });
});
