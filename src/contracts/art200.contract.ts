import { z } from 'zod';
import { validatePesel } from '../domain/identifiers/pesel';
import {
  boundedInt,
  IsoDateSchema,
  MonthSchema,
  requiredText,
  text,
  TextSchema,
  UuidSchema,
  VersionSchema,
} from './common';

const optionalText = (max = 200) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

const PeselField = TextSchema.nullable()
  .optional()
  .transform((value, ctx) => {
    if (!value?.trim()) return null;
    const result = validatePesel(value);
    if (!result.valid) {
      ctx.addIssue({ code: 'custom', message: result.message, params: { code: 'INVALID_PESEL' } });
      return z.NEVER;
    }
    return result.normalized;
  });

/** Hours as a number; the limit of the agreement (at most 4) is the domain's, with its own message. */
const HoursSchema = z
  .number({ error: 'Podaj liczbę godzin.' })
  .min(0, { error: 'Godziny nie mogą być ujemne.' })
  .max(24, { error: 'Dzień ma najwyżej 24 godziny.' });

/** The agreement with the starosta (PUP) on activities for the unemployed (art. 200 of the 2025 act). */
export const Art200AgreementInputSchema = z.object({
  partnerId: UuidSchema,
  number: requiredText(100),
  signedOn: IsoDateSchema.nullable().optional().default(null),
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema,
  activities: requiredText(4000),
  expectedEffects: requiredText(4000),
  measurement: requiredText(4000),
  dailyHoursLimit: z
    .number({ error: 'Podaj liczbę godzin dziennie.' })
    .positive({ error: 'Podaj więcej niż 0 godzin.' })
    .max(24, { error: 'Dzień ma najwyżej 24 godziny.' })
    .refine((v) => Number.isInteger(v * 4), { error: 'Godziny podaj z dokładnością do kwadransa.' }),
  maxMonths: boundedInt(1, 24),
  plannedPeople: boundedInt(1, 10000).nullable().optional().default(null),
});
export type Art200AgreementInput = z.infer<typeof Art200AgreementInputSchema>;
export const Art200AgreementUpdateSchema = Art200AgreementInputSchema.extend({ version: VersionSchema });
export type Art200AgreementUpdate = z.infer<typeof Art200AgreementUpdateSchema>;

/** A person enrolled under the agreement: a light record of their own, not a participant of the Act. */
export const Art200EnrolmentInputSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  pesel: PeselField,
  pupReference: optionalText(100),
  startDate: IsoDateSchema,
  plannedEndDate: IsoDateSchema,
});
export type Art200EnrolmentInput = z.infer<typeof Art200EnrolmentInputSchema>;

/** The end of a person's activities (before or on the planned day). */
export const Art200EnrolmentEndSchema = z.object({
  endedOn: IsoDateSchema,
  reason: requiredText(500),
  version: VersionSchema,
});
export type Art200EnrolmentEnd = z.infer<typeof Art200EnrolmentEndSchema>;

/** A month of hours as one batch: null hours clear the day. */
export const Art200HoursBatchSchema = z.object({
  entries: z
    .array(z.object({ enrolmentId: UuidSchema, date: IsoDateSchema, hours: HoursSchema.nullable() }), {
      error: 'Podaj listę wpisów.',
    })
    .min(1, { error: 'Nie ma nic do zapisania.' })
    .max(2000, { error: 'Najwyżej 2000 wpisów naraz.' }),
});
export type Art200HoursBatch = z.infer<typeof Art200HoursBatchSchema>;

export const Art200ParametersSchema = z.object({
  validFrom: z.string(),
  maxHoursPerDay: z.number(),
  maxMonths: z.number(),
  source: z.string(),
  notApplicable: z.string(),
});

export const Art200AgreementSchema = z.object({
  id: z.string(),
  partner: z.object({ id: z.string(), name: z.string() }),
  number: z.string(),
  signedOn: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string(),
  activities: z.string(),
  expectedEffects: z.string(),
  measurement: z.string(),
  dailyHoursLimit: z.number(),
  maxMonths: z.number(),
  plannedPeople: z.number().nullable(),
  enrolled: z.number(),
  version: z.number(),
});
export type Art200Agreement = z.infer<typeof Art200AgreementSchema>;

export const Art200EnrolmentSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  pesel: z.string().nullable(),
  pupReference: z.string().nullable(),
  startDate: z.string(),
  plannedEndDate: z.string(),
  /** The last day allowed: the end of the person's months (that day included) or the agreement's end, if earlier. */
  lastAllowedDay: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  totals: z.object({ days: z.number(), hours: z.number() }),
  version: z.number(),
});
export type Art200Enrolment = z.infer<typeof Art200EnrolmentSchema>;

export const Art200AgreementDetailSchema = Art200AgreementSchema.extend({
  enrolments: z.array(Art200EnrolmentSchema),
  parameters: Art200ParametersSchema.nullable(),
});
export type Art200AgreementDetail = z.infer<typeof Art200AgreementDetailSchema>;
export const Art200AgreementListSchema = z.object({
  items: z.array(Art200AgreementSchema),
  parameters: Art200ParametersSchema.nullable(),
});

/** A month of the agreement: the days, the people active in it and their hours, with the totals. */
export const Art200MonthSchema = z.object({
  month: z.string(),
  days: z.array(z.object({ date: z.string(), weekday: z.number(), holiday: z.string().nullable() })),
  people: z.array(
    z.object({
      enrolmentId: z.string(),
      name: z.string(),
      startDate: z.string(),
      lastDay: z.string(),
      hours: z.record(z.string(), z.number()),
      daysPresent: z.number(),
      total: z.number(),
    }),
  ),
  totals: z.object({ people: z.number(), daysPresent: z.number(), hours: z.number() }),
  dailyHoursLimit: z.number(),
});
export type Art200Month = z.infer<typeof Art200MonthSchema>;

export const Art200MonthParamsSchema = z.object({ id: UuidSchema, month: MonthSchema });
export const Art200EnrolmentParamsSchema = z.object({ id: UuidSchema, enrolmentId: UuidSchema });
