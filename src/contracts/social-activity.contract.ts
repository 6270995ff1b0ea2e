import { z } from 'zod';
import { IsoDateSchema, TextSchema, UuidSchema, requiredText } from './common';

/** Social-reintegration work recorded beside the workshops (art. 3 ust. 1 pkt 1, 3, 4). */
export const SOCIAL_ACTIVITY_KINDS = [
  'PSYCHOLOGIST',
  'THERAPY',
  'COUNSELLING',
  'GROUP_CLASS',
  'OTHER',
] as const;

export const SocialActivityCreateSchema = z.object({
  kind: z.enum(SOCIAL_ACTIVITY_KINDS),
  date: IsoDateSchema,
  hours: z
    .number({ error: 'Podaj liczbę godzin.' })
    .positive({ error: 'Liczba godzin musi być większa od zera.' })
    .max(12, { error: 'Najwyżej 12 godzin.' }),
  title: requiredText(200),
  staffName: TextSchema.trim()
    .max(200)
    .optional()
    .nullable()
    .transform((v) => v || null),
  note: TextSchema.trim()
    .max(4000)
    .optional()
    .nullable()
    .transform((v) => v || null),
  participantIds: z
    .array(UuidSchema)
    .min(1, { error: 'Wybierz co najmniej jedną osobę.' })
    .max(100)
    .transform((ids) => [...new Set(ids)]),
});
export type SocialActivityCreate = z.infer<typeof SocialActivityCreateSchema>;

export const SocialActivitySchema = z.object({
  id: UuidSchema,
  kind: z.enum(SOCIAL_ACTIVITY_KINDS),
  date: z.string(),
  hours: z.number(),
  title: z.string(),
  staffName: z.string().nullable(),
  note: z.string().nullable(),
  participants: z.array(z.object({ id: UuidSchema, name: z.string() })),
});

export const SocialActivityQuerySchema = z.object({
  participantId: UuidSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
