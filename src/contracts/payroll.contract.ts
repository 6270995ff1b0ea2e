import { z } from 'zod';
import { MonthSchema } from './attendance.contract';
import { grosze, MAX_GROSZE, VersionSchema } from './common';
import { UuidSchema, requiredText } from './common';

export const PayrollStatusSchema = z.enum(['DRAFT', 'REVIEWED', 'APPROVED', 'CLOSED']);

export const PayrollLineSchema = z.object({
  id: UuidSchema,
  participantId: UuidSchema,
  kind: z.enum(['BENEFIT', 'CORRECTION']),
  /**
   * PAY — paid; CONTINUING_NO_BENEFIT — the IPZS continues without participation (art. 13 ust. 5),
   * nothing due; NOTHING_DUE — no benefit this month.
   */
  status: z.enum(['PAY', 'CONTINUING_NO_BENEFIT', 'NOTHING_DUE']),
  name: z.string(),
  bankAccount: z.string().nullable(),
  paidInCash: z.boolean(),
  benefit: z.number().int(),
  bonus: z.number().int(),
  total: z.number().int(),
  explanation: z.array(z.string()),
  /** Pension and disability insurance on this payment (rates of the social insurance act; payer a parameter). */
  contributions: z.object({
    pension: z.number().int(),
    disability: z.number().int(),
    explanation: z.string(),
  }),
  problems: z.array(z.string()),
  /** Class days of the month with no status: not attendance — the amount is provisional until they are recorded. */
  missingDays: z.array(z.string()),
});

export const PayrollSchema = z.object({
  id: UuidSchema,
  month: z.string(),
  status: PayrollStatusSchema,
  ruleSet: z.string(),
  computedAt: z.string(),
  reviewedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  total: z.number().int(),
  transfers: z.object({ count: z.number().int(), total: z.number().int() }),
  cash: z.object({ count: z.number().int(), total: z.number().int() }),
  lines: z.array(PayrollLineSchema),
  /**
   * Who pays what (R-FIN-02/03): benefits and corrections from the Fundusz Pracy via the PUP; bonuses
   * from the centre's own-activity income (default, uncertain).
   */
  funding: z.array(
    z.object({
      source: z.string(),
      label: z.string(),
      amount: z.number().int(),
      basis: z.string(),
      confidence: z.string(),
    }),
  ),
  contributions: z.object({
    pension: z.number().int(),
    disability: z.number().int(),
    total: z.number().int(),
    payer: z.string(),
    /** False while the payer is the default to be confirmed with the PUP. */
    payerConfirmed: z.boolean(),
    source: z.string(),
    confidence: z.string(),
  }),
  /** What still blocks closing the month (unlocked attendance, missing accounts…). */
  blockers: z.array(z.string()),
  /** The inputs (bonus, attendance, NRB, cash flag) changed since computing: recompute before review or approval. */
  stale: z.boolean(),
  version: z.number().int(),
});
export type Payroll = z.infer<typeof PayrollSchema>;

export const BonusProposalCreateSchema = z.object({
  month: MonthSchema,
  participantId: UuidSchema,
  amountGrosze: grosze(1),
  justification: requiredText(2000),
});

export const CorrectionCreateSchema = z.object({
  participantId: UuidSchema,
  concernsMonth: MonthSchema,
  settleMonth: MonthSchema,
  amountGrosze: grosze(-MAX_GROSZE).refine((v) => v !== 0, { error: 'Korekta nie może wynosić zero.' }),
  reason: requiredText(2000),
});

export const PayrollActionSchema = z.object({ version: VersionSchema });
export const PayrollMonthParamsSchema = z.object({ month: MonthSchema });
