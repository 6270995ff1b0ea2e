import type { Db } from './connection';

// A workshop's month of selling (issue 17 item 8): its jobs, invoiced and paid amounts in a date range.

export async function listWorkshopJobsInRange(
  db: Db,
  centreId: string,
  workshopId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('service_jobs as j')
    .innerJoin('service_orders as o', 'o.id', 'j.order_id')
    .select(['j.id', 'o.number', 'o.title', 'j.from_date', 'j.to_date', 'j.place'])
    .where('j.centre_id', '=', centreId)
    .where('j.workshop_id', '=', workshopId)
    .where('j.from_date', '<=', to)
    .where('j.to_date', '>=', from)
    .orderBy('j.from_date')
    .execute();
}

/** Gross total of the workshop's orders invoiced in [from, to], in grosze. */
export async function workshopInvoicedGross(
  db: Db,
  centreId: string,
  workshopId: string,
  from: string,
  to: string,
) {
  const row = await db
    .selectFrom('service_orders')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('total_gross'), eb.lit(0)).as('s'))
    .where('centre_id', '=', centreId)
    .where('workshop_id', '=', workshopId)
    .where('invoiced_on', '>=', from)
    .where('invoiced_on', '<=', to)
    .executeTakeFirst();
  return Number(row?.s ?? 0);
}

/** Payments received in [from, to] for the workshop's orders, in grosze. */
export async function workshopPaid(db: Db, centreId: string, workshopId: string, from: string, to: string) {
  const row = await db
    .selectFrom('service_payments as p')
    .innerJoin('service_orders as o', 'o.id', 'p.order_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('p.amount'), eb.lit(0)).as('s'))
    .where('p.centre_id', '=', centreId)
    .where('o.workshop_id', '=', workshopId)
    .where('p.paid_on', '>=', from)
    .where('p.paid_on', '<=', to)
    .executeTakeFirst();
  return Number(row?.s ?? 0);
}
