import { z } from 'zod';
import { BENEFIT_CODES } from '../domain/types';
import { IsoDateSchema, TextSchema, UuidSchema, VersionSchema, requiredText } from './common';
import { OutcomeInputSchema } from './reports.contract';
import { EligibilityGroupSchema } from './participant.contract';

const optionalText = (max = 2000) =>
  TextSchema.trim()
    .max(max, { error: `Najwyżej ${max} znaków.` })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
const optionalDate = IsoDateSchema.optional()
  .nullable()
  .or(z.literal('').transform(() => null));

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

// ---- Programme: IPZS (CIS) or social contract (KIS) -------------------------------------------

export const ProgrammeStatusSchema = z.enum(['DRAFT', 'SIGNED', 'CONTINUING', 'CLOSED']);
export const DisabilityDegreeSchema = z.enum(['NONE', 'MILD', 'MODERATE', 'SIGNIFICANT']);
export const ResponsiblePersonSchema = z.object({ name: requiredText(200), role: requiredText(200) });

const longText = TextSchema.trim().max(20000, { error: 'Najwyżej 20000 znaków.' });
/** The programme's content without defaults (an amendment names only what changes). */
const programmeContent = {
  admissionDate: IsoDateSchema,
  workshop: optionalText(200),
  weeklyHours: z.number({ error: 'Podaj liczbę godzin tygodniowo.' }).min(0).max(60).nullable(),
  disabilityDegree: DisabilityDegreeSchema,
  vocationalScope: longText,
  vocationalForms: longText,
  socialScope: longText,
  socialForms: longText,
  responsiblePersons: z.array(ResponsiblePersonSchema).max(20),
  contractNumber: optionalText(100),
  contractOps: optionalText(300),
  contractFrom: optionalDate,
  contractTo: optionalDate,
  /** KIS: the individual duration's last day (art. 18 ust. 5). */
  plannedEnd: optionalDate,
};

export const ProgrammeCreateSchema = z.object({
  referralId: UuidSchema.optional().nullable(),
  ...programmeContent,
  weeklyHours: programmeContent.weeklyHours.optional(),
  disabilityDegree: DisabilityDegreeSchema.default('NONE'),
  vocationalScope: longText.default(''),
  vocationalForms: longText.default(''),
  socialScope: longText.default(''),
  socialForms: longText.default(''),
  responsiblePersons: programmeContent.responsiblePersons.default([]),
});
export type ProgrammeCreate = z.infer<typeof ProgrammeCreateSchema>;

/** An amendment: the changed content with the reason (R-IP-02, versioned). */
export const ProgrammeAmendSchema = z.object({
  ...(Object.fromEntries(
    Object.entries(programmeContent).map(([k, v]) => [k, (v as z.ZodType).optional()]),
  ) as { [K in keyof typeof programmeContent]: z.ZodOptional<(typeof programmeContent)[K]> }),
  reason: optionalText(2000),
  version: z.number().int(),
});
export type ProgrammeAmend = z.infer<typeof ProgrammeAmendSchema>;

export const ProgrammeSignSchema = z.object({ signedOn: IsoDateSchema, version: VersionSchema });
export const ProgrammeExtendSchema = z.object({
  months: z
    .number()
    .int({ error: 'Podaj liczbę pełnych miesięcy.' })
    .min(1, { error: 'Co najmniej 1 miesiąc.' })
    .max(24),
  reason: requiredText(2000),
  version: VersionSchema,
});

/**
 * The participant's application for the integration benefit and the director's grant (art. 15 ust. 4):
 * recorded on the programme; the payroll lists a participant without a granted application as a blocker.
 */
export const BenefitApplicationSchema = z.object({
  applicationOn: IsoDateSchema,
  /** The director grants the benefit (only the director may set or withdraw it). */
  granted: z.boolean().default(false),
  grantedOn: IsoDateSchema.nullable().optional(),
  version: z.number().int(),
});
export type BenefitApplication = z.infer<typeof BenefitApplicationSchema>;

export const EXIT_TYPES = [
  'COMPLETED',
  'EMPLOYMENT',
  'SOCIAL_COOPERATIVE',
  'OWN_BUSINESS',
  'PERSISTENT_VIOLATION',
  'PERMANENT_ABANDONMENT',
  'WITHDRAWAL',
] as const;
export const ExitTypeSchema = z.enum(EXIT_TYPES);
/** Exits after which the IPZS may continue up to 6 months without participation (art. 13 ust. 5). */
export const CONTINUING_EXITS = ['EMPLOYMENT', 'SOCIAL_COOPERATIVE', 'OWN_BUSINESS'] as const;

export const ProgrammeExitSchema = z
  .object({
    type: ExitTypeSchema,
    /** Last day of participation in classes. */
    lastDay: IsoDateSchema,
    /** Employment / cooperative / business start (continuing exits). */
    eventDate: optionalDate,
    /** How long the IPZS continues without participation (≤ 6 months after the event); empty = close at once. */
    continuationUntil: optionalDate,
    decisionNumber: optionalText(100),
    decisionOn: optionalDate,
    complaintCourt: optionalText(300),
    justification: optionalText(8000),
    vocationalSkills: z.array(requiredText(300)).max(50).default([]),
    socialSkills: z.array(requiredText(300)).max(50).default([]),
    /** The person's situation in the reports' categories (issue 15); without it the exit type decides. */
    situation: OutcomeInputSchema.optional(),
    version: VersionSchema,
  })
  .superRefine((v, ctx) => {
    const needsDecision = v.type === 'PERSISTENT_VIOLATION' || v.type === 'PERMANENT_ABANDONMENT';
    if (needsDecision) {
      if (!v.decisionNumber)
        ctx.addIssue({
          code: 'custom',
          path: ['decisionNumber'],
          message:
            'Zaprzestanie realizacji programu z tej przyczyny wymaga decyzji kierownika (art. 13 ust. 4a) — podaj jej numer.',
          params: { code: 'REQUIRED' },
        });
      if (!v.decisionOn)
        ctx.addIssue({
          code: 'custom',
          path: ['decisionOn'],
          message: 'Podaj datę decyzji kierownika.',
          params: { code: 'REQUIRED' },
        });
      if (!v.complaintCourt)
        ctx.addIssue({
          code: 'custom',
          path: ['complaintCourt'],
          message: 'Podaj sąd administracyjny właściwy dla skargi (pouczenie, art. 13 ust. 4b).',
          params: { code: 'REQUIRED' },
        });
      if (!v.justification)
        ctx.addIssue({
          code: 'custom',
          path: ['justification'],
          message: 'Decyzja wymaga uzasadnienia.',
          params: { code: 'REQUIRED' },
        });
    }
    const continuing = (CONTINUING_EXITS as readonly string[]).includes(v.type);
    if (continuing && !v.eventDate)
      ctx.addIssue({
        code: 'custom',
        path: ['eventDate'],
        message:
          'Podaj datę podjęcia zatrudnienia, przystąpienia do spółdzielni socjalnej lub rozpoczęcia działalności.',
        params: { code: 'REQUIRED' },
      });
    if (!continuing && v.continuationUntil)
      ctx.addIssue({
        code: 'custom',
        path: ['continuationUntil'],
        message:
          'Program kontynuuje się bez uczestnictwa tylko po podjęciu pracy, przystąpieniu do spółdzielni socjalnej lub założeniu działalności (art. 13 ust. 5).',
        params: { code: 'NOT_ALLOWED' },
      });
  });
export type ProgrammeExit = z.infer<typeof ProgrammeExitSchema>;

export const ProgrammeVersionSchema = z.object({
  version: z.number().int(),
  changeKind: z.string(),
  changedFields: z.array(z.string()),
  reason: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});

export const ProgrammeSchema = z.object({
  id: UuidSchema,
  participantId: UuidSchema,
  referralId: UuidSchema.nullable(),
  kind: z.enum(['IPZS', 'KIS_CONTRACT']),
  number: z.string(),
  status: ProgrammeStatusSchema,
  admissionDate: z.string(),
  trialLastDay: z.string().nullable(),
  baseEnd: z.string().nullable(),
  extensionMonths: z.number().int(),
  maxExtensionMonths: z.number().int().nullable(),
  limitEnd: z.string().nullable(),
  plannedEnd: z.string(),
  signedOn: z.string().nullable(),
  workshop: z.string().nullable(),
  weeklyHours: z.number().nullable(),
  disabilityDegree: DisabilityDegreeSchema,
  vocationalScope: z.string(),
  vocationalForms: z.string(),
  socialScope: z.string(),
  socialForms: z.string(),
  responsiblePersons: z.array(z.object({ name: z.string(), role: z.string() })),
  contractNumber: z.string().nullable(),
  contractOps: z.string().nullable(),
  contractFrom: z.string().nullable(),
  contractTo: z.string().nullable(),
  exitType: ExitTypeSchema.nullable(),
  lastDay: z.string().nullable(),
  exitEventDate: z.string().nullable(),
  continuationUntil: z.string().nullable(),
  closedOn: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionOn: z.string().nullable(),
  complaintCourt: z.string().nullable(),
  exitJustification: z.string().nullable(),
  vocationalSkills: z.array(z.string()),
  socialSkills: z.array(z.string()),
  certificateNumber: z.string().nullable(),
  certificateIssuedOn: z.string().nullable(),
  /** The benefit application (art. 15 ust. 4): its date and the director's grant. */
  benefitApplicationOn: z.string().nullable(),
  benefitGrantedOn: z.string().nullable(),
  version: z.number().int(),
  versions: z.array(ProgrammeVersionSchema),
  /** Schedule problems found by the rules engine (weekly hours, disability limits). */
  warnings: z.array(z.object({ code: z.string(), article: z.string(), message: z.string() })),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

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
