import { z } from 'zod';
import { validateNip } from '../domain/identifiers/nip';
import { validateNrb } from '../domain/identifiers/nrb';
import { validateRegon } from '../domain/identifiers/regon';
import { DEFAULT_TRANSFER_EXPIRY_DAYS, MAX_TRANSFER_EXPIRY_DAYS } from '../domain/networks/transfer';
import {
  CentreTypeSchema,
  EmailSchema,
  FoundingInstitutionTypeSchema,
  IsoDateSchema,
  RoleSchema,
  TextSchema,
  UuidSchema,
  VersionSchema,
  requiredText,
} from './common';

/** REGON (9 or 14 digits) checked with its check digit; normalised to digits. */
export const RegonSchema = TextSchema.transform((value, ctx) => {
  const result = validateRegon(value);
  if (!result.valid) {
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      params: { code: 'INVALID_REGON', reason: result.reason },
    });
    return z.NEVER;
  }
  return result.normalized;
});

/** NIP checked with its check digit; normalised to 10 digits. */
export const NipSchema = TextSchema.transform((value, ctx) => {
  const result = validateNip(value);
  if (!result.valid) {
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      params: { code: 'INVALID_NIP', reason: result.reason },
    });
    return z.NEVER;
  }
  return result.normalized;
});

export const GminaCodeSchema = z
  .string({ error: 'Wybierz gminę z listy TERYT.' })
  .regex(/^\d{7}$/, { error: 'Wybierz gminę z listy TERYT.' });

export const PostalCodeSchema = TextSchema.trim().regex(/^\d{2}-\d{3}$/, {
  error: 'Kod pocztowy w formacie 00-000.',
});

const optionalText = (max = 200) =>
  TextSchema.trim()
    .max(max, { error: `Najwyżej ${max} znaków.` })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** What a user enters about a centre (setup page, new centre, centre settings). */
export const CentreInputSchema = z.object({
  type: CentreTypeSchema,
  name: requiredText(300),
  regon: RegonSchema,
  nip: NipSchema,
  street: requiredText(200),
  buildingNo: requiredText(20),
  flatNo: optionalText(20),
  postalCode: PostalCodeSchema,
  city: requiredText(100),
  gminaCode: GminaCodeSchema,
  email: EmailSchema.optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
  phone: optionalText(40),
  foundingInstitutionName: requiredText(300),
  foundingInstitutionType: FoundingInstitutionTypeSchema,
  statusDate: IsoDateSchema,
});
export type CentreInput = z.infer<typeof CentreInputSchema>;
export type CentreInputRaw = z.input<typeof CentreInputSchema>;

/** Centre-level settings (its regulamin choices and security). */
export const CentreSettingsSchema = z.object({
  capacity: z.number().int().min(1, { error: 'Co najmniej 1 miejsce.' }).max(10000).nullable().default(null),
  communityInterviewRequired: z.boolean().default(true),
  /** A sick day in the attendance register needs the doctor's note (number, dates). */
  sickNoteRequired: z.boolean().default(true),
  /**
   * Regulamin default: suggest a motivation bonus of this % of the benefit for full attendance (the
   * director confirms each); null = none.
   */
  bonusFullAttendancePercent: z
    .number()
    .min(0, { error: 'Od 0 do 100 %.' })
    .max(100, { error: 'Od 0 do 100 %.' })
    .nullable()
    .default(null),
  /** The account benefits are paid from (the payer in the Elixir-O bank file); validated on input. */
  bankAccount: TextSchema.nullable().default(null),
  totpRequiredRoles: z.array(RoleSchema).default([]),
  /** Days a person's transfer to another centre of a network waits for an answer before it expires. */
  transferExpiryDays: z
    .number()
    .int({ error: 'Podaj pełną liczbę dni.' })
    .min(1, { error: `Od 1 do ${MAX_TRANSFER_EXPIRY_DAYS} dni.` })
    .max(MAX_TRANSFER_EXPIRY_DAYS, { error: `Od 1 do ${MAX_TRANSFER_EXPIRY_DAYS} dni.` })
    .default(DEFAULT_TRANSFER_EXPIRY_DAYS),
});
export type CentreSettings = z.infer<typeof CentreSettingsSchema>;

export const CentreSchema = z.object({
  id: UuidSchema,
  type: CentreTypeSchema,
  name: z.string(),
  regon: z.string(),
  nip: z.string(),
  street: z.string(),
  buildingNo: z.string(),
  flatNo: z.string().nullable(),
  postalCode: z.string(),
  city: z.string(),
  gminaCode: z.string(),
  gminaName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  foundingInstitutionName: z.string(),
  foundingInstitutionType: FoundingInstitutionTypeSchema,
  statusDate: z.string(),
  settings: CentreSettingsSchema,
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type Centre = z.infer<typeof CentreSchema>;

export const CentreUpdateSchema = CentreInputSchema.partial().extend({
  settings: CentreSettingsSchema.partial()
    .extend({
      bankAccount: TextSchema.nullable()
        .optional()
        .transform((value, ctx) => {
          if (value === undefined) return undefined;
          if (!value?.trim()) return null;
          const result = validateNrb(value);
          if (!result.valid) {
            ctx.addIssue({ code: 'custom', message: result.message, params: { code: 'INVALID_NRB' } });
            return z.NEVER;
          }
          return result.normalized;
        }),
    })
    .optional(),
  version: VersionSchema,
});
export type CentreUpdate = z.infer<typeof CentreUpdateSchema>;
