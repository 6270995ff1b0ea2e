import { describe, expect, it } from 'vitest';
import { errorCode, ok, params } from './monthly-benefit.fixtures';

describe('published amounts (law.md §10)', () => {
  it.each([
    ['CIS Ostrzyce 2017/18, participation (100 % × 831,10)', '2017-10', '2017-09-01', 'participation', 83110],
    ['CIS Ostrzyce 2017/18, trial (50 %)', '2017-09', '2017-09-01', 'trial', 41555],
    ['CIS Dębica from Sept 2020, trial 600 zł', '2020-10', '2020-10-01', 'trial', 60000],
    ['CIS Dębica from Sept 2020, participation 1200 zł', '2020-11', '2020-10-01', 'participation', 120000],
    ['2022 note: 120 % × 1240,80 = 1488,96, trial month too', '2022-03', '2022-03-01', 'trial', 148896],
    ['2022 note, participation', '2022-04', '2022-03-01', 'participation', 148896],
    ['2023/24: 120 % × 1491,90', '2023-07', '2023-01-01', 'participation', 179028],
    ['2024/25: 120 % × 1662,00', '2024-07', '2024-01-01', 'participation', 199440],
    ['2025/26: 120 % × 1721,90 = 2066,28', '2025-07', '2025-03-01', 'participation', 206628],
    ['from June 2026: 120 % × 1783,90 = 2140,68', '2026-06', '2026-01-01', 'participation', 214068],
  ])('%s', (_name, month, admissionDate, period, base) => {
    const r = ok({ month, admissionDate });
    expect(r.period).toBe(period);
    expect(r.base).toBe(base);
    expect(r.total).toBe(base);
  });

  it('Ostrzyce per-day deductions: 1/20 = 41,555 zł, 1/40 = 20,7775 zł, 1/30 = 27,703 zł', () => {
    const r = ok({
      month: '2017-10',
      admissionDate: '2017-09-01',
      days: { '2017-10-02': 'unexcused', '2017-10-03': 'sick', '2017-10-04': 'excused' },
    });
    expect(r.deductions.map((d) => [d.rule, d.amountExact, d.amount])).toEqual([
      ['UNEXCUSED', '8311/2', 4156], // 4155,5 gr
      ['SICK_WITHIN_LIMIT', '8311/4', 2078], // 2077,75 gr
      ['EXCUSED', '8311/3', 2770], // 2770,33… gr
    ]);
    // 83110 − 4155,5 − 2077,75 − 2770,333… = 74106,4166… → 74106 (one rounding, not three)
    expect(r.total).toBe(74106);
  });

  it('Ostrzyce trial month: 1/20 of the trial benefit = 20,7775 zł', () => {
    const r = ok({ month: '2017-09', admissionDate: '2017-09-01', days: { '2017-09-04': 'unexcused' } });
    expect(r.deductions[0]?.amountExact).toBe('8311/4');
  });
});

describe('the CLI example (issue text)', () => {
  it('one sick day in July 2025: amount 5166 (5165,7), total 201462', () => {
    const r = ok({
      month: '2025-07',
      admissionDate: '2025-03-01',
      days: { '2025-07-01': 'present', '2025-07-02': 'sick' },
      priorUse: { daysOff: 0, sickDays: 0 },
    });
    expect(r).toMatchObject({
      ruleSet: 'UZS_2025',
      period: 'participation',
      unemploymentBenefit: 172190,
      base: 206628,
      bonus: 0,
      total: 201462,
    });
    expect(r.deductions).toEqual([
      expect.objectContaining({
        date: '2025-07-02',
        status: 'sick',
        amount: 5166,
        amountExact: '51657/10',
        rule: 'SICK_WITHIN_LIMIT',
      }),
    ]);
    expect(r.endUse).toEqual({ daysOff: 0, sickDays: 1, illnessDays: 1 });
    expect(r.explanation.join('\n')).toMatch(/art\. 15 ust\. 7a/);
  });
});

describe('rule sets by the month paid', () => {
  it('December 2021 pays 100 %, January 2022 pays 120 % of the same Z', () => {
    expect(ok({ month: '2021-12', admissionDate: '2021-06-01' })).toMatchObject({
      ruleSet: 'UZS_2015',
      base: 124080,
    });
    expect(ok({ month: '2022-01', admissionDate: '2021-06-01' })).toMatchObject({
      ruleSet: 'UZS_2022',
      base: 148896,
    });
  });

  it('centre parameters change the uncertain 2022 fractions but never the pre-2022 law', () => {
    const p = params({ sickDayFraction: '1/20' });
    const days = { '2021-10-04': 'sick' } as const;
    expect(ok({ month: '2021-10', admissionDate: '2021-01-04', days }, p).deductions[0]?.fraction).toBe(
      '1/40',
    );
    expect(
      ok({ month: '2022-10', admissionDate: '2022-01-04', days: { '2022-10-04': 'sick' } }, p).deductions[0]
        ?.fraction,
    ).toBe('1/20');
  });
});

describe('partial months (proration) and the month the trial ends', () => {
  it('admission on 15 March 2025: 17 of 31 days, base × 17/31', () => {
    const r = ok({ month: '2025-03', admissionDate: '2025-03-15' });
    expect(r).toMatchObject({
      period: 'trial',
      periodDays: { trial: 17, participation: 0, outside: 14 },
      base: 109370,
      total: 109370,
    }); // 199440 × 17/31 = 109370,32
  });

  it('participation ending on 10 July 2024 (older rules, parameter): 10/31', () => {
    // 199440 × 10/31 = 64335,48
    expect(ok({ month: '2024-07', admissionDate: '2024-01-01', endDate: '2024-07-10' }).base).toBe(64335);
  });

  it('THIRTIETHS proration: 1/30 per day', () => {
    expect(
      ok({ month: '2025-03', admissionDate: '2025-03-15' }, params({ proration: 'THIRTIETHS' })).base,
    ).toBe(113016); // 199440 × 17/30
  });

  it('pre-2022 straddle month (trial to 14 April, participation from 15 April): split by days', () => {
    const r = ok({ month: '2021-04', admissionDate: '2021-03-15' });
    expect(r.periodDays).toMatchObject({ trial: 14, participation: 16 });
    expect(r.base).toBe(92000); // (600 × 14 + 1200 × 16) / 30
  });

  it('MAJORITY: the whole straddle month at the rate of the period with more days', () => {
    expect(
      ok({ month: '2021-04', admissionDate: '2021-03-15' }, params({ periodStraddle: 'MAJORITY' })).base,
    ).toBe(120000);
    expect(
      ok({ month: '2021-04', admissionDate: '2021-03-20' }, params({ periodStraddle: 'MAJORITY' })).base,
    ).toBe(60000); // 19 trial days vs 11
  });

  it('a deduction on a trial day of a straddle month uses the trial rate', () => {
    const r = ok({
      month: '2021-04',
      admissionDate: '2021-03-15',
      days: { '2021-04-02': 'unexcused', '2021-04-20': 'unexcused' },
    });
    expect(r.deductions.map((d) => d.amountExact)).toEqual(['3000', '6000']);
  });
});

describe('motivation bonus (art. 15a)', () => {
  it('up to 100 % from 2022, added to the total', () => {
    expect(ok({ month: '2025-07', admissionDate: '2025-01-01', bonus: 206628 })).toMatchObject({
      bonus: 206628,
      total: 413256,
    });
    expect(errorCode({ month: '2025-07', admissionDate: '2025-01-01', bonus: 206629 })).toBe(
      'BONUS_ABOVE_LIMIT',
    );
  });

  it('up to 50 % in 2015–2021', () => {
    expect(ok({ month: '2021-07', admissionDate: '2021-01-01', bonus: 62040 }).total).toBe(186120);
    expect(errorCode({ month: '2021-07', admissionDate: '2021-01-01', bonus: 62041 })).toBe(
      'BONUS_ABOVE_LIMIT',
    );
  });

  it('never in the trial month; in a straddle month only up to the participation part', () => {
    expect(errorCode({ month: '2025-03', admissionDate: '2025-03-01', bonus: 1 })).toBe('BONUS_IN_TRIAL');
    // 199440 × 16/30
    expect(ok({ month: '2025-04', admissionDate: '2025-03-15', bonus: 106368 }).bonusLimit).toBe(106368);
    expect(errorCode({ month: '2025-04', admissionDate: '2025-03-15', bonus: 106369 })).toBe(
      'BONUS_ABOVE_LIMIT',
    );
  });
});

describe('rounding (one final rounding, parameter)', () => {
  // 83110 − 4155,5 = 78954,5 gr
  const input = {
    month: '2017-10',
    admissionDate: '2017-09-01',
    days: { '2017-10-02': 'unexcused' },
  } as const;
  it.each([
    ['HALF_UP', 78955],
    ['HALF_EVEN', 78954],
    ['DOWN', 78954],
    ['UP', 78955],
  ] as const)('%s → %i', (rounding, total) => {
    expect(ok(input, params({ rounding })).total).toBe(total);
  });
});

describe('deductions never exceed the base', () => {
  it('caps at zero', () => {
    const days = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`2025-07-${String(i + 1).padStart(2, '0')}`, 'excused' as const]),
    );
    const r = ok(
      { month: '2025-07', admissionDate: '2025-01-01', days },
      params({ excusedDayFraction: '1/10' }),
    );
    expect(r.total).toBe(0);
    expect(r.explanation.join(' ')).toMatch(/nie może być ujemne/);
  });
});

describe('refused input', () => {
  it.each([
    ['KIS_NO_BENEFIT', { month: '2025-07', admissionDate: '2025-01-01', centreType: 'KIS' as const }],
    ['MONTH_BEFORE_ADMISSION', { month: '2025-02', admissionDate: '2025-03-01' }],
    ['MONTH_AFTER_END', { month: '2025-08', admissionDate: '2025-01-01', endDate: '2025-07-31' }],
    ['MONTH_AFTER_LIMIT', { month: '2027-01', admissionDate: '2025-01-01' }],
    ['END_AFTER_LIMIT', { month: '2025-07', admissionDate: '2025-01-01', endDate: '2027-01-01' }],
    [
      'DAY_OUTSIDE_MONTH',
      { month: '2025-07', admissionDate: '2025-01-01', days: { '2025-08-01': 'present' } },
    ],
    ['INVALID_DATE', { month: '2025-07', admissionDate: '2025-01-01', days: { '2025-07-32': 'present' } }],
    [
      'DAY_OUTSIDE_PARTICIPATION',
      { month: '2025-03', admissionDate: '2025-03-15', days: { '2025-03-03': 'sick' } },
    ],
    [
      'UNKNOWN_DAY_STATUS',
      { month: '2025-07', admissionDate: '2025-01-01', days: { '2025-07-01': 'holiday' } },
    ],
    ['INVALID_MONTH', { month: '2025-13', admissionDate: '2025-01-01' }],
    ['NO_UNEMPLOYMENT_BENEFIT', { month: '2017-05', admissionDate: '2017-01-01' }],
    ['INVALID_BONUS', { month: '2025-07', admissionDate: '2025-01-01', bonus: 1.5 }],
    [
      'INVALID_PRIOR_USE',
      { month: '2025-07', admissionDate: '2025-01-01', priorUse: { daysOff: -1, sickDays: 0 } },
    ],
  ])('%s', (code, input) => {
    expect(errorCode(input)).toBe(code);
  });

  it('the register rows as a list: a day given twice is refused, whatever the two statuses', () => {
    const month = { month: '2025-07', admissionDate: '2025-01-01' };
    const row = (date: string, status: string) => ({ date, status });
    expect(errorCode({ ...month, days: [row('2025-07-01', 'present'), row('2025-07-01', 'sick')] })).toBe(
      'DUPLICATE_DAY',
    );
    expect(
      errorCode({ ...month, days: [row('2025-07-05', 'no_classes'), row('2025-07-05', 'present')] }),
    ).toBe('DUPLICATE_DAY');
    expect(errorCode({ ...month, days: [row('2025-08-01', 'present')] })).toBe('DAY_OUTSIDE_MONTH');
    // A Saturday without classes between two sick days does not end the illness, as in the record form.
    const list = [row('2025-07-04', 'sick'), row('2025-07-05', 'no_classes'), row('2025-07-07', 'sick')];
    expect(ok({ ...month, days: list }).endUse).toEqual({ daysOff: 0, sickDays: 2, illnessDays: 2 });
  });

  it('a day before admission with no classes is fine', () => {
    expect(
      errorCode({ month: '2025-03', admissionDate: '2025-03-15', days: { '2025-03-03': 'no_classes' } }),
    ).toBeNull();
  });
});
