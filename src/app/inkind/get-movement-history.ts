import { findMovements } from '../../db/inkind.repository';
import { formatQuantity, STEPS, type Step, type Unit } from '../../domain/inkind/quantity';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { centreOf } from '../pathway/shared';

/**
 * The append-only history, newest first: one line per operation, from the holder who gave to the holder who
 * received (a donation has no giver, a use or a processing step's input has no receiver).
 */
export async function getMovementHistory(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'inkind.view');
  const centreId = ctx.actor.centreId;
  const { row: centre } = await centreOf(deps.db, ctx);
  const rows = await findMovements(deps.db, centreId);
  const partners = await deps.db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('centre_id', '=', centreId)
    .execute();
  const volunteers = await deps.db
    .selectFrom('volunteers')
    .select(['id', 'first_name', 'last_name'])
    .where('centre_id', '=', centreId)
    .execute();
  const names = new Map<string, string>([
    ...partners.map((p) => [p.id, p.name] as [string, string]),
    ...volunteers.map((v) => [v.id, `${v.first_name} ${v.last_name}`] as [string, string]),
  ]);
  const nameOf = (kind: string, id: string | null) =>
    kind === 'CENTRE' ? centre.name : (names.get(id ?? '') ?? '—');

  const lines = new Map<string, typeof rows>();
  for (const r of rows)
    lines.set(`${r.operation_id}:${r.name}`, [...(lines.get(`${r.operation_id}:${r.name}`) ?? []), r]);
  return {
    items: [...lines.values()].map((group) => {
      const first = group[0]!;
      const out = group.find((r) => Number(r.delta) < 0);
      const into = group.find((r) => Number(r.delta) > 0);
      const amount = Math.abs(Number((into ?? out)!.delta));
      return {
        operationId: first.operation_id,
        movedOn: first.moved_on,
        step: first.step as Step,
        stepLabel: STEPS[first.step as Step] ?? first.step,
        itemName: first.name,
        from: out ? nameOf(out.holder_kind, out.holder_id) : null,
        to: into ? nameOf(into.holder_kind, into.holder_id) : null,
        quantityText: formatQuantity(amount, first.unit as Unit),
        deliveryId: first.delivery_id,
      };
    }),
  };
}
