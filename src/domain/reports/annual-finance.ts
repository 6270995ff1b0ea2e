import {
  EXPENSE_CATEGORY_LABELS,
  type ExpenseCategory,
  GRANTOR_KIND_LABELS,
  type GrantorKind,
  INCOME_SOURCE_LABELS,
  type IncomeSource,
  type PlanLine,
  planLineLabel,
} from '../finance/categories';
import type { FinanceRegister } from '../finance/register';
import { type CellValue, type ReportPart, row } from './report-part';

/**
 * The annual report's money, taken from the finance register (never computed a second way): the
 * settlement of grants by grantor, own income (art. 9), the expenses by the ten categories of
 * art. 10 ust. 6 — the benefits-and-bonuses one from the closed payrolls — and the estimate
 * (preliminarz) of the year after the report's. All amounts in grosze.
 */
export interface AnnualFinanceRegister {
  grants: { grantorKind: GrantorKind; name: string; received: number; used: number; returned: number }[];
  grantsReceivedGrosze: number;
  grantsUsedGrosze: number;
  grantsReturnedGrosze: number;
  ownIncome: { source: IncomeSource; amount: number }[];
  ownIncomeGrosze: number;
  expenses: { category: ExpenseCategory; amount: number; fromPayroll: boolean }[];
  expensesTotalGrosze: number;
  /** Every counted payroll month adds up (benefits + corrections + bonuses = lines = stored total). */
  payrollAgrees: boolean;
  estimate: { year: number; lines: { line: PlanLine; planned: number | null }[] };
}

export interface AnnualFinance {
  benefitsPaidGrosze: number;
  bonusesPaidGrosze: number;
  closedMonths: string[];
  /** Absent in reports frozen before the report read the register. */
  register?: AnnualFinanceRegister;
}

/** The report's finance section from the year's register and the next year's estimate. */
export function annualFinance(register: FinanceRegister, nextYear: FinanceRegister): AnnualFinance {
  return {
    benefitsPaidGrosze: register.summary.benefitsPaidGrosze,
    bonusesPaidGrosze: register.summary.bonusesPaidGrosze,
    closedMonths: register.payroll.months.filter((m) => m.counted).map((m) => m.month),
    register: {
      grants: register.grants.byGrantor.map((g) => ({
        grantorKind: g.grantorKind,
        name: g.name,
        received: g.received,
        used: g.used,
        returned: g.returned,
      })),
      grantsReceivedGrosze: register.grants.received,
      grantsUsedGrosze: register.grants.used,
      grantsReturnedGrosze: register.grants.returned,
      ownIncome: register.ownIncome.bySource.map((s) => ({ source: s.source, amount: s.amount })),
      ownIncomeGrosze: register.ownIncome.total,
      expenses: register.expenses.byCategory.map((c) => ({ ...c })),
      expensesTotalGrosze: register.expenses.total,
      payrollAgrees: register.payroll.agrees,
      estimate: {
        year: nextYear.year,
        lines: nextYear.plan.map((p) => ({ line: p.line, planned: p.planned })),
      },
    },
  };
}

type Cell = CellValue;
type Part = ReportPart;

const money = (g: number | null): Cell => (g === null ? { text: '—' } : { grosze: g });

/** The CIS report's Part VI (execution of the financial plan) and the settlement of grants table. */
export function cisFinanceParts(f: AnnualFinance): Part[] {
  const paid = [
    row(
      '1',
      'świadczenia integracyjne wypłacone uczestnikom',
      [money(f.benefitsPaidGrosze)],
      ['finance.benefitsPaidGrosze'],
    ),
    row(
      '2',
      'premie motywacyjne wypłacone uczestnikom',
      [money(f.bonusesPaidGrosze)],
      ['finance.bonusesPaidGrosze'],
    ),
  ];
  const narrative = {
    field: 'financeNotes',
    label: 'Dotacje otrzymane i wykorzystane, pozostałe przychody i wydatki',
  };
  const reg = f.register;
  if (!reg)
    return [
      {
        title: 'CZĘŚĆ VI. WYKONANIE PLANU FINANSOWEGO ZA ROK SPRAWOZDAWCZY',
        columns: ['Wykonanie (zł)'],
        rows: paid,
        narrative,
      },
    ];
  const expenses = reg.expenses.map((e, i) =>
    row(`3.${i + 1}`, EXPENSE_CATEGORY_LABELS[e.category], [money(e.amount)]),
  );
  const income = [
    row('4', 'przychody ogółem (dotacje otrzymane i przychody własne)', [
      money(reg.grantsReceivedGrosze + reg.ownIncomeGrosze),
    ]),
    row('4.1', 'dotacje i dofinansowanie otrzymane', [money(reg.grantsReceivedGrosze)]),
    ...reg.ownIncome.map((s, i) =>
      row(`4.${i + 2}`, `przychody własne: ${INCOME_SOURCE_LABELS[s.source]}`, [money(s.amount)]),
    ),
  ];
  return [
    {
      title: 'CZĘŚĆ VI. WYKONANIE PLANU FINANSOWEGO ZA ROK SPRAWOZDAWCZY',
      columns: ['Wykonanie (zł)'],
      rows: [
        ...paid,
        row('3', 'wydatki ogółem (art. 10 ust. 6 ustawy)', [money(reg.expensesTotalGrosze)]),
        ...expenses,
        ...income,
      ],
    },
    grantsPart(reg, 'CZĘŚĆ VI a. ROZLICZENIE DOTACJI WEDŁUG GRANTODAWCÓW', narrative),
  ];
}

/** The settlement of grants by grantor: received, used, returned (the register's figures). */
export function grantsPart(
  reg: AnnualFinanceRegister,
  title: string,
  narrative: { field: string; label: string },
): Part {
  return {
    title,
    columns: ['Otrzymano (zł)', 'Wykorzystano (zł)', 'Zwrócono (zł)'],
    rows: [
      ...reg.grants.map((g, i) => {
        const kind = GRANTOR_KIND_LABELS[g.grantorKind];
        const label = g.name && g.name !== kind ? `${g.name} — ${kind}` : kind;
        return row(`${i + 1}`, label, [money(g.received), money(g.used), money(g.returned)]);
      }),
      row('', 'razem', [
        money(reg.grantsReceivedGrosze),
        money(reg.grantsUsedGrosze),
        money(reg.grantsReturnedGrosze),
      ]),
    ],
    narrative,
  };
}

/** The CIS report's Part VII: the estimate of the current year (the year after the report's). */
export function estimatePart(f: AnnualFinance): Part {
  const reg = f.register;
  const title = 'CZĘŚĆ VII. PRELIMINARZ WYDATKÓW I PRZYCHODÓW NA ROK BIEŻĄCY';
  const narrative = { field: 'estimateNotes', label: 'Preliminarz' };
  if (!reg) return { title, columns: [], rows: [], narrative };
  const lines = reg.estimate.lines;
  const planned = (side: string) =>
    lines.filter((l) => l.line.startsWith(side) && l.planned !== null).reduce((s, l) => s + l.planned!, 0);
  const anyPlanned = lines.some((l) => l.planned !== null);
  const income = lines.filter((l) => l.line.startsWith('INCOME:'));
  const expenses = lines.filter((l) => l.line.startsWith('EXPENSE:'));
  return {
    title: `${title} (${reg.estimate.year})`,
    columns: ['Plan (zł)'],
    rows: [
      row('1', 'przychody ogółem', [money(anyPlanned ? planned('INCOME:') : null)]),
      ...income.map((l, i) => row(`1.${i + 1}`, planLineLabel(l.line), [money(l.planned)])),
      row('2', 'wydatki ogółem', [money(anyPlanned ? planned('EXPENSE:') : null)]),
      ...expenses.map((l, i) => row(`2.${i + 1}`, planLineLabel(l.line), [money(l.planned)])),
    ],
    narrative,
  };
}
