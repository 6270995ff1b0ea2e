import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('password policy', () => {
  it.each([
    ['krotkie', 'PASSWORD_TOO_SHORT'],
    ['12345678901', 'PASSWORD_TOO_SHORT'],
    ['qwertyuiop12', 'PASSWORD_TOO_COMMON'],
    ['QWERTYUIOP12', 'PASSWORD_TOO_COMMON'],
    ['aaaaaaaaaaaaaaa', 'PASSWORD_TOO_COMMON'],
    ['123456789012345', 'PASSWORD_TOO_COMMON'],
    ['x'.repeat(201), 'PASSWORD_TOO_LONG'],
    ['Zielony-Ogrod-2026!', null],
    ['żółta łódź na jeziorze', null],
  ])('%s → %s', (password, expected) => {
    expect(checkPassword(password)).toBe(expected);
  });

  it('counts characters, not bytes: twelve Polish letters are enough', () => {
    expect(checkPassword('źźżżććąąęęłł')).toBeNull();
  });

  it('refuses a short password made of the e-mail name, saying so (not "too common")', () => {
    expect(checkPassword('jan.kowalski1', { email: 'jan.kowalski@cis.pl' })).toBe('PASSWORD_CONTAINS_EMAIL');
  });
});
