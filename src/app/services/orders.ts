import type { FieldError } from '../../contracts/errors';
import type { OrderCreate } from '../../contracts/services.contract';
import {
  countOrdersOfYear,
  deletePayment,
  findCustomer,
  insertOrder,
  insertOrderItems,
  insertPayment,
  listOrders,
  listPayments,
  lockOrderForPayment,
  listServiceItems,
  listVatStatuses,
  updateOrderVersioned,
} from '../../db/services.repository';
import { findWorkshop } from '../../db/workshop.repository';
import { activityRefusal, type ActivityType } from '../../domain/services/activity';
import { zloty } from '../../domain/polish-format';
import { lineAmounts, orderTotals } from '../../domain/services/totals';
import { effectiveRate, vatStatusOn, type VatRate, type VatStatus } from '../../domain/services/vat';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, todayInPoland } from '../pathway/shared';
import { feedPayment, unfeedPayment } from './finance-feed';
import { orderOr404, presentOrder, requireAction } from './shared';

const conflict = () =>
  new AppError('VERSION_CONFLICT', {
    message: 'Ktoś inny zmienił to zlecenie w międzyczasie. Odśwież widok.',
  });

/**
 * A quote (oferta) for a customer: lines from the catalogue or typed, VAT by the centre's status on the
 * quote day, and the total the person typed — which must equal the sum of the lines, or nothing is saved.
 */
export async function createQuote(deps: AppDeps, ctx: CallContext, input: OrderCreate) {
  requireAction(ctx, 'services.orders');
  const centreId = ctx.actor.centreId;
  const errors: FieldError[] = [];
  const workshop = await findWorkshop(deps.db, centreId, input.workshopId);
  if (!workshop)
    errors.push({ path: 'workshopId', code: 'NOT_FOUND', message: 'Nie ma takiego warsztatu w centrum.' });
  const customer = await findCustomer(deps.db, centreId, input.customerId);
  if (!customer) errors.push({ path: 'customerId', code: 'NOT_FOUND', message: 'Wybierz klienta z listy.' });
  if (input.unpaid && customer && customer.kind !== 'PARTNER')
    errors.push({
      path: 'unpaid',
      code: 'UNPAID_ONLY_FOR_PARTNER',
      message:
        'Nieodpłatnie centrum pracuje tylko dla partnera (np. DPS) — dla osoby prywatnej zlecenie jest odpłatne.',
    });
  const catalogue = new Map((await listServiceItems(deps.db, centreId)).map((i) => [i.id, i]));
  input.items.forEach((item, i) => {
    if (!item.itemId) return;
    const known = catalogue.get(item.itemId);
    if (!known)
      errors.push({
        path: `items.${i}.itemId`,
        code: 'NOT_FOUND',
        message: 'Nie ma takiej pozycji w katalogu.',
      });
    else {
      const refusal = activityRefusal(known.activity_type as ActivityType);
      if (refusal) errors.push({ path: `items.${i}.itemId`, ...refusal });
    }
  });
  const status = vatStatusOn(
    (await listVatStatuses(deps.db, centreId)).map((r) => ({
      validFrom: r.valid_from,
      status: r.status as VatStatus,
    })),
    input.quoteDate,
  );
  const lines = input.items.map((item) => {
    const rate = input.unpaid ? 'NP' : effectiveRate(status, item.vatRate as VatRate);
    const quantityMilli = Math.round(item.quantity * 1000);
    const netPrice = input.unpaid ? 0 : item.netPrice;
    return { item, rate, quantityMilli, netPrice, ...lineAmounts({ quantityMilli, netPrice, rate }) };
  });
  const totals = orderTotals(lines);
  if (totals.gross !== input.totalGross)
    errors.push({
      path: 'totalGross',
      code: 'ORDER_TOTAL_MISMATCH',
      message:
        `Suma zlecenia (${zloty(input.totalGross)}) nie zgadza się z sumą pozycji (${zloty(totals.gross)}). ` +
        `Popraw sumę albo pozycje.`,
    });
  if (totals.gross > 2_000_000_000)
    errors.push({ path: 'items', code: 'TOO_LARGE', message: 'Kwota zlecenia jest za duża.' });
  if (errors.length) throw AppError.fields(errors);

  const year = Number(input.quoteDate.slice(0, 4));
  const order = await deps.db.transaction().execute(async (trx) => {
    // One number per centre and year; the unique index refuses a twin written at the same moment.
    const seq = (await countOrdersOfYear(trx, centreId, year)) + 1;
    const row = await insertOrder(trx, {
      centre_id: centreId,
      number: `ZL/${year}/${String(seq).padStart(4, '0')}`,
      workshop_id: input.workshopId,
      customer_id: input.customerId,
      status: 'QUOTE',
      title: input.title,
      quote_date: input.quoteDate,
      unpaid: input.unpaid,
      vat_status: status,
      total_net: totals.net,
      total_vat: totals.vat,
      total_gross: totals.gross,
      created_by: ctx.actor.userId || null,
    });
    await insertOrderItems(
      trx,
      lines.map((l, position) => ({
        centre_id: centreId,
        order_id: row.id,
        position,
        item_id: l.item.itemId ?? null,
        name: l.item.name,
        unit: l.item.unit,
        quantity_milli: l.quantityMilli,
        net_price: l.netPrice,
        vat_rate: l.rate,
        net: l.net,
        vat: l.vat,
        gross: l.gross,
      })),
    );
    await audit(trx, ctx, 'services.quote.create', 'service_order', row.id, {
      number: row.number,
      gross: totals.gross,
    });
    return row;
  });
  return presentOrder(deps.db, centreId, { ...order, workshop_name: workshop!.name });
}

/** The customer accepted the quote: it becomes an order from the given day. */
export async function acceptOrder(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: { orderDate: string; version: number },
) {
  requireAction(ctx, 'services.orders');
  const order = await orderOr404(deps.db, ctx, id);
  if (order.status !== 'QUOTE')
    throw new AppError('INVALID_STATE', { message: 'To zlecenie zostało już przyjęte.' });
  if (input.orderDate < order.quote_date)
    throw AppError.fields([
      {
        path: 'orderDate',
        code: 'BEFORE_QUOTE',
        message: 'Zlecenie nie może być przyjęte przed datą oferty.',
      },
    ]);
  await deps.db.transaction().execute(async (trx) => {
    if (
      !(await updateOrderVersioned(trx, ctx.actor.centreId, id, input.version, {
        status: 'ORDER',
        order_date: input.orderDate,
      }))
    )
      throw conflict();
    await audit(trx, ctx, 'services.order.accept', 'service_order', id, { orderDate: input.orderDate });
  });
  return presentOrder(deps.db, ctx.actor.centreId, await orderOr404(deps.db, ctx, id));
}

/** The work is done and handed over (the protocol is printed for the customer's signature). */
export async function completeOrder(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: { completedOn: string; remarks?: string | null; version: number },
) {
  requireAction(ctx, 'services.orders');
  const order = await orderOr404(deps.db, ctx, id);
  if (order.status !== 'ORDER')
    throw new AppError('INVALID_STATE', {
      message: 'Zakończyć można przyjęte zlecenie, które nie jest jeszcze odebrane.',
    });
  if (input.completedOn < (order.order_date ?? order.quote_date) || input.completedOn > todayInPoland(deps))
    throw AppError.fields([
      {
        path: 'completedOn',
        code: 'DATE_OUT_OF_RANGE',
        message: 'Data odbioru musi przypadać od dnia przyjęcia zlecenia do dziś.',
      },
    ]);
  await deps.db.transaction().execute(async (trx) => {
    if (
      !(await updateOrderVersioned(trx, ctx.actor.centreId, id, input.version, {
        status: 'DONE',
        completed_on: input.completedOn,
        remarks: input.remarks ?? null,
      }))
    )
      throw conflict();
    await audit(trx, ctx, 'services.order.complete', 'service_order', id, { completedOn: input.completedOn });
  });
  return presentOrder(deps.db, ctx.actor.centreId, await orderOr404(deps.db, ctx, id));
}

/**
 * Notes the invoice the issuer (usually the founding body) made for the order: its number and date.
 * Reintegra never issues an invoice itself (see docs/services.md, KSeF).
 */
export async function recordInvoice(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: { invoiceNumber: string; invoicedOn: string; version: number },
) {
  requireAction(ctx, 'services.income');
  const order = await orderOr404(deps.db, ctx, id);
  if (order.unpaid)
    throw new AppError('INVALID_STATE', { message: 'Zlecenie nieodpłatne nie jest fakturowane.' });
  if (order.status === 'QUOTE')
    throw new AppError('INVALID_STATE', { message: 'Fakturuje się przyjęte zlecenie, nie ofertę.' });
  await deps.db.transaction().execute(async (trx) => {
    if (
      !(await updateOrderVersioned(trx, ctx.actor.centreId, id, input.version, {
        invoice_number: input.invoiceNumber,
        invoiced_on: input.invoicedOn,
      }))
    )
      throw conflict();
    // The finance register names the invoice on each payment's entry: a corrected number follows.
    for (const p of await listPayments(trx, ctx.actor.centreId, id))
      await feedPayment(trx, ctx.actor.centreId, { ...order, invoice_number: input.invoiceNumber }, p);
    await audit(trx, ctx, 'services.order.invoice', 'service_order', id, input);
  });
  return presentOrder(deps.db, ctx.actor.centreId, await orderOr404(deps.db, ctx, id));
}

/** A payment received for an order (whole or part); never more than the order's gross total. */
export async function recordPayment(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: { paidOn: string; amount: number },
) {
  requireAction(ctx, 'services.income');
  const order = await orderOr404(deps.db, ctx, id);
  if (order.unpaid) throw new AppError('INVALID_STATE', { message: 'Zlecenie nieodpłatne nie ma wpłat.' });
  if (order.status === 'QUOTE')
    throw new AppError('INVALID_STATE', { message: 'Oferta nie ma jeszcze wpłat.' });
  await deps.db.transaction().execute(async (trx) => {
    // The order row is the lock: two payments at once cannot both pass the ceiling.
    const already = await lockOrderForPayment(trx, ctx.actor.centreId, id);
    if (already + input.amount > order.total_gross)
      throw AppError.fields([
        {
          path: 'amount',
          code: 'OVERPAID',
          message:
            `Wpłaty (${zloty(already + input.amount)}) przekroczyłyby ` +
            `kwotę zlecenia (${zloty(order.total_gross)}).`,
        },
      ]);
    const payment = await insertPayment(trx, {
      centre_id: ctx.actor.centreId,
      order_id: id,
      paid_on: input.paidOn,
      amount: input.amount,
      created_by: ctx.actor.userId || null,
    });
    await feedPayment(trx, ctx.actor.centreId, order, payment);
    await audit(trx, ctx, 'services.order.payment', 'service_order', id, input);
  });
  return presentOrder(deps.db, ctx.actor.centreId, await orderOr404(deps.db, ctx, id));
}

/** Removes a payment typed by mistake, with a reason; its entry leaves the finance register with it. */
export async function cancelPayment(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  paymentId: string,
  input: { reason: string },
) {
  requireAction(ctx, 'services.income');
  await orderOr404(deps.db, ctx, id);
  await deps.db.transaction().execute(async (trx) => {
    const removed = await deletePayment(trx, ctx.actor.centreId, id, paymentId);
    if (!removed) throw notFound();
    await unfeedPayment(trx, ctx.actor.centreId, paymentId);
    await audit(trx, ctx, 'services.order.payment_cancel', 'service_order', id, {
      paymentId,
      paidOn: removed.paid_on,
      amount: removed.amount,
      reason: input.reason,
    });
  });
  return presentOrder(deps.db, ctx.actor.centreId, await orderOr404(deps.db, ctx, id));
}

export async function getOrder(deps: AppDeps, ctx: CallContext, id: string) {
  requireAction(ctx, 'services.view');
  return presentOrder(deps.db, ctx.actor.centreId, await orderOr404(deps.db, ctx, id));
}

export async function getOrders(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'services.view');
  const rows = await listOrders(deps.db, ctx.actor.centreId);
  return {
    items: rows.map((o) => ({
      id: o.id,
      number: o.number,
      workshopName: o.workshop_name,
      customerName: o.partner_name ?? o.full_name ?? '—',
      status: o.status as 'QUOTE' | 'ORDER' | 'DONE',
      title: o.title,
      quoteDate: o.quote_date,
      unpaid: o.unpaid,
      totals: { net: o.total_net, vat: o.total_vat, gross: o.total_gross },
      paid: Number(o.paid ?? 0),
    })),
  };
}
