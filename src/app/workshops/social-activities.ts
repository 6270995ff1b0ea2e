import type { z } from 'zod';
import type { SocialActivityCreate, SocialActivitySchema } from '../../contracts/social-activity.contract';
import {
  findPeopleByIds,
  insertSocialActivity,
  listActivityParticipants,
  listSocialActivityRows,
} from '../../db/social-activity.repository';
import { AppError } from '../app-error';
import type { CallContext } from '../context';
import type { AppDeps } from '../deps';
import { audit, participantOr404, requirePathwayEditor } from '../pathway/shared';

type SocialActivity = z.infer<typeof SocialActivitySchema>;

/**
 * Records psychologist sessions, therapy, counselling and group classes. They may reveal health
 * matters, so only the director and social workers record and read them.
 */
export async function recordSocialActivity(
  deps: AppDeps,
  ctx: CallContext,
  input: SocialActivityCreate,
): Promise<SocialActivity> {
  requirePathwayEditor(ctx);
  return deps.db.transaction().execute(async (trx) => {
    // One read for everyone named (an instructor-only caller never gets here: director and social workers only).
    const found = await findPeopleByIds(trx, ctx.actor.centreId, input.participantIds);
    // biome-ignore lint/complexity/useIndexOf: the position of the first id not found, not of a value
    const missing = input.participantIds.findIndex((id) => !found.some((p) => p.id === id));
    if (missing >= 0)
      throw AppError.fields([
        {
          path: `participantIds.${missing}`,
          code: 'NOT_FOUND',
          message: 'Nie ma takiego uczestnika w centrum.',
        },
      ]);
    const people = input.participantIds.map((id) => found.find((p) => p.id === id)!);
    const row = await insertSocialActivity(
      trx,
      {
        centre_id: ctx.actor.centreId,
        kind: input.kind,
        date: input.date,
        hours: input.hours,
        title: input.title,
        staff_name: input.staffName,
        note: input.note,
        created_by: ctx.actor.userId,
      },
      people.map((p) => p.id),
    );
    await audit(trx, ctx, 'social_activity.record', 'social_activity', row.id, {
      kind: input.kind,
      date: input.date,
      people: people.length,
    });
    return {
      id: row.id,
      kind: row.kind as SocialActivity['kind'],
      date: row.date,
      hours: row.hours,
      title: row.title,
      staffName: row.staff_name,
      note: row.note,
      participants: people.map((p) => ({ id: p.id, name: `${p.last_name} ${p.first_name}` })),
    };
  });
}

export async function listSocialActivities(
  deps: AppDeps,
  ctx: CallContext,
  query: { participantId?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<SocialActivity[]> {
  requirePathwayEditor(ctx);
  if (query.participantId) await participantOr404(deps.db, ctx, query.participantId);
  const rows = await listSocialActivityRows(deps.db, ctx.actor.centreId, query);
  const links = await listActivityParticipants(
    deps.db,
    ctx.actor.centreId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as SocialActivity['kind'],
    date: row.date,
    hours: row.hours,
    title: row.title,
    staffName: row.staff_name,
    note: row.note,
    participants: links
      .filter((l) => l.activity_id === row.id)
      .map((l) => ({ id: l.id, name: `${l.last_name} ${l.first_name}` })),
  }));
}
