import type { z } from 'zod';
import type { SocialActivityCreate, SocialActivitySchema } from '../../contracts/social-activity.contract';
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
    const found = await trx
      .selectFrom('participants')
      .select(['id', 'first_name', 'last_name'])
      .where('centre_id', '=', ctx.actor.centreId)
      .where('id', 'in', input.participantIds)
      .execute();
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
    const row = await trx
      .insertInto('social_activities')
      .values({
        centre_id: ctx.actor.centreId,
        kind: input.kind,
        date: input.date,
        hours: input.hours,
        title: input.title,
        staff_name: input.staffName,
        note: input.note,
        created_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('social_activity_participants')
      .values(
        people.map((p) => ({ centre_id: ctx.actor.centreId, activity_id: row.id, participant_id: p.id })),
      )
      .execute();
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
  let q = deps.db
    .selectFrom('social_activities as a')
    .selectAll('a')
    .where('a.centre_id', '=', ctx.actor.centreId);
  if (query.participantId)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('social_activity_participants as sp')
          .select('sp.activity_id')
          .whereRef('sp.activity_id', '=', 'a.id')
          .where('sp.participant_id', '=', query.participantId!),
      ),
    );
  if (query.from) q = q.where('a.date', '>=', query.from);
  if (query.to) q = q.where('a.date', '<=', query.to);
  const rows = await q.orderBy('a.date', 'desc').limit(500).execute();
  const links = rows.length
    ? await deps.db
        .selectFrom('social_activity_participants as sp')
        .innerJoin('participants as p', 'p.id', 'sp.participant_id')
        .select(['sp.activity_id', 'p.id', 'p.first_name', 'p.last_name'])
        .where('sp.centre_id', '=', ctx.actor.centreId)
        .where(
          'sp.activity_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
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
