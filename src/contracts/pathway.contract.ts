import { z } from 'zod';
import { BENEFIT_CODES } from '../domain/types';
import { IsoDateSchema, UuidSchema, VersionSchema, requiredText } from './common';
import { OutcomeInputSchema } from './reports.contract';
import { EligibilityGroupSchema } from './participant.contract';
import { optionalDate, optionalText, ProgrammeSchema } from './pathway-programme.contract';

export * from './pathway-programme.contract';

// ---- Referral (skierowanie), art. 12 ---------------------------------------------------------

/** Who applied (art. 12 ust. 1): the person, their legal representative, or — with consent — an institution. */
export const APPLICANT_TYPES = [
  'SELF',
  'LEGAL_REPRESENTATIVE',
  'OPS',
  'PCPR',
  'ADDICTION_TREATMENT',
  'NGO',
  'KIS',
  'PUP',
] as const;
export const ApplicantTypeSchema = z.enum(APPLICANT_TYPES);
/** Who issues the referral: the OPS/CUS of residence, or the PUP for a long-term unemployed person. */
export const ReferringBodyKindSchema = z.enum(['OPS', 'PUP']);
export const ReferralStatusSchema = z.enum([
  'RECEIVED',
  'ELIGIBLE',
  'WAITING',
  'REFUSED',
  'ADMITTED',
  'WITHDRAWN',
]);

const referralFields = {
  applicantType: ApplicantTypeSchema,
  referringBodyKind: ReferringBodyKindSchema.default('OPS'),
  referringBody: optionalText(300),
  referringBodyAddress: optionalText(300),
  referredOn: IsoDateSchema,
  receivedOn: IsoDateSchema,
  consentGiven: z.boolean().default(false),
  consentOn: optionalDate,
  opsOpinionOn: optionalDate,
  opsOpinion: optionalText(4000),
  notes: optionalText(4000),
  /** The referring institution from the partner registry; its name and address then fill the two fields above. */
  partnerId: UuidSchema.optional()
    .nullable()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
};

/** Consent is required when an institution applied (R-REF-01); dates must follow each other. */
function checkReferral(
  v: {
    applicantType?: string;
    consentGiven?: boolean;
    referredOn?: string;
    receivedOn?: string;
    consentOn?: string | null;
    opsOpinionOn?: string | null;
    referringBody?: string | null;
    partnerId?: string | null;
  },
  ctx: z.RefinementCtx,
) {
  const institution =
    v.applicantType && v.applicantType !== 'SELF' && v.applicantType !== 'LEGAL_REPRESENTATIVE';
  if (institution && v.consentGiven === false) {
    ctx.addIssue({
      code: 'custom',
      path: ['consentGiven'],
      message:
        'Wniosek instytucji wymaga zgody osoby lub jej przedstawiciela ustawowego (art. 12 ust. 1 pkt 2).',
      params: { code: 'CONSENT_REQUIRED' },
    });
  }
  if (institution && v.consentGiven && !v.consentOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['consentOn'],
      message: 'Podaj datę wyrażenia zgody.',
      params: { code: 'REQUIRED' },
    });
  }
  if (v.referredOn && v.receivedOn && v.receivedOn < v.referredOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['receivedOn'],
      message: 'Data wpływu nie może być wcześniejsza niż data skierowania.',
      params: { code: 'DATE_ORDER' },
    });
  }
  if (v.referringBody === null && !v.partnerId && v.applicantType !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['referringBody'],
      message: 'Podaj nazwę ośrodka pomocy społecznej lub urzędu pracy, który kieruje.',
      params: { code: 'REQUIRED' },
    });
  }
}

export const ReferralCreateSchema = z.object(referralFields).superRefine(checkReferral);
export type ReferralCreate = z.infer<typeof ReferralCreateSchema>;
export const ReferralUpdateSchema = z
  .object({ ...referralFields, version: VersionSchema, status: z.literal('WITHDRAWN').optional() })
  .superRefine(checkReferral);
export type ReferralUpdate = z.infer<typeof ReferralUpdateSchema>;

export const ReferralSchema = z.object({
  id: UuidSchema,
  participantId: UuidSchema,
  applicantType: ApplicantTypeSchema,
  referringBodyKind: ReferringBodyKindSchema,
  referringBody: z.string().nullable(),
  referringBodyAddress: z.string().nullable(),
  referredOn: z.string(),
  receivedOn: z.string(),
  consentGiven: z.boolean(),
  consentOn: z.string().nullable(),
  opsOpinionRequired: z.boolean(),
  opsOpinionOn: z.string().nullable(),
  opsOpinion: z.string().nullable(),
  status: ReferralStatusSchema,
  statusSince: z.string(),
  notes: z.string().nullable(),
  partnerId: UuidSchema.nullable(),
  version: z.number().int(),
});
export type Referral = z.infer<typeof ReferralSchema>;

// ---- Documents (scans) ------------------------------------------------------------------------

export const DOCUMENT_KINDS = [
  'REFERRAL',
  'CONSENT',
  'OPS_OPINION',
  'EVIDENCE',
  'DECLARATION',
  'DECISION',
  'OTHER',
] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export const ALLOWED_UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** Scans larger than this are refused (a centre setting may lower it later). */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

export const DocumentSchema = z.object({
  id: UuidSchema,
  kind: DocumentKindSchema,
  referralId: UuidSchema.nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  description: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});
export type ParticipantDocument = z.infer<typeof DocumentSchema>;

// ---- Eligibility (art. 1) ---------------------------------------------------------------------

export const EvidenceCreateSchema = z
  .object({
    group: EligibilityGroupSchema,
    documentType: requiredText(200),
    documentNumber: optionalText(100),
    issuer: optionalText(300),
    issuedOn: optionalDate,
    validUntil: optionalDate,
    documentId: UuidSchema.optional().nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.issuedOn && v.validUntil && v.validUntil < v.issuedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'Data ważności nie może być wcześniejsza niż data wydania.',
        params: { code: 'DATE_ORDER' },
      });
    }
  });
export type EvidenceCreate = z.infer<typeof EvidenceCreateSchema>;

export const EvidenceSchema = z.object({
  id: UuidSchema,
  group: z.string(),
  documentType: z.string(),
  documentNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  documentId: UuidSchema.nullable(),
});

export const DecisionCreateSchema = z
  .object({
    referralId: UuidSchema,
    decidedOn: IsoDateSchema,
    groups: z
      .array(EligibilityGroupSchema)
      .min(1, { error: 'Wybierz co najmniej jedną grupę z art. 1 ust. 2.' })
      .transform((g) => [...new Set(g)]),
    /** Benefits the person declared they are entitled to (art. 1 ust. 3); empty = none. */
    declaredBenefits: z.array(z.enum(BENEFIT_CODES as unknown as [string, ...string[]])).default([]),
    declarationSigned: z.boolean(),
    justification: optionalText(4000),
    /** A refusal for a reason outside the engine (e.g. a negative OPS opinion); the engine's reasons are kept too. */
    refuseReason: optionalText(4000),
    note: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (!v.declarationSigned) {
      ctx.addIssue({
        code: 'custom',
        path: ['declarationSigned'],
        message: 'Potrzebne jest oświadczenie osoby o świadczeniach z art. 1 ust. 3.',
        params: { code: 'DECLARATION_REQUIRED' },
      });
    }
  });
export type DecisionCreate = z.infer<typeof DecisionCreateSchema>;

export const DecisionReasonSchema = z.object({
  code: z.string(),
  article: z.string(),
  message: z.string(),
  effect: z.enum(['qualifies', 'blocks', 'info']),
});
export const DecisionSchema = z.object({
  id: UuidSchema,
  referralId: UuidSchema,
  decidedOn: z.string(),
  outcome: z.enum(['ELIGIBLE', 'REFUSED']),
  waitingList: z.boolean(),
  groups: z.array(z.string()),
  declaredBenefits: z.array(z.string()),
  justification: z.string().nullable(),
  reasons: z.array(DecisionReasonSchema),
  note: z.string().nullable(),
  decidedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

// ---- Follow-up after exit ---------------------------------------------------------------------

export const FOLLOW_UP_OUTCOMES = [
  'EMPLOYED',
  'SELF_EMPLOYED',
  'SOCIAL_COOPERATIVE',
  'IN_EDUCATION',
  'UNEMPLOYED',
  'NO_CONTACT',
  'OTHER',
] as const;
export const FollowUpSchema = z.object({
  id: UuidSchema,
  participantId: UuidSchema,
  participantName: z.string(),
  programmeId: UuidSchema,
  label: z.enum(['WEEKS_4', 'MONTHS_6']),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES).nullable(),
  note: z.string().nullable(),
});
export const FollowUpRecordSchema = z.object({
  doneOn: IsoDateSchema,
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  note: optionalText(2000),
  /** The person's situation in the reports' categories (issue 15); without it the outcome decides. */
  situation: OutcomeInputSchema.optional(),
});
export const FollowUpQuerySchema = z.object({
  /** Open reminders due on or before this date (default: today + 7 days); `all=true` lists done ones too. */
  dueBy: IsoDateSchema.optional(),
  all: z.enum(['true', 'false']).optional(),
});

// ---- Timeline ---------------------------------------------------------------------------------

export const TimelineEventSchema = z.object({
  date: z.string(),
  at: z.string(),
  kind: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  refId: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** Everything about one participant's pathway, for the record page. */
export const PathwaySchema = z.object({
  referrals: z.array(ReferralSchema),
  decisions: z.array(DecisionSchema).optional(),
  evidence: z.array(EvidenceSchema).optional(),
  documents: z.array(DocumentSchema),
  programmes: z.array(ProgrammeSchema),
  followUps: z.array(FollowUpSchema),
  timeline: z.array(TimelineEventSchema),
  capacity: z.object({
    places: z.number().int().nullable(),
    active: z.number().int(),
    waiting: z.number().int(),
  }),
  opsOpinionRequired: z.boolean(),
  /** Field classes hidden from the caller (sensitive: decisions and evidence). */
  hidden: z.array(z.string()),
});
export type Pathway = z.infer<typeof PathwaySchema>;
