import type { ServiceItem, ServiceItemCreate } from '../../contracts/services.contract';
import type { ServiceItemRow } from '../../db/schema';
import {
  insertServiceItem,
  listServiceItems,
  listVatStatuses,
  upsertVatStatus,
} from '../../db/services.repository';
import { findWorkshop } from '../../db/workshop.repository';
import { activityRefusal, type ActivityType } from '../../domain/services/activity';
import {
  VAT_STATUS_LABELS,
  vatRuleSetOn,
  vatStatusOn,
  type VatRate,
  type VatStatus,
} from '../../domain/services/vat';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { requireAction } from './shared';

function presentItem(row: ServiceItemRow & { workshop_name: string }): ServiceItem {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    workshopName: row.workshop_name,
    name: row.name,
    kind: row.kind as ServiceItem['kind'],
    activityType: row.activity_type as ActivityType,
    unit: row.unit,
    netPrice: row.net_price,
    vatRate: row.vat_rate as VatRate,
    description: row.description,
    active: row.active,
  };
}

/** Adds a service or product to a workshop's catalogue; an activity art. 9 ust. 1 excludes is refused. */
export async function createServiceItem(deps: AppDeps, ctx: CallContext, input: ServiceItemCreate) {
  requireAction(ctx, 'services.catalogue');
  const refusal = activityRefusal(input.activityType);
  if (refusal) throw AppError.fields([{ path: 'activityType', ...refusal }]);
  const workshop = await findWorkshop(deps.db, ctx.actor.centreId, input.workshopId);
  if (!workshop)
    throw AppError.fields([
      { path: 'workshopId', code: 'NOT_FOUND', message: 'Nie ma takiego warsztatu w centrum.' },
    ]);
  return deps.db.transaction().execute(async (trx) => {
    const row = await insertServiceItem(trx, {
      centre_id: ctx.actor.centreId,
      workshop_id: input.workshopId,
      name: input.name,
      kind: input.kind,
      activity_type: input.activityType,
      unit: input.unit,
      net_price: input.netPrice,
      vat_rate: input.vatRate,
      description: input.description ?? null,
    });
    await audit(trx, ctx, 'services.item.create', 'service_item', row.id, { name: row.name });
    return presentItem({ ...row, workshop_name: workshop.name });
  });
}

export async function getServiceCatalogue(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'services.view');
  return { items: (await listServiceItems(deps.db, ctx.actor.centreId)).map(presentItem) };
}

/** The centre's VAT status today, with its history and the source of the rates. */
export async function getVatStatus(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'services.view');
  const rows = await listVatStatuses(deps.db, ctx.actor.centreId);
  const history = rows.map((r) => ({ validFrom: r.valid_from, status: r.status as VatStatus, note: r.note }));
  const today = todayInPoland(deps);
  const current = vatStatusOn(history, today);
  return { current, currentLabel: VAT_STATUS_LABELS[current], source: vatRuleSetOn(today).source, history };
}

/** Records the centre's VAT status from a date (it follows the founding body's status). */
export async function setVatStatus(
  deps: AppDeps,
  ctx: CallContext,
  input: { validFrom: string; status: VatStatus; note?: string | null },
) {
  requireAction(ctx, 'services.catalogue');
  await deps.db.transaction().execute(async (trx) => {
    await upsertVatStatus(trx, {
      centre_id: ctx.actor.centreId,
      valid_from: input.validFrom,
      status: input.status,
      note: input.note ?? null,
    });
    await audit(trx, ctx, 'services.vat.set', 'centre', ctx.actor.centreId, input);
  });
  return getVatStatus(deps, ctx);
}
