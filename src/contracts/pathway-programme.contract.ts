/** The programme of a participant: IPZS (CIS) or social contract (KIS), its versions and the exit. */
import { z } from 'zod';
import { IsoDateSchema, TextSchema, UuidSchema, VersionSchema, requiredText } from './common';
import { OutcomeInputSchema } from './reports.contract';

/** An optional text: trimmed, empty as null. */
export const optionalText = (max = 2000) =>
  TextSchema.trim()
    .max(max, { error: `Najwyżej ${max} znaków.` })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
/** An optional date: an empty string as null. */
export const optionalDate = IsoDateSchema.optional()
  .nullable()
  .or(z.literal('').transform(() => null));

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
            'Zaprzestanie realizacji programu z tej przyczyny wymaga decyzji kierownika ' +
            '(art. 13 ust. 4a) — podaj jej numer.',
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
          'Program kontynuuje się bez uczestnictwa tylko po podjęciu pracy, przystąpieniu ' +
          'do spółdzielni socjalnej lub założeniu działalności (art. 13 ust. 5).',
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
