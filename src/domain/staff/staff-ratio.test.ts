import { describe, expect, it } from 'vitest';
import { staffRatioOn, staffYearSummary, type StaffMember } from './staff-ratio';

const instructor = (over: Partial<StaffMember> = {}): StaffMember => ({
  id: 'x',
  sex: 'F',
  fteMilli: 1000,
  basis: 'EMPLOYMENT_CONTRACT',
  conductsClasses: true,
  fromDate: '2026-01-01',
  toDate: null,
  ...over,
});
const people = (n: number, from = '2026-01-01', to = '2026-12-31') =>
  Array.from({ length: n }, (_, i) => ({ participantId: `p${i}`, fromDate: from, toDate: to }));

describe('the 1 : 10 rule (art. 11 ust. 3)', () => {
  it.each([
    [10, 1, true],
    [11, 1, false],
    [20, 2, true],
    [1, 0, false],
    [0, 0, true],
  ])('%i participants, %i employees conducting classes → ok %s', (n, e, ok) => {
    const staff = Array.from({ length: e }, () => instructor());
    expect(staffRatioOn('2026-03-02', staff, people(n)).ok).toBe(ok);
  });

  it(
    'does not count art. 16 employees, volunteers, civil contracts, staff not ' +
      'conducting classes or out of dates',
    () => {
      const staff = [
        instructor({ basis: 'ART16_EMPLOYEE' }),
        instructor({ basis: 'VOLUNTEER' }),
        instructor({ basis: 'CIVIL_CONTRACT' }),
        instructor({ conductsClasses: false }),
        instructor({ toDate: '2026-03-01' }),
        instructor({ fromDate: '2026-03-03' }),
        instructor(),
      ];
      const r = staffRatioOn('2026-03-02', staff, [...people(11), ...people(2, '2026-04-01')]);
      expect(r).toMatchObject({
        participants: 11,
        employeesConductingClasses: 1,
        allowedParticipants: 10,
        ok: false,
      });
      expect(r.ratio).toBe(11);
    },
  );

  it('counts a person once even with two overlapping periods', () => {
    const twice = [...people(1), ...people(1)];
    expect(staffRatioOn('2026-03-02', [instructor()], twice).participants).toBe(1);
  });
});

describe('staff in the year (the reports staff part)', () => {
  it('averages the monthly FTE and counts hired, left and the other bases apart', () => {
    const s = staffYearSummary(2026, [
      instructor({ fromDate: '2020-01-01' }),
      instructor({ id: 'b', sex: 'M', fteMilli: 500, fromDate: '2026-07-01' }),
      instructor({ id: 'c', fromDate: '2025-01-01', toDate: '2026-03-31' }),
      instructor({ id: 'd', basis: 'CIVIL_CONTRACT' }),
      instructor({ id: 'e', basis: 'VOLUNTEER' }),
      instructor({ id: 'f', fromDate: '2027-01-01' }),
    ]);
    // 12 × 1.0 + 6 × 0.5 + 3 × 1.0 = 18 FTE-months / 12 = 1.5
    expect(s).toEqual({
      total: 3,
      women: 2,
      hired: 1,
      left: 1,
      averageFte: 1.5,
      fullTime: 2,
      partTime: 1,
      civilContracts: 1,
      volunteers: 1,
    });
  });
});
