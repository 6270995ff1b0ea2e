import { z } from 'zod';
import {
  EXPENSE_CATEGORIES,
  GRANTOR_KINDS,
  INCOME_SOURCES,
  PLAN_LINES,
  type PlanLine,
} from '../domain/finance/categories';
import {
  CONTRACT_TYPES,
  EMPLOYMENT_FORMS,
  INDEPENDENCE_KINDS,
  SOCIAL_EFFECTS,
  WORK_SITUATIONS,
} from '../domain/reports/outcomes';
import { ELIGIBILITY_GROUPS } from '../domain/types';
import { text, VersionSchema } from './common';

/** The person's situation at an exit or a follow-up, in the reports' categories (issue 15). */
export const OutcomeInputSchema = z
  .object({
    work: z.enum(WORK_SITUATIONS),
    employmentForm: z.enum(EMPLOYMENT_FORMS).nullable().default(null),
    contractType: z.enum(CONTRACT_TYPES).nullable().default(null),
    socialEffects: z.array(z.enum(SOCIAL_EFFECTS)).max(SOCIAL_EFFECTS.length).default([]),
    note: text(2000).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.work !== 'EMPLOYMENT' && (v.employmentForm || v.contractType))
      ctx.addIssue({
        code: 'custom',
        path: [v.employmentForm ? 'employmentForm' : 'contractType'],
        message: 'Forma zatrudnienia i rodzaj umowy dotyczą tylko zatrudnienia.',
        params: { code: 'NOT_ALLOWED' },
      });
  });
export type OutcomeInput = z.infer<typeof OutcomeInputSchema>;

export const OutcomeSchema = z.object({
  id: z.string(),
  source: z.enum(['EXIT', 'FOLLOW_UP']),
  observedOn: z.string(),
  work: z.enum(WORK_SITUATIONS),
  employmentForm: z.enum(EMPLOYMENT_FORMS).nullable(),
  contractType: z.enum(CONTRACT_TYPES).nullable(),
  socialEffects: z.array(z.enum(SOCIAL_EFFECTS)),
  economicallyIndependent: z.boolean(),
  note: z.string().nullable(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const YearParamsSchema = z.object({
  year: z.coerce
    .number({ error: 'Podaj rok.' })
    .int({ error: 'Podaj rok.' })
    .min(2000, { error: 'Najwcześniej rok 2000.' })
    .max(2100, { error: 'Najpóźniej rok 2100.' }),
});

const counts = (keys: readonly string[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])));

/** Narrative fields of the report (the template's free-text places). */
export const NARRATIVE_FIELDS = [
  'applicationChanges',
  'servicesDescription',
  'financeNotes',
  'estimateNotes',
  'remarks',
] as const;
export const NarrativeSchema = z.object(
  Object.fromEntries(NARRATIVE_FIELDS.map((k) => [k, text(8000).default('')])) as Record<
    (typeof NARRATIVE_FIELDS)[number],
    z.ZodDefault<ReturnType<typeof text>>
  >,
);
export type Narrative = z.infer<typeof NarrativeSchema>;
export const NarrativeUpdateSchema = z.object({ narrative: NarrativeSchema, version: VersionSchema });

export const AnnualReportStatusSchema = z.enum(['DRAFT', 'SIGNED', 'SENT']);

export const AnnualWarningSchema = z.object({
  code: z.enum([
    'PAYROLL_MONTH_OPEN',
    'PAYROLL_MONTH_MISSING',
    'ATTENDANCE_MONTH_UNLOCKED',
    'FINANCE_PAYROLL_MISMATCH',
  ]),
  month: z.string(),
  label: z.string(),
  message: z.string(),
});

const money = z.number().int();
const AnnualFinanceRegisterSchema = z.object({
  grants: z.array(
    z.object({
      grantorKind: z.enum(GRANTOR_KINDS),
      name: z.string(),
      received: money,
      used: money,
      returned: money,
    }),
  ),
  grantsReceivedGrosze: money,
  grantsUsedGrosze: money,
  grantsReturnedGrosze: money,
  ownIncome: z.array(z.object({ source: z.enum(INCOME_SOURCES), amount: money })),
  ownIncomeGrosze: money,
  expenses: z.array(
    z.object({ category: z.enum(EXPENSE_CATEGORIES), amount: money, fromPayroll: z.boolean() }),
  ),
  expensesTotalGrosze: money,
  payrollAgrees: z.boolean(),
  estimate: z.object({
    year: z.number().int(),
    lines: z.array(
      z.object({ line: z.enum(PLAN_LINES as [PlanLine, ...PlanLine[]]), planned: money.nullable() }),
    ),
  }),
});

const int = z.number().int();
/** The centre's other activity in the year (issue 18): not rows of the official form, an additional part. */
export const AnnualActivitySchema = z.object({
  events: z.object({
    total: int,
    byKind: z.record(z.string(), int),
    sessions: int,
    peopleByKind: z.record(z.string(), int),
    certificates: int,
  }),
  groups: z.object({ groups: int, meetings: int, members: int }),
  volunteers: z.object({
    total: int,
    women: int,
    men: int,
    minutes: int,
    byActivity: z.array(z.object({ activity: z.string(), volunteers: int, minutes: int })),
  }),
  inkind: z.object({ donations: int, donors: int, knownValueGrosze: int, deliveries: int, recipients: int }),
  graduates: z.object({ graduates: int, statusOnYearEnd: int, contacted: int, working: int }),
  /** How each group of figures was counted, in plain Polish (printed under the part). */
  how: z.array(z.string()),
});

/** The annual report (CIS: Dz.U. 2017 poz. 97; KIS: art. 18a ust. 6). Its shape is kept for other tools. */
export const AnnualReportSchema = z.object({
  year: z.number().int(),
  centreType: z.enum(['CIS', 'KIS']),
  formId: z.string(),
  centre: z.object({
    name: z.string(),
    regon: z.string(),
    nip: z.string(),
    address: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    foundingInstitutionName: z.string(),
    foundingInstitutionType: z.string(),
    statusDate: z.string(),
  }),
  participants: z.object({
    total: z.number().int(),
    started: z.number().int(),
    ended: z.number().int(),
    completed: z.number().int(),
    terminated: z.number().int(),
    women: z.object({ total: z.number().int(), started: z.number().int(), ended: z.number().int() }),
    byGroup: counts(ELIGIBILITY_GROUPS),
    byGroupStarted: counts(ELIGIBILITY_GROUPS),
    byGroupEnded: counts(ELIGIBILITY_GROUPS),
  }),
  economicallyIndependent: z.object({
    total: z.number().int(),
    women: z.number().int(),
    employment: z.number().int(),
    socialCooperative: z.number().int(),
    ownBusiness: z.number().int(),
    byKind: counts(INDEPENDENCE_KINDS),
  }),
  socialEffects: z.object({ total: z.number().int(), byEffect: counts(SOCIAL_EFFECTS) }),
  reintegrationEffects: z.object({ total: z.number().int(), employmentAfter: z.number().int() }),
  services: z.array(z.object({ key: z.string(), label: z.string(), total: z.number().int() })),
  staff: z.object({
    total: z.number().int(),
    women: z.number().int(),
    hired: z.number().int(),
    left: z.number().int(),
    averageFte: z.number(),
    fullTime: z.number().int(),
    partTime: z.number().int(),
    civilContracts: z.number().int(),
    volunteers: z.number().int(),
  }),
  finance: z.object({
    benefitsPaidGrosze: z.number().int(),
    bonusesPaidGrosze: z.number().int(),
    closedMonths: z.array(z.string()),
    /** The finance register's figures (absent in reports frozen before the report read the register). */
    register: AnnualFinanceRegisterSchema.optional(),
  }),
  /** Absent in reports frozen before the report carried the activity part. */
  activity: AnnualActivitySchema.optional(),
  warnings: z.array(AnnualWarningSchema),
  rules: z.object({ groupCounting: z.enum(['each', 'primary']), text: z.array(z.string()) }),
  narrative: NarrativeSchema,
  report: z.object({
    id: z.string().nullable(),
    version: z.number().int(),
    status: AnnualReportStatusSchema,
    rowVersion: z.number().int(),
    signedByName: z.string().nullable(),
    signedAt: z.string().nullable(),
    sentAt: z.string().nullable(),
    /** Figures frozen at signing (true) or computed now from the data (false). */
    frozen: z.boolean(),
    versions: z.array(
      z.object({
        version: z.number().int(),
        status: AnnualReportStatusSchema,
        sentAt: z.string().nullable(),
      }),
    ),
  }),
  generatedOn: z.string(),
});
export type AnnualReport = z.infer<typeof AnnualReportSchema>;

export const ReportActionSchema = z.object({ version: VersionSchema });

export const TraceQuerySchema = z.object({
  cell: z
    .string()
    .max(100)
    .regex(/^[A-Za-z0-9_.]+$/, { error: 'Nieznana komórka.' }),
});
export const TraceSchema = z.object({
  cell: z.string(),
  people: z.array(z.object({ id: z.string(), name: z.string() })),
});

const TargetSchema = z.object({
  value: z
    .number({ error: 'Podaj liczbę.' })
    .min(0, { error: 'Najmniej 0%.' })
    .max(100, { error: 'Najwyżej 100%.' }),
  note: text(500).min(1, { error: 'Napisz, skąd pochodzi cel.' }),
});
export const IndicatorTargetsSchema = z.object({ employment: TargetSchema, social: TargetSchema });
export type IndicatorTargets = z.infer<typeof IndicatorTargetsSchema>;

const IndicatorCellSchema = z.object({
  key: z.string(),
  ended: z.number().int(),
  employed: z.number().int(),
  social: z.number().int(),
  employmentRate: z.number().nullable(),
  socialRate: z.number().nullable(),
});
export const IndicatorsSchema = z.object({
  year: z.number().int().nullable(),
  byYear: z.array(IndicatorCellSchema),
  byCohort: z.array(IndicatorCellSchema),
  byWorkshop: z.array(IndicatorCellSchema),
  byReferrer: z.array(IndicatorCellSchema),
  targets: IndicatorTargetsSchema,
  kpres: z.object({ value: z.number(), note: z.string() }),
  formulas: z.object({ employment: z.string(), social: z.string() }),
});
export type Indicators = z.infer<typeof IndicatorsSchema>;
export const IndicatorsQuerySchema = z.object({ year: YearParamsSchema.shape.year.optional() });
