import type { Centre, CentreInput, CentreUpdate } from '../../contracts/centre.contract';
import { can } from '../../domain/access/policies';
import { insertAuditEntry } from '../../db/audit.repository';
import { findCentreById, insertCentre, updateCentreVersioned } from '../../db/centre.repository';
import { isUniqueViolation } from '../../db/errors';
import type { CentreUpdate as CentreRowUpdate, NewCentreRow } from '../../db/schema';
import { insertMembership } from '../../db/user.repository';
import { AppError, forbidden, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { centreColumns, centreSettings, toCentre } from './centre-mapper';

const regonTaken = () =>
  AppError.fields(
    [{ path: 'regon', code: 'REGON_TAKEN', message: 'Centrum z tym numerem REGON już istnieje.' }],
    'REGON_TAKEN',
  );

/** The caller's current centre. */
export async function getCurrentCentre(deps: AppDeps, ctx: CallContext): Promise<Centre> {
  const row = await findCentreById(deps.db, ctx.actor.centreId);
  if (!row) throw notFound();
  return toCentre(row, deps.gminas);
}

/** Edits the current centre's data and settings, refusing a stale version (optimistic locking). */
export async function updateCurrentCentre(
  deps: AppDeps,
  ctx: CallContext,
  input: CentreUpdate,
): Promise<Centre> {
  if (!can.editCentre(ctx.actor)) throw forbidden();
  const { version, settings, ...fields } = input;
  const columns = centreColumns(fields, deps.gminas) as CentreRowUpdate;
  return deps.db.transaction().execute(async (trx) => {
    const before = await findCentreById(trx, ctx.actor.centreId);
    if (!before) throw notFound();
    if (settings)
      columns.settings = JSON.stringify({
        ...(before.settings as Record<string, unknown>),
        ...centreSettings(before.settings),
        ...settings,
      });
    let after;
    try {
      after = await updateCentreVersioned(trx, before.id, version, columns);
    } catch (error) {
      if (isUniqueViolation(error)) throw regonTaken();
      throw error;
    }
    if (!after)
      throw new AppError('VERSION_CONFLICT', { details: { current: toCentre(before, deps.gminas) } });

    const changes: Record<string, unknown> = {};
    const beforeView = toCentre(before, deps.gminas) as Record<string, unknown>;
    const afterView = toCentre(after, deps.gminas) as Record<string, unknown>;
    for (const key of Object.keys(afterView)) {
      if (key === 'version') continue;
      if (JSON.stringify(beforeView[key]) !== JSON.stringify(afterView[key]))
        changes[key] = { from: beforeView[key], to: afterView[key] };
    }
    await insertAuditEntry(trx, {
      centreId: before.id,
      actorUserId: ctx.actor.userId,
      actorEmail: ctx.actorEmail,
      action: 'centre.update',
      entityType: 'centre',
      entityId: before.id,
      ip: ctx.ip,
      details: changes,
    });
    return toCentre(after, deps.gminas);
  });
}

/** An administrator founds another centre; they become its administrator. */
export async function createCentre(deps: AppDeps, ctx: CallContext, input: CentreInput): Promise<Centre> {
  if (!can.createCentre(ctx.actor)) throw forbidden();
  const columns = centreColumns(input, deps.gminas) as NewCentreRow;
  return deps.db.transaction().execute(async (trx) => {
    let row;
    try {
      row = await insertCentre(trx, columns);
    } catch (error) {
      if (isUniqueViolation(error)) throw regonTaken();
      throw error;
    }
    await insertMembership(trx, row.id, ctx.actor.userId, ['ADMIN']);
    for (const centreId of [ctx.actor.centreId, row.id]) {
      await insertAuditEntry(trx, {
        centreId,
        actorUserId: ctx.actor.userId,
        actorEmail: ctx.actorEmail,
        action: 'centre.create',
        entityType: 'centre',
        entityId: row.id,
        ip: ctx.ip,
        details: { name: row.name, regon: row.regon, type: row.type },
      });
    }
    return toCentre(row, deps.gminas);
  });
}
