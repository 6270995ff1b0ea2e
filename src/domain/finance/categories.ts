/**
 * The words of the finance register: grantor kinds, own-income sources and the ten expense categories
 * of art. 10 ust. 6 of the Act (consolidated text Dz.U. 2025 poz. 1718). Pure data, shared by the
 * server, the XLSX export and the web client.
 */

export const FINANCE_BASIS = 'art. 10 ust. 6 ustawy o zatrudnieniu socjalnym (Dz.U. 2025 poz. 1718)';

/** Who gave the money: the grantors a centre meets (art. 10 ust. 1 and practice). */
export const GRANTOR_KINDS = [
  'GMINA',
  'MARSHAL',
  'VOIVODE_PROGRAMME',
  'EU_PROJECT',
  'PFRON',
  'LABOUR_FUND',
  'OTHER',
] as const;
export type GrantorKind = (typeof GRANTOR_KINDS)[number];

export const GRANTOR_KIND_LABELS: Record<GrantorKind, string> = {
  GMINA: 'gmina (dotacja z dochodów własnych)',
  MARSHAL: 'samorząd województwa (marszałek)',
  VOIVODE_PROGRAMME: 'program wojewody / resortowy',
  EU_PROJECT: 'projekt z funduszy Unii Europejskiej',
  PFRON: 'PFRON',
  LABOUR_FUND: 'Fundusz Pracy (refundacja przez PUP)',
  OTHER: 'inny grantodawca',
};

/**
 * Sources of own income (art. 9: production, trade, services, farming). `SERVICES` is reserved for the
 * module of services sold, which will feed its entries automatically; staff type `SALES` or `OTHER`.
 */
export const INCOME_SOURCES = ['SALES', 'SERVICES', 'OTHER'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export const INCOME_SOURCE_LABELS: Record<IncomeSource, string> = {
  SALES: 'sprzedaż wyrobów i usług (art. 9)',
  SERVICES: 'usługi z modułu usług (art. 9)',
  OTHER: 'inne przychody własne',
};

/** The ten expense categories of art. 10 ust. 6, in the order the Act lists them. */
export const EXPENSE_CATEGORIES = [
  'BENEFITS_BONUSES',
  'MATERIALS_ENERGY',
  'RENT_REPAIRS',
  'TAXES',
  'WAGES',
  'REINTEGRATION',
  'STAFF_TRAINING',
  'MEALS',
  'INSURANCE',
  'OTHER',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const EXPENSE_CATEGORY_LABELS: Record<ExpenseCategory, string> = {
  BENEFITS_BONUSES: 'świadczenia integracyjne i premie motywacyjne',
  MATERIALS_ENERGY: 'zakup materiałów i energii',
  RENT_REPAIRS: 'czynsz i remonty',
  TAXES: 'podatki i opłaty',
  WAGES: 'wynagrodzenia pracowników',
  REINTEGRATION: 'reintegracja zawodowa i społeczna uczestników',
  STAFF_TRAINING: 'szkolenia pracowników',
  MEALS: 'posiłki dla uczestników',
  INSURANCE: 'ubezpieczenia',
  OTHER: 'inne wydatki',
};

/** The one category the register never takes by hand: its amounts are the closed payrolls'. */
export const PAYROLL_CATEGORY: ExpenseCategory = 'BENEFITS_BONUSES';

export const ENTRY_KINDS = [
  'GRANT_RECEIVED',
  'GRANT_USED',
  'GRANT_RETURNED',
  'OWN_INCOME',
  'EXPENSE',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  GRANT_RECEIVED: 'dotacja otrzymana',
  GRANT_USED: 'dotacja wykorzystana',
  GRANT_RETURNED: 'dotacja zwrócona',
  OWN_INCOME: 'przychód własny',
  EXPENSE: 'wydatek',
};

/**
 * Lines of the year's estimate (preliminarz, art. 5 ust. 4 pkt 2 with art. 10): income by grantor kind,
 * own income, and expenses by category. A line key is stable text, e.g. `INCOME:GMINA`, `EXPENSE:WAGES`.
 */
export const PLAN_LINES = [
  ...GRANTOR_KINDS.map((k) => `INCOME:${k}` as const),
  'INCOME:OWN' as const,
  ...EXPENSE_CATEGORIES.map((c) => `EXPENSE:${c}` as const),
];
export type PlanLine = (typeof PLAN_LINES)[number];

/** The Polish label of a plan line. */
export function planLineLabel(line: PlanLine): string {
  if (line === 'INCOME:OWN') return 'przychody własne (art. 9)';
  const [side, key] = line.split(':') as ['INCOME' | 'EXPENSE', string];
  return side === 'INCOME'
    ? `dotacje: ${GRANTOR_KIND_LABELS[key as GrantorKind]}`
    : EXPENSE_CATEGORY_LABELS[key as ExpenseCategory];
}
