import { z } from 'zod';
import { DAY_STATUSES } from '../domain/types';
import { IsoDateSchema, MonthSchema, UuidSchema, VersionSchema, text } from './common';

export { MonthSchema };

/** Hours of classes per weekday (Monday first), 0 = no classes. */
const WeekdayHoursSchema = z
  .array(
    z
      .number()
      .min(0, { error: 'Liczba godzin nie może być ujemna.' })
      .max(12, { error: 'Najwyżej 12 godzin dziennie.' }),
  )
  .length(7, { error: 'Podaj godziny dla 7 dni tygodnia.' });

export const ClassProgrammeSaveSchema = z.object({
  weekdayHours: WeekdayHoursSchema,
  /** Exceptions for single days ('YYYY-MM-DD' → hours; 0 = no classes that day). */
  dayHours: z.record(IsoDateSchema, z.number().min(0).max(12)).default({}),
  version: VersionSchema.nullable(),
});
export type ClassProgrammeSave = z.infer<typeof ClassProgrammeSaveSchema>;

export const ProgrammeDaySchema = z.object({
  date: z.string(),
  weekday: z.number().int(),
  hours: z.number(),
  holiday: z.string().nullable(),
});

export const ClassProgrammeSchema = z.object({
  workshopId: UuidSchema,
  month: z.string(),
  status: z.enum(['NEW', 'DRAFT', 'APPROVED']),
  weekdayHours: z.array(z.number()),
  dayHours: z.record(z.string(), z.number()),
  days: z.array(ProgrammeDaySchema),
  totalHours: z.number(),
  classDays: z.number().int(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  version: z.number().int().nullable(),
  locked: z.boolean(),
});
export type ClassProgramme = z.infer<typeof ClassProgrammeSchema>;

export const DayStatusSchema = z.enum(DAY_STATUSES as unknown as [string, ...string[]], {
  error: 'Nieznany status dnia.',
});

export const AttendanceEntryInputSchema = z.object({
  participantId: UuidSchema,
  date: IsoDateSchema,
  status: DayStatusSchema,
  hours: z.number().min(0).max(24).nullable().optional(),
  meal: z.boolean().optional(),
  sickNote: z
    .object({
      number: text(40).nullable().optional(),
      from: IsoDateSchema.nullable().optional(),
      to: IsoDateSchema.nullable().optional(),
    })
    .nullable()
    .optional(),
  dayOffApproved: z.boolean().optional(),
  /** The version the client saw; null for a day that had no entry. */
  version: VersionSchema.nullable(),
});
export type AttendanceEntryInput = z.infer<typeof AttendanceEntryInputSchema>;

export const AttendanceSaveSchema = z.object({
  workshopId: UuidSchema,
  month: MonthSchema,
  entries: z.array(AttendanceEntryInputSchema).min(1).max(2000),
});

export const AttendanceQuerySchema = z.object({ workshopId: UuidSchema, month: MonthSchema });
export const MonthActionSchema = z.object({
  workshopId: UuidSchema,
  month: MonthSchema,
  reason: text(1000).optional(),
});

export const AttendanceEntrySchema = z.object({
  status: z.string(),
  hours: z.number().nullable(),
  meal: z.boolean(),
  dayOffApproved: z.boolean(),
  version: z.number().int(),
  workshopId: UuidSchema,
  sickNote: z
    .object({ number: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable() })
    .nullable(),
});

export const AttendanceGridSchema = z.object({
  workshop: z.object({ id: UuidSchema, name: z.string() }),
  month: z.string(),
  days: z.array(ProgrammeDaySchema),
  /** Today in Poland: days after it take only a planned day off. */
  today: z.string(),
  programme: z.object({ status: z.string(), version: z.number().int().nullable() }),
  lock: z.object({
    /** The month can be locked from the day after its last class day. */
    lastClassDay: z.string(),
    monthOver: z.boolean(),
    status: z.enum(['OPEN', 'LOCKED']).or(z.string()),
    lockedAt: z.string().nullable(),
    reopenReason: z.string().nullable(),
  }),
  sickNoteRequired: z.boolean(),
  /** Days off and sick days allowed over the participation by the rules in force in the month. */
  limits: z.object({
    daysOff: z.number().int(),
    sickDays: z.number().int(),
    article: z.string(),
    ruleSet: z.string(),
  }),
  participants: z.array(
    z.object({
      participantId: UuidSchema,
      name: z.string(),
      /** Days the person may be recorded on (assignment ∩ participation ∩ month). */
      windows: z.array(z.object({ from: z.string(), to: z.string() })),
      entries: z.record(z.string(), AttendanceEntrySchema),
      counts: z.record(z.string(), z.number().int()),
      hours: z.number(),
      meals: z.number().int(),
      priorUse: z.object({ daysOff: z.number().int(), sickDays: z.number().int() }),
      /** This person's days-off limit: the Act's days plus the extension's extra days (art. 15 ust. 6a–6b). */
      dayOffLimit: z
        .object({ base: z.number().int(), extension: z.number().int(), total: z.number().int() })
        .optional(),
      /** The rules engine's preview of the month's benefit (CIS only), with its explanation. */
      benefit: z
        .union([
          z.object({
            total: z.number().int(),
            explanation: z.array(z.string()),
            endUse: z.object({ daysOff: z.number().int(), sickDays: z.number().int() }),
          }),
          z.object({ error: z.string() }),
        ])
        .nullable(),
      /** Class days up to today without a status — they block the lock and the payroll. */
      missingDays: z.array(z.string()),
    }),
  ),
  /** Days a person worked on a services job (issue 17): which job, where, how many hours. */
  jobDays: z
    .array(
      z.object({
        date: z.string(),
        participantId: z.string(),
        jobId: z.string(),
        orderNumber: z.string(),
        title: z.string(),
        place: z.string(),
        hours: z.number(),
      }),
    )
    .optional(),
});
export type AttendanceGrid = z.infer<typeof AttendanceGridSchema>;

export const AttendanceSaveResultSchema = z.object({
  saved: z.number().int(),
  warnings: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});
