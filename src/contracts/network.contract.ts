import { z } from 'zod';
import { boundedInt, EmailSchema, IsoDateSchema, requiredText, text, UuidSchema } from './common';

/** Networks of centres (issue 19): what the API takes and answers. */

export const NETWORK_KINDS = ['CLUSTER', 'NETWORK', 'CONVENTION'] as const;
export const COORDINATOR_ORG_KINDS = ['OWES', 'ROPS', 'MEMBER', 'OTHER'] as const;
export const ENTITY_KINDS = ['CENTRE', 'SOCIAL_COOPERATIVE', 'ZAZ', 'WTZ', 'NGO', 'OTHER'] as const;
export const MEMBER_STATUSES = ['INVITED', 'ACTIVE', 'DECLINED', 'LEFT'] as const;
export const DOCUMENT_KINDS = ['STANDARD', 'TEMPLATE', 'PARAMETER_SET'] as const;
export const MEETING_KINDS = ['MEETING', 'STUDY_VISIT', 'TRAINING'] as const;

/** A TERYT code of a powiat (4 digits) or a gmina (7 digits). */
export const AreaCodeSchema = z
  .string({ error: 'Podaj kod TERYT.' })
  .regex(/^(\d{4}|\d{7})$/, { error: 'Kod TERYT powiatu ma 4 cyfry, gminy — 7 cyfr.' });

export const NetworkCreateSchema = z.object({
  name: requiredText(200),
  kind: z.enum(NETWORK_KINDS, { error: 'Wybierz rodzaj sieci.' }),
  areaCodes: z.array(AreaCodeSchema).max(500).default([]),
  coordinatorOrgName: requiredText(300),
  coordinatorOrgKind: z.enum(COORDINATOR_ORG_KINDS, { error: 'Wybierz rodzaj organizacji koordynującej.' }),
  coordinatorCentreId: UuidSchema.nullable().default(null),
  coordinatorEmails: z
    .array(EmailSchema)
    .min(1, { error: 'Wskaż co najmniej jednego koordynatora.' })
    .max(10),
});
export type NetworkCreate = z.infer<typeof NetworkCreateSchema>;

export const AreaSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['POWIAT', 'GMINA']),
});

export const NetworkMemberSchema = z.object({
  id: UuidSchema,
  centreId: UuidSchema.nullable(),
  name: z.string(),
  kind: z.enum(ENTITY_KINDS),
  centreType: z.enum(['CIS', 'KIS']).nullable(),
  status: z.enum(MEMBER_STATUSES),
  invitedAt: z.string(),
  respondedAt: z.string().nullable(),
});
export type NetworkMember = z.infer<typeof NetworkMemberSchema>;

export const NetworkSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  kind: z.enum(NETWORK_KINDS),
  area: z.array(AreaSchema),
  coordinatorOrgName: z.string(),
  coordinatorOrgKind: z.enum(COORDINATOR_ORG_KINDS),
  /** What the caller is here: the coordinator, and/or the current centre's membership. */
  isCoordinator: z.boolean(),
  myMembership: z.enum(MEMBER_STATUSES).nullable(),
  members: z.array(NetworkMemberSchema),
});
export type Network = z.infer<typeof NetworkSchema>;

export const NetworkListSchema = z.object({ networks: z.array(NetworkSchema) });

export const InvitationCreateSchema = z.object({ centreId: UuidSchema });
export const EntityMemberCreateSchema = z.object({
  name: requiredText(300),
  kind: z.enum(ENTITY_KINDS).exclude(['CENTRE']),
  nip: z
    .string()
    .regex(/^\d{10}$/, { error: 'NIP ma 10 cyfr.' })
    .nullable()
    .default(null),
});

export const CandidateCentreSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  type: z.enum(['CIS', 'KIS']),
  city: z.string(),
});
export const CandidateListSchema = z.object({ centres: z.array(CandidateCentreSchema) });

export const NetworkIdParamsSchema = z.object({ id: UuidSchema });
export const NetworkItemParamsSchema = z.object({ id: UuidSchema, itemId: UuidSchema });

// ── Indicators ───────────────────────────────────────────────────────────────────────────────────

/** A published figure: a number, "<5" for 1–4 people, "c" hidden so that a small figure cannot be worked out. */
export const CellSchema = z.union([z.number().int(), z.literal('<5'), z.literal('c')]);

export const IndicatorTableSchema = z.object({
  key: z.enum([
    'participantsByGroup',
    'admissionsByKind',
    'exitsByKind',
    'activeAtYearEnd',
    'staffByFunction',
  ]),
  categories: z.array(z.string()),
  rows: z.array(z.object({ memberId: UuidSchema, cells: z.array(CellSchema), total: CellSchema })),
  totals: z.object({ cells: z.array(CellSchema), total: CellSchema }),
  /** The caller's own centre, exact (a member sees its own figures beside the network's). */
  own: z.object({ cells: z.array(z.number().int()), total: z.number().int() }).nullable(),
});
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;

export const NetworkIndicatorsSchema = z.object({
  networkId: UuidSchema,
  year: z.number().int(),
  members: z.array(z.object({ memberId: UuidSchema, name: z.string(), centreType: z.enum(['CIS', 'KIS']) })),
  tables: z.array(IndicatorTableSchema),
  /** Places (workshop capacity) are not about people: published exactly. */
  places: z.object({
    rows: z.array(z.object({ memberId: UuidSchema, places: z.number().int() })),
    total: z.number(),
  }),
  /** Figures the issue asks for that have no data yet (none since the staff register exists). */
  notAvailable: z.array(z.string()),
});
export type NetworkIndicators = z.infer<typeof NetworkIndicatorsSchema>;

export const IndicatorsQuerySchema = z.object({
  year: z.coerce.number({ error: 'Podaj rok.' }).pipe(boundedInt(2000, 2100)),
});

// ── Standards, templates and parameter sets ───────────────────────────────────────────────────────

export const ParameterSchema = z.object({
  code: requiredText(100),
  value: requiredText(200),
  source: requiredText(500),
});

export const DocumentCreateSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: 'Wybierz rodzaj dokumentu.' }),
  title: requiredText(300),
  body: requiredText(100_000),
  parameters: z.array(ParameterSchema).max(100).default([]),
  changeNote: text(1000).nullable().default(null),
});
export type DocumentCreate = z.infer<typeof DocumentCreateSchema>;

export const VersionCreateSchema = DocumentCreateSchema.pick({
  body: true,
  parameters: true,
  changeNote: true,
});
export type VersionCreate = z.infer<typeof VersionCreateSchema>;

export const DocumentVersionSchema = z.object({
  id: UuidSchema,
  version: z.number().int(),
  body: z.string(),
  parameters: z.array(ParameterSchema),
  changeNote: z.string().nullable(),
  publishedAt: z.string(),
  adoptedBy: z.array(z.object({ centreId: UuidSchema, name: z.string(), adoptedOn: z.string() })),
});

export const NetworkDocumentSchema = z.object({
  id: UuidSchema,
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  versions: z.array(DocumentVersionSchema),
  /** For a member: the version it adopted, and whether a newer one was published since (the announcement). */
  adoptedVersion: z.number().int().nullable(),
  newVersionAvailable: z.boolean(),
});
export type NetworkDocument = z.infer<typeof NetworkDocumentSchema>;
export const DocumentListSchema = z.object({ documents: z.array(NetworkDocumentSchema) });

export const AdoptionCreateSchema = z.object({ versionId: UuidSchema, adoptedOn: IsoDateSchema });

// ── Exchange platform ─────────────────────────────────────────────────────────────────────────────

export const MeetingCreateSchema = z.object({
  kind: z.enum(MEETING_KINDS, { error: 'Wybierz rodzaj spotkania.' }),
  title: requiredText(300),
  startsOn: IsoDateSchema,
  place: text(300).nullable().default(null),
  description: text(5000).nullable().default(null),
});
export const MinutesSchema = z.object({ minutes: requiredText(50_000) });

export const MeetingSchema = z.object({
  id: UuidSchema,
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  startsOn: z.string(),
  place: z.string().nullable(),
  description: z.string().nullable(),
  minutes: z.string().nullable(),
  registrations: z.array(z.object({ name: z.string(), centreName: z.string() })),
  registeredMe: z.boolean(),
});
export const MeetingListSchema = z.object({ meetings: z.array(MeetingSchema) });

export const OpenEventCreateSchema = z.object({
  title: requiredText(300),
  startsOn: IsoDateSchema,
  place: text(300).nullable().default(null),
  description: text(5000).nullable().default(null),
});
export const CalendarSchema = z.object({
  entries: z.array(
    z.object({
      kind: z.enum(['MEETING', 'OPEN_EVENT']),
      id: UuidSchema,
      title: z.string(),
      startsOn: z.string(),
      place: z.string().nullable(),
      organiser: z.string(),
    }),
  ),
});
