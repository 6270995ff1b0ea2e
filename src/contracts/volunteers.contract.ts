import { z } from 'zod';
import {
  boundedInt,
  EmailSchema,
  IsoDateSchema,
  requiredText,
  text,
  UuidSchema,
  VersionSchema,
} from './common';

const optionalText = (max: number) => text(max).nullable().default(null);

export const VolunteerCreateSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  sex: z.enum(['F', 'M'], { error: 'Wybierz płeć (K lub M).' }),
  birthDate: IsoDateSchema,
  email: EmailSchema.nullable().default(null),
  phone: optionalText(40),
  guardianName: optionalText(200),
  guardianConsentOn: IsoDateSchema.nullable().default(null),
  insuranceNote: optionalText(500),
});
export type VolunteerCreate = z.infer<typeof VolunteerCreateSchema>;

export const AgreementCreateSchema = z.object({
  signedOn: IsoDateSchema,
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema.nullable().default(null),
  scope: requiredText(2000),
  written: z.boolean({ error: 'Podaj tak lub nie.' }),
});
/** A correction of the volunteer's record: every field again, with the version the user saw. */
export const VolunteerUpdateSchema = VolunteerCreateSchema.extend({ version: VersionSchema });
export type VolunteerUpdate = z.infer<typeof VolunteerUpdateSchema>;
/** A correction of an agreement (its number stays): every field again, with the version the user saw. */
export const AgreementUpdateSchema = AgreementCreateSchema.extend({ version: VersionSchema });
export type AgreementUpdate = z.infer<typeof AgreementUpdateSchema>;
export const AgreementParamsSchema = z.object({ id: UuidSchema, agreementId: UuidSchema });
export const ActivityCreateSchema = z.object({
  doneOn: IsoDateSchema,
  activity: requiredText(200),
  description: optionalText(1000),
  minutes: boundedInt(1, 24 * 60),
});
export const OpinionSchema = z.object({ text: requiredText(4000) });
export const VolunteerStatsQuerySchema = z.object({
  year: z.coerce
    .number({ error: 'Podaj rok.' })
    .int({ error: 'Podaj rok.' })
    .min(2000, { error: 'Najmniej 2000.' })
    .max(2100, { error: 'Najwyżej 2100.' }),
});

export const VolunteerSchema = z.object({
  id: UuidSchema,
  firstName: z.string(),
  lastName: z.string(),
  sex: z.enum(['F', 'M']),
  birthDate: z.string(),
  minor: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  guardianName: z.string().nullable(),
  guardianConsentOn: z.string().nullable(),
  insuranceNote: z.string().nullable(),
  version: z.number().int(),
  totalMinutes: z.number(),
  agreements: z.array(
    z.object({
      id: UuidSchema,
      number: z.string(),
      signedOn: z.string(),
      validFrom: z.string(),
      validUntil: z.string().nullable(),
      scope: z.string(),
      written: z.boolean(),
      insurance: z.string(),
      version: z.number().int(),
    }),
  ),
  activities: z.array(
    z.object({
      id: UuidSchema,
      doneOn: z.string(),
      activity: z.string(),
      description: z.string().nullable(),
      minutes: z.number(),
    }),
  ),
});
export const VolunteerListSchema = z.object({
  items: z.array(
    z.object({
      id: UuidSchema,
      name: z.string(),
      sex: z.enum(['F', 'M']),
      minor: z.boolean(),
      totalMinutes: z.number(),
    }),
  ),
  rules: z.object({
    source: z.string(),
    writtenAgreementAfterDays: z.number(),
    note: z.string(),
  }),
});
export const VolunteerStatsSchema = z.object({
  year: z.number(),
  bySex: z.object({ F: z.number(), M: z.number(), total: z.number() }),
  byActivity: z.array(z.object({ activity: z.string(), volunteers: z.number(), minutes: z.number() })),
});
