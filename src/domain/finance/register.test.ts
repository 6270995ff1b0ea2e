import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFinanceRegister, reconcilePayrollMonth, type FinanceEntryInput } from './register';

const entry = (
  e: Partial<FinanceEntryInput> & Pick<FinanceEntryInput, 'kind' | 'amount'>,
): FinanceEntryInput => ({
  occurredOn: '2026-03-10',
  grantorKind: null,
  partnerId: null,
  grantorName: null,
  category: null,
  incomeSource: null,
  ...e,
});

const closedMay = {
  month: '2026-05',
  status: 'CLOSED',
  storedTotal: 206628 + 20000 + 196297 - 5000,
  lines: [
    { kind: 'BENEFIT', status: 'PAY', benefit: 206628, bonus: 20000, total: 226628 },
    { kind: 'BENEFIT', status: 'PAY', benefit: 196297, bonus: 0, total: 196297 },
    { kind: 'BENEFIT', status: 'CONTINUING_NO_BENEFIT', benefit: 0, bonus: 0, total: 0 },
    { kind: 'CORRECTION', status: 'PAY', benefit: -5000, bonus: 0, total: -5000 },
  ],
};

describe('finance register', () => {
  it('takes benefits, corrections and bonuses from closed payrolls only, reconciled to the grosz', () => {
    const r = buildFinanceRegister({
      year: 2026,
      entries: [],
      payrollMonths: [closedMay, { ...closedMay, month: '2026-06', status: 'APPROVED' }],
      plan: {},
      expectedPayrollMonths: ['2026-05', '2026-06', '2026-07'],
    });
    expect(r.payroll).toMatchObject({
      benefits: 206628 + 196297 - 5000,
      corrections: -5000,
      bonuses: 20000,
      total: closedMay.storedTotal,
      storedTotal: closedMay.storedTotal,
      agrees: true,
      openMonths: ['2026-06'],
      missingMonths: ['2026-07'],
    });
    expect(r.summary.benefitsPaidGrosze + r.summary.bonusesPaidGrosze).toBe(closedMay.storedTotal);
    expect(r.summary.expensesByCategory.BENEFITS_BONUSES).toBe(closedMay.storedTotal);
  });

  it('flags a month whose lines do not add up to its stored total', () => {
    expect(reconcilePayrollMonth({ ...closedMay, storedTotal: closedMay.storedTotal + 1 }).agrees).toBe(
      false,
    );
  });

  it(
    'sums grants per grantor (partner or typed name), own income by source, ' +
      'expenses by category, only of the year',
    () => {
      const r = buildFinanceRegister({
        year: 2026,
        entries: [
          entry({
            kind: 'GRANT_RECEIVED',
            amount: 50_000_00,
            grantorKind: 'GMINA',
            partnerId: 'p1',
            grantorName: 'Gmina X',
          }),
          entry({
            kind: 'GRANT_USED',
            amount: 30_000_00,
            grantorKind: 'GMINA',
            partnerId: 'p1',
            grantorName: 'Gmina X',
          }),
          entry({ kind: 'GRANT_RECEIVED', amount: 10_000_00, grantorKind: 'PFRON', grantorName: 'PFRON' }),
          entry({ kind: 'GRANT_RETURNED', amount: 1_000_00, grantorKind: 'PFRON', grantorName: 'pfron' }),
          entry({
            kind: 'GRANT_RECEIVED',
            amount: 99,
            grantorKind: 'GMINA',
            grantorName: 'Gmina X',
            occurredOn: '2025-12-31',
          }),
          entry({ kind: 'OWN_INCOME', amount: 1234_56, incomeSource: 'SALES' }),
          entry({ kind: 'OWN_INCOME', amount: 100, incomeSource: 'SERVICES' }),
          entry({ kind: 'EXPENSE', amount: 700_00, category: 'MEALS' }),
          entry({ kind: 'EXPENSE', amount: 300_00, category: 'MEALS' }),
        ],
        payrollMonths: [],
        plan: { 'EXPENSE:MEALS': 900_00, 'INCOME:GMINA': 60_000_00 },
        expectedPayrollMonths: [],
      });
      expect(r.grants.byGrantor).toEqual([
        {
          grantorKind: 'GMINA',
          partnerId: 'p1',
          name: 'Gmina X',
          received: 50_000_00,
          used: 30_000_00,
          returned: 0,
          balance: 20_000_00,
        },
        {
          grantorKind: 'PFRON',
          partnerId: null,
          name: 'PFRON',
          received: 10_000_00,
          used: 0,
          returned: 1_000_00,
          balance: 9_000_00,
        },
      ]);
      expect(r.summary).toMatchObject({
        grantsReceivedGrosze: 60_000_00,
        grantsUsedGrosze: 30_000_00,
        ownIncomeGrosze: 1234_56 + 100,
      });
      expect(r.summary.expensesByCategory.MEALS).toBe(1000_00);
      expect(r.plan.find((p) => p.line === 'EXPENSE:MEALS')).toEqual({
        line: 'EXPENSE:MEALS',
        planned: 900_00,
        actual: 1000_00,
        difference: 100_00,
      });
      expect(r.plan.find((p) => p.line === 'INCOME:GMINA')).toMatchObject({
        actual: 50_000_00,
        difference: -10_000_00,
      });
      expect(r.plan.find((p) => p.line === 'EXPENSE:WAGES')).toMatchObject({
        planned: null,
        difference: null,
      });
    },
  );

  it('the expense total is the sum of the ten categories, whatever the entries', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { maxLength: 30 }), (amounts) => {
        const r = buildFinanceRegister({
          year: 2026,
          entries: amounts.map((amount, i) =>
            entry({ kind: 'EXPENSE', amount, category: i % 2 ? 'WAGES' : 'OTHER' }),
          ),
          payrollMonths: [closedMay],
          plan: {},
          expectedPayrollMonths: [],
        });
        const byCat = Object.values(r.summary.expensesByCategory).reduce((s, x) => s + x, 0);
        return (
          byCat === r.expenses.total && byCat === amounts.reduce((s, x) => s + x, 0) + closedMay.storedTotal
        );
      }),
    );
  });
});
