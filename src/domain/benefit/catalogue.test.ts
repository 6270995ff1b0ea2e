import { describe, expect, it } from 'vitest';
import { describeBenefitLaw, describeRuleSet } from './catalogue';
import { params } from './monthly-benefit.fixtures';

describe('catalogue for the UI', () => {
  it('describes the 2022 rules with the centre parameters marked as such', () => {
    const rules = describeRuleSet('UZS_2022', params({ sickDayFraction: '1/30' }));
    expect(rules.find((r) => r.key === 'sickDayFraction')).toMatchObject({ value: '1/30', setBy: 'centre' });
    expect(rules.find((r) => r.key === 'daysOffLimit')).toMatchObject({
      value: expect.stringMatching(/^12;/),
      setBy: 'law',
      validFrom: '2022-01-01',
      validTo: '2025-05-31',
    });
    expect(describeRuleSet('UZS_2015').find((r) => r.key === 'sickDayFraction')).toMatchObject({
      value: '1/40 świadczenia za dzień',
      setBy: 'law',
    });
    expect(describeRuleSet('UZS_2025').find((r) => r.key === 'sickDayFraction')).toMatchObject({
      article: 'art. 15 ust. 7a',
      setBy: 'law',
      confidence: 'verified',
    });
  });

  it('lists Z with the benefit of its rule set', () => {
    const z = describeBenefitLaw().unemploymentBenefits;
    expect(z.find((e) => e.from === '2020-09-01')).toMatchObject({
      monthlyBenefit: 120000,
      trialMonthBenefit: 60000,
    });
    expect(z.find((e) => e.from === '2025-06-01')).toMatchObject({
      monthlyBenefit: 206628,
      trialMonthBenefit: 206628,
    });
  });
});
