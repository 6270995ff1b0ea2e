import { z } from 'zod';
import { validateKrs } from '../domain/identifiers/krs';
import { AGREEMENT_KINDS, LOG_KINDS, PARTNER_KINDS } from '../domain/partners/kinds';
import { EmailSchema, IsoDateSchema, TextSchema, UuidSchema, VersionSchema, requiredText } from './common';
import { GminaCodeSchema, NipSchema, PostalCodeSchema, RegonSchema } from './centre.contract';

const optionalText = (max = 200) =>
  TextSchema.trim()
    .max(max, { error: `Najwyżej ${max} znaków.` })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
/** An empty string from a form is "not given". */
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToNull, schema.nullable().optional());
const optionalDate = optional(IsoDateSchema).transform((v) => v ?? null);

/** KRS number: 10 digits (no check digit exists); normalised without spaces. */
export const KrsSchema = TextSchema.transform((value, ctx) => {
  const result = validateKrs(value);
  if (!result.valid) {
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      params: { code: 'INVALID_KRS', reason: result.reason },
    });
    return z.NEVER;
  }
  return result.normalized;
});

export const PartnerKindSchema = z.enum(PARTNER_KINDS, { error: 'Wybierz rodzaj partnera z listy.' });
export const AgreementKindSchema = z.enum(AGREEMENT_KINDS, { error: 'Wybierz rodzaj dokumentu z listy.' });
export const LogKindSchema = z.enum(LOG_KINDS, { error: 'Wybierz rodzaj wpisu z listy.' });

const partnerFields = {
  kind: PartnerKindSchema,
  name: requiredText(300),
  shortName: optionalText(100),
  nip: optional(NipSchema).transform((v) => v ?? null),
  regon: optional(RegonSchema).transform((v) => v ?? null),
  krs: optional(KrsSchema).transform((v) => v ?? null),
  street: optionalText(200),
  buildingNo: optionalText(20),
  flatNo: optionalText(20),
  postalCode: optional(PostalCodeSchema).transform((v) => v ?? null),
  city: optionalText(100),
  gminaCode: optional(GminaCodeSchema).transform((v) => v ?? null),
  email: optional(EmailSchema).transform((v) => v ?? null),
  phone: optionalText(40),
  website: optionalText(300),
  notes: optionalText(4000),
};

/** A new partner (institution or firm) of the centre. */
export const PartnerCreateSchema = z.object(partnerFields);
export type PartnerCreate = z.infer<typeof PartnerCreateSchema>;
/** A correction of a partner's data, against the version the user saw (409 when stale). */
export const PartnerUpdateSchema = z.object({ ...partnerFields, version: VersionSchema });
export type PartnerUpdate = z.infer<typeof PartnerUpdateSchema>;
export const PartnerVersionSchema = z.object({ version: VersionSchema });

export const PartnerListQuerySchema = z.object({
  q: TextSchema.trim().max(100).optional(),
  kind: PartnerKindSchema.optional(),
  /** Archived partners are left out unless asked for. */
  archived: z.enum(['true', 'false']).optional(),
});

export const PartnerSchema = z.object({
  id: UuidSchema,
  kind: PartnerKindSchema,
  kindLabel: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  nip: z.string().nullable(),
  regon: z.string().nullable(),
  krs: z.string().nullable(),
  street: z.string().nullable(),
  buildingNo: z.string().nullable(),
  flatNo: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  gminaCode: z.string().nullable(),
  gminaName: z.string().nullable(),
  /** One line for a letter's address block ("ul. Długa 5/2, 90-001 Łódź"). */
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Partner = z.infer<typeof PartnerSchema>;

// ---- Contact persons --------------------------------------------------------------------------

export const ContactInputSchema = z.object({
  fullName: requiredText(200),
  function: optionalText(200),
  email: optional(EmailSchema).transform((v) => v ?? null),
  phone: optionalText(40),
});
export type ContactInput = z.infer<typeof ContactInputSchema>;
export const ContactSchema = z.object({
  id: UuidSchema,
  fullName: z.string(),
  function: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

// ---- Agreements ------------------------------------------------------------------------------

const agreementFields = {
  kind: AgreementKindSchema,
  number: optionalText(100),
  subject: requiredText(2000),
  signedOn: optionalDate,
  validFrom: IsoDateSchema,
  validUntil: optionalDate,
  /** Who signed, for each side ("Anna Nowak — kierownik CIS; Jan Kowalski — dyrektor MOPS"). */
  signatories: requiredText(1000),
  notes: optionalText(4000),
};

/** An agreement ends on or after the day it starts; nothing is written otherwise. */
function checkAgreement(v: { validFrom?: string; validUntil?: string | null }, ctx: z.RefinementCtx) {
  if (v.validFrom && v.validUntil && v.validUntil < v.validFrom)
    ctx.addIssue({
      code: 'custom',
      path: ['validUntil'],
      message: 'Porozumienie nie może kończyć się przed dniem, w którym się zaczyna.',
      params: { code: 'DATE_ORDER' },
    });
}

export const AgreementInputSchema = z.object(agreementFields).superRefine(checkAgreement);
export type AgreementInput = z.infer<typeof AgreementInputSchema>;
export const AgreementUpdateSchema = z
  .object({ ...agreementFields, version: VersionSchema })
  .superRefine(checkAgreement);
export type AgreementUpdate = z.infer<typeof AgreementUpdateSchema>;

export const AgreementSchema = z.object({
  id: UuidSchema,
  kind: AgreementKindSchema,
  kindLabel: z.string(),
  number: z.string().nullable(),
  subject: z.string(),
  signedOn: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  signatories: z.string(),
  notes: z.string().nullable(),
  /** Whether it is in force on the day the answer was made. */
  inForce: z.boolean(),
  file: z
    .object({ fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), sha256: z.string() })
    .nullable(),
  version: z.number().int(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

// ---- Cooperation log -------------------------------------------------------------------------

export const LogInputSchema = z
  .object({
    kind: LogKindSchema,
    happenedOn: IsoDateSchema,
    /** For a thing lent: the day it comes back; for a multi-day event: its last day. */
    untilOn: optionalDate,
    subject: requiredText(500),
    note: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (v.untilOn && v.untilOn < v.happenedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['untilOn'],
        message: 'Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.',
        params: { code: 'DATE_ORDER' },
      });
  });
export type LogInput = z.infer<typeof LogInputSchema>;
export const LogEntrySchema = z.object({
  id: UuidSchema,
  kind: LogKindSchema,
  kindLabel: z.string(),
  happenedOn: z.string(),
  untilOn: z.string().nullable(),
  subject: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

// ---- Referrals the partner sent, and its accounts --------------------------------------------

/** One referral from the partner, on its card (staff with pathway access only). */
export const PartnerReferralSchema = z.object({
  referralId: UuidSchema,
  participantId: UuidSchema,
  participantName: z.string(),
  referredOn: z.string(),
  receivedOn: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  since: z.string(),
});

export const PartnerAccountSchema = z.object({
  userId: UuidSchema,
  email: z.string(),
  fullName: z.string(),
  isActive: z.boolean(),
  createdAt: z.string(),
});
export const PartnerAccountCreateSchema = z.object({
  email: EmailSchema,
  fullName: requiredText(200),
  password: TextSchema.min(1, { error: 'Podaj hasło.' }).max(200, { error: 'Najwyżej 200 znaków.' }),
});
export type PartnerAccountCreate = z.infer<typeof PartnerAccountCreateSchema>;

/** The partner card: the partner, its contacts, agreements and log (referrals and accounts on their own routes). */
export const PartnerCardSchema = z.object({
  partner: PartnerSchema,
  contacts: z.array(ContactSchema),
  agreements: z.array(AgreementSchema),
  log: z.array(LogEntrySchema),
});
export type PartnerCard = z.infer<typeof PartnerCardSchema>;

// ---- The partner account's own view (issue 16 item 6) ---------------------------------------

export const FeedbackEventSchema = z.object({
  code: z.enum(['RECEIVED', 'ADMITTED', 'TRIAL_ENDED', 'EXITED', 'CERTIFICATE_ISSUED']),
  date: z.string(),
  label: z.string(),
});
/**
 * What a partner account sees of one person it referred: name and birth date (to tell people apart,
 * as the status letter does), the referral's dates and the status. No PESEL, no eligibility, no health.
 */
export const PortalReferralSchema = z.object({
  referralId: UuidSchema,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  referredOn: z.string(),
  receivedOn: z.string(),
  stage: z.enum([
    'RECEIVED',
    'ELIGIBLE',
    'WAITING',
    'REFUSED',
    'WITHDRAWN',
    'ADMITTED',
    'PARTICIPATION',
    'EXITED',
  ]),
  stageLabel: z.string(),
  since: z.string(),
  exit: z.object({ type: z.string(), label: z.string(), lastDay: z.string() }).nullable(),
  certificateIssuedOn: z.string().nullable(),
  events: z.array(FeedbackEventSchema),
  /** The same sentences the status letter prints. */
  lines: z.array(z.string()),
});
export type PortalReferral = z.infer<typeof PortalReferralSchema>;
export const PortalOverviewSchema = z.object({
  partner: z.object({ name: z.string(), kindLabel: z.string() }),
  centre: z.object({ name: z.string(), type: z.enum(['CIS', 'KIS']) }),
  items: z.array(PortalReferralSchema),
});
export type PortalOverview = z.infer<typeof PortalOverviewSchema>;
