import type { AnnualReport } from '../../contracts/reports.contract';
import { can } from '../../domain/access/permissions';
import { forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { todayInPoland } from '../pathway/shared';
import { assembleAnnualReport } from './build-annual-report';

/** The centre's annual report for a year (CIS or KIS), live while a draft, frozen once signed. */
export async function getAnnualReport(deps: AppDeps, ctx: CallContext, year: number): Promise<AnnualReport> {
  if (!can(ctx.actor, 'reports.view')) throw forbidden();
  return (await assembleAnnualReport(deps.db, ctx.actor.centreId, year, todayInPoland(deps))).report;
}
