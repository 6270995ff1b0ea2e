import { describe, expect, it } from 'vitest';
import { computeMonthlyBenefit, type MonthlyBenefit, type MonthlyBenefitInput } from './monthly-benefit';
import {
  DEFAULT_BENEFIT_PARAMETERS,
  parseBenefitParameters,
  type BenefitParametersInput,
} from './parameters';

/**
 * The rules of the consolidated text Dz.U. 2025 poz. 1718 (art. 15), for months from 1.06.2025.
 * Every expected amount is worked out by hand in the comment beside it (integer grosze):
 * B = 120 % × Z; Z = 1 721,90 zł from 1.06.2025 → B = 206 628 gr; Z = 1 783,90 zł from 1.06.2026
 * → B = 214 068 gr (law.md §10). 1/40 of 206 628 = 5 165,7; 1/30 = 6 887,6; 1/20 = 10 331,4.
 */

const params = (raw: BenefitParametersInput) => {
  const r = parseBenefitParameters(raw);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

type In = Partial<MonthlyBenefitInput> & Pick<MonthlyBenefitInput, 'month' | 'admissionDate'>;
const compute = (input: In, p = DEFAULT_BENEFIT_PARAMETERS) =>
  computeMonthlyBenefit({ centreType: 'CIS', days: {}, ...input }, p);
function ok(input: In, p = DEFAULT_BENEFIT_PARAMETERS): MonthlyBenefit {
  const r = compute(input, p);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('law.md §10 worked numbers under the consolidated text', () => {
  it.each([
    // month, admitted, B, 1/20, 1/40 as exact grosze
    ['2025-07', '2025-03-01', 206628, '51657/5', '51657/10'], // 103,314 zł and 51,657 zł
    ['2026-07', '2026-01-01', 214068, '53517/5', '53517/10'], // 107,034 zł and 53,517 zł
  ])('%s: B = %i gr; −1/20 = %s gr, −1/40 = %s gr', (month, admissionDate, base, twentieth, fortieth) => {
    const r = ok({
      month,
      admissionDate,
      days: { [`${month}-01`]: 'unexcused', [`${month}-02`]: 'sick' },
    });
    expect(r).toMatchObject({ ruleSet: 'UZS_2025', base, bonusLimit: base });
    expect(r.deductions.map((d) => d.amountExact)).toEqual([twentieth, fortieth]);
  });

  it('from June 2026 a day not due is 1/30 = 71,356 zł', () => {
    const r = ok({
      month: '2026-07',
      admissionDate: '2026-01-01',
      priorUse: { daysOff: 0, sickDays: 21 },
      days: { '2026-07-01': 'sick' },
    });
    expect(r.deductions[0]).toMatchObject({ rule: 'SICK_OVER_LIMIT', amountExact: '35678/5' }); // 7135,6 gr
    expect(r.total).toBe(206932); // 214068 − 7135,6 = 206932,4
  });
});

describe('partial month: benefit ÷ 30 × calendar days owed (art. 15 ust. 6)', () => {
  it.each([
    // 28 days: the case one year on — trial from 16 February 2026, 13 days
    // 206628×13/30 = 89538,8
    ['Feb 2026 (28), admitted 16th', { month: '2026-02', admissionDate: '2026-02-16' }, 13, 89539],
    [
      'Feb 2026 (28), left on the 27th',
      { month: '2026-02', admissionDate: '2025-09-01', endDate: '2026-02-27' },
      27,
      185965,
    ], // 206628×27/30 = 185965,2
    ['Feb 2028 (29), admitted 15th', { month: '2028-02', admissionDate: '2028-02-15' }, 15, 107034], // 214068×15/30
    [
      'Feb 2028 (29), left on the 10th',
      { month: '2028-02', admissionDate: '2027-09-01', endDate: '2028-02-10' },
      10,
      71356,
    ], // 214068/3
    ['Jun 2026 (30), admitted 11th', { month: '2026-06', admissionDate: '2026-06-11' }, 20, 142712], // 214068×2/3
    [
      'Sep 2025 (30), left on the 20th',
      { month: '2025-09', admissionDate: '2025-06-02', endDate: '2025-09-20' },
      20,
      137752,
    ], // 206628×2/3
    ['Jul 2026 (31), admitted 17th', { month: '2026-07', admissionDate: '2026-07-17' }, 15, 107034], // 214068/2
    [
      'Jul 2026 (31), admitted 2nd: 30 days = the full amount',
      { month: '2026-07', admissionDate: '2026-07-02' },
      30,
      214068,
    ],
    [
      'Aug 2025 (31), left on the 30th',
      { month: '2025-08', admissionDate: '2025-06-02', endDate: '2025-08-30' },
      30,
      206628,
    ],
  ] as const)('%s: %i days → %i gr', (_name, input, days, base) => {
    const r = ok(input);
    expect(r.periodDays.trial + r.periodDays.participation).toBe(days);
    expect(r.base).toBe(base);
    expect(r.total).toBe(base);
    expect(r.explanation.join('\n')).toMatch(/÷ 30 × \d+ dni .*\(art\. 15 ust\. 6\)/);
  });

  it('is the law, not a centre parameter: the older proration setting does not change it', () => {
    const r = ok({ month: '2026-02', admissionDate: '2026-02-16' }, params({ proration: 'CALENDAR_DAYS' }));
    expect(r.base).toBe(89539);
  });

  it('a month in which the trial ends is a full month (120 % in both periods)', () => {
    const r = ok({ month: '2025-09', admissionDate: '2025-08-15' });
    expect(r.periodDays).toMatchObject({ trial: 14, participation: 16 });
    expect(r.total).toBe(206628);
    expect(r.bonusLimit).toBe(110201); // 100 % of 206628 × 16/30 = 110201,6
  });
});

describe('days off: 6 in the participation period, none in the trial month, + extension (art. 15 ust. 6a–6b)', () => {
  const dayOff = (prior: number, extensionMonths: number, p = DEFAULT_BENEFIT_PARAMETERS) =>
    compute(
      {
        month: '2025-10',
        admissionDate: '2025-03-03',
        priorUse: { daysOff: prior, sickDays: 0 },
        extensionMonths,
        days: { '2025-10-06': 'present', '2025-10-07': 'day_off' },
      },
      p,
    );
  const UP = params({ extensionDaysOffRounding: 'UP' });

  it.each([
    // nth day off, extension months, rounding, allowed?
    [6, 0, 'DOWN', true],
    [7, 0, 'DOWN', false],
    [7, 1, 'DOWN', false], // 6 × 1/12 = 0,5 → 0
    [7, 1, 'UP', true], // 0,5 → 1
    [7, 2, 'DOWN', true], // 1
    [9, 6, 'DOWN', true], // 6 + 3
    [10, 6, 'UP', false],
    [9, 5, 'DOWN', false], // 6 + 2 (2,5 → 2)
    [9, 5, 'UP', true], // 6 + 3
    [12, 12, 'DOWN', true], // 6 + 6
    [13, 0, 'DOWN', false],
    [13, 12, 'DOWN', false],
    [13, 12, 'UP', false],
  ] as const)('day off no. %i with a %i-month extension (%s): allowed %s', (nth, ext, rounding, allowed) => {
    const r = dayOff(nth - 1, ext, rounding === 'UP' ? UP : DEFAULT_BENEFIT_PARAMETERS);
    if (allowed) {
      expect(r).toMatchObject({ ok: true, value: { total: 206628, endUse: { daysOff: nth } } });
      return;
    }
    expect(r).toMatchObject({ ok: false, error: { code: 'DAY_OFF_ABOVE_LIMIT' } });
    expect(!r.ok && r.error.message).toContain(
      `Dzień wolny 2025-10-07 nie przysługuje: byłby to ${nth}. dzień`,
    );
  });

  it('a day off with full benefit is explained with its limit: "dni wolne 5/6", "+3 za przedłużenie"', () => {
    const plain = dayOff(4, 0);
    expect(plain.ok && plain.value.explanation.join('\n')).toContain('dni wolne 5/6');
    const extended = dayOff(4, 6);
    expect(extended.ok && extended.value.explanation.join('\n')).toContain(
      'dni wolne 5/9 (6 +3 za przedłużenie)',
    );
    expect(extended.ok && extended.value.limits).toEqual({
      daysOff: 9,
      daysOffBase: 6,
      daysOffExtension: 3,
      sickDays: 21,
    });
  });

  it('no day off in the trial month, whatever the extension', () => {
    const r = compute({
      month: '2025-10',
      admissionDate: '2025-10-01',
      extensionMonths: 12,
      days: { '2025-10-08': 'day_off' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'DAY_OFF_IN_TRIAL' } });
    expect(!r.ok && r.error.message).toMatch(/2025-10-08.*art\. 15 ust\. 6a/);
  });

  it('in the month the trial ends, a day off is refused before the participation period and given after', () => {
    const base = { month: '2025-09', admissionDate: '2025-08-15' };
    expect(compute({ ...base, days: { '2025-09-12': 'day_off' } })).toMatchObject({
      ok: false,
      error: { code: 'DAY_OFF_IN_TRIAL' },
    });
    expect(ok({ ...base, days: { '2025-09-15': 'day_off' } }).total).toBe(206628);
  });

  it('months before June 2025 keep the older rules: a 7th day off is paid in full', () => {
    expect(
      ok({
        month: '2025-05',
        admissionDate: '2025-01-02',
        priorUse: { daysOff: 6, sickDays: 0 },
        days: { '2025-05-06': 'day_off' },
      }).total,
    ).toBe(199440);
  });
});

describe('sickness: 21 days at −1/40 in the participation period, then not due (art. 15 ust. 7a)', () => {
  const sick = (
    prior: { daysOff: number; sickDays: number; illnessDays?: number },
    p = DEFAULT_BENEFIT_PARAMETERS,
  ) =>
    ok(
      {
        month: '2025-10',
        admissionDate: '2025-03-03',
        priorUse: prior,
        days: { '2025-10-06': 'sick', '2025-10-07': 'sick' },
      },
      p,
    );

  it('the 21st day at −1/40, the 22nd not due (1/30)', () => {
    const r = sick({ daysOff: 0, sickDays: 20 });
    expect(r.deductions.map((d) => [d.rule, d.fraction, d.amountExact, d.article])).toEqual([
      ['SICK_WITHIN_LIMIT', '1/40', '51657/10', 'art. 15 ust. 7a'],
      ['SICK_OVER_LIMIT', '1/30', '34438/5', 'art. 15 ust. 7a'],
    ]);
    expect(r.total).toBe(194575); // 206628 − 5165,7 − 6887,6 = 194574,7
    expect(r.endUse).toEqual({ daysOff: 0, sickDays: 22, illnessDays: 2 });
  });

  it('per illness (centre parameter): a new illness starts its own 21 days', () => {
    const perIllness = params({ sickLimitScope: 'PER_ILLNESS' });
    expect(sick({ daysOff: 0, sickDays: 30 }, perIllness).total).toBe(196297); // 206628 − 2 × 5165,7
    // The same illness going on from September (20 days): the 22nd of it is not due.
    expect(sick({ daysOff: 0, sickDays: 30, illnessDays: 20 }, perIllness).total).toBe(194575);
  });

  it('a present day ends an illness; days without classes do not', () => {
    const r = ok(
      {
        month: '2025-10',
        admissionDate: '2025-03-03',
        priorUse: { daysOff: 0, sickDays: 40, illnessDays: 21 },
        days: { '2025-10-03': 'sick', '2025-10-06': 'present', '2025-10-07': 'sick' },
      },
      params({ sickLimitScope: 'PER_ILLNESS' }),
    );
    expect(r.deductions.map((d) => d.rule)).toEqual(['SICK_OVER_LIMIT', 'SICK_WITHIN_LIMIT']);
    expect(r.endUse.illnessDays).toBe(1);
  });

  it.each([
    // trial month October 2025, sick on the 2nd and 3rd
    ['REDUCED', 196297, ['SICK_IN_TRIAL', 'SICK_IN_TRIAL']], // 206628 − 2 × 5165,7 = 196296,6
    ['FULL', 206628, []],
    ['NOT_DUE', 192853, ['SICK_IN_TRIAL_NOT_DUE', 'SICK_IN_TRIAL_NOT_DUE']], // 206628 − 2 × 6887,6 = 192852,8
  ] as const)(
    'trial month with sickness, parameter %s → %i gr, not counted in the 21 days',
    (value, total, rules) => {
      const r = ok(
        {
          month: '2025-10',
          admissionDate: '2025-10-01',
          days: { '2025-10-02': 'sick', '2025-10-03': 'sick' },
        },
        params({ trialSickness: value }),
      );
      expect(r.total).toBe(total);
      expect(r.deductions.map((d) => d.rule)).toEqual(rules);
      expect(r.endUse.sickDays).toBe(0);
      expect(r.explanation.join('\n')).toMatch(/okresie próbnym.*regulamin/);
    },
  );
});

describe('unexcused absence is the law (art. 15 ust. 7)', () => {
  const days = (n: number) =>
    Object.fromEntries(
      ['01', '02', '03', '06'].slice(0, n).map((d) => [`2025-10-${d}`, 'unexcused' as const]),
    );
  it('3 days −1/20 each, also in the trial month', () => {
    expect(ok({ month: '2025-10', admissionDate: '2025-03-03', days: days(3) }).total).toBe(175634); // 206628 − 30994,2
    expect(ok({ month: '2025-10', admissionDate: '2025-10-01', days: days(3) }).total).toBe(175634);
  });

  it('a 4th day: no benefit for the month, whatever the centre set', () => {
    const r = ok(
      { month: '2025-10', admissionDate: '2025-03-03', days: days(4) },
      params({ unexcusedDayFraction: '1/30', unexcusedForfeitAboveDays: null }),
    );
    expect(r).toMatchObject({ forfeited: true, total: 0 });
    expect(r.deductions[0]).toMatchObject({
      date: '2025-10-06',
      article: expect.stringContaining('art. 15 ust. 7'),
    });
  });
});

describe('bad input', () => {
  it.each([
    ['EXTENSION_ABOVE_LIMIT', 13],
    ['INVALID_EXTENSION', -1],
    ['INVALID_EXTENSION', 1.5],
  ])('%s for an extension of %s months', (code, extensionMonths) => {
    const r = compute({ month: '2025-10', admissionDate: '2025-03-03', extensionMonths });
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(!r.ok && r.error.message).toMatch(/przedłuż/i);
  });
});

describe('the explanation staff read', () => {
  it('cites the consolidated text and its article numbers, with no internal notes or raw values', () => {
    const r = ok(
      {
        month: '2025-10',
        admissionDate: '2025-03-03',
        priorUse: { daysOff: 2, sickDays: 21 },
        extensionMonths: 6,
        days: {
          '2025-10-01': 'unexcused',
          '2025-10-02': 'sick',
          '2025-10-03': 'day_off',
          '2025-10-06': 'excused',
        },
        bonus: 1000,
      },
      params({ trialSickness: 'NOT_DUE', sickOverLimitShare: 'CALENDAR_DAYS' }),
    );
    const text = r.explanation.join('\n');
    for (const cite of [
      'Dz.U. 2025 poz. 1718',
      'art. 15 ust. 7',
      'art. 15 ust. 7a',
      'art. 15 ust. 6a–6b',
      'art. 15a',
    ])
      expect(text).toContain(cite);
    expect(text).not.toMatch(
      /law\.md|\[U\]|\[M\]|HALF_UP|CALENDAR_DAYS|CLASS_DAYS|SPLIT|MONTH_START|niepotwierdzon/,
    );
  });
});
