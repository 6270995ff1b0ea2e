import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { computeAnnualFigures } from './build-annual-report';

export interface AnnualReportSummary {
  centreId: string;
  centreType: 'CIS' | 'KIS';
  participants: number;
  economicallyIndependent: number;
  benefitsPaidGrosze: number;
  bonusesPaidGrosze: number;
  warnings: number;
}

/** Refuses a year that has not started (the route before queueing, the job again when it runs); today. */
export function requireYearStarted(deps: AppDeps, year: number): string {
  const today = todayInPoland(deps);
  if (`${year}-01-01` > today)
    throw new AppError('REPORT_YEAR_NOT_STARTED', {
      details: {
        fields: [{ path: 'year', code: 'YEAR_NOT_STARTED', message: `Rok ${year} jeszcze się nie zaczął.` }],
      },
    });
  return today;
}

/** Centres computed at once: the reads of one centre wait on the database, so a few overlap well. */
const PARALLEL = 4;

/**
 * The year's annual report figures of many centres (a network operator, the voivode's overview, the
 * bench): the same `computeAnnualFigures` the report screen uses, centre by centre, a few at a time,
 * each summarised. Run on the job queue (`annual-reports`); the caller checked the centres.
 */
export async function computeAnnualReportsForCentres(
  deps: AppDeps,
  year: number,
  centreIds: readonly string[],
  progress: (done: number, total: number) => Promise<void> = async () => undefined,
): Promise<{ year: number; reports: AnnualReportSummary[] }> {
  const today = requireYearStarted(deps, year);
  const reports: AnnualReportSummary[] = new Array(centreIds.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < centreIds.length; i = next++) {
      const { body } = await computeAnnualFigures(deps.db, centreIds[i]!, year, today);
      reports[i] = {
        centreId: centreIds[i]!,
        centreType: body.centreType,
        participants: body.participants.total,
        economicallyIndependent: body.economicallyIndependent.total,
        benefitsPaidGrosze: body.finance.benefitsPaidGrosze,
        bonusesPaidGrosze: body.finance.bonusesPaidGrosze,
        warnings: body.warnings.length,
      };
      if (++done % 10 === 0 || done === centreIds.length) await progress(done, centreIds.length);
    }
  };
  await progress(0, centreIds.length);
  await Promise.all(Array.from({ length: Math.min(PARALLEL, centreIds.length) }, worker));
  return { year, reports };
}
