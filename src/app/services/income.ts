import type { SalesIncome } from '../../contracts/services.contract';
import {
  findCustomer,
  listInvoicedOrders,
  listOrderItems,
  listOrdersOfYear,
  listPaymentsOfYear,
} from '../../db/services.repository';
import { listStands } from '../../db/services-stands.repository';
import { daysInMonth, formatIsoDate, parseIsoMonth } from '../../domain/calendar';
import { VAT_RATE_LABELS, type VatRate } from '../../domain/services/vat';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { insertAuditEntry } from '../../db/audit.repository';
import { presentCustomer, quantityOf, requireAction } from './shared';

/**
 * Sales income of a year in grosze — what the finance register and the subsidy settlement need
 * (art. 10 ust. 4–5: the subsidy is capped at costs minus sales income). Invoiced amounts count in the
 * month of the invoice date, payments in the month they were received, stand takings in the month a
 * stand ended. Unpaid jobs (e.g. for a DPS) have no income and appear with zero.
 */
export async function getSalesIncome(deps: AppDeps, ctx: CallContext, year: number): Promise<SalesIncome> {
  requireAction(ctx, 'services.income');
  const centreId = ctx.actor.centreId;
  const orders = await listOrdersOfYear(deps.db, centreId, year);
  const payments = await listPaymentsOfYear(deps.db, centreId, year);
  const stands = await listStands(deps.db, centreId, { from: `${year}-01-01`, to: `${year}-12-31` });
  const inYear = (d: string | null) => !!d && d.startsWith(`${year}-`);
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const invoiced = orders.filter((o) => o.invoiced_on?.startsWith(month));
    return {
      month,
      invoicedNet: invoiced.reduce((s, o) => s + o.total_net, 0),
      invoicedVat: invoiced.reduce((s, o) => s + o.total_vat, 0),
      invoicedGross: invoiced.reduce((s, o) => s + o.total_gross, 0),
      paid: payments.filter((p) => p.paid_on.startsWith(month)).reduce((s, p) => s + p.amount, 0),
      standTakings: stands.filter((s) => s.to_date.startsWith(month)).reduce((s, x) => s + x.takings, 0),
    };
  });
  const workshopIds = [
    ...new Set([...orders.map((o) => o.workshop_id), ...stands.map((s) => s.workshop_id)]),
  ];
  const byWorkshop = workshopIds.map((workshopId) => {
    const mine = orders.filter((o) => o.workshop_id === workshopId);
    const ids = new Set(mine.map((o) => o.id));
    const invoiced = mine.filter((o) => inYear(o.invoiced_on));
    return {
      workshopId,
      workshopName: mine[0]?.workshop_name ?? stands.find((s) => s.workshop_id === workshopId)!.workshop_name,
      invoicedNet: invoiced.reduce((s, o) => s + o.total_net, 0),
      invoicedGross: invoiced.reduce((s, o) => s + o.total_gross, 0),
      paid: payments.filter((p) => ids.has(p.order_id)).reduce((s, p) => s + p.amount, 0),
      standTakings: stands.filter((s) => s.workshop_id === workshopId).reduce((s, x) => s + x.takings, 0),
    };
  });
  const byOrder = orders.map((o) => ({
    orderId: o.id,
    number: o.number,
    workshopName: o.workshop_name,
    customerName: o.partner_name ?? o.full_name ?? '—',
    unpaid: o.unpaid,
    invoicedOn: o.invoiced_on,
    invoicedGross: inYear(o.invoiced_on) ? o.total_gross : 0,
    paid: payments.filter((p) => p.order_id === o.id).reduce((s, p) => s + p.amount, 0),
  }));
  const sum = (k: 'invoicedNet' | 'invoicedVat' | 'invoicedGross' | 'paid' | 'standTakings') =>
    months.reduce((s, m) => s + m[k], 0);
  return {
    year,
    months,
    byWorkshop,
    byOrder,
    total: {
      invoicedNet: sum('invoicedNet'),
      invoicedVat: sum('invoicedVat'),
      invoicedGross: sum('invoicedGross'),
      paid: sum('paid'),
      standTakings: sum('standTakings'),
    },
  };
}

const HEADERS = [
  'Numer zlecenia',
  'Numer faktury',
  'Data faktury',
  'Nabywca',
  'NIP nabywcy',
  'Adres nabywcy',
  'Pozycja',
  'J.m.',
  'Ilość',
  'Cena netto (zł)',
  'Stawka VAT',
  'Netto (zł)',
  'VAT (zł)',
  'Brutto (zł)',
  'Warsztat',
] as const;

const amount = (grosze: number) => (grosze / 100).toFixed(2);

/** One row per invoice line of the month: what whoever issues the invoices (the founding body) needs. */
async function invoiceRows(deps: AppDeps, ctx: CallContext, month: string) {
  const { year, month: m } = parseIsoMonth(month)!;
  const from = formatIsoDate(year, m, 1);
  const to = formatIsoDate(year, m, daysInMonth(year, m));
  const orders = await listInvoicedOrders(deps.db, ctx.actor.centreId, from, to);
  const rows: (string | number)[][] = [];
  for (const o of orders) {
    const customer = presentCustomer((await findCustomer(deps.db, ctx.actor.centreId, o.customer_id))!);
    for (const i of await listOrderItems(deps.db, ctx.actor.centreId, o.id))
      rows.push([
        o.number,
        o.invoice_number ?? '',
        o.invoiced_on ?? '',
        customer.name,
        customer.nip ?? '',
        customer.address ?? '',
        i.name,
        i.unit,
        quantityOf(i.quantity_milli),
        amount(i.net_price),
        VAT_RATE_LABELS[i.vat_rate as VatRate] ?? i.vat_rate,
        amount(i.net),
        amount(i.vat),
        amount(i.gross),
        o.workshop_name,
      ]);
  }
  return { rows, orders: orders.length };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
  const guarded = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(guarded) || guarded !== s ? `"${guarded.replace(/"/g, '""')}"` : guarded;
};

/**
 * The month's invoice data as XLSX or CSV (semicolon, UTF-8 with BOM — opens in a Polish Excel),
 * for the body that issues invoices. Reintegra does not send anything to KSeF (docs/services.md).
 */
export async function invoiceDataFile(
  deps: AppDeps,
  ctx: CallContext,
  month: string,
  format: 'xlsx' | 'csv',
) {
  requireAction(ctx, 'services.income');
  const { rows, orders } = await invoiceRows(deps, ctx, month);
  let bytes: Buffer;
  if (format === 'csv') {
    const lines = [HEADERS, ...rows].map((r) => r.map(csvCell).join(';'));
    bytes = Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
  } else {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Reintegra';
    workbook.created = deps.now();
    const sheet = workbook.addWorksheet('Dane do faktur', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = HEADERS.map((h) => ({ header: h, key: h, width: Math.max(12, h.length + 2) }));
    sheet.getRow(1).font = { bold: true };
    for (const r of rows) sheet.addRow(r.map((v, i) => (i >= 9 && i !== 10 && i <= 13 ? Number(v) : v)));
    bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  }
  await insertAuditEntry(deps.db, {
    centreId: ctx.actor.centreId,
    actorUserId: ctx.actor.userId || null,
    actorEmail: ctx.actorEmail,
    action: 'services.invoiceData.export',
    entityType: 'service_order',
    entityId: null,
    ip: ctx.ip,
    details: { month, format, orders },
  });
  return { bytes, fileName: `dane-do-faktur-${month}.${format}` };
}
