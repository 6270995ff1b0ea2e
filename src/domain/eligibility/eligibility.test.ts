import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityInput } from './eligibility';

const codes = (input: EligibilityInput) => {
  const r = checkEligibility(input);
  return { eligible: r.eligible, codes: r.reasons.map((x) => x.code) };
};

describe('checkEligibility (art. 1)', () => {
  it.each<[string, EligibilityInput, boolean, string[]]>([
    [
      'long-term unemployed, CIS',
      {
        centreType: 'CIS',
        groups: ['LONG_TERM_UNEMPLOYED'],
        benefits: [],
        justification: 'rejestracja w PUP 20 mies.',
      },
      true,
      ['GROUP_LONG_TERM_UNEMPLOYED'],
    ],
    [
      'social pension is no exclusion',
      { centreType: 'CIS', groups: ['DISABILITY'], benefits: ['SOCIAL_PENSION'], justification: 'x' },
      true,
      ['GROUP_DISABILITY', 'SOCIAL_PENSION_NOT_EXCLUDED'],
    ],
    [
      'disability pension blocks CIS',
      { centreType: 'CIS', groups: ['DISABILITY'], benefits: ['DISABILITY_PENSION'], justification: 'x' },
      false,
      ['GROUP_DISABILITY', 'EXCLUDED_DISABILITY_PENSION'],
    ],
    [
      'disability pension allowed in KIS',
      { centreType: 'KIS', groups: ['DISABILITY'], benefits: ['DISABILITY_PENSION'], justification: 'x' },
      true,
      ['GROUP_DISABILITY', 'DISABILITY_PENSION_KIS_ALLOWED'],
    ],
    [
      'unemployment benefit blocks KIS too',
      { centreType: 'KIS', groups: ['HOMELESS'], benefits: ['UNEMPLOYMENT_BENEFIT'], justification: 'x' },
      false,
      ['GROUP_HOMELESS', 'EXCLUDED_UNEMPLOYMENT_BENEFIT'],
    ],
    [
      'retirement pension blocks CIS',
      {
        centreType: 'CIS',
        groups: ['ALCOHOL_ADDICTION'],
        benefits: ['RETIREMENT_PENSION'],
        justification: 'x',
      },
      false,
      ['GROUP_ALCOHOL_ADDICTION', 'EXCLUDED_RETIREMENT_PENSION'],
    ],
    [
      'OTHER with justification',
      { centreType: 'CIS', groups: ['OTHER'], benefits: [], justification: 'ofiara przemocy domowej' },
      true,
      ['GROUP_OTHER'],
    ],
    [
      'OTHER without justification',
      { centreType: 'CIS', groups: ['OTHER'], benefits: [], justification: '  ' },
      false,
      ['OTHER_WITHOUT_JUSTIFICATION'],
    ],
    ['no group', { centreType: 'CIS', groups: [], benefits: [] }, false, ['NO_GROUP']],
    [
      'enumerated group without justification: eligible, justification recommended',
      { centreType: 'CIS', groups: ['REFUGEE'], benefits: [] },
      true,
      ['GROUP_REFUGEE', 'JUSTIFICATION_RECOMMENDED'],
    ],
    [
      'several exclusions are all listed',
      {
        centreType: 'CIS',
        groups: ['MENTAL_DISORDER'],
        benefits: [
          'PRE_RETIREMENT_ALLOWANCE',
          'TEACHER_COMPENSATION',
          'STRUCTURAL_PENSION',
          'PRE_RETIREMENT_BENEFIT',
        ],
        justification: 'x',
      },
      false,
      [
        'GROUP_MENTAL_DISORDER',
        'EXCLUDED_PRE_RETIREMENT_ALLOWANCE',
        'EXCLUDED_TEACHER_COMPENSATION',
        'EXCLUDED_STRUCTURAL_PENSION',
        'EXCLUDED_PRE_RETIREMENT_BENEFIT',
      ],
    ],
  ])('%s', (_name, input, eligible, expected) => {
    expect(codes(input)).toEqual({ eligible, codes: expected });
  });

  it('cites the article of each reason', () => {
    const r = checkEligibility({
      centreType: 'CIS',
      groups: ['RELEASED_FROM_PRISON', 'DRUG_ADDICTION'],
      benefits: ['DISABILITY_PENSION'],
      justification: 'x',
    });
    expect(r.reasons.map((x) => x.article)).toEqual([
      'art. 1 ust. 2 pkt 6',
      'art. 1 ust. 2 pkt 3',
      'art. 1 ust. 3 pkt 6',
    ]);
  });
});
