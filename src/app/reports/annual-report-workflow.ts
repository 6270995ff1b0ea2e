import type { AnnualReport, Narrative } from '../../contracts/reports.contract';
import { insertAnnualReport, updateAnnualReport } from '../../db/reports.repository';
import { findUserById } from '../../db/user.repository';
import type { Db } from '../../db/connection';
import { type Action, can } from '../../domain/access/permissions';
import { AppError, forbidden } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { assembleAnnualReport, computeAnnualFigures } from './build-annual-report';

/**
 * The report's life: a draft whose narrative the director edits; signed by the director (the figures
 * are frozen then); sent (kept as it was); a later correction starts a new version from the data.
 */
async function step(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
  action: Action,
  rowVersion: number,
  apply: (trx: Db, current: Awaited<ReturnType<typeof assembleAnnualReport>>) => Promise<void>,
): Promise<AnnualReport> {
  if (!can(ctx.actor, action)) throw forbidden();
  const today = todayInPoland(deps);
  await deps.db.transaction().execute(async (trx) => {
    const current = await assembleAnnualReport(trx, ctx.actor.centreId, year, today);
    if (current.report.report.rowVersion !== rowVersion) throw new AppError('VERSION_CONFLICT');
    await apply(trx, current);
  });
  return (await assembleAnnualReport(deps.db, ctx.actor.centreId, year, today)).report;
}

/** The draft row of the year, created on first use. */
async function draftRow(
  trx: Db,
  ctx: CallContext,
  year: number,
  current: Awaited<ReturnType<typeof assembleAnnualReport>>,
) {
  if (current.latest && current.latest.status !== 'DRAFT') throw new AppError('REPORT_FROZEN');
  return (
    current.latest ??
    (await insertAnnualReport(trx, {
      centre_id: ctx.actor.centreId,
      year,
      version: 1,
      narrative: JSON.stringify({}),
      created_by: ctx.actor.userId || null,
    }))
  );
}

/** Saves the narrative fields of a draft. */
export async function updateReportNarrative(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
  input: { narrative: Narrative; version: number },
) {
  return step(deps, ctx, year, 'reports.edit', input.version, async (trx, current) => {
    const row = await draftRow(trx, ctx, year, current);
    const saved = await updateAnnualReport(trx, ctx.actor.centreId, row.id, row.row_version, {
      narrative: JSON.stringify(input.narrative),
    });
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'report.narrative', 'annual_report', row.id, { year, version: row.version });
  });
}

/** The director signs the draft: the figures of this moment are frozen into the version. */
export async function signAnnualReport(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
  input: { version: number },
) {
  return step(deps, ctx, year, 'reports.sign', input.version, async (trx, current) => {
    const row = await draftRow(trx, ctx, year, current);
    const snapshot = await computeAnnualFigures(trx, ctx.actor.centreId, year, todayInPoland(deps));
    const user = await findUserById(trx, ctx.actor.userId);
    const saved = await updateAnnualReport(trx, ctx.actor.centreId, row.id, row.row_version, {
      status: 'SIGNED',
      snapshot: JSON.stringify(snapshot),
      signed_by: ctx.actor.userId,
      signed_by_name: user?.full_name ?? ctx.actorEmail,
      signed_at: new Date(),
    });
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'report.sign', 'annual_report', row.id, { year, version: row.version });
  });
}

/** Marks a signed version as sent (to the voivode, the grantors and the founding body). */
export async function sendAnnualReport(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
  input: { version: number },
) {
  return step(deps, ctx, year, 'reports.sign', input.version, async (trx, current) => {
    const row = current.latest;
    if (row?.status !== 'SIGNED')
      throw new AppError('INVALID_STATE', {
        message: 'Wysłać można tylko sprawozdanie podpisane przez kierownika.',
      });
    const saved = await updateAnnualReport(trx, ctx.actor.centreId, row.id, row.row_version, {
      status: 'SENT',
      sent_at: new Date(),
      sent_by: ctx.actor.userId,
    });
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await audit(trx, ctx, 'report.send', 'annual_report', row.id, { year, version: row.version });
  });
}

/** Starts a correction of a sent report: a new draft version computed from the data, narrative carried over. */
export async function correctAnnualReport(
  deps: AppDeps,
  ctx: CallContext,
  year: number,
  input: { version: number },
) {
  return step(deps, ctx, year, 'reports.edit', input.version, async (trx, current) => {
    const row = current.latest;
    if (row?.status !== 'SENT')
      throw new AppError('INVALID_STATE', { message: 'Korektę tworzy się do sprawozdania już wysłanego.' });
    const created = await insertAnnualReport(trx, {
      centre_id: ctx.actor.centreId,
      year,
      version: row.version + 1,
      narrative: JSON.stringify(row.narrative ?? {}),
      created_by: ctx.actor.userId || null,
    });
    await audit(trx, ctx, 'report.correct', 'annual_report', created.id, { year, version: created.version });
  });
}
