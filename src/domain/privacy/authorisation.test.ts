import { describe, expect, it } from 'vitest';
import { accountStanding, authorisationStatus, type AuthorisationTerms } from './authorisation';

const base: AuthorisationTerms = {
  validFrom: '2026-12-01',
  validUntil: '2027-06-30',
  pledgeSignedOn: '2026-12-01',
  revoked: false,
};

describe('authorisationStatus', () => {
  it.each([
    ['in force on its first day', base, '2026-12-01', 'VALID'],
    ['in force on its last day', base, '2027-06-30', 'VALID'],
    ['without an end date', { ...base, validUntil: null }, '2040-01-01', 'VALID'],
    ['the day after its end', base, '2027-07-01', 'EXPIRED'],
    ['before it starts', base, '2026-11-30', 'NOT_YET_VALID'],
    ['without a signed pledge', { ...base, pledgeSignedOn: null }, '2026-12-05', 'NO_PLEDGE'],
    ['pledge signed later than today', { ...base, pledgeSignedOn: '2026-12-10' }, '2026-12-05', 'NO_PLEDGE'],
    ['revoked, even within its dates', { ...base, revoked: true }, '2026-12-05', 'REVOKED'],
  ] as const)('%s', (_label, terms, today, expected) => {
    expect(authorisationStatus(terms, today)).toBe(expected);
  });
});

describe('accountStanding', () => {
  it('is MISSING without any authorisation', () => {
    expect(accountStanding([], '2026-12-05')).toBe('MISSING');
  });

  it('a new valid authorisation outweighs an old revoked one', () => {
    expect(accountStanding([{ ...base, revoked: true }, base], '2026-12-05')).toBe('VALID');
  });

  it('names the closest reason when none is valid', () => {
    expect(
      accountStanding(
        [
          { ...base, revoked: true },
          { ...base, pledgeSignedOn: null },
        ],
        '2026-12-05',
      ),
    ).toBe('NO_PLEDGE');
  });
});
