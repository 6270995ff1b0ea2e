import { describe, expect, it } from 'vitest';
import {
  firstDayAfter,
  identifyingTokens,
  monthEnd,
  pseudonymOf,
  REMOVED,
  retentionStanding,
  scrubAuditDetails,
  scrubTokens,
  servicesEndedOn,
} from './anonymisation';

describe('when services to a person ended', () => {
  it.each([
    ['EXITED', 0, ['2026-04-30', '2026-10-31', null, '2026-05-29'], '2026-10-31'],
    ['REFUSED', 0, ['2026-01-12'], '2026-01-12'],
    ['EXITED', 1, ['2026-04-30'], null],
    ['ACTIVE', 0, ['2026-04-30'], null],
    ['REFERRED', 0, ['2026-01-05'], null],
    ['EXITED', 0, [null], null],
  ] as const)('%s with %d open programmes and days %j → %s', (status, open, days, ended) => {
    expect(servicesEndedOn({ status, openProgrammes: open, days: [...days] })).toBe(ended);
  });

  it('keeps the data until the end of the 10th year and allows anonymisation from the day after', () => {
    const facts = { status: 'EXITED', openProgrammes: 0, days: ['2026-10-31'] };
    expect(retentionStanding(facts, '2036-12-31')).toEqual({
      servicesEndedOn: '2026-10-31',
      retentionEndsOn: '2036-12-31',
      due: false,
    });
    expect(retentionStanding(facts, '2037-01-01').due).toBe(true);
    expect(firstDayAfter('2036-12-31')).toBe('2037-01-01');
  });

  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-12', '2026-12-31'],
  ])('month %s ends on %s', (month, end) => expect(monthEnd(month)).toBe(end));
});

describe('scrubbing identifying values', () => {
  const tokens = identifyingTokens({
    firstName: 'Zofia',
    lastName: 'Pełna',
    pesel: '80010112345',
    phone: '600 100 200',
    email: 'zofia@example.pl',
    bankAccount: '61109010140000071219812874',
    street: 'Długa',
    buildingNo: '5',
  });

  it('knows the name in both orders, the identifiers and the address, not short fragments', () => {
    expect(tokens).toEqual(
      expect.arrayContaining(['zofia pełna', 'pełna zofia', '80010112345', '600100200', 'długa 5']),
    );
    expect(tokens).not.toContain('5');
  });

  it('replaces strings that contain them inside any JSON, keeping the rest', () => {
    expect(
      scrubTokens(
        { name: 'PEŁNA Zofia', lines: ['art. 15: 2 140,68 zł', 'konto 61109010140000071219812874'] },
        tokens,
        'Osoba-X',
      ),
    ).toEqual({ name: 'Osoba-X', lines: ['art. 15: 2 140,68 zł', 'Osoba-X'] });
  });

  it('leaves in an audit entry ids, dates, codes and field names; free text goes', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(
      scrubAuditDetails(
        {
          name: 'Zofia Pełna',
          reason: 'pomyłka w adresie',
          fields: ['pesel', 'first_name'],
          id,
          month: '2026-05',
          n: 3,
        },
        tokens,
        'Osoba-X',
      ),
    ).toEqual({
      name: 'Osoba-X',
      reason: REMOVED,
      fields: ['pesel', 'first_name'],
      id,
      month: '2026-05',
      n: 3,
      person: 'Osoba-X',
    });
  });

  it('gives a stable pseudonym without the name', () => {
    expect(pseudonymOf('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('Osoba-0F8FAD5B');
  });
});
