import { z } from 'zod';
import { IsoDateSchema, text } from './common';

const optionalText = (max = 200) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** A year in a query string ("2025"). */
const QueryYear = z.coerce
  .number({ error: 'Podaj rok.' })
  .int({ error: 'Podaj rok.' })
  .min(2000, { error: 'Najmniej 2000.' })
  .max(2100, { error: 'Najwyżej 2100.' });

export const GRADUATE_EMPLOYMENT = [
  'EMPLOYED',
  'CIVIL_CONTRACT',
  'OWN_BUSINESS',
  'SOCIAL_COOPERATIVE',
  'SUPPORTED_EMPLOYMENT',
  'REGISTERED_UNEMPLOYED',
  'INACTIVE',
  'UNKNOWN',
] as const;
export const GraduateEmploymentSchema = z.enum(GRADUATE_EMPLOYMENT, { error: 'Wybierz sytuację zawodową.' });
/** Work of any kind at the time of the contact (what the figures count as "working"). */
export const WORKING: readonly string[] = [
  'EMPLOYED',
  'CIVIL_CONTRACT',
  'OWN_BUSINESS',
  'SOCIAL_COOPERATIVE',
  'SUPPORTED_EMPLOYMENT',
];
export const CONTACT_CHANNELS = ['PHONE', 'MEETING', 'EMAIL', 'LETTER', 'EMPLOYER'] as const;

export const GraduateContactSchema = z.object({
  contactedOn: IsoDateSchema,
  channel: z.enum(CONTACT_CHANNELS, { error: 'Wybierz formę kontaktu.' }),
  employment: GraduateEmploymentSchema,
  employer: optionalText(300),
  supportGiven: optionalText(2000),
  note: optionalText(2000),
});
export type GraduateContactInput = z.infer<typeof GraduateContactSchema>;

export const GraduateListQuerySchema = z.object({
  state: z.enum(['current', 'expired', 'all']).default('all'),
  exitYear: QueryYear.optional(),
  employment: GraduateEmploymentSchema.optional(),
});
export const GraduateProgrammeParamsSchema = z.object({
  programmeId: z.uuid({ error: 'Nieprawidłowy identyfikator.' }),
});
export const GraduateFiguresQuerySchema = z.object({ year: QueryYear });

const ContactSchema = z.object({
  id: z.string(),
  contactedOn: z.string(),
  channel: z.string(),
  employment: z.string(),
  employer: z.string().nullable(),
  supportGiven: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
});

export const GraduateSchema = z.object({
  programmeId: z.string(),
  participant: z.object({ id: z.string(), name: z.string() }),
  kind: z.string(),
  admissionDate: z.string(),
  lastDay: z.string(),
  exitType: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  until: z.string(),
  current: z.boolean(),
  how: z.string(),
  latest: ContactSchema.nullable(),
  contacts: z.array(ContactSchema),
});
export type Graduate = z.infer<typeof GraduateSchema>;
export const GraduateListSchema = z.object({ items: z.array(GraduateSchema), rule: z.string() });

export const GraduateFiguresSchema = z.object({
  year: z.number(),
  graduates: z.number(),
  statusOnYearEnd: z.number(),
  contacted: z.number(),
  workingAtLatestContact: z.number(),
  byEmployment: z.record(z.string(), z.number()),
  notGraduates: z.number(),
  how: z.array(z.string()),
});
export type GraduateFigures = z.infer<typeof GraduateFiguresSchema>;

/** One ended participation of a person, with the graduate rule's answer (the participant's record). */
export const ParticipantGraduateItemSchema = z.object({
  programmeId: z.string(),
  kind: z.string(),
  admissionDate: z.string(),
  lastDay: z.string(),
  certificateNumber: z.string().nullable(),
  certificateIssuedOn: z.string().nullable(),
  graduate: z.boolean(),
  /** The last day of the status (graduates only). */
  until: z.string().nullable(),
  /** Whether the status still lasts today (graduates only). */
  current: z.boolean(),
  /** Why the person is not a graduate (in Polish, from the rule). */
  reasons: z.array(z.string()),
  how: z.string().nullable(),
  contacts: z.array(ContactSchema),
  /**
   * The certificate goes to the PUP with a cover letter (art. 13 ust. 5a, a long-term unemployed person in a
   * CIS): the PUP it is addressed to, or null when the centre must choose one. Null when it does not apply.
   */
  pupLetter: z.object({ pup: z.string().nullable() }).nullable(),
});
export const ParticipantGraduateSchema = z.object({
  items: z.array(ParticipantGraduateItemSchema),
  rule: z.string(),
});
export type ParticipantGraduate = z.infer<typeof ParticipantGraduateSchema>;
