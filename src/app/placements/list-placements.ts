import type { z } from 'zod';
import type { PlacementListQuerySchema } from '../../contracts/placements.contract';
import { listPlacementRows } from '../../db/placement.repository';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, instructorScope } from '../pathway/shared';
import { placementDetail, presentPlacement, requireAction } from './shared';

/** The centre's placements (an instructor: those feeding their workshops' registers), newest first. */
export async function listPlacements(
  deps: AppDeps,
  ctx: CallContext,
  filter: z.infer<typeof PlacementListQuerySchema>,
) {
  requireAction(ctx, 'placements.view');
  const workshopIds = await instructorScope(deps.db, ctx);
  const rows = await listPlacementRows(deps.db, ctx.actor.centreId, { ...filter, workshopIds });
  return { items: rows.map(presentPlacement) };
}

/** One placement with its days and evaluation; the read of a person's placement is audited. */
export async function getPlacement(deps: AppDeps, ctx: CallContext, id: string) {
  requireAction(ctx, 'placements.view');
  const detail = await placementDetail(deps.db, ctx, id);
  await audit(deps.db, ctx, 'placement.read', 'placement', id, { participantId: detail.participant.id });
  return detail;
}
