import { can } from '../../domain/access/permissions';
import { casXlsx } from '../../reports/annual/cas-dataset';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { assembleAnnualReport } from './build-annual-report';

/** The CAS data set of the year (CAS 02 for a CIS, CAS 01 for a KIS) from the same figures as the report. */
export async function casDatasetFile(deps: AppDeps, ctx: CallContext, year: number) {
  if (!can(ctx.actor, 'reports.view')) throw forbidden();
  const { report, trace } = await assembleAnnualReport(
    deps.db,
    ctx.actor.centreId,
    year,
    todayInPoland(deps),
  );
  const form = report.centreType === 'CIS' ? 'cas02' : 'cas01';
  return { bytes: await casXlsx(report, trace), fileName: `${form}-${year}.xlsx` };
}
