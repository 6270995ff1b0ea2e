import { describe, expect, it } from 'vitest';
import { ageOn, insuranceNote, volunteerProblems, writtenAgreementRequired } from './volunteer-rules';

describe('volunteer rules', () => {
  it('a minor needs a guardian and the consent; an adult does not', () => {
    const minor = { birthDate: '2010-06-01', guardianName: null, guardianConsentOn: null };
    expect(volunteerProblems(minor, '2026-12-02').map((p) => p.code)).toEqual([
      'GUARDIAN_REQUIRED',
      'GUARDIAN_CONSENT_REQUIRED',
    ]);
    expect(
      volunteerProblems({ ...minor, guardianName: 'Anna', guardianConsentOn: '2026-11-30' }, '2026-12-02'),
    ).toEqual([]);
    expect(volunteerProblems({ ...minor, birthDate: '2008-12-02' }, '2026-12-02')).toEqual([]);
    expect(ageOn('2008-12-03', '2026-12-02')).toBe(17);
  });

  it('more than 30 days (or open-ended) needs a written agreement', () => {
    expect(writtenAgreementRequired('2026-01-01', '2026-01-30')).toBe(false);
    expect(writtenAgreementRequired('2026-01-01', '2026-01-31')).toBe(true);
    expect(writtenAgreementRequired('2026-01-01', null)).toBe(true);
    expect(insuranceNote('2026-01-01', '2026-01-10')).toContain('do 30 dni');
  });

  it('insurance (art. 46 ust. 2–3): the centre insures service of at most 30 days; longer is the state scheme', () => {
    // 1–30 January is 30 days of service: the centre's NNW insurance; 1–31 January is 31 days: the act on
    // accident provision applies instead.
    expect(insuranceNote('2026-01-01', '2026-01-30')).toContain('centrum ubezpiecza');
    expect(insuranceNote('2026-01-01', '2026-01-31')).toContain('ustawy wypadkowej');
    expect(insuranceNote('2026-01-01', '2026-01-31')).not.toContain('centrum ubezpiecza');
    // Open-ended: the length is not known yet, so the note states both cases and asks for the end date.
    const open = insuranceNote('2026-01-01', null);
    expect(open).toContain('nie dłużej niż 30 dni');
    expect(open).toContain('Wpisz datę końca');
  });
});
