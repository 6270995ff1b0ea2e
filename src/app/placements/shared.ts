import type { Placement, PlacementDetail } from '../../contracts/placements.contract';
import type { Db } from '../../db/connection';
import { findPlacementRow, listPlacementDays, type PlacementListRow } from '../../db/placement.repository';
import type { PlacementEvaluation } from '../../db/schema';
import { can, type Action } from '../../domain/access/permissions';
import {
  EVALUATION_CRITERIA,
  orderedRatings,
  placementTotals,
  ratingMean,
} from '../../domain/placements/placement-rules';
import { forbidden, notFound } from '../app-error';
import type { CallContext } from '../context';
import { instructorScope } from '../pathway/shared';

export function requireAction(ctx: CallContext, action: Action): void {
  if (!can(ctx.actor, action)) throw forbidden();
}

const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export function presentPlacement(r: PlacementListRow): Placement {
  return {
    id: r.id,
    number: r.number,
    status: r.status as Placement['status'],
    participant: { id: r.participant_id, name: `${r.last_name} ${r.first_name}` },
    partner: { id: r.partner_id, name: r.partner_name },
    agreementId: r.agreement_id,
    workshopId: r.workshop_id,
    workshopName: r.workshop_name,
    position: r.position,
    place: r.place,
    tutorName: r.tutor_name,
    tutorPhone: r.tutor_phone,
    centreTutor: r.centre_tutor,
    startDate: r.start_date,
    endDate: r.end_date,
    schedule: r.schedule,
    dailyHours: Number(r.daily_hours),
    learningGoals: r.learning_goals,
    signedOn: r.signed_on,
    evaluatedOn: r.evaluated_on,
    cancelReason: r.cancel_reason,
    totals: { days: Number(r.day_count ?? 0), hours: Number(r.hour_sum ?? 0) },
    version: r.version,
  };
}

/** A placement of the caller's centre; an instructor sees only those feeding their workshops' registers. */
export async function placementRowOr404(db: Db, ctx: CallContext, id: string) {
  const row = await findPlacementRow(db, ctx.actor.centreId, id);
  if (!row) throw notFound();
  const scope = await instructorScope(db, ctx);
  if (scope && !scope.includes(row.workshop_id)) throw notFound();
  return row;
}

export async function placementDetail(db: Db, ctx: CallContext, id: string): Promise<PlacementDetail> {
  const row = await placementRowOr404(db, ctx, id);
  const days = (await listPlacementDays(db, ctx.actor.centreId, id)).map((d) => ({
    date: d.date,
    hours: Number(d.hours),
    note: d.note,
  }));
  const evaluation = parse<PlacementEvaluation | null>(row.evaluation);
  return {
    ...presentPlacement(row),
    totals: placementTotals(days),
    days,
    evaluation: evaluation
      ? {
          ...evaluation,
          ratings: orderedRatings(evaluation.ratings),
          mean: ratingMean(orderedRatings(evaluation.ratings)),
        }
      : null,
    criteria: { ...EVALUATION_CRITERIA },
  };
}
