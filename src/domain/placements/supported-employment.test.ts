import { describe, expect, it } from 'vitest';
import { checkApplication, checkClaim, checkEmployment, paymentDue } from './supported-employment';

const cis = {
  centreType: 'CIS' as const,
  admissionDate: '2026-02-02',
  lastDay: null,
  signedByDirector: true,
  signedBySocialWorker: true,
  signedByParticipant: true,
  justification: 'Pracodawca oferuje stałą pracę od przyszłego miesiąca.',
};
const codes = (p: { field: string; code: string }[]) => p.map((x) => `${x.field}:${x.code}`);

describe('supported employment (art. 15b–16)', () => {
  it('during participation: not before 6 months even when justified, and never without the justification', () => {
    // 02.02.2026 + 6 months → served on 01.08.2026.
    expect(codes(checkApplication({ ...cis, appliedOn: '2026-07-31' }))).toEqual([
      'appliedOn:BEFORE_SIX_MONTHS',
    ]);
    expect(checkApplication({ ...cis, appliedOn: '2026-08-01' })).toEqual([]);
    expect(codes(checkApplication({ ...cis, appliedOn: '2026-09-01', justification: null }))).toEqual([
      'justification:JUSTIFICATION_REQUIRED',
    ]);
  });
  it(
    'after the participation no justification is needed; a CIS needs all three ' +
      'signatures, a KIS the social worker',
    () => {
      expect(
        checkApplication({ ...cis, lastDay: '2026-06-30', appliedOn: '2026-07-10', justification: null }),
      ).toEqual([]);
      expect(
        codes(
          checkApplication({
            ...cis,
            lastDay: '2026-06-30',
            appliedOn: '2026-07-10',
            signedByParticipant: false,
          }),
        ),
      ).toEqual(['signatures:JOINT_APPLICATION_REQUIRED']);
      expect(
        checkApplication({
          ...cis,
          centreType: 'KIS',
          lastDay: '2026-06-30',
          appliedOn: '2026-07-10',
          signedByDirector: false,
          signedByParticipant: false,
        }),
      ).toEqual([]);
    },
  );
  it('employment of at least 6 months', () => {
    expect(checkEmployment({ from: '2026-09-01', until: '2027-02-28' })).toEqual([]);
    expect(codes(checkEmployment({ from: '2026-09-01', until: '2027-02-27' }))).toEqual([
      'employmentUntil:EMPLOYMENT_TOO_SHORT',
    ]);
    expect(checkEmployment({ from: '2026-09-01', until: null })).toEqual([]);
  });
  it('refunds months 1–6 only, the wage part up to 100 % of the zasiłek in force', () => {
    // September 2026: zasiłek 1 783,90 zł (from 1.06.2026).
    const ok = checkClaim({
      employmentFrom: '2026-09-01',
      month: '2026-09',
      wageGross: 466600,
      refundWage: 178390,
      refundContributions: 34822,
    });
    expect(ok.problems).toEqual([]);
    expect(ok.total).toBe(213212);
    expect(ok.how).toBe(
      '1783,90 zł części wynagrodzenia + 348,22 zł składek na ubezpieczenia społeczne = 2132,12 zł',
    );
    const over = checkClaim({
      employmentFrom: '2026-09-01',
      month: '2027-03',
      wageGross: 466600,
      refundWage: 178391,
      refundContributions: 0,
    });
    expect(codes(over.problems)).toEqual(['month:OUTSIDE_REFUND_PERIOD', 'refundWage:REFUND_OVER_LIMIT']);
    // A wage lower than the zasiłek caps the refund at the wage.
    expect(
      checkClaim({
        employmentFrom: '2026-09-01',
        month: '2026-10',
        wageGross: 150000,
        refundWage: 150000,
        refundContributions: 0,
      }).limit,
    ).toBe(150000);
    expect(paymentDue('2026-10-05')).toBe('2026-11-04');
  });
});
