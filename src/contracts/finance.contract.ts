import { z } from 'zod';
import {
  ENTRY_KINDS,
  EXPENSE_CATEGORIES,
  GRANTOR_KINDS,
  INCOME_SOURCES,
  PLAN_LINES,
  type PlanLine,
} from '../domain/finance/categories';
import { IsoDateSchema, TextSchema, UuidSchema } from './common';

export const EntryKindSchema = z.enum(ENTRY_KINDS);
export const GrantorKindSchema = z.enum(GRANTOR_KINDS);
export const ExpenseCategorySchema = z.enum(EXPENSE_CATEGORIES);
export const IncomeSourceSchema = z.enum(INCOME_SOURCES);
export const PlanLineSchema = z.enum(PLAN_LINES as [PlanLine, ...PlanLine[]]);

/** An amount of the register in grosze: above zero, at most 100 million zł (a whole region's grant). */
export const MAX_FINANCE_GROSZE = 10_000_000_000;
const amount = (min: number) =>
  z
    .number({ error: 'Podaj kwotę w groszach.' })
    .int({ error: 'Kwota w groszach musi być liczbą całkowitą.' })
    .min(min, { error: min > 0 ? 'Kwota musi być większa od zera.' : 'Kwota nie może być ujemna.' })
    .max(MAX_FINANCE_GROSZE, { error: 'Najwyżej 100 000 000 zł.' });

const optionalText = (max: number) =>
  TextSchema.trim()
    .max(max, { error: `Najwyżej ${max} znaków.` })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** A year of the register: 2000–2100 (a centre's history, not a person's birth). */
export const FinanceYearSchema = z.coerce
  .number({ error: 'Podaj rok.' })
  .int({ error: 'Podaj rok.' })
  .min(2000, { error: 'Podaj rok od 2000 do 2100.' })
  .max(2100, { error: 'Podaj rok od 2000 do 2100.' });
export const FinanceYearParamsSchema = z.object({ year: FinanceYearSchema });

/**
 * One money movement typed by the accountant. A grant names its grantor (a partner from the registry
 * or a name), an expense its category of art. 10 ust. 6, own income its source (art. 9). The benefits
 * and bonuses category is refused: those amounts come from the closed payrolls.
 */
export const FinanceEntryCreateSchema = z.object({
  kind: EntryKindSchema,
  occurredOn: IsoDateSchema,
  amountGrosze: amount(1),
  grantorKind: GrantorKindSchema.nullable().default(null),
  partnerId: UuidSchema.nullable().default(null),
  grantorName: optionalText(300),
  category: ExpenseCategorySchema.nullable().default(null),
  incomeSource: IncomeSourceSchema.nullable().default(null),
  description: TextSchema.trim()
    .min(1, { error: 'Opisz wpis (np. numer umowy, cel).' })
    .max(500, { error: 'Najwyżej 500 znaków.' }),
  documentRef: optionalText(100),
});
export type FinanceEntryCreate = z.infer<typeof FinanceEntryCreateSchema>;

export const FinanceEntrySchema = z.object({
  id: UuidSchema,
  kind: EntryKindSchema,
  occurredOn: z.string(),
  amountGrosze: z.number(),
  grantorKind: GrantorKindSchema.nullable(),
  partnerId: z.string().nullable(),
  grantorName: z.string().nullable(),
  category: ExpenseCategorySchema.nullable(),
  incomeSource: IncomeSourceSchema.nullable(),
  description: z.string(),
  documentRef: z.string().nullable(),
  source: z.string(),
  createdAt: z.string(),
});
export type FinanceEntry = z.infer<typeof FinanceEntrySchema>;

export const FinancePlanUpdateSchema = z.object({
  lines: z
    .array(z.object({ line: PlanLineSchema, amountGrosze: amount(0).nullable() }))
    .max(PLAN_LINES.length * 2, { error: 'Za dużo pozycji.' }),
});
export type FinancePlanUpdate = z.infer<typeof FinancePlanUpdateSchema>;

const ReconciliationMonthSchema = z.object({
  month: z.string(),
  status: z.string(),
  counted: z.boolean(),
  benefits: z.number(),
  corrections: z.number(),
  bonuses: z.number(),
  linesTotal: z.number(),
  storedTotal: z.number(),
  agrees: z.boolean(),
});

/** What the annual report and the home page use of a year's money (grosze). */
export const FinanceSummarySchema = z.object({
  grantsReceivedGrosze: z.number(),
  grantsUsedGrosze: z.number(),
  ownIncomeGrosze: z.number(),
  expensesByCategory: z.record(ExpenseCategorySchema, z.number()),
  benefitsPaidGrosze: z.number(),
  bonusesPaidGrosze: z.number(),
});
export type FinanceSummaryResponse = z.infer<typeof FinanceSummarySchema>;

export const FinanceRegisterSchema = z.object({
  year: z.number(),
  centreType: z.enum(['CIS', 'KIS']),
  today: z.string(),
  grants: z.object({
    byGrantor: z.array(
      z.object({
        grantorKind: GrantorKindSchema,
        partnerId: z.string().nullable(),
        name: z.string(),
        received: z.number(),
        used: z.number(),
        returned: z.number(),
        balance: z.number(),
      }),
    ),
    byKind: z.array(
      z.object({
        grantorKind: GrantorKindSchema,
        received: z.number(),
        used: z.number(),
        returned: z.number(),
      }),
    ),
    received: z.number(),
    used: z.number(),
    returned: z.number(),
  }),
  ownIncome: z.object({
    bySource: z.array(z.object({ source: IncomeSourceSchema, amount: z.number() })),
    total: z.number(),
  }),
  expenses: z.object({
    byCategory: z.array(
      z.object({ category: ExpenseCategorySchema, amount: z.number(), fromPayroll: z.boolean() }),
    ),
    total: z.number(),
  }),
  payroll: z.object({
    months: z.array(ReconciliationMonthSchema),
    benefits: z.number(),
    corrections: z.number(),
    bonuses: z.number(),
    total: z.number(),
    storedTotal: z.number(),
    agrees: z.boolean(),
    openMonths: z.array(z.string()),
    missingMonths: z.array(z.string()),
  }),
  plan: z.array(
    z.object({
      line: PlanLineSchema,
      planned: z.number().nullable(),
      actual: z.number(),
      difference: z.number().nullable(),
    }),
  ),
  summary: FinanceSummarySchema,
  entries: z.array(FinanceEntrySchema),
  basis: z.string(),
});
export type FinanceRegisterResponse = z.infer<typeof FinanceRegisterSchema>;

export const PartnerOptionSchema = z.object({ id: z.string(), name: z.string(), kind: z.string() });
export const PartnerOptionsSchema = z.object({ items: z.array(PartnerOptionSchema) });
