import { z } from 'zod';
import { IsoDateSchema, TextSchema, UuidSchema, VersionSchema, boundedInt, requiredText } from './common';

export const WORKSHOP_TYPES = [
  'GASTRONOMY',
  'RENOVATION_CONSTRUCTION',
  'GARDENING',
  'CARE',
  'CLEANING',
  'CRAFTS',
  'OFFICE',
  'OTHER',
] as const;
export const WorkshopTypeSchema = z.enum(WORKSHOP_TYPES);

const optionalText = (max = 200) =>
  TextSchema.trim()
    .max(max, { error: `Najwyżej ${max} znaków.` })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const WorkshopInputSchema = z.object({
  name: requiredText(120),
  type: WorkshopTypeSchema,
  place: optionalText(200),
  capacity: z
    .number()
    .int({ error: 'Podaj liczbę całkowitą.' })
    .min(1, { error: 'Co najmniej 1 miejsce.' })
    .max(500)
    .nullable()
    .optional(),
  instructorIds: z.array(UuidSchema).max(20).default([]),
});
export type WorkshopInput = z.infer<typeof WorkshopInputSchema>;

export const WorkshopUpdateSchema = z.object({
  name: requiredText(120).optional(),
  type: WorkshopTypeSchema.optional(),
  place: optionalText(200),
  capacity: boundedInt(1, 500).nullable().optional(),
  active: z.boolean().optional(),
  instructorIds: z.array(UuidSchema).max(20).optional(),
  version: VersionSchema,
});
export type WorkshopUpdate = z.infer<typeof WorkshopUpdateSchema>;

export const WorkshopSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  type: WorkshopTypeSchema,
  place: z.string().nullable(),
  capacity: z.number().int().nullable(),
  active: z.boolean(),
  instructors: z.array(z.object({ id: UuidSchema, fullName: z.string() })),
  /** Participants assigned today. */
  assigned: z.number().int(),
  version: z.number().int(),
});
export type Workshop = z.infer<typeof WorkshopSchema>;

export const AssignmentCreateSchema = z.object({
  participantId: UuidSchema,
  fromDate: IsoDateSchema,
});

export const AssignmentEndSchema = z.object({ toDate: IsoDateSchema });

export const AssignmentSchema = z.object({
  id: UuidSchema,
  workshopId: UuidSchema,
  workshopName: z.string(),
  participantId: UuidSchema,
  participantName: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;
