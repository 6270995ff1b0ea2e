import { z } from 'zod';
import {
  BENEFIT_CODES,
  CENTRE_TYPES,
  ELIGIBILITY_GROUPS,
  type BenefitCode,
  type CentreType,
  type EligibilityGroup,
} from '../types';

/**
 * The JSON shape of a benefit request (CLI `reintegra benefit`, and usable by the HTTP contract).
 * Only the shape is checked here; the law (dates, statuses, limits) is checked by computeMonthlyBenefit
 * so that each refusal gets its own stable code.
 */
export const MonthlyBenefitRequestSchema = z.object({
  month: z.string(),
  centreType: z.enum(CENTRE_TYPES as [CentreType, ...CentreType[]]),
  admissionDate: z.string(),
  endDate: z.string().nullable().optional(),
  days: z.record(z.string(), z.string()).default({}),
  priorUse: z
    .object({ daysOff: z.number(), sickDays: z.number(), illnessDays: z.number().optional() })
    .nullable()
    .optional(),
  /** Months of participation extension in force (0–12): extra days off from June 2025 (art. 15 ust. 6b). */
  extensionMonths: z
    .number({ error: 'Przedłużenie uczestnictwa podaj jako liczbę miesięcy (0–12).' })
    .nullable()
    .optional(),
  bonus: z.number().default(0),
  parameters: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type MonthlyBenefitRequest = z.infer<typeof MonthlyBenefitRequestSchema>;

/** The JSON shape of an eligibility question (CLI `reintegra eligibility`). */
export const EligibilityRequestSchema = z.object({
  centreType: z.enum(CENTRE_TYPES as [CentreType, ...CentreType[]]),
  groups: z.array(z.enum(ELIGIBILITY_GROUPS as [EligibilityGroup, ...EligibilityGroup[]])).default([]),
  benefits: z.array(z.enum(BENEFIT_CODES as [BenefitCode, ...BenefitCode[]])).default([]),
  justification: z.string().nullable().optional(),
});
export type EligibilityRequest = z.infer<typeof EligibilityRequestSchema>;
