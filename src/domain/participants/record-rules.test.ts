import { describe, expect, it } from 'vitest';
import { ageOn, checkBirthDate, editableFields } from './record-rules';

const today = '2026-12-02';
const adult = { minorConfirmed: false, isDirector: false };

describe('birth date of a participant', () => {
  it.each([
    ['1990-05-01', 36],
    ['2008-12-02', 18],
    ['2008-12-03', 17],
    ['2008-02-29', 18],
  ])('%s is %i years old on 2026-12-02', (birth, age) => {
    expect(ageOn(birth, today)).toBe(age);
  });

  it.each([
    ['2030-01-01', 'BIRTH_DATE_IN_FUTURE'],
    ['2026-12-03', 'BIRTH_DATE_IN_FUTURE'],
    ['1899-12-31', 'BIRTH_DATE_TOO_EARLY'],
    ['2010-01-01', 'MINOR_NEEDS_CONFIRMATION'],
  ])('refuses %s (%s)', (birth, code) => {
    expect(checkBirthDate(birth, today, adult).map((p) => p.code)).toEqual([code]);
  });

  it('accepts an adult, 1900-01-01 and a minor confirmed by the director only', () => {
    expect(checkBirthDate('1990-01-01', today, adult)).toEqual([]);
    expect(checkBirthDate('1900-01-01', today, adult)).toEqual([]);
    expect(checkBirthDate('2010-01-01', today, { minorConfirmed: true, isDirector: true })).toEqual([]);
    expect(
      checkBirthDate('2010-01-01', today, { minorConfirmed: true, isDirector: false }).map((p) => p.code),
    ).toEqual(['MINOR_NEEDS_DIRECTOR']);
  });

  it('says that the Act sets no age', () => {
    expect(checkBirthDate('2010-01-01', today, adult)[0]!.message).toMatch(/nie określa wieku/);
  });
});

describe('who corrects which field', () => {
  it('lets the social worker enter a bank account, the accountant only payment data', () => {
    expect(editableFields(['SOCIAL_WORKER']).has('bankAccount')).toBe(true);
    expect(editableFields(['SOCIAL_WORKER']).has('paidInCash')).toBe(false);
    expect([...editableFields(['ACCOUNTANT'])]).toEqual(['bankAccount', 'paidInCash']);
    expect(editableFields(['INSTRUCTOR', 'ADMIN']).size).toBe(0);
  });
});
