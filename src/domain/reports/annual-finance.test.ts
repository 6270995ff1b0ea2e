import { describe, expect, it } from 'vitest';
import { buildFinanceRegister } from '../finance/register';
import { annualFinance, cisFinanceParts, estimatePart } from './annual-finance';

const line = (kind: string, benefit: number, bonus: number, total = benefit + bonus) => ({
  kind,
  status: 'PAY',
  benefit,
  bonus,
  total,
});
const register = (year: number, plan = {}) =>
  buildFinanceRegister({
    year,
    entries: [
      {
        kind: 'GRANT_RECEIVED',
        occurredOn: '2025-03-01',
        amount: 50_000_00,
        grantorKind: 'GMINA',
        partnerId: null,
        grantorName: 'Gmina Przykładowa',
        category: null,
        incomeSource: null,
      },
      {
        kind: 'EXPENSE',
        occurredOn: '2026-01-15',
        amount: 1_000_01,
        grantorKind: null,
        partnerId: null,
        grantorName: null,
        category: 'MEALS',
        incomeSource: null,
      },
    ],
    payrollMonths: [
      // December 2025: two people, one with a bonus.
      {
        month: '2025-12',
        status: 'CLOSED',
        storedTotal: 206_628 + 180_000 + 15_050,
        lines: [line('BENEFIT', 206_628, 15_050), line('BENEFIT', 180_000, 0)],
      },
      // January 2026: one person, and a correction of December (+51,65 zł) settled — paid — in January.
      {
        month: '2026-01',
        status: 'CLOSED',
        storedTotal: 206_628 + 5_165,
        lines: [line('BENEFIT', 206_628, 0), line('CORRECTION', 5_165, 0, 5_165)],
      },
      // February 2026 is still a draft: nothing of it is paid.
      { month: '2026-02', status: 'DRAFT', storedTotal: 206_628, lines: [line('BENEFIT', 206_628, 0)] },
    ],
    plan,
    expectedPayrollMonths: [],
  });

describe("the annual report's money, from the finance register", () => {
  it('counts a December correction paid in January in the year it was paid, to the grosz', () => {
    // 2025 by hand: 2 066,28 + 1 800,00 = 3 866,28 zł benefits; 150,50 zł bonus; 50 000,00 zł grant.
    const y2025 = annualFinance(register(2025), register(2026, { 'EXPENSE:MEALS': 12_000_00 }));
    expect(y2025).toMatchObject({
      benefitsPaidGrosze: 386_628,
      bonusesPaidGrosze: 15_050,
      closedMonths: ['2025-12'],
      register: {
        grantsReceivedGrosze: 50_000_00,
        expensesTotalGrosze: 386_628 + 15_050,
        payrollAgrees: true,
        estimate: { year: 2026 },
      },
    });
    // 2026 by hand: January 2 066,28 + the correction 51,65 = 2 117,93 zł; February (draft) not counted.
    const y2026 = annualFinance(register(2026), register(2027));
    expect(y2026.benefitsPaidGrosze).toBe(211_793);
    expect(y2026.bonusesPaidGrosze).toBe(0);
    expect(y2026.closedMonths).toEqual(['2026-01']);
    expect(y2026.register!.expensesTotalGrosze).toBe(211_793 + 1_000_01);
  });

  it('lays the figures out as the form rows: Part VI, the grants table, Part VII', () => {
    const f = annualFinance(register(2025), register(2026, { 'EXPENSE:MEALS': 12_000_00 }));
    const [vi, grants] = cisFinanceParts(f);
    const value = (rows: { label: string; values: unknown[] }[], label: string) =>
      rows.find((r) => r.label === label)?.values;
    expect(value(vi!.rows, 'świadczenia integracyjne wypłacone uczestnikom')).toEqual([{ grosze: 386_628 }]);
    expect(value(vi!.rows, 'świadczenia integracyjne i premie motywacyjne')).toEqual([{ grosze: 401_678 }]);
    expect(grants!.columns).toEqual(['Otrzymano (zł)', 'Wykorzystano (zł)', 'Zwrócono (zł)']);
    expect(grants!.rows[0]).toMatchObject({
      label: 'Gmina Przykładowa — gmina (dotacja z dochodów własnych)',
      values: [{ grosze: 50_000_00 }, { grosze: 0 }, { grosze: 0 }],
    });
    const vii = estimatePart(f);
    expect(vii.title).toContain('(2026)');
    expect(value(vii.rows, 'posiłki dla uczestników')).toEqual([{ grosze: 12_000_00 }]);
    expect(value(vii.rows, 'wydatki ogółem')).toEqual([{ grosze: 12_000_00 }]);
    // A report frozen before the register was read keeps its two rows.
    expect(
      cisFinanceParts({ benefitsPaidGrosze: 1, bonusesPaidGrosze: 2, closedMonths: [] })[0]!.rows,
    ).toHaveLength(2);
  });
});
