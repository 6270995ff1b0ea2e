import { describe, expect, it } from 'vitest';
import { entryProblems, normaliseEntry, type EntryDraft } from './entry-rules';

const base: EntryDraft = {
  kind: 'EXPENSE',
  occurredOn: '2026-03-01',
  grantorKind: null,
  partnerId: null,
  grantorName: null,
  category: 'MEALS',
  incomeSource: null,
};
const codes = (e: Partial<EntryDraft>) =>
  entryProblems({ ...base, ...e }, '2026-12-02').map((p) => `${p.path}:${p.code}`);

describe('finance entry rules', () => {
  it.each([
    [{}, []],
    [{ category: null }, ['category:REQUIRED']],
    [{ category: 'BENEFITS_BONUSES' as const }, ['category:FROM_PAYROLL']],
    [{ occurredOn: '2026-12-03' }, ['occurredOn:DATE_IN_FUTURE']],
    [{ kind: 'GRANT_RECEIVED' as const }, ['grantorKind:REQUIRED', 'grantorName:REQUIRED']],
    [{ kind: 'GRANT_RECEIVED' as const, grantorKind: 'GMINA' as const, partnerId: 'x' }, []],
    [{ kind: 'GRANT_USED' as const, grantorKind: 'PFRON' as const, grantorName: 'PFRON' }, []],
    [{ kind: 'OWN_INCOME' as const }, ['incomeSource:REQUIRED']],
    [
      { kind: 'OWN_INCOME' as const, incomeSource: 'SERVICES' as const },
      ['incomeSource:FROM_SERVICES_MODULE'],
    ],
    [{ kind: 'OWN_INCOME' as const, incomeSource: 'SALES' as const }, []],
  ])('%o → %o', (e, expected) => expect(codes(e)).toEqual(expected));

  it('keeps only the fields of the kind', () => {
    expect(
      normaliseEntry({
        ...base,
        kind: 'OWN_INCOME',
        incomeSource: 'SALES',
        grantorKind: 'GMINA',
        grantorName: 'x',
      }),
    ).toMatchObject({ category: null, grantorKind: null, grantorName: null, incomeSource: 'SALES' });
    expect(
      normaliseEntry({
        ...base,
        kind: 'GRANT_RECEIVED',
        grantorKind: 'GMINA',
        partnerId: 'p',
        grantorName: 'y',
      }),
    ).toMatchObject({ partnerId: 'p', grantorName: null, category: null });
  });
});
