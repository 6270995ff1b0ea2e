import type { z } from 'zod';
import type {
  PlacementCancelSchema,
  PlacementPlan,
  PlacementSignSchema,
  PlacementUpdate,
} from '../../contracts/placements.contract';
import type { FieldError } from '../../contracts/errors';
import type { Db } from '../../db/connection';
import { nextDocumentNumber } from '../../db/pathway.repository';
import {
  findAgreementOf,
  findCurrentProgramme,
  insertPlacement,
  lockPlacement,
  updatePlacementVersioned,
} from '../../db/placement.repository';
import { findWorkshop } from '../../db/workshop.repository';
import { checkPlacementPlan } from '../../domain/placements/placement-rules';
import { AppError, notFound } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { partnerOr404 } from '../partners/present-partner';
import { audit, participantOr404 } from '../pathway/shared';
import { placementDetail, requireAction } from './shared';

const field = (path: string, code: string, message: string): FieldError => ({ path, code, message });

/** Everything a plan must agree with: the person's participation, the employer, its agreement, the workshop. */
async function checkPlan(
  db: Db,
  ctx: CallContext,
  participantId: string,
  input: Omit<PlacementPlan, 'participantId'>,
) {
  const centreId = ctx.actor.centreId;
  const errors: FieldError[] = [];
  const partner = await partnerOr404(db, ctx, input.partnerId);
  if (partner.archived_at)
    errors.push(field('partnerId', 'PARTNER_ARCHIVED', 'Ten partner jest w archiwum — wybierz aktywnego.'));
  if (input.agreementId) {
    const agreement = await findAgreementOf(db, centreId, input.partnerId, input.agreementId);
    if (!agreement)
      errors.push(
        field('agreementId', 'AGREEMENT_NOT_OF_PARTNER', 'To porozumienie nie należy do wybranego partnera.'),
      );
    else if (
      agreement.valid_from > input.startDate ||
      (agreement.valid_until !== null && agreement.valid_until < input.endDate)
    )
      errors.push(
        field(
          'agreementId',
          'AGREEMENT_NOT_VALID',
          `Porozumienie obowiązuje od ${agreement.valid_from}` +
            `${agreement.valid_until ? ` do ${agreement.valid_until}` : ''} — nie obejmuje całej praktyki.`,
        ),
      );
  }
  if (!(await findWorkshop(db, centreId, input.workshopId)))
    errors.push(field('workshopId', 'NOT_FOUND', 'Nie ma takiego warsztatu.'));
  const programme = await findCurrentProgramme(db, centreId, participantId);
  if (!programme) {
    errors.push(
      field(
        'participantId',
        'NO_SIGNED_PROGRAMME',
        'Ta osoba nie ma podpisanego IPZS ani kontraktu — praktyka może być tylko w trakcie uczestnictwa.',
      ),
    );
    throw AppError.fields(errors);
  }
  const to = programme.last_day ?? programme.planned_end;
  for (const p of checkPlacementPlan({
    startDate: input.startDate,
    endDate: input.endDate,
    dailyHours: input.dailyHours,
    participation: { from: programme.admission_date, to },
    weeklyHours: programme.weekly_hours,
  }))
    errors.push(field(p.field, p.code, p.message));
  if (errors.length) throw AppError.fields(errors);
  return programme;
}

const columns = (input: Omit<PlacementPlan, 'participantId'>) => ({
  partner_id: input.partnerId,
  agreement_id: input.agreementId ?? null,
  workshop_id: input.workshopId,
  position: input.position,
  place: input.place,
  tutor_name: input.tutorName,
  tutor_phone: input.tutorPhone,
  centre_tutor: input.centreTutor,
  start_date: input.startDate,
  end_date: input.endDate,
  schedule: input.schedule,
  daily_hours: input.dailyHours,
  learning_goals: input.learningGoals,
});

/** Plans a placement at a partner employer inside the person's participation (nothing written on any error). */
export async function planPlacement(deps: AppDeps, ctx: CallContext, input: PlacementPlan) {
  requireAction(ctx, 'placements.manage');
  return deps.db.transaction().execute(async (trx) => {
    await participantOr404(trx, ctx, input.participantId);
    const programme = await checkPlan(trx, ctx, input.participantId, input);
    const { id } = await insertPlacement(trx, {
      ...columns(input),
      centre_id: ctx.actor.centreId,
      participant_id: input.participantId,
      programme_id: programme.id,
      created_by: ctx.actor.userId || null,
    });
    await audit(trx, ctx, 'placement.plan', 'placement', id, {
      participantId: input.participantId,
      partnerId: input.partnerId,
    });
    return placementDetail(trx, ctx, id);
  });
}

async function lockedOr404(trx: Db, ctx: CallContext, id: string) {
  const row = await lockPlacement(trx, ctx.actor.centreId, id);
  if (!row) throw notFound();
  return row;
}

const stale = () => new AppError('VERSION_CONFLICT');

/** Corrects the plan (against the version the user saw); a finished or cancelled placement stays as it was. */
export async function updatePlacement(deps: AppDeps, ctx: CallContext, id: string, input: PlacementUpdate) {
  requireAction(ctx, 'placements.manage');
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedOr404(trx, ctx, id);
    if (row.version !== input.version) throw stale();
    if (row.status === 'FINISHED' || row.status === 'CANCELLED')
      throw new AppError('INVALID_STATE', {
        message: 'Praktyka jest zakończona lub odwołana — planu nie można już zmienić.',
      });
    await checkPlan(trx, ctx, row.participant_id, input);
    if (!(await updatePlacementVersioned(trx, ctx.actor.centreId, id, input.version, columns(input))))
      throw stale();
    await audit(trx, ctx, 'placement.update', 'placement', id, {});
    return placementDetail(trx, ctx, id);
  });
}

/** Records that the placement agreement was signed with the employer and gives it its number (PR/2026/0001). */
export async function signPlacement(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: z.infer<typeof PlacementSignSchema>,
) {
  requireAction(ctx, 'placements.manage');
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedOr404(trx, ctx, id);
    if (row.version !== input.version) throw stale();
    if (row.status !== 'PLANNED')
      throw new AppError('INVALID_STATE', {
        message: 'Umowę można podpisać tylko dla praktyki zaplanowanej.',
      });
    if (input.signedOn > row.start_date)
      throw AppError.fields([
        field(
          'signedOn',
          'SIGNED_AFTER_START',
          `Umowę trzeba podpisać najpóźniej w dniu rozpoczęcia praktyki (${row.start_date}).`,
        ),
      ]);
    const year = Number(input.signedOn.slice(0, 4));
    const n = await nextDocumentNumber(trx, ctx.actor.centreId, 'PLACEMENT', year);
    const number = `PR/${year}/${String(n).padStart(4, '0')}`;
    await updatePlacementVersioned(trx, ctx.actor.centreId, id, input.version, {
      status: 'AGREED',
      signed_on: input.signedOn,
      number,
    });
    await audit(trx, ctx, 'placement.sign', 'placement', id, { number });
    return placementDetail(trx, ctx, id);
  });
}

/** Cancels a placement that has not finished; the days already recorded stay in the register. */
export async function cancelPlacement(
  deps: AppDeps,
  ctx: CallContext,
  id: string,
  input: z.infer<typeof PlacementCancelSchema>,
) {
  requireAction(ctx, 'placements.manage');
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockedOr404(trx, ctx, id);
    if (row.version !== input.version) throw stale();
    if (row.status === 'FINISHED' || row.status === 'CANCELLED')
      throw new AppError('INVALID_STATE', { message: 'Ta praktyka jest już zakończona lub odwołana.' });
    await updatePlacementVersioned(trx, ctx.actor.centreId, id, input.version, {
      status: 'CANCELLED',
      cancel_reason: input.reason,
    });
    await audit(trx, ctx, 'placement.cancel', 'placement', id, {});
    return placementDetail(trx, ctx, id);
  });
}
