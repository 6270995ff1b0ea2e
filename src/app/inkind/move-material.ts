import { randomUUID } from 'node:crypto';
import type { ConversionCreate, DeliveryCreate, MovementCreate } from '../../contracts/inkind.contract';
import type { FieldError } from '../../contracts/errors';
import { findItem, insertMovements } from '../../db/inkind.repository';
import { nextDocumentNumber } from '../../db/pathway.repository';
import { parseQuantity, type Unit } from '../../domain/inkind/quantity';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { requireAction } from '../events/event-shared';
import { audit, todayInPoland } from '../pathway/shared';
import { holderProblems, quantityProblem, takeFrom } from './inkind-shared';

// Three ways material moves, each one append-only operation: a transfer between holders (cut at the centre →
// washed at the ZAZ → returned …), a conversion at one holder (fabric → strips → masks: the source goes down,
// a new product item goes up), and a delivery of finished goods to an institution (with a numbered protocol).

async function checked(
  deps: AppDeps,
  ctx: CallContext,
  itemId: string,
  quantity: string,
  day: string,
  extra: FieldError[],
) {
  const item = await findItem(deps.db, ctx.actor.centreId, itemId);
  const problems = [...extra];
  if (!item)
    problems.push({ path: 'itemId', code: 'NOT_FOUND', message: 'Nie ma takiego materiału w tym centrum.' });
  const q = item ? parseQuantity(quantity, item.unit as Unit) : null;
  if (item && q === null) problems.push(quantityProblem());
  if (day > todayInPoland(deps))
    problems.push({
      path: 'movedOn',
      code: 'DATE_IN_FUTURE',
      message: 'Data ruchu nie może być z przyszłości.',
    });
  if (problems.length) throw AppError.fields(problems);
  return { item: item!, q: q! };
}

/** Moves a quantity of an item from one holder to another (refused when the holder has less). */
export async function moveMaterial(deps: AppDeps, ctx: CallContext, input: MovementCreate) {
  requireAction(ctx, 'inkind.manage');
  const centreId = ctx.actor.centreId;
  const same = input.from.kind === input.to.kind && input.from.id === input.to.id;
  const { item, q } = await checked(deps, ctx, input.itemId, input.quantity, input.movedOn, [
    ...(await holderProblems(deps.db, centreId, input.from, 'from')),
    ...(await holderProblems(deps.db, centreId, input.to, 'to')),
    ...(same
      ? [{ path: 'to.kind', code: 'SAME_HOLDER', message: 'Odbiorca musi być inny niż przekazujący.' }]
      : []),
  ]);
  const operationId = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await takeFrom(trx, centreId, item.id, item.unit as Unit, input.from, q);
    const base = {
      centre_id: centreId,
      item_id: item.id,
      operation_id: operationId,
      step: input.step,
      moved_on: input.movedOn,
      note: input.note,
      recorded_by: ctx.actor.userId,
    };
    await insertMovements(trx, [
      { ...base, holder_kind: input.from.kind, holder_id: input.from.id, delta: -q },
      { ...base, holder_kind: input.to.kind, holder_id: input.to.id, delta: q },
    ]);
    await audit(trx, ctx, 'inkind.move', 'inkind_item', item.id, {
      operationId,
      step: input.step,
      quantity: q,
    });
  });
  return { operationId };
}

/** Processes material at one holder into a new product (e.g. 10 m of fabric → 200 masks). */
export async function convertMaterial(deps: AppDeps, ctx: CallContext, input: ConversionCreate) {
  requireAction(ctx, 'inkind.manage');
  const centreId = ctx.actor.centreId;
  const made = parseQuantity(input.product.quantity, input.product.unit);
  const { item, q } = await checked(deps, ctx, input.itemId, input.quantity, input.movedOn, [
    ...(await holderProblems(deps.db, centreId, input.holder, 'holder')),
    ...(made === null ? [quantityProblem('product.quantity')] : []),
  ]);
  const operationId = randomUUID();
  const productId = await deps.db.transaction().execute(async (trx) => {
    await takeFrom(trx, centreId, item.id, item.unit as Unit, input.holder, q);
    const product = await trx
      .insertInto('inkind_items')
      .values({
        centre_id: centreId,
        donation_id: item.donation_id,
        made_from_item_id: item.id,
        name: input.product.name,
        unit: input.product.unit,
        value_grosze: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const base = {
      centre_id: centreId,
      operation_id: operationId,
      holder_kind: input.holder.kind,
      holder_id: input.holder.id,
      step: input.step,
      moved_on: input.movedOn,
      note: input.note,
      recorded_by: ctx.actor.userId,
    };
    await insertMovements(trx, [
      { ...base, item_id: item.id, delta: -q },
      { ...base, item_id: product.id, delta: made! },
    ]);
    await audit(trx, ctx, 'inkind.convert', 'inkind_item', item.id, { operationId, productId: product.id });
    return product.id;
  });
  return { operationId, productId };
}

/** Delivers finished goods to an institution of the partner registry, with a numbered delivery protocol. */
export async function deliverMaterial(deps: AppDeps, ctx: CallContext, input: DeliveryCreate) {
  requireAction(ctx, 'inkind.manage');
  const centreId = ctx.actor.centreId;
  const recipient = { kind: 'PARTNER' as const, id: input.recipientPartnerId };
  const { item, q } = await checked(deps, ctx, input.itemId, input.quantity, input.deliveredOn, [
    ...(await holderProblems(deps.db, centreId, input.from, 'from')),
    ...(await holderProblems(deps.db, centreId, recipient, 'recipient')).map((p) => ({
      ...p,
      path: 'recipientPartnerId',
    })),
  ]);
  const operationId = randomUUID();
  const delivery = await deps.db.transaction().execute(async (trx) => {
    await takeFrom(trx, centreId, item.id, item.unit as Unit, input.from, q);
    const base = {
      centre_id: centreId,
      item_id: item.id,
      operation_id: operationId,
      step: 'DELIVERED',
      moved_on: input.deliveredOn,
      note: null,
      recorded_by: ctx.actor.userId,
    };
    await insertMovements(trx, [
      { ...base, holder_kind: input.from.kind, holder_id: input.from.id, delta: -q },
      { ...base, holder_kind: 'PARTNER', holder_id: input.recipientPartnerId, delta: q },
    ]);
    const year = Number(input.deliveredOn.slice(0, 4));
    const number = `PP/${year}/${String(await nextDocumentNumber(trx, centreId, 'PP', year)).padStart(4, '0')}`;
    const row = await trx
      .insertInto('inkind_deliveries')
      .values({
        centre_id: centreId,
        operation_id: operationId,
        number,
        recipient_partner_id: input.recipientPartnerId,
        delivered_on: input.deliveredOn,
        received_by: input.receivedBy,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    await audit(trx, ctx, 'inkind.deliver', 'inkind_item', item.id, { operationId, number });
    return row;
  });
  return { id: delivery.id, number: delivery.number, operationId };
}
