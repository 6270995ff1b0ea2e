import { z } from 'zod';
import { EXIT_SITUATIONS, FLAG_ANSWERS, LABOUR_MARKET_STATUSES } from '../domain/projects/monitoring-fields';
import { boundedInt, IsoDateSchema, requiredText, text, UuidSchema, VersionSchema } from './common';

const optionalText = (max = 200) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

const FormsSchema = z
  .array(requiredText(120), { error: 'Podaj listę form wsparcia.' })
  .max(20, { error: 'Najwyżej 20 form wsparcia.' });

/** A new EU project: number, programme and priority, dates, leader and partners, targets, forms of support. */
export const ProjectCreateSchema = z.object({
  number: requiredText(60),
  title: requiredText(300),
  programme: requiredText(200),
  priority: requiredText(200),
  action: optionalText(200),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  /** The leader when it is a partner; none when the centre leads the project. */
  leaderPartnerId: UuidSchema.nullable().optional(),
  partnerIds: z.array(UuidSchema).max(50).default([]),
  supportForms: FormsSchema.default([]),
  targets: z
    .record(
      z.string().regex(/^[A-Z0-9]{2,12}$/, { error: 'Kod wskaźnika, np. EECO01.' }),
      boundedInt(0, 100_000),
    )
    .default({}),
});
export type ProjectCreate = z.infer<typeof ProjectCreateSchema>;

export const ProjectSchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  programme: z.string(),
  priority: z.string(),
  action: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  leaderPartnerId: z.string().nullable(),
  leaderName: z.string().nullable(),
  partners: z.array(z.object({ id: z.string(), name: z.string() })),
  supportForms: z.array(z.string()),
  targets: z.record(z.string(), z.number()),
  participantCount: z.number(),
  version: z.number(),
});
export type Project = z.infer<typeof ProjectSchema>;
export const ProjectListSchema = z.object({ items: z.array(ProjectSchema) });

const Flag = z.enum(FLAG_ANSWERS as [string, ...string[]], { error: 'Wybierz: tak, nie albo odmowa.' });

/** The monitoring data of one enrolment that the participant's record does not hold. */
const monitoringFields = {
  projectEnd: IsoDateSchema.nullable().optional(),
  supportEnd: IsoDateSchema.nullable().optional(),
  supportForms: FormsSchema.optional(),
  labourMarketStatus: z
    .enum(LABOUR_MARKET_STATUSES as [string, ...string[]], { error: 'Wybierz status na rynku pracy.' })
    .nullable()
    .optional(),
  longTermUnemployed: z.boolean().nullable().optional(),
  educationEndPlanned: IsoDateSchema.nullable().optional(),
  degurba: z.enum(['1', '2', '3'], { error: 'DEGURBA: 1, 2 albo 3.' }).nullable().optional(),
  foreignOrigin: Flag.nullable().optional(),
  thirdCountryNational: Flag.nullable().optional(),
  minority: Flag.nullable().optional(),
  homeless: Flag.nullable().optional(),
  disability: Flag.nullable().optional(),
  exitSituation: z
    .enum(EXIT_SITUATIONS as [string, ...string[]], { error: 'Wybierz sytuację po zakończeniu udziału.' })
    .nullable()
    .optional(),
  exitAsPlanned: z.boolean().nullable().optional(),
  businessStartedOn: IsoDateSchema.nullable().optional(),
  notes: optionalText(500),
};

export const EnrolmentCreateSchema = z.object({
  participantId: UuidSchema,
  projectStart: IsoDateSchema,
  supportStart: IsoDateSchema,
  ...monitoringFields,
});
export type EnrolmentCreate = z.infer<typeof EnrolmentCreateSchema>;

export const EnrolmentUpdateSchema = z.object({
  version: VersionSchema,
  projectStart: IsoDateSchema.optional(),
  supportStart: IsoDateSchema.optional(),
  ...monitoringFields,
});
export type EnrolmentUpdate = z.infer<typeof EnrolmentUpdateSchema>;

export const EnrolmentParamsSchema = z.object({ id: UuidSchema, enrolmentId: UuidSchema });

const ProblemSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  label: z.string(),
});

export const EnrolmentSchema = z.object({
  id: z.string(),
  participantId: z.string(),
  fullName: z.string(),
  projectStart: z.string(),
  projectEnd: z.string().nullable(),
  supportStart: z.string(),
  supportEnd: z.string().nullable(),
  supportForms: z.array(z.string()),
  labourMarketStatus: z.string().nullable(),
  longTermUnemployed: z.boolean().nullable(),
  educationEndPlanned: z.string().nullable(),
  degurba: z.string().nullable(),
  foreignOrigin: z.string().nullable(),
  thirdCountryNational: z.string().nullable(),
  minority: z.string().nullable(),
  homeless: z.string().nullable(),
  disability: z.string().nullable(),
  exitSituation: z.string().nullable(),
  exitAsPlanned: z.boolean().nullable(),
  businessStartedOn: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number(),
  /** Every problem the monitoring system would refuse; empty when the person can be exported. */
  problems: z.array(ProblemSchema),
  /** "brakuje: …" or null. */
  missing: z.string().nullable(),
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const IndicatorSchema = z.object({
  code: z.string(),
  kind: z.enum(['OUTPUT', 'RESULT']),
  name: z.string(),
  women: z.number(),
  men: z.number(),
  total: z.number(),
  target: z.number().nullable(),
});

export const ProjectDetailSchema = z.object({
  project: ProjectSchema,
  enrolments: z.array(EnrolmentSchema),
  indicators: z.array(IndicatorSchema),
});
export type ProjectDetail = z.infer<typeof ProjectDetailSchema>;
