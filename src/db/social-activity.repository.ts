import type { Insertable } from 'kysely';
import type { Db } from './connection';
import type { Database } from './schema';

/** People of the centre among `ids` (name only), for naming the participants of an activity. */
export async function findPeopleByIds(db: Db, centreId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name'])
    .where('centre_id', '=', centreId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Stores an activity and who took part in it. */
export async function insertSocialActivity(
  db: Db,
  row: Insertable<Database['social_activities']>,
  participantIds: readonly string[],
) {
  const activity = await db
    .insertInto('social_activities')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (participantIds.length)
    await db
      .insertInto('social_activity_participants')
      .values(
        participantIds.map((id) => ({
          centre_id: row.centre_id,
          activity_id: activity.id,
          participant_id: id,
        })),
      )
      .execute();
  return activity;
}

/** The centre's activities, newest first (at most 500), optionally of one person and within dates. */
export async function listSocialActivityRows(
  db: Db,
  centreId: string,
  query: { participantId?: string | undefined; from?: string | undefined; to?: string | undefined },
) {
  let q = db.selectFrom('social_activities as a').selectAll('a').where('a.centre_id', '=', centreId);
  const { participantId } = query;
  if (participantId)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('social_activity_participants as sp')
          .select('sp.activity_id')
          .whereRef('sp.activity_id', '=', 'a.id')
          .where('sp.participant_id', '=', participantId),
      ),
    );
  if (query.from) q = q.where('a.date', '>=', query.from);
  if (query.to) q = q.where('a.date', '<=', query.to);
  return q.orderBy('a.date', 'desc').limit(500).execute();
}

/** Who took part in each of the activities (one query for all of them). */
export async function listActivityParticipants(db: Db, centreId: string, activityIds: readonly string[]) {
  if (!activityIds.length) return [];
  return db
    .selectFrom('social_activity_participants as sp')
    .innerJoin('participants as p', 'p.id', 'sp.participant_id')
    .select(['sp.activity_id', 'p.id', 'p.first_name', 'p.last_name'])
    .where('sp.centre_id', '=', centreId)
    .where('sp.activity_id', 'in', [...activityIds])
    .execute();
}
