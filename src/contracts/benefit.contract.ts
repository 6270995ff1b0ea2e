import { z } from 'zod';
import { DAY_STATUSES } from '../domain/types';
import { IsoDateSchema, MonthSchema, grosze, text } from './common';

/** A benefit preview for one participant-month in the current centre (its type and parameters come from the centre). */
export const BenefitPreviewRequestSchema = z.object({
  month: MonthSchema,
  admissionDate: IsoDateSchema,
  endDate: IsoDateSchema.nullable().optional(),
  days: z
    .record(
      IsoDateSchema,
      z.enum(DAY_STATUSES as unknown as [string, ...string[]], { error: 'Nieznany status dnia.' }),
    )
    .default({}),
  priorUse: z
    .object({ daysOff: z.number().int().min(0).max(400), sickDays: z.number().int().min(0).max(400) })
    .default({ daysOff: 0, sickDays: 0 }),
  bonus: grosze().default(0),
});
export type BenefitPreviewRequest = z.infer<typeof BenefitPreviewRequestSchema>;

/** The engine's answer; see src/domain/benefit/monthly-benefit.ts (MonthlyBenefit) for every field. */
export const BenefitResultSchema = z.looseObject({
  month: z.string(),
  ruleSet: z.string(),
  period: z.enum(['trial', 'participation']),
  unemploymentBenefit: z.number().int(),
  base: z.number().int(),
  deductions: z.array(
    z.looseObject({ date: z.string(), status: z.string(), amount: z.number().int(), rule: z.string() }),
  ),
  bonus: z.number().int(),
  total: z.number().int(),
  explanation: z.array(z.string()),
});

/** The centre's regulamin choices on points the law leaves open (see docs/law.md). */
export const BenefitParametersUpdateSchema = z.object({ parameters: z.record(text(100), z.unknown()) });
export const BenefitParametersResponseSchema = z.object({
  parameters: z.record(z.string(), z.unknown()),
  descriptions: z.array(
    z.looseObject({ key: z.string(), label: z.string(), source: z.string(), confidence: z.string() }),
  ),
  rules: z.array(
    z.looseObject({
      key: z.string(),
      label: z.string(),
      value: z.string(),
      article: z.string(),
      setBy: z.enum(['law', 'centre']),
    }),
  ),
  ruleSet: z.string(),
});
export const LawResponseSchema = z.looseObject({
  ruleSets: z.array(z.looseObject({ id: z.string() })),
  unemploymentBenefits: z.array(z.looseObject({ from: z.string(), amount: z.number() })),
  parameters: z.array(z.looseObject({ key: z.string() })),
  decisions: z.array(z.string()),
});
