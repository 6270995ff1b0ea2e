import type { FieldError } from '../../contracts/errors';
import type { StandCreate } from '../../contracts/services.contract';
import { findPartner, participantNames, programmesOf } from '../../db/services.repository';
import {
  insertStand,
  insertStandCrew,
  insertStandProducts,
  listStandCrew,
  listStandProducts,
  listStands,
  lockStand,
  updateStandTakings,
} from '../../db/services-stands.repository';
import { findWorkshop } from '../../db/workshop.repository';
import { crewProblem } from '../../domain/services/crew';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit } from '../pathway/shared';
import { feedStand } from './finance-feed';
import { personName, requireAction } from './shared';

/**
 * A stand at a fair or city event: the place (often lent by a partner), days, crew, products taken and
 * sold, and the takings (by default products sold × price) — so the stands count in the income register.
 */
export async function createStand(deps: AppDeps, ctx: CallContext, input: StandCreate) {
  requireAction(ctx, 'services.orders');
  const centreId = ctx.actor.centreId;
  const errors: FieldError[] = [];
  if (!(await findWorkshop(deps.db, centreId, input.workshopId)))
    errors.push({ path: 'workshopId', code: 'NOT_FOUND', message: 'Nie ma takiego warsztatu w centrum.' });
  if (input.partnerId && !(await findPartner(deps.db, centreId, input.partnerId)))
    errors.push({
      path: 'partnerId',
      code: 'NOT_FOUND',
      message: 'Nie ma takiego partnera w rejestrze centrum.',
    });
  if (input.toDate < input.fromDate)
    errors.push({ path: 'toDate', code: 'BEFORE_START', message: 'Koniec nie może być przed początkiem.' });
  input.products.forEach((p, i) => {
    if (p.sold > p.taken)
      errors.push({
        path: `products.${i}.sold`,
        code: 'SOLD_MORE_THAN_TAKEN',
        message: 'Sprzedano więcej, niż zabrano na stoisko.',
      });
  });
  const crew = [...new Set(input.crew)];
  const names = new Map((await participantNames(deps.db, centreId, crew)).map((p) => [p.id, personName(p)]));
  const programmes = await programmesOf(deps.db, centreId, crew);
  crew.forEach((id) => {
    const path = `crew.${input.crew.indexOf(id)}`;
    const name = names.get(id);
    if (!name)
      return void errors.push({ path, code: 'NOT_FOUND', message: 'Nie ma takiego uczestnika w centrum.' });
    const problem = crewProblem(
      name,
      programmes
        .filter((p) => p.participant_id === id)
        .map((p) => ({
          status: p.status,
          admissionDate: p.admission_date,
          lastDay: p.last_day,
          plannedEnd: p.planned_end,
        })),
      { from: input.fromDate, to: input.toDate },
    );
    if (problem) errors.push({ path, ...problem });
  });
  if (errors.length) throw AppError.fields(errors);
  const takings = input.takings ?? input.products.reduce((s, p) => s + p.sold * p.unitPrice, 0);
  if (takings > 100_000_000)
    throw AppError.fields([{ path: 'takings', code: 'TOO_LARGE', message: 'Najwyżej 1 000 000 zł.' }]);
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await insertStand(trx, {
      centre_id: centreId,
      workshop_id: input.workshopId,
      partner_id: input.partnerId ?? null,
      name: input.name,
      place: input.place,
      from_date: input.fromDate,
      to_date: input.toDate,
      takings,
      notes: input.notes ?? null,
    });
    await insertStandCrew(
      trx,
      crew.map((participant_id) => ({ centre_id: centreId, stand_id: row.id, participant_id })),
    );
    await insertStandProducts(
      trx,
      input.products.map((p) => ({
        centre_id: centreId,
        stand_id: row.id,
        item_id: p.itemId ?? null,
        name: p.name,
        taken: p.taken,
        sold: p.sold,
        unit_price: p.unitPrice,
      })),
    );
    await feedStand(trx, centreId, row);
    await audit(trx, ctx, 'services.stand.create', 'service_stand', row.id, { crew: crew.length, takings });
    return row.id;
  });
  return (await getStands(deps, ctx)).items.find((s) => s.id === id)!;
}

/** Corrects a stand's takings (counted again after the fair, say); the finance register follows. */
export async function correctStandTakings(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: { takings: number; reason: string },
) {
  requireAction(ctx, 'services.income');
  const centreId = ctx.actor.centreId;
  if (input.takings > 100_000_000)
    throw AppError.fields([{ path: 'takings', code: 'TOO_LARGE', message: 'Najwyżej 1 000 000 zł.' }]);
  await deps.db.transaction().execute(async (trx) => {
    const before = await lockStand(trx, centreId, id);
    const row = before && (await updateStandTakings(trx, centreId, id, input.takings));
    if (!before || !row) throw notFound();
    await feedStand(trx, centreId, row);
    await audit(trx, ctx, 'services.stand.takings', 'service_stand', id, {
      before: before.takings,
      after: input.takings,
      reason: input.reason,
    });
  });
  return (await getStands(deps, ctx)).items.find((s) => s.id === id)!;
}

export async function getStands(deps: AppDeps, ctx: CallContext) {
  requireAction(ctx, 'services.view');
  const centreId = ctx.actor.centreId;
  const stands = await listStands(deps.db, centreId);
  const ids = stands.map((s) => s.id);
  const crew = await listStandCrew(deps.db, centreId, ids);
  const products = await listStandProducts(deps.db, centreId, ids);
  return {
    items: stands.map((s) => ({
      id: s.id,
      workshopId: s.workshop_id,
      workshopName: s.workshop_name,
      partnerName: s.partner_name,
      name: s.name,
      place: s.place,
      fromDate: s.from_date,
      toDate: s.to_date,
      takings: s.takings,
      crew: crew
        .filter((c) => c.stand_id === s.id)
        .map((c) => ({ participantId: c.participant_id, name: personName(c) })),
      products: products
        .filter((p) => p.stand_id === s.id)
        .map((p) => ({ name: p.name, taken: p.taken, sold: p.sold, unitPrice: p.unit_price })),
    })),
  };
}
