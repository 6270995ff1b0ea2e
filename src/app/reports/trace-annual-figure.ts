import { participantNames } from '../../db/reports.repository';
import { can } from '../../domain/access/permissions';
import { AppError, forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { assembleAnnualReport } from './build-annual-report';

/** The people behind one figure of the report (the director, on screen only; audited as a read of personal data). */
export async function traceAnnualFigure(deps: AppDeps, ctx: CallContext, year: number, cell: string) {
  if (!can(ctx.actor, 'reports.trace')) throw forbidden();
  const { trace } = await assembleAnnualReport(deps.db, ctx.actor.centreId, year, todayInPoland(deps));
  const ids = trace[cell];
  if (!ids)
    throw AppError.fields([
      { path: 'cell', code: 'UNKNOWN_CELL', message: 'Sprawozdanie nie ma takiej pozycji.' },
    ]);
  const rows = await participantNames(deps.db, ctx.actor.centreId, ids);
  await audit(deps.db, ctx, 'report.trace', 'annual_report', null, { year, cell, count: rows.length });
  return { cell, people: rows.map((r) => ({ id: r.id, name: `${r.last_name} ${r.first_name}` })) };
}
