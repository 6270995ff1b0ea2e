import { describe, expect, it } from 'vitest';
import { applicantTypeFor, transferProblems } from './transfer';

const TODAY = '2026-12-02';
const ok = {
  consentGiven: true,
  consentOn: '2026-11-30',
  consentScope: ['IDENTITY', 'CONTACT'] as const,
  categories: ['IDENTITY', 'CONTACT'] as const,
};

describe('transfer between member centres', () => {
  it('passes with consent that covers every chosen category', () => {
    expect(
      transferProblems({ ...ok, consentScope: [...ok.consentScope], categories: [...ok.categories] }, TODAY),
    ).toEqual([]);
  });

  it.each([
    [{ consentGiven: false }, ['consentGiven:CONSENT_REQUIRED']],
    [{ consentOn: null }, ['consentOn:REQUIRED']],
    [{ consentOn: '2026-12-03' }, ['consentOn:DATE_IN_FUTURE']],
    [{ categories: ['CONTACT'] }, ['categories:IDENTITY_REQUIRED']],
    [{ categories: ['IDENTITY', 'ELIGIBILITY', 'CONTACT'] }, ['categories.1:NOT_IN_CONSENT']],
    // Without consent nothing is compared with a scope that does not exist: one clear message.
    [{ consentGiven: false, categories: ['IDENTITY', 'ELIGIBILITY'] }, ['consentGiven:CONSENT_REQUIRED']],
  ] as const)('refuses %j', (change, expected) => {
    const problems = transferProblems(
      { ...ok, consentScope: [...ok.consentScope], categories: [...ok.categories], ...change } as never,
      TODAY,
    );
    expect(problems.map((p) => `${p.path}:${p.code}`)).toEqual(expected);
    for (const p of problems) expect(p.message).toMatch(/[ąęółśżźćń]/);
  });

  it('a KIS applies for the referral itself; a CIS forwards the person’s own application', () => {
    expect(applicantTypeFor('KIS')).toBe('KIS');
    expect(applicantTypeFor('CIS')).toBe('SELF');
  });
});
