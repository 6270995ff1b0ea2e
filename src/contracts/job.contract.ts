import { z } from 'zod';
import { MonthSchema } from './attendance.contract';
import { UuidSchema } from './common';
import { YearParamsSchema } from './reports.contract';

/** A long job run by the queue, as its owner sees it while it runs and after. */
export const JobSchema = z.object({
  id: UuidSchema,
  kind: z.enum(['participant-import', 'network-payroll', 'retention-anonymise', 'annual-reports']),
  status: z.enum(['QUEUED', 'RUNNING', 'DONE', 'FAILED']),
  progress: z.object({ done: z.number().int(), total: z.number().int().nullable() }),
  /** What the job produced (the use case's answer) once DONE. */
  result: z.unknown().nullable(),
  /** Why it failed: the same `{code, message, details}` an API error carries. */
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).nullable(),
  attempts: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof JobSchema>;

/** The jobs page: the caller's latest jobs (the director's: everyone's in the centre), newest first. */
export const JobListSchema = z.object({
  items: z.array(JobSchema.extend({ startedBy: z.string().nullable() })),
  /** True when the list holds every job of the centre, not only the caller's. */
  everyone: z.boolean(),
});
export type JobList = z.infer<typeof JobListSchema>;

export const JobParamsSchema = z.object({ id: UuidSchema });

export const NetworkPayrollJobSchema = z.object({ month: MonthSchema });

/** The annual reports of a year for every centre the caller may report on. */
export const AnnualReportsJobSchema = YearParamsSchema;
