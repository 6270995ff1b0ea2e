import { describe, expect, it } from 'vitest';
import { activityRefusal, EXCLUDED_ACTIVITIES } from './activity';
import { crewProblem } from './crew';
import { lineAmounts, orderTotals } from './totals';
import { effectiveRate, vatStatusOn } from './vat';

describe('art. 9 exclusions', () => {
  it.each(EXCLUDED_ACTIVITIES)('refuses %s citing art. 9 ust. 1', (type) => {
    expect(activityRefusal(type)?.message).toContain('Art. 9 ust. 1');
  });
  it.each(['RENOVATION', 'CATERING', 'CRAFTS', 'FARMING'] as const)('allows %s', (type) => {
    expect(activityRefusal(type)).toBeNull();
  });
});

describe('order amounts', () => {
  it.each([
    [
      { quantityMilli: 1000, netPrice: 10000, rate: '23' as const },
      { net: 10000, vat: 2300, gross: 12300 },
    ],
    [
      { quantityMilli: 1500, netPrice: 333, rate: '8' as const },
      { net: 500, vat: 40, gross: 540 },
    ],
    [
      { quantityMilli: 2500, netPrice: 1999, rate: '23' as const },
      { net: 4998, vat: 1150, gross: 6148 },
    ],
    [
      { quantityMilli: 3000, netPrice: 5000, rate: 'ZW' as const },
      { net: 15000, vat: 0, gross: 15000 },
    ],
  ])('line %o', (line, expected) => {
    expect(lineAmounts(line)).toEqual(expected);
  });
  it('totals are the sum of the lines', () => {
    expect(
      orderTotals([
        lineAmounts({ quantityMilli: 1000, netPrice: 100, rate: '23' }),
        { net: 5, vat: 0, gross: 5 },
      ]),
    ).toEqual({
      net: 105,
      vat: 23,
      gross: 128,
    });
  });
});

describe('VAT status by date', () => {
  const entries = [
    { validFrom: '2026-01-01', status: 'EXEMPT' as const },
    { validFrom: '2026-07-01', status: 'VAT_PAYER' as const },
  ];
  it('takes the newest entry on or before the day; default a VAT payer', () => {
    expect(vatStatusOn(entries, '2025-12-31')).toBe('VAT_PAYER');
    expect(vatStatusOn(entries, '2026-03-01')).toBe('EXEMPT');
    expect(vatStatusOn(entries, '2026-07-01')).toBe('VAT_PAYER');
  });
  it('an exempt centre charges no VAT whatever the item says', () => {
    expect(effectiveRate('EXEMPT', '23')).toBe('ZW');
    expect(effectiveRate('VAT_PAYER', '8')).toBe('8');
  });
});

describe('crew check', () => {
  const p = { status: 'ACTIVE', admissionDate: '2026-02-02', lastDay: null, plannedEnd: '2027-01-31' };
  it('refuses a person without a signed programme', () => {
    expect(crewProblem('Nowak Jan', [], { from: '2026-05-04', to: '2026-05-06' })?.code).toBe('NOT_ADMITTED');
    expect(
      crewProblem('Nowak Jan', [{ ...p, status: 'DRAFT' }], { from: '2026-05-04', to: '2026-05-06' })?.code,
    ).toBe('NOT_ADMITTED');
  });
  it('refuses a job outside the participation, accepts one inside', () => {
    expect(crewProblem('Nowak Jan', [p], { from: '2026-01-26', to: '2026-02-03' })?.code).toBe(
      'OUTSIDE_PARTICIPATION',
    );
    expect(
      crewProblem('Nowak Jan', [{ ...p, lastDay: '2026-05-05' }], { from: '2026-05-04', to: '2026-05-06' })
        ?.code,
    ).toBe('OUTSIDE_PARTICIPATION');
    expect(crewProblem('Nowak Jan', [p], { from: '2026-05-04', to: '2026-05-06' })).toBeNull();
  });
});
