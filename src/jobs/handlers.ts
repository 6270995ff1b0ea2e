import type { ImportMapping } from '../contracts/participant-import.contract';
import { importParticipants } from '../app/participants/import-participants';
import { computePayrollsForCentres } from '../app/payroll/payroll';
import { computeAnnualReportsForCentres } from '../app/reports/annual-reports-for-centres';
import type { JobHandler, JobKind } from './job-runs';
import { retentionAnonymiseJob } from './retention-anonymise.job';

/**
 * The use cases the queue runs. Each is the same function the synchronous route or the CLI calls
 * (`importParticipants`, `computePayrollsForCentres`): the queue only decides where and when.
 */
export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  'participant-import': async (deps, job, progress) => {
    const params = job.params as {
      fileName: string;
      mapping: ImportMapping;
      expectedSha256: string;
      acknowledgeWarnings: boolean;
    };
    await progress(0, 1);
    const result = await importParticipants(deps, job.ctx, {
      ...params,
      bytes: Buffer.from(job.payload ?? []),
    });
    await progress(1, 1);
    return result;
  },
  'network-payroll': async (deps, job, progress) => {
    const { month, centreIds } = job.params as { month: string; centreIds: string[] };
    await progress(0, centreIds.length);
    const result = await computePayrollsForCentres(deps, month, centreIds, {
      userId: job.ctx.actor.userId,
      email: job.ctx.actorEmail,
    });
    await progress(centreIds.length, centreIds.length);
    return result;
  },
  'retention-anonymise': retentionAnonymiseJob,
  'annual-reports': async (deps, job, progress) => {
    const { year, centreIds } = job.params as { year: number; centreIds: string[] };
    return computeAnnualReportsForCentres(deps, year, centreIds, progress);
  },
};
