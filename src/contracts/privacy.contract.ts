import { z } from 'zod';
import { IsoDateSchema, RoleSchema, UuidSchema } from './common';

// PostgreSQL refuses NUL in text and a lone surrogate breaks JSON: both are refused here, at the field.
const BROKEN_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const cleanText = (min: number, max: number) =>
  z
    .string({ error: 'To pole jest wymagane.' })
    .trim()
    .min(min, { error: min > 1 ? `Co najmniej ${min} znaków.` : 'To pole jest wymagane.' })
    .max(max, { error: `Najwyżej ${max} znaków.` })
    .refine((s) => !BROKEN_TEXT.test(s), { error: 'Tekst zawiera niedozwolone znaki.' });

export const AuthorisationStatusSchema = z.enum([
  'VALID',
  'NOT_YET_VALID',
  'EXPIRED',
  'REVOKED',
  'NO_PLEDGE',
]);
export const AccountStandingSchema = z.enum([...AuthorisationStatusSchema.options, 'MISSING']);
export type AccountStanding = z.infer<typeof AccountStandingSchema>;
export const AuthorisationSourceSchema = z.enum(['ISSUED', 'SETUP', 'DEMO', 'MIGRATION']);

/** The default scope printed on an authorisation when the issuer writes none. */
export const DEFAULT_AUTHORISATION_SCOPE =
  'Przetwarzanie danych osobowych uczestników centrum, w tym danych szczególnych kategorii, w zakresie ' +
  'niezbędnym do wykonywania obowiązków służbowych';

export const AuthorisationSchema = z.object({
  id: UuidSchema,
  number: z.string(),
  userId: UuidSchema,
  holderName: z.string(),
  holderEmail: z.string(),
  scope: z.string(),
  issuedOn: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  pledgeSignedOn: z.string().nullable(),
  issuedByName: z.string(),
  source: AuthorisationSourceSchema,
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
  status: AuthorisationStatusSchema,
});
export type Authorisation = z.infer<typeof AuthorisationSchema>;

export const AuthorisationCreateSchema = z.object({
  userId: UuidSchema,
  scope: cleanText(10, 2000).default(DEFAULT_AUTHORISATION_SCOPE),
  issuedOn: IsoDateSchema,
  validFrom: IsoDateSchema,
  validUntil: IsoDateSchema.nullable().default(null),
  pledgeSignedOn: IsoDateSchema.nullable().default(null),
});
export type AuthorisationCreate = z.infer<typeof AuthorisationCreateSchema>;

export const AuthorisationRevokeSchema = z.object({ reason: cleanText(3, 500) });
export const AuthorisationPledgeSchema = z.object({ pledgeSignedOn: IsoDateSchema });

/** The register: every authorisation, every member's standing today, and recent refusals of access. */
export const AuthorisationRegisterSchema = z.object({
  today: z.string(),
  items: z.array(AuthorisationSchema),
  members: z.array(
    z.object({
      userId: UuidSchema,
      fullName: z.string(),
      email: z.string(),
      roles: z.array(RoleSchema),
      standing: AccountStandingSchema,
    }),
  ),
  /**
   * Partner institutions' accounts (PARTNER_VIEWER): not the centre's staff, they need no art. 8b ust. 4
   * authorisation — they see only the status of their own referrals (issue 16) — so they are listed apart.
   */
  partnerAccounts: z.array(
    z.object({
      userId: UuidSchema,
      fullName: z.string(),
      email: z.string(),
      partnerName: z.string().nullable(),
    }),
  ),
  refusals: z.array(
    z.object({
      occurredAt: z.string(),
      userId: z.string().nullable(),
      email: z.string().nullable(),
      standing: AccountStandingSchema,
    }),
  ),
});
export type AuthorisationRegister = z.infer<typeof AuthorisationRegisterSchema>;

export const InformationClauseSchema = z.object({
  text: z.string(),
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export const InformationClauseUpdateSchema = z.object({ text: cleanText(50, 20000) });

export const InformedOnSchema = z.object({ informedOn: IsoDateSchema });

export const ProcessingActivitySchema = z.object({
  name: z.string(),
  purpose: z.string(),
  legalBasis: z.string(),
  dataSubjects: z.string(),
  dataCategories: z.string(),
  recipients: z.string(),
  retention: z.string(),
});
export const ProcessingRegisterSchema = z.object({
  controller: z.string(),
  activities: z.array(ProcessingActivitySchema),
});

/** "Who read this person's sensitive data" (participantId) or "what did this account read" (actorUserId). */
export const SensitiveAccessQuerySchema = z
  .object({
    participantId: UuidSchema.optional(),
    actorUserId: UuidSchema.optional(),
    /** A surname (its beginning, any case) or a whole PESEL of the person whose data were read. */
    person: z
      .string()
      .trim()
      .min(2, { error: 'Wpisz co najmniej 2 znaki nazwiska albo cały PESEL.' })
      .max(80, { error: 'Najwyżej 80 znaków.' })
      .optional(),
    /** A fragment of the account's e-mail or name. */
    account: z
      .string()
      .trim()
      .min(2, { error: 'Wpisz co najmniej 2 znaki adresu e-mail lub nazwiska pracownika.' })
      .max(120, { error: 'Najwyżej 120 znaków.' })
      .optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    page: z.coerce
      .number()
      .int({ error: 'Podaj numer strony.' })
      .min(1, { error: 'Strony liczy się od 1.' })
      .default(1),
    pageSize: z.coerce
      .number()
      .int({ error: 'Podaj liczbę wierszy na stronie.' })
      .min(1, { error: 'Co najmniej 1 wiersz na stronie.' })
      .max(500, { error: 'Najwyżej 500 wierszy na stronie.' })
      .default(50),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  })
  .superRefine((q, ctx) => {
    if (!q.participantId && !q.actorUserId && !q.person && !q.account)
      ctx.addIssue({
        code: 'custom',
        path: ['participantId'],
        message: 'Wybierz uczestnika albo konto pracownika (albo wpisz nazwisko, PESEL lub e-mail konta).',
      });
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'Data końcowa jest wcześniejsza niż początkowa.',
      });
  });
export type SensitiveAccessQuery = z.infer<typeof SensitiveAccessQuerySchema>;

export const SensitiveAccessEntrySchema = z.object({
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  what: z.string(),
  participantId: z.string().nullable(),
  participantName: z.string().nullable(),
  fields: z.array(z.string()),
  ip: z.string().nullable(),
});
export const SensitiveAccessLogSchema = z.object({
  items: z.array(SensitiveAccessEntrySchema),
  /** Every entry the question matches; `items` is one page of them (the files carry them all, up to the limit). */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  truncated: z.boolean(),
});
export type SensitiveAccessEntry = z.infer<typeof SensitiveAccessEntrySchema>;
export type SensitiveAccessLog = z.infer<typeof SensitiveAccessLogSchema>;

// ---- Retention (art. 8b ust. 5) and erasure (GDPR art. 17), decision 0018 ------------------------------

/** One person whose services ended: when, until when the data are kept, and whether that is over. */
export const RetentionItemSchema = z.object({
  participantId: UuidSchema,
  fullName: z.string(),
  birthYear: z.string(),
  status: z.enum(['EXITED', 'REFUSED']),
  servicesEndedOn: z.string(),
  retentionEndsOn: z.string(),
  anonymiseFrom: z.string(),
  due: z.boolean(),
});
export const RetentionApprovalSchema = z.object({
  participantId: UuidSchema,
  pseudonym: z.string(),
  servicesEndedOn: z.string(),
  retentionEndsOn: z.string(),
  status: z.enum(['APPROVED', 'DONE']),
  approvedByName: z.string().nullable(),
  approvedAt: z.string(),
  doneAt: z.string().nullable(),
  jobId: z.string().nullable(),
});
export const RetentionViewSchema = z.object({
  today: z.string(),
  /** Retention over: the director may approve anonymisation. */
  due: z.array(RetentionItemSchema),
  /** Services ended, retention still running (the nearest first). */
  upcoming: z.array(RetentionItemSchema),
  approvals: z.array(RetentionApprovalSchema),
});
export type RetentionView = z.infer<typeof RetentionViewSchema>;
export type RetentionItem = z.infer<typeof RetentionItemSchema>;

export const AnonymisationApproveSchema = z.object({
  participantIds: z
    .array(UuidSchema)
    .min(1, { error: 'Wybierz co najmniej jedną osobę.' })
    .max(500, { error: 'Najwyżej 500 osób naraz.' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Ta sama osoba wybrana dwa razy.' }),
});

export const ErasureRequestSchema = z.object({
  reason: cleanText(3, 500),
});

/** The person's retention dates and whether an erasure of a mistaken record would be refused (and why). */
export const ErasureStandingSchema = z.object({
  servicesEndedOn: z.string().nullable(),
  retentionEndsOn: z.string().nullable(),
  anonymiseFrom: z.string().nullable(),
  due: z.boolean(),
  erasable: z.boolean(),
  refusal: z.string().nullable(),
});
export type ErasureStanding = z.infer<typeof ErasureStandingSchema>;
