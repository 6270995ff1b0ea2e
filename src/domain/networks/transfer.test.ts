import { describe, expect, it } from 'vitest';
import { applicantTypeFor, effectiveTransferStatus, transferExpiresAt, transferProblems } from './transfer';

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

  it('a transfer expires the chosen number of days after it was sent, and counts as expired from that instant', () => {
    const sent = new Date('2026-12-02T10:00:00Z');
    const expires = transferExpiresAt(sent, 30);
    expect(expires.toISOString()).toBe('2027-01-01T10:00:00.000Z');
    expect(effectiveTransferStatus('SENT', expires, new Date(expires.getTime() - 1))).toBe('SENT');
    expect(effectiveTransferStatus('SENT', expires, expires)).toBe('EXPIRED');
    // An answered transfer keeps its answer whatever the date.
    expect(effectiveTransferStatus('ACCEPTED', expires, new Date('2027-06-01'))).toBe('ACCEPTED');
  });
});
