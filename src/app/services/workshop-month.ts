import { listWorkshopJobDays, participantNames } from '../../db/services.repository';
import { listStands } from '../../db/services-stands.repository';
import { findWorkshop } from '../../db/workshop.repository';
import { daysInMonth, formatIsoDate, parseIsoMonth } from '../../domain/calendar';
import { notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { personName, requireAction } from './shared';

/** A workshop's month of selling: jobs worked, hours on them, income and the participants who worked. */
export async function getWorkshopMonth(deps: AppDeps, ctx: CallContext, workshopId: string, month: string) {
  requireAction(ctx, 'services.view');
  const centreId = ctx.actor.centreId;
  const workshop = await findWorkshop(deps.db, centreId, workshopId);
  if (!workshop) throw notFound();
  const { year, month: m } = parseIsoMonth(month)!;
  const from = formatIsoDate(year, m, 1);
  const to = formatIsoDate(year, m, daysInMonth(year, m));
  const days = await listWorkshopJobDays(deps.db, centreId, workshopId, from, to);
  const jobs = await deps.db
    .selectFrom('service_jobs as j')
    .innerJoin('service_orders as o', 'o.id', 'j.order_id')
    .select(['j.id', 'o.number', 'o.title', 'j.from_date', 'j.to_date', 'j.place'])
    .where('j.centre_id', '=', centreId)
    .where('j.workshop_id', '=', workshopId)
    .where('j.from_date', '<=', to)
    .where('j.to_date', '>=', from)
    .orderBy('j.from_date')
    .execute();
  const invoiced = await deps.db
    .selectFrom('service_orders')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('total_gross'), eb.lit(0)).as('s'))
    .where('centre_id', '=', centreId)
    .where('workshop_id', '=', workshopId)
    .where('invoiced_on', '>=', from)
    .where('invoiced_on', '<=', to)
    .executeTakeFirst();
  const paid = await deps.db
    .selectFrom('service_payments as p')
    .innerJoin('service_orders as o', 'o.id', 'p.order_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('p.amount'), eb.lit(0)).as('s'))
    .where('p.centre_id', '=', centreId)
    .where('o.workshop_id', '=', workshopId)
    .where('p.paid_on', '>=', from)
    .where('p.paid_on', '<=', to)
    .executeTakeFirst();
  const stands = (await listStands(deps.db, centreId, { from, to })).filter(
    (s) => s.workshop_id === workshopId,
  );
  const people = [...new Set(days.map((d) => d.participant_id))];
  const names = new Map(
    (await participantNames(deps.db, centreId, people)).map((p) => [p.id, personName(p)]),
  );
  return {
    workshop: { id: workshop.id, name: workshop.name },
    month,
    jobs: jobs.map((j) => ({
      id: j.id,
      orderNumber: j.number,
      title: j.title,
      fromDate: j.from_date,
      toDate: j.to_date,
      place: j.place,
    })),
    hours: days.reduce((s, d) => s + Number(d.hours), 0),
    income: {
      invoicedGross: Number(invoiced?.s ?? 0),
      paid: Number(paid?.s ?? 0),
      standTakings: stands.reduce((s, x) => s + x.takings, 0),
    },
    participants: people
      .map((id) => {
        const mine = days.filter((d) => d.participant_id === id);
        return {
          participantId: id,
          name: names.get(id) ?? '—',
          days: new Set(mine.map((d) => d.date)).size,
          hours: mine.reduce((s, d) => s + Number(d.hours), 0),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'pl')),
  };
}
