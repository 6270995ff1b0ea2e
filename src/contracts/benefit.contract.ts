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
    .object({
      daysOff: z.number().int().min(0).max(400),
      sickDays: z.number().int().min(0).max(400),
      illnessDays: z.number().int().min(0).max(400).optional(),
    })
    .default({ daysOff: 0, sickDays: 0 }),
  /** Months of participation extension in force: extra days off from June 2025 (art. 15 ust. 6b). */
  extensionMonths: z
    .number({ error: 'Przedłużenie: liczba miesięcy 0–12.' })
    .int({ error: 'Przedłużenie: liczba całkowita miesięcy.' })
    .min(0, { error: 'Przedłużenie nie może być ujemne.' })
    .max(12, { error: 'Uczestnictwo można przedłużyć najwyżej o 12 miesięcy (art. 15 ust. 3).' })
    .default(0),
  bonus: grosze().default(0),
});
export type BenefitPreviewRequest = z.infer<typeof BenefitPreviewRequestSchema>;

/** The engine's answer; see src/domain/benefit/model.ts (MonthlyBenefit) for every field. */
export const BenefitResultSchema = z.looseObject({
  month: z.string(),
  ruleSet: z.string(),
  ruleSetLabel: z.string().optional(),
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
    z.looseObject({
      key: z.string(),
      label: z.string(),
      source: z.string(),
      note: z.string(),
      confidence: z.string(),
      options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    }),
  ),
  rules: z.array(
    z.looseObject({
      key: z.string(),
      label: z.string(),
      value: z.string(),
      article: z.string(),
      setBy: z.enum(['law', 'centre']),
      confidenceLabel: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
  ruleSet: z.string(),
  ruleSetLabel: z.string(),
});
export const LawResponseSchema = z.looseObject({
  act: z.object({ title: z.string(), consolidatedText: z.string(), note: z.string() }),
  ruleSets: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      rules: z.array(
        z.looseObject({
          key: z.string(),
          label: z.string(),
          value: z.string(),
          article: z.string(),
          confidence: z.string(),
          confidenceLabel: z.string(),
          validFrom: z.string(),
          validTo: z.string().nullable(),
        }),
      ),
    }),
  ),
  unemploymentBenefits: z.array(z.looseObject({ from: z.string(), amount: z.number() })),
  parameters: z.array(z.looseObject({ key: z.string() })),
  decisions: z.array(z.string()),
});
