import { type Insertable, sql } from 'kysely';
import type { Db } from './connection';
import type { NetworkMemberRow, NetworkMembersTable, NetworkRow, NetworksTable } from './schema';

/** A member with its centre's name and type (null for an entity without a participant register). */
export type MemberListRow = NetworkMemberRow & {
  centre_name: string | null;
  centre_type: 'CIS' | 'KIS' | null;
};

export async function insertNetwork(db: Db, row: Insertable<NetworksTable>): Promise<NetworkRow> {
  return db.insertInto('networks').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertCoordinator(db: Db, networkId: string, userId: string): Promise<void> {
  await db.insertInto('network_coordinators').values({ network_id: networkId, user_id: userId }).execute();
}

export async function findNetworkById(db: Db, id: string): Promise<NetworkRow | undefined> {
  return db.selectFrom('networks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function isCoordinator(db: Db, networkId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('network_coordinators')
    .select('user_id')
    .where('network_id', '=', networkId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!row;
}

/** The networks a user coordinates or her current centre is invited to or a member of. */
export async function findNetworksOfCaller(
  db: Db,
  userId: string,
  centreId: string | null,
): Promise<NetworkRow[]> {
  return db
    .selectFrom('networks as n')
    .selectAll('n')
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('network_coordinators as nc')
            .select('nc.user_id')
            .whereRef('nc.network_id', '=', 'n.id')
            .where('nc.user_id', '=', userId),
        ),
        ...(centreId
          ? [
              eb.exists(
                eb
                  .selectFrom('network_members as m')
                  .select('m.id')
                  .whereRef('m.network_id', '=', 'n.id')
                  .where('m.centre_id', '=', centreId)
                  .where('m.status', 'in', ['INVITED', 'ACTIVE']),
              ),
            ]
          : []),
      ]),
    )
    .orderBy('n.name')
    .execute();
}

export async function findMembers(db: Db, networkId: string): Promise<MemberListRow[]> {
  return db
    .selectFrom('network_members as m')
    .leftJoin('centres as c', 'c.id', 'm.centre_id')
    .selectAll('m')
    .select(['c.name as centre_name', 'c.type as centre_type'])
    .where('m.network_id', '=', networkId)
    .orderBy('m.invited_at')
    .execute() as Promise<MemberListRow[]>;
}

/** The current (invited or active) membership of a centre in a network, if any. */
export async function findOpenMembership(
  db: Db,
  networkId: string,
  centreId: string,
): Promise<NetworkMemberRow | undefined> {
  return db
    .selectFrom('network_members')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('centre_id', '=', centreId)
    .where('status', 'in', ['INVITED', 'ACTIVE'])
    .executeTakeFirst();
}

export async function insertMember(db: Db, row: Insertable<NetworkMembersTable>): Promise<NetworkMemberRow> {
  return db.insertInto('network_members').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function setMemberStatus(
  db: Db,
  id: string,
  change: { status: string; responded_at?: Date; responded_by?: string; left_at?: Date },
): Promise<void> {
  await db.updateTable('network_members').set(change).where('id', '=', id).execute();
}

/** Centres on this server that are not (yet) invited to or members of the network — names only. */
export async function findCandidateCentres(db: Db, networkId: string) {
  return db
    .selectFrom('centres as c')
    .select(['c.id', 'c.name', 'c.type', 'c.city'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('network_members as m')
            .select('m.id')
            .whereRef('m.centre_id', '=', 'c.id')
            .where('m.network_id', '=', networkId)
            .where('m.status', 'in', ['INVITED', 'ACTIVE']),
        ),
      ),
    )
    .orderBy('c.name')
    .execute();
}

/** One count of people in a member centre and a category (the rows the indicators are built from). */
export interface CountRow {
  centre_id: string;
  category: string;
  n: number;
}

const counts = (rows: { centre_id: string; category: string | null; n: unknown }[]): CountRow[] =>
  rows.map((r) => ({ centre_id: r.centre_id, category: r.category ?? 'UNKNOWN', n: Number(r.n) }));

/**
 * The counts of the network's indicators for a year, per centre: every query is limited to the given
 * member centres and returns numbers only (no names, no identifiers of people).
 */
export async function loadIndicatorCounts(db: Db, centreIds: readonly string[], year: number) {
  if (centreIds.length === 0)
    return { groups: [], admissions: [], exits: [], active: [], staff: [], places: [] };
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const ids = [...centreIds];

  const groups = await db
    .selectFrom('programmes as pr')
    .innerJoin('participants as p', (j) =>
      j.onRef('p.id', '=', 'pr.participant_id').onRef('p.centre_id', '=', 'pr.centre_id'),
    )
    .innerJoin(sql<{ grp: string }>`unnest(p.eligibility_groups)`.as('g'), (j) => j.onTrue())
    .select(['pr.centre_id', sql<string>`g.g`.as('category'), sql<number>`count(distinct p.id)`.as('n')])
    .where('pr.centre_id', 'in', ids)
    .where('pr.admission_date', '<=', end)
    .where((eb) => eb.or([eb('pr.last_day', 'is', null), eb('pr.last_day', '>=', start)]))
    .groupBy(['pr.centre_id', sql`g.g`])
    .execute();

  const admissions = await db
    .selectFrom('programmes')
    .select(['centre_id', 'kind as category', sql<number>`count(distinct participant_id)`.as('n')])
    .where('centre_id', 'in', ids)
    .where('admission_date', '>=', start)
    .where('admission_date', '<=', end)
    .groupBy(['centre_id', 'kind'])
    .execute();

  const exits = await db
    .selectFrom('programmes')
    .select(['centre_id', 'exit_type as category', sql<number>`count(distinct participant_id)`.as('n')])
    .where('centre_id', 'in', ids)
    .where('exit_type', 'is not', null)
    .where('last_day', '>=', start)
    .where('last_day', '<=', end)
    .groupBy(['centre_id', 'exit_type'])
    .execute();

  const active = await db
    .selectFrom('programmes')
    .select([
      'centre_id',
      sql<string>`'ACTIVE'`.as('category'),
      sql<number>`count(distinct participant_id)`.as('n'),
    ])
    .where('centre_id', 'in', ids)
    .where('admission_date', '<=', end)
    .where((eb) => eb.or([eb('last_day', 'is', null), eb('last_day', '>=', end)]))
    .groupBy('centre_id')
    .execute();

  // The staff register (issue 15): people working for the centre on 31 December, by function.
  const staff = await db
    .selectFrom('staff_members')
    .select(['centre_id', 'function as category', sql<number>`count(*)`.as('n')])
    .where('centre_id', 'in', ids)
    .where('from_date', '<=', end)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', end)]))
    .groupBy(['centre_id', 'function'])
    .execute();

  const places = await db
    .selectFrom('workshops')
    .select(['centre_id', sql<number>`coalesce(sum(capacity), 0)`.as('n')])
    .where('centre_id', 'in', ids)
    .where('active', '=', true)
    .groupBy('centre_id')
    .execute();

  return {
    groups: counts(groups),
    admissions: counts(admissions),
    exits: counts(exits),
    active: counts(active),
    staff: counts(staff),
    places: places.map((r) => ({ centre_id: r.centre_id, n: Number(r.n) })),
  };
}

// ── Standards, templates, parameter sets ─────────────────────────────────────────────────────────

export async function insertDocument(db: Db, row: { network_id: string; kind: string; title: string }) {
  return db.insertInto('network_documents').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findDocument(db: Db, networkId: string, id: string) {
  return db
    .selectFrom('network_documents')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Adds the next version of a document (the number is the previous + 1, under the unique key). */
export async function insertDocumentVersion(
  db: Db,
  row: {
    network_id: string;
    document_id: string;
    body: string;
    parameters: unknown[];
    change_note: string | null;
    published_by: string;
  },
) {
  const last = await db
    .selectFrom('network_document_versions')
    .select(sql<number>`coalesce(max(version), 0)`.as('v'))
    .where('document_id', '=', row.document_id)
    .executeTakeFirstOrThrow();
  return db
    .insertInto('network_document_versions')
    .values({ ...row, parameters: JSON.stringify(row.parameters), version: Number(last.v) + 1 })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findDocumentsWithVersions(db: Db, networkId: string) {
  const documents = await db
    .selectFrom('network_documents')
    .selectAll()
    .where('network_id', '=', networkId)
    .orderBy('created_at')
    .execute();
  const versions = await db
    .selectFrom('network_document_versions')
    .selectAll()
    .where('network_id', '=', networkId)
    .orderBy('version')
    .execute();
  const adoptions = await db
    .selectFrom('network_adoptions as a')
    .innerJoin('centres as c', 'c.id', 'a.centre_id')
    .select(['a.version_id', 'a.centre_id', 'a.adopted_on', 'c.name'])
    .where('a.network_id', '=', networkId)
    .orderBy('a.adopted_on')
    .execute();
  return { documents, versions, adoptions };
}

export async function findVersion(db: Db, networkId: string, versionId: string) {
  return db
    .selectFrom('network_document_versions')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export async function insertAdoption(
  db: Db,
  row: { network_id: string; version_id: string; centre_id: string; adopted_on: string; adopted_by: string },
) {
  return db.insertInto('network_adoptions').values(row).returningAll().executeTakeFirstOrThrow();
}

// ── Meetings and open events ────────────────────────────────────────────────────────────────────

export async function insertMeeting(
  db: Db,
  row: {
    network_id: string;
    kind: string;
    title: string;
    starts_on: string;
    place: string | null;
    description: string | null;
    created_by: string;
  },
) {
  return db.insertInto('network_meetings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findMeeting(db: Db, networkId: string, id: string) {
  return db
    .selectFrom('network_meetings')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setMeetingMinutes(db: Db, id: string, minutes: string) {
  await db.updateTable('network_meetings').set({ minutes }).where('id', '=', id).execute();
}

export async function findMeetingsWithRegistrations(db: Db, networkId: string) {
  const meetings = await db
    .selectFrom('network_meetings')
    .selectAll()
    .where('network_id', '=', networkId)
    .orderBy('starts_on')
    .execute();
  const registrations = await db
    .selectFrom('network_meeting_registrations as r')
    .innerJoin('network_meetings as m', 'm.id', 'r.meeting_id')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('centres as c', 'c.id', 'r.centre_id')
    .select(['r.meeting_id', 'r.user_id', 'u.full_name', 'c.name as centre_name'])
    .where('m.network_id', '=', networkId)
    .orderBy('r.registered_at')
    .execute();
  return { meetings, registrations };
}

/** Registers a member's staff member for a meeting; false when she was registered already. */
export async function insertRegistration(
  db: Db,
  row: { meeting_id: string; user_id: string; centre_id: string },
) {
  const inserted = await db
    .insertInto('network_meeting_registrations')
    .values(row)
    .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return !!inserted;
}

export async function insertOpenEvent(
  db: Db,
  row: {
    centre_id: string;
    title: string;
    starts_on: string;
    place: string | null;
    description: string | null;
    created_by: string;
  },
) {
  return db.insertInto('network_open_events').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The open events of the given (active member) centres, with the centre's name as organiser. */
export async function findOpenEvents(db: Db, centreIds: readonly string[]) {
  if (centreIds.length === 0) return [];
  return db
    .selectFrom('network_open_events as e')
    .innerJoin('centres as c', 'c.id', 'e.centre_id')
    .select(['e.id', 'e.title', 'e.starts_on', 'e.place', 'c.name as organiser'])
    .where('e.centre_id', 'in', [...centreIds])
    .orderBy('e.starts_on')
    .execute();
}
