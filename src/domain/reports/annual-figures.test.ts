import { describe, expect, it } from 'vitest';
import { type AnnualInput, buildAnnualFigures, type ProgrammeFact } from './annual-figures';

const prog = (over: Partial<ProgrammeFact>): ProgrammeFact => ({
  participantId: 'a',
  programmeId: 'p',
  sex: 'F',
  groups: ['HOMELESS', 'DISABILITY'],
  admissionDate: '2026-02-02',
  lastDay: null,
  plannedEnd: '2027-01-31',
  exitType: null,
  ...over,
});
const input = (over: Partial<AnnualInput>): AnnualInput => ({
  year: 2026,
  centreType: 'CIS',
  monthsOver: ['2026-01', '2026-02', '2026-03'],
  groupCounting: 'each',
  programmes: [],
  outcomes: [],
  staff: [],
  payrollLines: [],
  payrollMonths: [],
  attendanceMonths: [],
  services: [],
  ...over,
});

describe('annual figures', () => {
  it('counts a person in each group, or in the first with primary counting; no group → OTHER', () => {
    const programmes = [prog({}), prog({ participantId: 'b', groups: [] })];
    const each = buildAnnualFigures(input({ programmes })).figures.participants;
    expect(each.total).toBe(2);
    expect(each.byGroup).toMatchObject({ HOMELESS: 1, DISABILITY: 1, OTHER: 1 });
    const primary = buildAnnualFigures(input({ programmes, groupCounting: 'primary' })).figures.participants;
    expect(primary.byGroup).toMatchObject({ HOMELESS: 1, DISABILITY: 0, OTHER: 1 });
  });

  it('a person carried over is in the year, not among those who started; two programmes count once', () => {
    const programmes = [
      prog({ admissionDate: '2025-05-04', lastDay: '2026-02-27', exitType: 'COMPLETED' }),
      prog({ programmeId: 'q', admissionDate: '2026-06-01' }),
      prog({ participantId: 'old', admissionDate: '2024-01-02', lastDay: '2025-12-31' }),
    ];
    const p = buildAnnualFigures(input({ programmes })).figures.participants;
    expect(p).toMatchObject({ total: 1, started: 1, ended: 1, completed: 1 });
  });

  it('sums only closed payroll months and paid lines; a correction by its amount', () => {
    const line = { payrollStatus: 'CLOSED', participantId: 'a', lineStatus: 'PAY', totalGrosze: 0 };
    const f = buildAnnualFigures(
      input({
        programmes: [prog({})],
        payrollMonths: [
          { month: '2026-02', label: '', status: 'CLOSED' },
          { month: '2026-03', label: '', status: 'APPROVED' },
        ],
        payrollLines: [
          {
            ...line,
            month: '2026-02',
            kind: 'BENEFIT',
            benefitGrosze: 190_000,
            bonusGrosze: 5_001,
            totalGrosze: 195_001,
          },
          {
            ...line,
            month: '2026-02',
            kind: 'CORRECTION',
            benefitGrosze: 0,
            bonusGrosze: 0,
            totalGrosze: -1_033,
          },
          {
            ...line,
            month: '2026-02',
            kind: 'BENEFIT',
            lineStatus: 'NOTHING_DUE',
            benefitGrosze: 7,
            bonusGrosze: 0,
          },
          { ...line, month: '2026-03', kind: 'BENEFIT', benefitGrosze: 206_628, bonusGrosze: 0 },
        ],
      }),
    ).figures;
    expect(f.finance).toEqual({
      benefitsPaidGrosze: 188_967,
      bonusesPaidGrosze: 5_001,
      closedMonths: ['2026-02'],
    });
    expect(f.warnings.map((w) => `${w.code} ${w.month}`)).toEqual(['PAYROLL_MONTH_OPEN 2026-03']);
  });
});
