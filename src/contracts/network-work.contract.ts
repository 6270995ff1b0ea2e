import { z } from 'zod';
import { TRANSFER_CATEGORIES } from '../domain/networks/transfer';
import { NewPasswordSchema } from './auth.contract';
import { AreaCodeSchema, AreaSchema, CellSchema } from './network.contract';
import { EmailSchema, IsoDateSchema, requiredText, text, UuidSchema } from './common';

/** Networks of centres, second part (issue 19): transfers, the joint catalogue, joint projects, coordinators. */

// ── Transfers between members ──────────────────────────────────────────────────────────────────────

export const TransferCategorySchema = z.enum(TRANSFER_CATEGORIES, { error: 'Nieznany rodzaj danych.' });
export const TRANSFER_STATUSES = ['SENT', 'ACCEPTED', 'REFUSED', 'WITHDRAWN', 'EXPIRED'] as const;

export const TransferCreateSchema = z.object({
  toCentreId: UuidSchema,
  participantId: UuidSchema,
  consentGiven: z.boolean().default(false),
  consentOn: IsoDateSchema.nullable().default(null),
  consentScope: z.array(TransferCategorySchema).max(TRANSFER_CATEGORIES.length).default([]),
  consentNote: text(1000).nullable().default(null),
  categories: z.array(TransferCategorySchema).max(TRANSFER_CATEGORIES.length).default(['IDENTITY']),
  /** The OPS (or PUP) that would issue the referral at the receiving centre, when known. */
  referringBody: text(300).nullable().default(null),
  note: text(2000).nullable().default(null),
});
export type TransferCreate = z.infer<typeof TransferCreateSchema>;

export const TransferAcceptSchema = z.object({ receivedOn: IsoDateSchema });
export const TransferRefuseSchema = z.object({ reason: requiredText(2000) });

const CentreRefSchema = z.object({ id: UuidSchema, name: z.string(), type: z.enum(['CIS', 'KIS']) });

export const TransferDataSchema = z.object({
  identity: z.object({
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string(),
    sex: z.enum(['F', 'M']),
  }),
  pesel: z.string().nullable().optional(),
  citizenship: z.string().optional(),
  contact: z
    .object({
      street: z.string().nullable(),
      buildingNo: z.string().nullable(),
      flatNo: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
      gminaCode: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    })
    .optional(),
  education: z.string().nullable().optional(),
  eligibility: z.object({ groups: z.array(z.string()), justification: z.string().nullable() }).optional(),
  participation: z
    .array(
      z.object({
        kind: z.string(),
        admissionDate: z.string(),
        lastDay: z.string().nullable(),
        exitType: z.string().nullable(),
      }),
    )
    .optional(),
  referringBody: z.string().nullable().optional(),
});

export const TransferSchema = z.object({
  id: UuidSchema,
  networkId: UuidSchema,
  direction: z.enum(['OUT', 'IN']),
  fromCentre: CentreRefSchema,
  toCentre: CentreRefSchema,
  status: z.enum(TRANSFER_STATUSES),
  applicantType: z.string(),
  categories: z.array(TransferCategorySchema),
  consentOn: z.string(),
  consentScope: z.array(TransferCategorySchema),
  consentNote: z.string().nullable(),
  note: z.string().nullable(),
  sentAt: z.string(),
  respondedAt: z.string().nullable(),
  /** Unanswered by then, the transfer expires (EXPIRED) and the data sent are removed. */
  expiresAt: z.string(),
  refusalReason: z.string().nullable(),
  /** The person as the caller's own centre knows her (null once the data left: refused or withdrawn). */
  person: z.object({ firstName: z.string(), lastName: z.string(), birthDate: z.string() }).nullable(),
  /** The caller's own record of the person: the sender's participant, or the one the receiver created. */
  participantId: UuidSchema.nullable(),
  /** What was sent — only to the receiving centre, only while it decides. */
  data: TransferDataSchema.nullable(),
  /**
   * In the answer to accepting a person already known by PESEL: she was merged into the existing record
   * (a new referral), with the eligibility groups added and the fields filled (codes, not values).
   */
  merge: z
    .object({
      existingRecord: z.literal(true),
      addedGroups: z.array(z.string()),
      filledFields: z.array(
        z.enum(['phone', 'email', 'address', 'educationLevel', 'eligibilityJustification']),
      ),
    })
    .optional(),
});
export type Transfer = z.infer<typeof TransferSchema>;
export const TransferListSchema = z.object({ transfers: z.array(TransferSchema) });

// ── Joint service catalogue ────────────────────────────────────────────────────────────────────────

export const CatalogueEntryCreateSchema = z.object({
  serviceItemId: UuidSchema,
  areaCodes: z.array(AreaCodeSchema).max(200).default([]),
  publicDescription: text(2000).nullable().default(null),
  contactPhone: text(40).nullable().default(null),
  contactEmail: EmailSchema.nullable().default(null),
});
export type CatalogueEntryCreate = z.infer<typeof CatalogueEntryCreateSchema>;

export const CatalogueEntrySchema = z.object({
  id: UuidSchema,
  centreId: UuidSchema,
  centreName: z.string(),
  centreType: z.enum(['CIS', 'KIS']),
  city: z.string(),
  serviceItemId: UuidSchema,
  name: z.string(),
  kind: z.enum(['SERVICE', 'PRODUCT']),
  unit: z.string(),
  /** Net price in grosze per unit and the VAT rate, as in the member's own catalogue. */
  netPrice: z.number().int(),
  vatRate: z.string(),
  description: z.string().nullable(),
  area: z.array(AreaSchema),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  publishedAt: z.string(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;
export const CatalogueSchema = z.object({ entries: z.array(CatalogueEntrySchema) });

export const PublicCatalogueQuerySchema = z.object({
  powiat: z
    .string()
    .regex(/^\d{4}$/, { error: 'Kod TERYT powiatu ma 4 cyfry.' })
    .optional(),
  q: text(100).optional(),
  kind: z.enum(['SERVICE', 'PRODUCT']).optional(),
});

/** The public page: the network, its powiats, and the services offered in each (by the entries' areas). */
export const PublicCatalogueSchema = z.object({
  network: z.object({ id: UuidSchema, name: z.string(), coordinatorOrgName: z.string() }),
  powiats: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      entries: z.array(CatalogueEntrySchema.omit({ centreId: true, serviceItemId: true, publishedAt: true })),
    }),
  ),
  total: z.number().int(),
});

export const EnquiryCreateSchema = z
  .object({
    entryId: UuidSchema,
    fullName: requiredText(200),
    email: EmailSchema.nullable().default(null),
    phone: text(40).nullable().default(null),
    message: requiredText(4000),
    /** The person agrees to be contacted about the enquiry (the only use of these data). */
    consent: z.literal(true, { error: 'Zaznacz zgodę na kontakt w sprawie zapytania.' }),
    /** Left empty by people; filled by form-filling robots (the enquiry is then dropped quietly). */
    website: z.string().max(200).optional(),
  })
  .refine((v) => !!v.email || !!v.phone, {
    path: ['email'],
    message: 'Podaj adres e-mail albo telefon, żeby centrum mogło odpowiedzieć.',
  });

export const EnquirySchema = z.object({
  id: UuidSchema,
  networkName: z.string(),
  serviceName: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  message: z.string(),
  status: z.enum(['NEW', 'HANDLED']),
  createdAt: z.string(),
});
export const EnquiryListSchema = z.object({ enquiries: z.array(EnquirySchema) });

// ── Joint projects ─────────────────────────────────────────────────────────────────────────────────

export const PROJECT_TARGETS = ['PARTICIPANTS', 'COMPLETED', 'EMPLOYED'] as const;

export const JointProjectCreateSchema = z
  .object({
    title: requiredText(300),
    programme: requiredText(200),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    partnerCentreIds: z.array(UuidSchema).max(50).default([]),
    targets: z.partialRecord(z.enum(PROJECT_TARGETS), z.number().int().min(0).max(1_000_000)).default({}),
  })
  .refine((v) => v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'Koniec projektu nie może być przed jego początkiem.',
  });
export const ProjectLinkSchema = z.object({ euProjectId: UuidSchema.nullable() });

export const JointProjectSchema = z.object({
  id: UuidSchema,
  title: z.string(),
  programme: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  leader: z.object({ centreId: UuidSchema, name: z.string() }),
  isLeader: z.boolean(),
  targets: z.partialRecord(z.enum(PROJECT_TARGETS), z.number()),
  partners: z.array(
    z.object({
      centreId: UuidSchema,
      name: z.string(),
      linked: z.boolean(),
      /** The caller's own link (only for her own centre's row). */
      euProjectId: UuidSchema.nullable(),
    }),
  ),
  /** Per partner (leader included) and in total, protected like the network's indicators. */
  figures: z.object({
    categories: z.array(z.enum(PROJECT_TARGETS)),
    rows: z.array(z.object({ centreId: UuidSchema, cells: z.array(CellSchema) })),
    totals: z.array(CellSchema),
  }),
});
export type JointProject = z.infer<typeof JointProjectSchema>;
export const JointProjectListSchema = z.object({ projects: z.array(JointProjectSchema) });

// ── Coordinator accounts ───────────────────────────────────────────────────────────────────────────

/** An account without a centre, for a coordinator from an OWES, a ROPS or another organisation. */
export const CoordinatorAccountCreateSchema = z.object({
  email: EmailSchema,
  fullName: requiredText(200),
  password: NewPasswordSchema,
});
export const CoordinatorAccountSchema = z.object({ id: UuidSchema, email: z.string(), fullName: z.string() });
