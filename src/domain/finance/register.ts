import {
  EXPENSE_CATEGORIES,
  type EntryKind,
  type ExpenseCategory,
  type GrantorKind,
  GRANTOR_KINDS,
  type IncomeSource,
  INCOME_SOURCES,
  PAYROLL_CATEGORY,
  PLAN_LINES,
  type PlanLine,
} from './categories';

/** One entry of the register as the rules see it (amounts in grosze, always positive). */
export interface FinanceEntryInput {
  kind: EntryKind;
  occurredOn: string;
  amount: number;
  grantorKind: GrantorKind | null;
  partnerId: string | null;
  /** The partner's name when `partnerId` is set, else the typed name. */
  grantorName: string | null;
  category: ExpenseCategory | null;
  incomeSource: IncomeSource | null;
}

/** One line of a payroll month, as stored (closed months are frozen by a trigger). */
export interface PayrollLineInput {
  kind: string;
  status: string;
  benefit: number;
  bonus: number;
  total: number;
}

export interface PayrollMonthInput {
  month: string;
  status: string;
  /** The month's total as the payroll stored it when it was computed/closed. */
  storedTotal: number;
  lines: PayrollLineInput[];
}

/** How one payroll month enters the register: the sums of its lines against its stored total. */
export interface PayrollReconciliationMonth {
  month: string;
  status: string;
  counted: boolean;
  benefits: number;
  corrections: number;
  bonuses: number;
  linesTotal: number;
  storedTotal: number;
  agrees: boolean;
}

/** What the annual report and the home page need of a year's money (all grosze). */
export interface FinanceSummary {
  grantsReceivedGrosze: number;
  grantsUsedGrosze: number;
  ownIncomeGrosze: number;
  expensesByCategory: Record<ExpenseCategory, number>;
  benefitsPaidGrosze: number;
  bonusesPaidGrosze: number;
}

export interface GrantorBalance {
  grantorKind: GrantorKind;
  partnerId: string | null;
  name: string;
  received: number;
  used: number;
  returned: number;
  /** Received minus used minus returned: still to settle (positive) or overspent (negative). */
  balance: number;
}

export interface FinanceRegister {
  year: number;
  grants: {
    byGrantor: GrantorBalance[];
    byKind: { grantorKind: GrantorKind; received: number; used: number; returned: number }[];
    received: number;
    used: number;
    returned: number;
  };
  ownIncome: { bySource: { source: IncomeSource; amount: number }[]; total: number };
  expenses: {
    byCategory: { category: ExpenseCategory; amount: number; fromPayroll: boolean }[];
    total: number;
  };
  payroll: {
    months: PayrollReconciliationMonth[];
    benefits: number;
    corrections: number;
    bonuses: number;
    total: number;
    storedTotal: number;
    agrees: boolean;
    /** Months of the year whose payroll is not closed (not counted) — and months with none. */
    openMonths: string[];
    missingMonths: string[];
  };
  plan: { line: PlanLine; planned: number | null; actual: number; difference: number | null }[];
  summary: FinanceSummary;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * One payroll month's money: integration benefits (BENEFIT lines), corrections (which are benefit paid
 * or recovered), motivation bonuses (art. 15a) — only lines with status PAY are paid. The three must add
 * up to the stored total of the month, to the grosz; the register shows it.
 */
export function reconcilePayrollMonth(m: PayrollMonthInput): PayrollReconciliationMonth {
  const paying = m.lines.filter((l) => l.status === 'PAY');
  const benefits = sum(paying.filter((l) => l.kind !== 'CORRECTION').map((l) => l.benefit));
  const corrections = sum(paying.filter((l) => l.kind === 'CORRECTION').map((l) => l.total));
  const bonuses = sum(paying.map((l) => l.bonus));
  const linesTotal = sum(paying.map((l) => l.total));
  return {
    month: m.month,
    status: m.status,
    counted: m.status === 'CLOSED',
    benefits,
    corrections,
    bonuses,
    linesTotal,
    storedTotal: m.storedTotal,
    agrees: benefits + corrections + bonuses === linesTotal && linesTotal === m.storedTotal,
  };
}

/**
 * The year's register from its entries, the payroll months of the year (a payroll month belongs to the
 * year of the month it pays for; corrections count in the month they are settled) and the estimate.
 * Only closed payrolls are counted: an open month is listed so that nobody mistakes a draft for money paid.
 * `months` are the months of the year to expect a payroll for (up to the current one; none for a KIS).
 */
export function buildFinanceRegister(input: {
  year: number;
  entries: FinanceEntryInput[];
  payrollMonths: PayrollMonthInput[];
  plan: Partial<Record<PlanLine, number>>;
  expectedPayrollMonths: string[];
}): FinanceRegister {
  const { year, entries } = input;
  const inYear = entries.filter((e) => e.occurredOn.startsWith(`${year}-`));

  const grantors = new Map<string, GrantorBalance>();
  for (const e of inYear) {
    if (!e.kind.startsWith('GRANT_') || !e.grantorKind) continue;
    const key = `${e.grantorKind}|${e.partnerId ?? `name:${(e.grantorName ?? '').toLocaleLowerCase('pl')}`}`;
    const g = grantors.get(key) ?? {
      grantorKind: e.grantorKind,
      partnerId: e.partnerId,
      name: e.grantorName ?? '',
      received: 0,
      used: 0,
      returned: 0,
      balance: 0,
    };
    if (e.kind === 'GRANT_RECEIVED') g.received += e.amount;
    if (e.kind === 'GRANT_USED') g.used += e.amount;
    if (e.kind === 'GRANT_RETURNED') g.returned += e.amount;
    g.balance = g.received - g.used - g.returned;
    grantors.set(key, g);
  }
  const byGrantor = [...grantors.values()].sort(
    (a, b) =>
      GRANTOR_KINDS.indexOf(a.grantorKind) - GRANTOR_KINDS.indexOf(b.grantorKind) ||
      a.name.localeCompare(b.name, 'pl'),
  );
  const byKind = GRANTOR_KINDS.map((grantorKind) => {
    const of = byGrantor.filter((g) => g.grantorKind === grantorKind);
    return {
      grantorKind,
      received: sum(of.map((g) => g.received)),
      used: sum(of.map((g) => g.used)),
      returned: sum(of.map((g) => g.returned)),
    };
  });

  const bySource = INCOME_SOURCES.map((source) => ({
    source,
    amount: sum(
      inYear.filter((e) => e.kind === 'OWN_INCOME' && e.incomeSource === source).map((e) => e.amount),
    ),
  }));

  const months = input.payrollMonths
    .filter((m) => m.month.startsWith(`${year}-`))
    .sort((a, b) => a.month.localeCompare(b.month))
    .map(reconcilePayrollMonth);
  const counted = months.filter((m) => m.counted);
  const benefits = sum(counted.map((m) => m.benefits));
  const corrections = sum(counted.map((m) => m.corrections));
  const bonuses = sum(counted.map((m) => m.bonuses));
  const total = sum(counted.map((m) => m.linesTotal));
  const storedTotal = sum(counted.map((m) => m.storedTotal));
  const known = new Set(months.map((m) => m.month));

  const byCategory = EXPENSE_CATEGORIES.map((category) => ({
    category,
    fromPayroll: category === PAYROLL_CATEGORY,
    amount:
      category === PAYROLL_CATEGORY
        ? total
        : sum(inYear.filter((e) => e.kind === 'EXPENSE' && e.category === category).map((e) => e.amount)),
  }));

  const received = sum(byGrantor.map((g) => g.received));
  const used = sum(byGrantor.map((g) => g.used));
  const ownIncome = sum(bySource.map((s) => s.amount));
  const actualOf = (line: PlanLine): number => {
    if (line === 'INCOME:OWN') return ownIncome;
    const [side, key] = line.split(':') as ['INCOME' | 'EXPENSE', string];
    if (side === 'INCOME') return byKind.find((k) => k.grantorKind === key)!.received;
    return byCategory.find((c) => c.category === key)!.amount;
  };

  return {
    year,
    grants: { byGrantor, byKind, received, used, returned: sum(byGrantor.map((g) => g.returned)) },
    ownIncome: { bySource, total: ownIncome },
    expenses: { byCategory, total: sum(byCategory.map((c) => c.amount)) },
    payroll: {
      months,
      benefits: benefits + corrections,
      corrections,
      bonuses,
      total,
      storedTotal,
      agrees: months.every((m) => m.agrees) && benefits + corrections + bonuses === total,
      openMonths: months.filter((m) => !m.counted).map((m) => m.month),
      missingMonths: input.expectedPayrollMonths.filter((m) => !known.has(m)),
    },
    plan: PLAN_LINES.map((line) => {
      const planned = input.plan[line] ?? null;
      const actual = actualOf(line);
      return { line, planned, actual, difference: planned === null ? null : actual - planned };
    }),
    summary: {
      grantsReceivedGrosze: received,
      grantsUsedGrosze: used,
      ownIncomeGrosze: ownIncome,
      expensesByCategory: Object.fromEntries(byCategory.map((c) => [c.category, c.amount])) as Record<
        ExpenseCategory,
        number
      >,
      benefitsPaidGrosze: benefits + corrections,
      bonusesPaidGrosze: bonuses,
    },
  };
}
