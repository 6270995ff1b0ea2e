import type { Insertable } from 'kysely';
import type { Db } from './connection';
import type { Database } from './schema';

/** Boring queries of the services module (issue 17); every one filtered by centre. */

export async function insertServiceItem(db: Db, row: Insertable<Database['service_items']>) {
  return db.insertInto('service_items').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listServiceItems(db: Db, centreId: string) {
  return db
    .selectFrom('service_items as i')
    .innerJoin('workshops as w', 'w.id', 'i.workshop_id')
    .selectAll('i')
    .select('w.name as workshop_name')
    .where('i.centre_id', '=', centreId)
    .orderBy('w.name')
    .orderBy('i.name')
    .execute();
}

export async function listVatStatuses(db: Db, centreId: string) {
  return db
    .selectFrom('service_vat_statuses')
    .selectAll()
    .where('centre_id', '=', centreId)
    .orderBy('valid_from')
    .execute();
}

export async function upsertVatStatus(db: Db, row: Insertable<Database['service_vat_statuses']>) {
  await db
    .insertInto('service_vat_statuses')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['centre_id', 'valid_from']).doUpdateSet({ status: row.status, note: row.note }),
    )
    .execute();
}

const customerColumns = [
  'c.id',
  'c.kind',
  'c.partner_id',
  'c.full_name',
  'c.address',
  'c.phone',
  'c.email',
  'c.consent_on',
  'p.name as partner_name',
  'p.nip as partner_nip',
  'p.street as partner_street',
  'p.building_no as partner_building_no',
  'p.flat_no as partner_flat_no',
  'p.postal_code as partner_postal_code',
  'p.city as partner_city',
  'p.email as partner_email',
  'p.phone as partner_phone',
] as const;

function customers(db: Db, centreId: string) {
  return db
    .selectFrom('service_customers as c')
    .leftJoin('partners as p', (j) =>
      j.onRef('p.id', '=', 'c.partner_id').onRef('p.centre_id', '=', 'c.centre_id'),
    )
    .select(customerColumns)
    .where('c.centre_id', '=', centreId);
}
export type CustomerRow = Awaited<ReturnType<typeof findCustomer>> & {};

export async function listCustomers(db: Db, centreId: string) {
  return customers(db, centreId).orderBy('c.created_at').execute();
}

export async function findCustomer(db: Db, centreId: string, id: string) {
  return customers(db, centreId).where('c.id', '=', id).executeTakeFirst();
}

export async function findCustomerByPartner(db: Db, centreId: string, partnerId: string) {
  return customers(db, centreId).where('c.partner_id', '=', partnerId).executeTakeFirst();
}

export async function insertCustomer(db: Db, row: Insertable<Database['service_customers']>) {
  return db.insertInto('service_customers').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function findPartner(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('partners')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}

export async function listPartners(db: Db, centreId: string) {
  return db
    .selectFrom('partners')
    .select(['id', 'name', 'nip'])
    .where('centre_id', '=', centreId)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
}

export async function countOrdersOfYear(db: Db, centreId: string, year: number) {
  const row = await db
    .selectFrom('service_orders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('number', 'like', `%/${year}/%`)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertOrder(db: Db, row: Insertable<Database['service_orders']>) {
  return db.insertInto('service_orders').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertOrderItems(db: Db, rows: Insertable<Database['service_order_items']>[]) {
  if (rows.length) await db.insertInto('service_order_items').values(rows).execute();
}

export async function findOrder(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('service_orders as o')
    .innerJoin('workshops as w', 'w.id', 'o.workshop_id')
    .selectAll('o')
    .select('w.name as workshop_name')
    .where('o.centre_id', '=', centreId)
    .where('o.id', '=', id)
    .executeTakeFirst();
}

export async function listOrders(db: Db, centreId: string) {
  return db
    .selectFrom('service_orders as o')
    .innerJoin('workshops as w', 'w.id', 'o.workshop_id')
    .innerJoin('service_customers as c', 'c.id', 'o.customer_id')
    .leftJoin('partners as p', 'p.id', 'c.partner_id')
    .selectAll('o')
    .select(['w.name as workshop_name', 'c.full_name', 'p.name as partner_name'])
    .select((eb) =>
      eb
        .selectFrom('service_payments as sp')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('sp.amount'), e.lit(0)).as('s'))
        .whereRef('sp.order_id', '=', 'o.id')
        .as('paid'),
    )
    .where('o.centre_id', '=', centreId)
    .orderBy('o.created_at', 'desc')
    .execute();
}

/** Moves an order on if nobody changed it meanwhile; false when the version is stale. */
export async function updateOrderVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  set: Partial<Insertable<Database['service_orders']>>,
) {
  const result = await db
    .updateTable('service_orders')
    .set({ ...set, version: version + 1 })
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listOrderItems(db: Db, centreId: string, orderId: string) {
  return db
    .selectFrom('service_order_items')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('order_id', '=', orderId)
    .orderBy('position')
    .execute();
}

export async function listPayments(db: Db, centreId: string, orderId: string) {
  return db
    .selectFrom('service_payments')
    .select(['id', 'paid_on', 'amount'])
    .where('centre_id', '=', centreId)
    .where('order_id', '=', orderId)
    .orderBy('paid_on')
    .orderBy('created_at')
    .execute();
}

export async function insertPayment(db: Db, row: Insertable<Database['service_payments']>) {
  return db.insertInto('service_payments').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Locks the order row (two payments at once cannot both pass its total) and returns what is paid so far. */
export async function lockOrderForPayment(db: Db, centreId: string, orderId: string) {
  await db
    .selectFrom('service_orders')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('id', '=', orderId)
    .forUpdate()
    .execute();
  const paid = await db
    .selectFrom('service_payments')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('s'))
    .where('centre_id', '=', centreId)
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  return Number(paid?.s ?? 0);
}

/** Removes a payment recorded by mistake; the removed row (or undefined when there was none). */
export async function deletePayment(db: Db, centreId: string, orderId: string, paymentId: string) {
  return db
    .deleteFrom('service_payments')
    .where('centre_id', '=', centreId)
    .where('order_id', '=', orderId)
    .where('id', '=', paymentId)
    .returningAll()
    .executeTakeFirst();
}

export async function insertJob(db: Db, row: Insertable<Database['service_jobs']>) {
  return db.insertInto('service_jobs').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertCrew(db: Db, rows: Insertable<Database['service_job_crew']>[]) {
  if (rows.length) await db.insertInto('service_job_crew').values(rows).execute();
}

export async function findJob(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('service_jobs as j')
    .innerJoin('users as u', 'u.id', 'j.instructor_id')
    .selectAll('j')
    .select('u.full_name as instructor_name')
    .where('j.centre_id', '=', centreId)
    .where('j.id', '=', id)
    .executeTakeFirst();
}

export async function listJobsOfOrder(db: Db, centreId: string, orderId: string) {
  return db
    .selectFrom('service_jobs as j')
    .innerJoin('users as u', 'u.id', 'j.instructor_id')
    .selectAll('j')
    .select('u.full_name as instructor_name')
    .where('j.centre_id', '=', centreId)
    .where('j.order_id', '=', orderId)
    .orderBy('j.from_date')
    .execute();
}

export async function listCrew(db: Db, centreId: string, jobIds: string[]) {
  if (!jobIds.length) return [];
  return db
    .selectFrom('service_job_crew as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .select(['c.job_id', 'c.participant_id', 'p.first_name', 'p.last_name'])
    .where('c.centre_id', '=', centreId)
    .where('c.job_id', 'in', jobIds)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
}

export async function listJobDays(db: Db, centreId: string, jobIds: string[]) {
  if (!jobIds.length) return [];
  return db
    .selectFrom('service_job_days')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('job_id', 'in', jobIds)
    .orderBy('date')
    .execute();
}

/** Replaces what a job recorded for these people on a day (the register itself keeps its own versions). */
export async function replaceJobDay(
  db: Db,
  centreId: string,
  jobId: string,
  date: string,
  rows: Insertable<Database['service_job_days']>[],
) {
  await db
    .deleteFrom('service_job_days')
    .where('centre_id', '=', centreId)
    .where('job_id', '=', jobId)
    .where('date', '=', date)
    .where(
      'participant_id',
      'in',
      rows.map((r) => r.participant_id),
    )
    .execute();
  if (rows.length) await db.insertInto('service_job_days').values(rows).execute();
}

/** Job days of a workshop in [from, to], with the job's order, for the attendance register and the month page. */
export async function listWorkshopJobDays(
  db: Db,
  centreId: string,
  workshopId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('service_job_days as d')
    .innerJoin('service_jobs as j', 'j.id', 'd.job_id')
    .innerJoin('service_orders as o', 'o.id', 'j.order_id')
    .select(['d.date', 'd.participant_id', 'd.hours', 'j.id as job_id', 'j.place', 'o.number', 'o.title'])
    .where('d.centre_id', '=', centreId)
    .where('j.workshop_id', '=', workshopId)
    .where('d.date', '>=', from)
    .where('d.date', '<=', to)
    .orderBy('d.date')
    .execute();
}

export async function programmesOf(db: Db, centreId: string, participantIds: string[]) {
  if (!participantIds.length) return [];
  return db
    .selectFrom('programmes')
    .select(['participant_id', 'status', 'admission_date', 'last_day', 'planned_end'])
    .where('centre_id', '=', centreId)
    .where('participant_id', 'in', participantIds)
    .execute();
}

export async function participantNames(db: Db, centreId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name'])
    .where('centre_id', '=', centreId)
    .where('id', 'in', ids)
    .execute();
}

/** Orders invoiced in [from, to] with their customers and lines, for the invoice data export. */
export async function listInvoicedOrders(db: Db, centreId: string, from: string, to: string) {
  return db
    .selectFrom('service_orders as o')
    .innerJoin('workshops as w', 'w.id', 'o.workshop_id')
    .selectAll('o')
    .select('w.name as workshop_name')
    .where('o.centre_id', '=', centreId)
    .where('o.invoiced_on', '>=', from)
    .where('o.invoiced_on', '<=', to)
    .orderBy('o.invoiced_on')
    .orderBy('o.number')
    .execute();
}

export async function listOrdersOfYear(db: Db, centreId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return db
    .selectFrom('service_orders as o')
    .innerJoin('workshops as w', 'w.id', 'o.workshop_id')
    .innerJoin('service_customers as c', 'c.id', 'o.customer_id')
    .leftJoin('partners as p', 'p.id', 'c.partner_id')
    .selectAll('o')
    .select(['w.name as workshop_name', 'c.full_name', 'p.name as partner_name'])
    .where('o.centre_id', '=', centreId)
    .where((eb) =>
      eb.or([
        eb.and([eb('o.invoiced_on', '>=', from), eb('o.invoiced_on', '<=', to)]),
        eb.exists(
          eb
            .selectFrom('service_payments as sp')
            .select('sp.id')
            .whereRef('sp.order_id', '=', 'o.id')
            .where('sp.paid_on', '>=', from)
            .where('sp.paid_on', '<=', to),
        ),
      ]),
    )
    .orderBy('o.number')
    .execute();
}

export async function listPaymentsOfYear(db: Db, centreId: string, year: number) {
  return db
    .selectFrom('service_payments')
    .select(['order_id', 'paid_on', 'amount'])
    .where('centre_id', '=', centreId)
    .where('paid_on', '>=', `${year}-01-01`)
    .where('paid_on', '<=', `${year}-12-31`)
    .execute();
}
