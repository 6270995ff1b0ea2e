import { z } from 'zod';
import { validateNrb } from '../domain/identifiers/nrb';
import { validatePesel } from '../domain/identifiers/pesel';
import { ELIGIBILITY_GROUPS } from '../domain/types';
import { GminaCodeSchema, PostalCodeSchema } from './centre.contract';
import { EmailSchema, isoDate, TextSchema, UuidSchema, VersionSchema, requiredText, text } from './common';

// A birth date before 1900 passes here so that the record rules can name the problem (BIRTH_DATE_TOO_EARLY).
const BirthDateSchema = isoDate({ min: '1000-01-01' });

export const EligibilityGroupSchema = z.enum(ELIGIBILITY_GROUPS as unknown as [string, ...string[]]);
export const ParticipantStatusSchema = z.enum([
  'REFERRED',
  'ELIGIBLE',
  'REFUSED',
  'WAITING',
  'ACTIVE',
  'EXITED',
]);
/** ISCED 2011 levels 0–8, as EU participant data asks. */
export const IscedSchema = z.enum(['0', '1', '2', '3', '4', '5', '6', '7', '8']);

const optionalText = (max = 200) =>
  TextSchema.trim()
    .max(max, { error: `Najwyżej ${max} znaków.` })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const PeselField = TextSchema.transform((value, ctx) => {
  if (!value.trim()) return null;
  const result = validatePesel(value);
  if (!result.valid) {
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      params: { code: 'INVALID_PESEL', reason: result.reason },
    });
    return z.NEVER;
  }
  return result.normalized;
});

const NrbField = TextSchema.transform((value, ctx) => {
  if (!value.trim()) return null;
  const result = validateNrb(value);
  if (!result.valid) {
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      params: { code: 'INVALID_NRB', reason: result.reason },
    });
    return z.NEVER;
  }
  return result.normalized;
});

const CitizenshipSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Kod kraju ISO, np. PL.' });

const personFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  pesel: PeselField.optional().nullable(),
  birthDate: BirthDateSchema.optional().nullable(),
  sex: z.enum(['F', 'M']).optional().nullable(),
  citizenship: CitizenshipSchema.default('PL'),
  street: optionalText(200),
  buildingNo: optionalText(20),
  flatNo: optionalText(20),
  postalCode: PostalCodeSchema.optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
  city: optionalText(100),
  gminaCode: GminaCodeSchema.optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
  phone: optionalText(40),
  email: EmailSchema.optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
  educationLevel: IscedSchema.optional().nullable(),
  bankAccount: NrbField.optional().nullable(),
  /** Paid in cash instead of by transfer (listed separately on the payment list). */
  paidInCash: z.boolean().optional(),
  eligibilityGroups: z
    .array(EligibilityGroupSchema)
    .default([])
    .transform((g) => [...new Set(g)]),
  eligibilityJustification: optionalText(4000),
};

/** PESEL, when given, fixes birth date and sex; without it both are required. */
function checkIdentity(
  value: { pesel?: string | null; birthDate?: string | null; sex?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.pesel) {
    const decoded = validatePesel(value.pesel);
    if (decoded.valid && value.birthDate && value.birthDate !== decoded.birthDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['birthDate'],
        message: `Data urodzenia nie zgadza się z numerem PESEL (${decoded.birthDate}).`,
        params: { code: 'BIRTH_DATE_MISMATCH' },
      });
    }
    if (decoded.valid && value.sex && value.sex !== decoded.sex) {
      ctx.addIssue({
        code: 'custom',
        path: ['sex'],
        message: 'Płeć nie zgadza się z numerem PESEL.',
        params: { code: 'SEX_MISMATCH' },
      });
    }
    return;
  }
  if (!value.birthDate)
    ctx.addIssue({
      code: 'custom',
      path: ['birthDate'],
      message: 'Bez numeru PESEL podaj datę urodzenia.',
      params: { code: 'REQUIRED' },
    });
  if (!value.sex)
    ctx.addIssue({
      code: 'custom',
      path: ['sex'],
      message: 'Bez numeru PESEL podaj płeć.',
      params: { code: 'REQUIRED' },
    });
}

export const ParticipantCreateSchema = z
  .object({
    ...personFields,
    acknowledgeDuplicates: z.boolean().default(false),
    /** The director confirms that a person under 18 is admitted (the Act sets no age). */
    confirmMinor: z.boolean().default(false),
  })
  .superRefine(checkIdentity);
export type ParticipantCreate = z.infer<typeof ParticipantCreateSchema>;

/** A change names only what changes: no defaults here (a default would overwrite stored data). */
export const ParticipantUpdateSchema = z.object({
  ...(Object.fromEntries(Object.entries(personFields).map(([k, v]) => [k, (v as z.ZodType).optional()])) as {
    [K in keyof typeof personFields]: z.ZodOptional<(typeof personFields)[K]>;
  }),
  citizenship: CitizenshipSchema.optional(),
  eligibilityGroups: z
    .array(EligibilityGroupSchema)
    .transform((g) => [...new Set(g)])
    .optional(),
  confirmMinor: z.boolean().optional(),
  version: VersionSchema,
});
export type ParticipantUpdate = z.infer<typeof ParticipantUpdateSchema>;

/**
 * A participant as one caller may see them: classes of fields the role may not see are absent and
 * named in `hidden`.
 */
export const ParticipantSchema = z.object({
  id: UuidSchema,
  firstName: z.string(),
  lastName: z.string(),
  status: ParticipantStatusSchema,
  version: z.number().int(),
  createdAt: z.string(),
  pesel: z.string().nullable().optional(),
  birthDate: z.string().optional(),
  sex: z.enum(['F', 'M']).optional(),
  citizenship: z.string().optional(),
  street: z.string().nullable().optional(),
  buildingNo: z.string().nullable().optional(),
  flatNo: z.string().nullable().optional(),
  postalCode: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  gminaCode: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  educationLevel: z.string().nullable().optional(),
  bankAccount: z.string().nullable().optional(),
  /** For a role that may enter the account but not read it: whether one is on file ("wpisano"). */
  bankAccountSet: z.boolean().optional(),
  paidInCash: z.boolean().optional(),
  eligibilityGroups: z.array(z.string()).optional(),
  eligibilityJustification: z.string().nullable().optional(),
  /** Since when the status holds (decision, admission, exit date). */
  statusSince: z.string().nullable().optional(),
  /** From the open programme (lists): workshop, admission and planned end. */
  workshop: z.string().nullable().optional(),
  admissionDate: z.string().nullable().optional(),
  plannedEnd: z.string().nullable().optional(),
  hidden: z.array(z.enum(['personal', 'payment', 'sensitive'])),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const ParticipantListQuerySchema = z.object({
  q: text(100).optional(),
  status: ParticipantStatusSchema.optional(),
  group: EligibilityGroupSchema.optional(),
  workshop: text(200).optional(),
  /** Referring body (part of its name) or applicant type (e.g. OPS, PUP) — director and social workers only. */
  referrer: text(200).optional(),
  /** Signed programmes ending within this many days from today. */
  endingWithinDays: z.coerce.number().int().min(0).max(366).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ParticipantListQuery = z.infer<typeof ParticipantListQuerySchema>;

export const ParticipantListSchema = z.object({
  items: z.array(ParticipantSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const DuplicateQuerySchema = z.object({
  firstName: text(100).optional(),
  lastName: text(100).optional(),
  birthDate: BirthDateSchema.optional(),
  pesel: text(11).optional(),
});
export const DuplicateCandidateSchema = z.object({
  id: UuidSchema,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().optional(),
  reason: z.enum(['PESEL', 'NAME_AND_BIRTH_DATE']),
});
export const DuplicateListSchema = z.object({ items: z.array(DuplicateCandidateSchema) });
export type DuplicateCandidate = z.infer<typeof DuplicateCandidateSchema>;

/** Why a record registered by mistake is deleted (kept in the audit log). */
export const ParticipantDeleteSchema = z.object({ reason: requiredText(500) });

/** One changed field: values the reader may not see are null with `hidden`; `set` says one was entered. */
export const ParticipantFieldChangeSchema = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
  hidden: z.boolean().optional(),
  set: z.boolean().optional(),
});
export const ParticipantChangeSchema = z.object({
  id: UuidSchema,
  version: z.number().int(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  changes: z.array(ParticipantFieldChangeSchema),
});
export type ParticipantChange = z.infer<typeof ParticipantChangeSchema>;
export const ParticipantChangeListSchema = z.object({ items: z.array(ParticipantChangeSchema) });
