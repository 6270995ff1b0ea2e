import { z } from 'zod';
import { UuidSchema } from './common';
import { ErasureRequestSchema } from './privacy.contract';

/** People who are not participants whose data the centre holds (migration 0037). */
export const OtherKindSchema = z.enum(
  [
    'VOLUNTEER',
    'ART200',
    'EVENT_PERSON',
    'EVENT_GUEST',
    'SERVICE_CUSTOMER',
    'INKIND_DONOR',
    'NETWORK_ENQUIRY',
  ],
  { error: 'Nieznany rodzaj osoby.' },
);

export const OtherParamsSchema = z.object({ kind: OtherKindSchema, id: UuidSchema });

export const OtherAnonymisationApproveSchema = z.object({
  persons: z
    .array(z.object({ kind: OtherKindSchema, id: UuidSchema }))
    .min(1, { error: 'Wybierz co najmniej jedną osobę.' })
    .max(500, { error: 'Najwyżej 500 osób naraz.' })
    .refine((ps) => new Set(ps.map((p) => `${p.kind}:${p.id}`)).size === ps.length, {
      error: 'Ta sama osoba wybrana dwa razy.',
    }),
});

export const OtherErasureRequestSchema = ErasureRequestSchema;

const Item = z.object({
  kind: OtherKindSchema,
  kindLabel: z.string(),
  id: z.string(),
  fullName: z.string(),
  lastActivityOn: z.string(),
  retentionEndsOn: z.string(),
  anonymiseFrom: z.string(),
  due: z.boolean(),
});

export const OtherRetentionViewSchema = z.object({
  today: z.string(),
  rules: z.array(
    z.object({
      kind: OtherKindSchema,
      label: z.string(),
      years: z.number().int(),
      from: z.string(),
      source: z.string(),
      certain: z.boolean(),
      checkedOn: z.string(),
    }),
  ),
  due: z.array(Item),
  upcoming: z.array(Item),
  approvals: z.array(
    z.object({
      kind: OtherKindSchema,
      kindLabel: z.string(),
      id: z.string(),
      pseudonym: z.string(),
      lastActivityOn: z.string(),
      retentionEndsOn: z.string(),
      status: z.enum(['APPROVED', 'DONE']),
      approvedByName: z.string().nullable(),
      approvedAt: z.string(),
      doneAt: z.string().nullable(),
    }),
  ),
});
export type OtherRetentionView = z.infer<typeof OtherRetentionViewSchema>;
export type OtherKindCode = z.infer<typeof OtherKindSchema>;
