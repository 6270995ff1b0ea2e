import type { PdfFile } from '../pathway/printouts';
import { findCustomer, findJob, listJobsOfOrder, listOrderItems } from '../../db/services.repository';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, centreOf, todayInPoland } from '../pathway/shared';
import { orderOr404, presentCustomer, presentJobs, quantityOf, requireAction } from './shared';

const printing = () => import('../../reports/print/services-documents');

function letterheadOf(c: Awaited<ReturnType<typeof centreOf>>['row']) {
  return {
    name: c.name,
    street: c.street,
    buildingNo: c.building_no,
    postalCode: c.postal_code,
    city: c.city,
    regon: c.regon,
    nip: c.nip,
    place: c.city,
  };
}

const safe = (n: string) => n.replace(/\//g, '-');

/** The job card of one job (PDF): order, place, task, materials, crew and the days recorded. */
export async function jobCardPdf(deps: AppDeps, ctx: CallContext, jobId: string): Promise<PdfFile> {
  requireAction(ctx, 'services.view');
  const job = await findJob(deps.db, ctx.actor.centreId, jobId);
  if (!job) throw notFound();
  const order = await orderOr404(deps.db, ctx, job.order_id);
  const [presented] = await presentJobs(deps.db, ctx.actor.centreId, [job]);
  const customer = presentCustomer((await findCustomer(deps.db, ctx.actor.centreId, order.customer_id))!);
  const { row: centre } = await centreOf(deps.db, ctx);
  const bytes = await (await printing()).renderJobCard({
    centre: letterheadOf(centre),
    issuedOn: todayInPoland(deps),
    orderNumber: order.number,
    orderTitle: order.title,
    customer: customer.name,
    workshop: order.workshop_name,
    instructor: job.instructor_name,
    fromDate: job.from_date,
    toDate: job.to_date,
    place: job.place,
    address: job.address,
    task: job.task,
    materials: job.materials,
    crew: presented!.crew.map((c) => c.name),
    days: presented!.days,
  });
  await audit(deps.db, ctx, 'services.jobCard.print', 'service_job', jobId, {});
  return { bytes, fileName: `karta-pracy-${safe(order.number)}.pdf` };
}

/** The completion protocol of a finished order (PDF) for the customer's signature. */
export async function protocolPdf(deps: AppDeps, ctx: CallContext, orderId: string): Promise<PdfFile> {
  requireAction(ctx, 'services.view');
  const order = await orderOr404(deps.db, ctx, orderId);
  if (order.status !== 'DONE' || !order.completed_on)
    throw new AppError('INVALID_STATE', { message: 'Protokół odbioru drukuje się po zakończeniu zlecenia.' });
  const customer = presentCustomer((await findCustomer(deps.db, ctx.actor.centreId, order.customer_id))!);
  const items = await listOrderItems(deps.db, ctx.actor.centreId, orderId);
  const jobs = await listJobsOfOrder(deps.db, ctx.actor.centreId, orderId);
  const { row: centre } = await centreOf(deps.db, ctx);
  const bytes = await (await printing()).renderProtocol({
    centre: letterheadOf(centre),
    orderNumber: order.number,
    orderTitle: order.title,
    customer: { name: customer.name, address: customer.address, nip: customer.nip },
    completedOn: order.completed_on,
    unpaid: order.unpaid,
    items: items.map((i) => ({
      name: i.name,
      unit: i.unit,
      quantity: quantityOf(i.quantity_milli),
      gross: i.gross,
    })),
    totalGross: order.total_gross,
    places: [...new Set(jobs.map((j) => `${j.place}, ${j.address}`))],
    jobDates: jobs.length
      ? {
          from: jobs.map((j) => j.from_date).sort()[0]!,
          to: jobs
            .map((j) => j.to_date)
            .sort()
            .at(-1)!,
        }
      : null,
    remarks: order.remarks,
  });
  await audit(deps.db, ctx, 'services.protocol.print', 'service_order', orderId, {});
  return { bytes, fileName: `protokol-odbioru-${safe(order.number)}.pdf` };
}
