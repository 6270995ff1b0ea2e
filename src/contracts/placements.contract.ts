import { z } from 'zod';
import { EVALUATION_CRITERIA } from '../domain/placements/placement-rules';
import { boundedInt, IsoDateSchema, requiredText, text, UuidSchema, VersionSchema } from './common';

const optionalText = (max = 200) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

const HoursSchema = z
  .number({ error: 'Podaj liczbę godzin.' })
  .min(0.5, { error: 'Najmniej 0,5 godziny.' })
  .max(12, { error: 'Najwyżej 12 godzin dziennie.' })
  .refine((v) => Number.isInteger(v * 4), { error: 'Godziny podaj z dokładnością do kwadransa (np. 6,25).' });

export const PLACEMENT_STATUSES = ['PLANNED', 'AGREED', 'FINISHED', 'CANCELLED'] as const;
export const PlacementStatusSchema = z.enum(PLACEMENT_STATUSES);

/** The plan of a placement at a partner employer: where, who looks after the person, when, what they learn. */
export const PlacementPlanSchema = z.object({
  participantId: UuidSchema,
  partnerId: UuidSchema,
  agreementId: UuidSchema.nullable().optional().default(null),
  workshopId: UuidSchema,
  position: requiredText(200),
  place: requiredText(300),
  tutorName: requiredText(200),
  tutorPhone: optionalText(40),
  centreTutor: requiredText(200),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  schedule: requiredText(500),
  dailyHours: HoursSchema,
  learningGoals: requiredText(4000),
});
export type PlacementPlan = z.infer<typeof PlacementPlanSchema>;

export const PlacementUpdateSchema = PlacementPlanSchema.omit({ participantId: true }).extend({
  version: VersionSchema,
});
export type PlacementUpdate = z.infer<typeof PlacementUpdateSchema>;

/** The signing of the placement agreement with the employer: numbers it (PR/2026/0001). */
export const PlacementSignSchema = z.object({ signedOn: IsoDateSchema, version: VersionSchema });
export const PlacementCancelSchema = z.object({ reason: requiredText(1000), version: VersionSchema });

export const PlacementDaySchema = z.object({
  date: IsoDateSchema,
  hours: HoursSchema,
  note: optionalText(500),
});
export type PlacementDayInput = z.infer<typeof PlacementDaySchema>;

const criteria = Object.keys(EVALUATION_CRITERIA) as [keyof typeof EVALUATION_CRITERIA, ...string[]];
const RatingSchema = boundedInt(1, 5);

/** The employer's tutor's evaluation at the end of the placement. */
export const PlacementEvaluationSchema = z.object({
  evaluatedOn: IsoDateSchema,
  ratings: z.object(
    Object.fromEntries(criteria.map((c) => [c, RatingSchema])) as Record<string, typeof RatingSchema>,
  ),
  skills: z
    .array(requiredText(200), { error: 'Podaj listę umiejętności.' })
    .min(1, { error: 'Wpisz co najmniej jedną umiejętność nabytą na praktyce.' })
    .max(20, { error: 'Najwyżej 20 umiejętności.' }),
  tutorOpinion: requiredText(4000),
  recommendation: optionalText(1000),
  version: VersionSchema,
});
export type PlacementEvaluationInput = z.infer<typeof PlacementEvaluationSchema>;

export const PlacementListQuerySchema = z.object({
  status: PlacementStatusSchema.optional(),
  partnerId: UuidSchema.optional(),
  participantId: UuidSchema.optional(),
});

export const PlacementSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  status: PlacementStatusSchema,
  participant: z.object({ id: z.string(), name: z.string() }),
  partner: z.object({ id: z.string(), name: z.string() }),
  agreementId: z.string().nullable(),
  workshopId: z.string(),
  workshopName: z.string(),
  position: z.string(),
  place: z.string(),
  tutorName: z.string(),
  tutorPhone: z.string().nullable(),
  centreTutor: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  schedule: z.string(),
  dailyHours: z.number(),
  learningGoals: z.string(),
  signedOn: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
  totals: z.object({ days: z.number(), hours: z.number() }),
  version: z.number(),
});
export type Placement = z.infer<typeof PlacementSchema>;

export const PlacementDetailSchema = PlacementSchema.extend({
  days: z.array(z.object({ date: z.string(), hours: z.number(), note: z.string().nullable() })),
  evaluation: z
    .object({
      ratings: z.record(z.string(), z.number()),
      skills: z.array(z.string()),
      tutorOpinion: z.string(),
      recommendation: z.string().nullable(),
      evaluatedBy: z.string(),
      mean: z.object({ mean: z.number(), formula: z.string() }).nullable(),
    })
    .nullable(),
  criteria: z.record(z.string(), z.string()),
});
export type PlacementDetail = z.infer<typeof PlacementDetailSchema>;
export const PlacementListSchema = z.object({ items: z.array(PlacementSchema) });

export const PlacementDayParamsSchema = z.object({ id: UuidSchema, date: IsoDateSchema });
