import type { Customer, Job, Order } from '../../contracts/services.contract';
import type { Db } from '../../db/connection';
import type { ServiceJobRow, ServiceOrderItemRow, ServiceOrderRow } from '../../db/schema';
import {
  type CustomerRow,
  findCustomer,
  findOrder,
  listCrew,
  listJobDays,
  listJobsOfOrder,
  listOrderItems,
  listPayments,
} from '../../db/services.repository';
import { can, type Action } from '../../domain/access/permissions';
import type { VatRate, VatStatus } from '../../domain/services/vat';
import { forbidden, notFound } from '../app-error';
import type { CallContext } from '../context';

/** Throws FORBIDDEN unless the permission table allows the action. */
export function requireAction(ctx: CallContext, action: Action): void {
  if (!can(ctx.actor, action)) throw forbidden();
}

export const personName = (p: { first_name: string; last_name: string }) => `${p.last_name} ${p.first_name}`;

/** A partner's address in one line. */
function partnerAddress(c: NonNullable<CustomerRow>): string | null {
  const street = [c.partner_street, [c.partner_building_no, c.partner_flat_no].filter(Boolean).join('/')]
    .filter(Boolean)
    .join(' ');
  const line = [street, [c.partner_postal_code, c.partner_city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return line || null;
}

export function presentCustomer(c: NonNullable<CustomerRow>): Customer {
  const partner = c.kind === 'PARTNER';
  return {
    id: c.id,
    kind: c.kind as Customer['kind'],
    partnerId: c.partner_id,
    name: (partner ? c.partner_name : c.full_name) ?? '—',
    nip: partner ? (c.partner_nip ?? null) : null,
    address: partner ? partnerAddress(c) : c.address,
    phone: partner ? (c.partner_phone ?? null) : c.phone,
    email: partner ? (c.partner_email ?? null) : c.email,
    consentOn: c.consent_on,
  };
}

export const quantityOf = (milli: number) => milli / 1000;

export function presentItems(items: ServiceOrderItemRow[]): Order['items'] {
  return items.map((i) => ({
    name: i.name,
    unit: i.unit,
    quantity: quantityOf(i.quantity_milli),
    netPrice: i.net_price,
    vatRate: i.vat_rate as VatRate,
    net: i.net,
    vat: i.vat,
    gross: i.gross,
  }));
}

/** The jobs of an order with their crews and the days recorded so far. */
export async function loadJobs(db: Db, centreId: string, orderId: string): Promise<Job[]> {
  const jobs = await listJobsOfOrder(db, centreId, orderId);
  return presentJobs(db, centreId, jobs);
}

export async function presentJobs(
  db: Db,
  centreId: string,
  jobs: (ServiceJobRow & { instructor_name: string })[],
): Promise<Job[]> {
  const ids = jobs.map((j) => j.id);
  const crew = await listCrew(db, centreId, ids);
  const days = await listJobDays(db, centreId, ids);
  return jobs.map((j) => {
    const mine = days.filter((d) => d.job_id === j.id);
    const dates = [...new Set(mine.map((d) => d.date))].sort();
    return {
      id: j.id,
      orderId: j.order_id,
      workshopId: j.workshop_id,
      instructorId: j.instructor_id,
      instructorName: j.instructor_name,
      fromDate: j.from_date,
      toDate: j.to_date,
      place: j.place,
      address: j.address,
      task: j.task,
      materials: j.materials,
      crew: crew
        .filter((c) => c.job_id === j.id)
        .map((c) => ({ participantId: c.participant_id, name: personName(c) })),
      days: dates.map((date) => {
        const that = mine.filter((d) => d.date === date);
        return { date, people: that.length, hours: that.reduce((s, d) => s + Number(d.hours), 0) };
      }),
    };
  });
}

/** An order as the API answers it: customer, lines, totals, payments and jobs. */
export async function presentOrder(
  db: Db,
  centreId: string,
  order: ServiceOrderRow & { workshop_name: string },
) {
  const customer = await findCustomer(db, centreId, order.customer_id);
  const items = await listOrderItems(db, centreId, order.id);
  const payments = await listPayments(db, centreId, order.id);
  const result: Order = {
    id: order.id,
    number: order.number,
    workshopId: order.workshop_id,
    workshopName: order.workshop_name,
    customer: presentCustomer(customer!),
    status: order.status as Order['status'],
    title: order.title,
    quoteDate: order.quote_date,
    orderDate: order.order_date,
    completedOn: order.completed_on,
    unpaid: order.unpaid,
    vatStatus: order.vat_status as VatStatus,
    items: presentItems(items),
    totals: { net: order.total_net, vat: order.total_vat, gross: order.total_gross },
    invoiceNumber: order.invoice_number,
    invoicedOn: order.invoiced_on,
    paid: payments.reduce((s, p) => s + p.amount, 0),
    payments: payments.map((p) => ({ id: p.id, paidOn: p.paid_on, amount: p.amount })),
    remarks: order.remarks,
    jobs: await loadJobs(db, centreId, order.id),
    version: order.version,
  };
  return result;
}

export async function orderOr404(db: Db, ctx: CallContext, id: string) {
  const order = await findOrder(db, ctx.actor.centreId, id);
  if (!order) throw notFound();
  return order;
}
