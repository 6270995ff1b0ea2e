import { z } from 'zod';
import { SUPPORTED_FORMS } from '../domain/placements/supported-employment';
import { grosze, IsoDateSchema, MonthSchema, text, UuidSchema, VersionSchema } from './common';

const optionalText = (max = 200) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** The joint application for supported employment (art. 16). */
export const SupportedApplicationSchema = z.object({
  participantId: UuidSchema,
  form: z.enum(SUPPORTED_FORMS, { error: 'Wybierz formę zatrudnienia wspieranego.' }),
  appliedOn: IsoDateSchema,
  signedByDirector: z.boolean(),
  signedBySocialWorker: z.boolean(),
  signedByParticipant: z.boolean(),
  justification: optionalText(2000),
  note: optionalText(2000),
});
export type SupportedApplication = z.infer<typeof SupportedApplicationSchema>;

/** The PUP's referral and the starosta–employer agreement with the employment dates. */
export const SupportedReferralSchema = z.object({
  pupReferralOn: IsoDateSchema,
  pupName: optionalText(300),
  employerPartnerId: UuidSchema,
  starostaAgreementNumber: optionalText(100),
  starostaAgreementOn: IsoDateSchema,
  employmentFrom: IsoDateSchema,
  employmentUntil: IsoDateSchema.nullable(),
  version: VersionSchema,
});
export type SupportedReferral = z.infer<typeof SupportedReferralSchema>;

/** One month's employer claim for the refund (amounts in grosze). */
export const SupportedClaimSchema = z.object({
  month: MonthSchema,
  receivedOn: IsoDateSchema,
  wageGross: grosze(),
  refundWage: grosze(),
  refundContributions: grosze(),
  paidOn: IsoDateSchema.nullable().optional().default(null),
});
export type SupportedClaim = z.infer<typeof SupportedClaimSchema>;

export const SupportedEmploymentSchema = z.object({
  id: z.string(),
  participant: z.object({ id: z.string(), name: z.string() }),
  form: z.string(),
  appliedOn: z.string(),
  justification: z.string().nullable(),
  pupReferralOn: z.string().nullable(),
  pupName: z.string().nullable(),
  employer: z.object({ id: z.string(), name: z.string() }).nullable(),
  starostaAgreementNumber: z.string().nullable(),
  starostaAgreementOn: z.string().nullable(),
  employmentFrom: z.string().nullable(),
  employmentUntil: z.string().nullable(),
  claims: z.array(
    z.object({
      month: z.string(),
      receivedOn: z.string(),
      paymentDue: z.string(),
      paidOn: z.string().nullable(),
      wageGross: z.number(),
      refundWage: z.number(),
      refundContributions: z.number(),
      total: z.number(),
      how: z.string(),
    }),
  ),
  refundedTotal: z.number(),
  rule: z.string(),
  version: z.number(),
});
export type SupportedEmployment = z.infer<typeof SupportedEmploymentSchema>;
export const SupportedEmploymentListSchema = z.object({ items: z.array(SupportedEmploymentSchema) });
