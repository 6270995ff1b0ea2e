import {
  listWorkshopJobsInRange,
  workshopInvoicedGross,
  workshopPaid,
} from '../../db/services-month.repository';
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
  const jobs = await listWorkshopJobsInRange(deps.db, centreId, workshopId, from, to);
  const invoiced = await workshopInvoicedGross(deps.db, centreId, workshopId, from, to);
  const paid = await workshopPaid(deps.db, centreId, workshopId, from, to);
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
      invoicedGross: invoiced,
      paid,
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
