// Placements at partner employers and graduates' follow-up contacts (issue 16). Every query is scoped to a centre.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from './connection';
import { updateVersioned } from './versioned-update';
import type { GraduateContactsTable, PlacementsTable } from './schema';

const placementColumns = [
  'pl.id',
  'pl.number',
  'pl.status',
  'pl.participant_id',
  'pl.programme_id',
  'pl.partner_id',
  'pl.agreement_id',
  'pl.workshop_id',
  'pl.position',
  'pl.place',
  'pl.tutor_name',
  'pl.tutor_phone',
  'pl.centre_tutor',
  'pl.start_date',
  'pl.end_date',
  'pl.schedule',
  'pl.daily_hours',
  'pl.learning_goals',
  'pl.signed_on',
  'pl.evaluation',
  'pl.evaluated_on',
  'pl.cancel_reason',
  'pl.version',
] as const;

function placementQuery(db: Db, centreId: string) {
  return db
    .selectFrom('placements as pl')
    .innerJoin('participants as p', 'p.id', 'pl.participant_id')
    .innerJoin('partners as pa', 'pa.id', 'pl.partner_id')
    .innerJoin('workshops as w', 'w.id', 'pl.workshop_id')
    .select(placementColumns)
    .select(['p.first_name', 'p.last_name', 'pa.name as partner_name', 'w.name as workshop_name'])
    .select((eb) => [
      eb
        .selectFrom('placement_days as d')
        .whereRef('d.placement_id', '=', 'pl.id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('day_count'),
      eb
        .selectFrom('placement_days as d')
        .whereRef('d.placement_id', '=', 'pl.id')
        .select((e) => e.fn.sum<string | null>('d.hours').as('h'))
        .as('hour_sum'),
    ])
    .where('pl.centre_id', '=', centreId);
}
export type PlacementListRow = Awaited<
  ReturnType<ReturnType<typeof placementQuery>['executeTakeFirstOrThrow']>
>;

export async function listPlacementRows(
  db: Db,
  centreId: string,
  filter: { status?: string; partnerId?: string; participantId?: string; workshopIds?: string[] },
) {
  let q = placementQuery(db, centreId);
  if (filter.status) q = q.where('pl.status', '=', filter.status);
  if (filter.partnerId) q = q.where('pl.partner_id', '=', filter.partnerId);
  if (filter.participantId) q = q.where('pl.participant_id', '=', filter.participantId);
  if (filter.workshopIds) {
    if (filter.workshopIds.length === 0) return [];
    q = q.where('pl.workshop_id', 'in', filter.workshopIds);
  }
  return q.orderBy('pl.start_date', 'desc').orderBy('pl.id').execute();
}

export async function findPlacementRow(db: Db, centreId: string, id: string) {
  return placementQuery(db, centreId).where('pl.id', '=', id).executeTakeFirst();
}

export async function insertPlacement(db: Db, row: Insertable<PlacementsTable>) {
  return db.insertInto('placements').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Changes a placement only when it still has the version the user saw; undefined when stale or missing. */
export async function updatePlacementVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<PlacementsTable>,
) {
  return updateVersioned(db, 'placements', centreId, id, version, changes);
}

/** Locks the placement row for the rest of the transaction (two people recording days at once). */
export async function lockPlacement(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('placements')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function listPlacementDays(db: Db, centreId: string, placementId: string) {
  return db
    .selectFrom('placement_days')
    .select(['date', 'hours', 'note'])
    .where('centre_id', '=', centreId)
    .where('placement_id', '=', placementId)
    .orderBy('date')
    .execute();
}

export async function upsertPlacementDay(
  db: Db,
  row: {
    placement_id: string;
    centre_id: string;
    participant_id: string;
    date: string;
    hours: number;
    note: string | null;
    recorded_by: string | null;
  },
) {
  await db
    .insertInto('placement_days')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['placement_id', 'date']).doUpdateSet({
        hours: row.hours,
        note: row.note,
        recorded_by: row.recorded_by,
        recorded_at: new Date(),
      }),
    )
    .execute();
}

/** Another placement of the same person on that day (one person is at one employer a day). */
export async function otherPlacementOnDay(
  db: Db,
  centreId: string,
  participantId: string,
  placementId: string,
  date: string,
) {
  return db
    .selectFrom('placement_days')
    .select('placement_id')
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .where('date', '=', date)
    .where('placement_id', '!=', placementId)
    .executeTakeFirst();
}

/** The register entry of a person on a day (whatever workshop), for the version and what it says. */
export async function findRegisterEntry(db: Db, centreId: string, participantId: string, date: string) {
  return db
    .selectFrom('attendance_entries')
    .select(['status', 'hours', 'version', 'workshop_id'])
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .where('date', '=', date)
    .executeTakeFirst();
}

/** The person's newest signed programme (IPZS / KIS contract) — the participation a placement falls in. */
export async function findCurrentProgramme(db: Db, centreId: string, participantId: string) {
  return db
    .selectFrom('programmes')
    .select(['id', 'kind', 'status', 'admission_date', 'planned_end', 'last_day', 'weekly_hours'])
    .where('centre_id', '=', centreId)
    .where('participant_id', '=', participantId)
    .where('status', 'in', ['SIGNED', 'CONTINUING', 'CLOSED'])
    .orderBy('admission_date', 'desc')
    .executeTakeFirst();
}

/** Whether the person is assigned to the workshop on a day (the register the placement days go into). */
export async function assignedOn(
  db: Db,
  centreId: string,
  workshopId: string,
  participantId: string,
  date: string,
) {
  const row = await db
    .selectFrom('workshop_assignments')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('workshop_id', '=', workshopId)
    .where('participant_id', '=', participantId)
    .where('from_date', '<=', date)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', date)]))
    .executeTakeFirst();
  return !!row;
}

export async function findAgreementOf(db: Db, centreId: string, partnerId: string, id: string) {
  return db
    .selectFrom('partner_agreements')
    .select(['id', 'number', 'subject', 'valid_from', 'valid_until'])
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// Graduates -------------------------------------------------------------------------------------------

/** Closed programmes with a last day: the candidates for the graduate status (the rule decides). */
export async function listClosedProgrammes(db: Db, centreId: string, participantIds?: string[]) {
  let q = db
    .selectFrom('programmes as pr')
    .innerJoin('participants as p', 'p.id', 'pr.participant_id')
    .select([
      'pr.id',
      'pr.participant_id',
      'pr.kind',
      'pr.admission_date',
      'pr.trial_last_day',
      'pr.last_day',
      'pr.exit_type',
      'pr.certificate_number',
      'pr.certificate_issued_on',
      'pr.referral_id',
      'p.first_name',
      'p.last_name',
    ])
    .where('pr.centre_id', '=', centreId)
    .where('pr.last_day', 'is not', null)
    .where('pr.status', 'in', ['CONTINUING', 'CLOSED']);
  if (participantIds) {
    if (participantIds.length === 0) return [];
    q = q.where('pr.participant_id', 'in', participantIds);
  }
  return q.orderBy('pr.last_day', 'desc').execute();
}

export async function listGraduateContacts(db: Db, centreId: string, programmeIds: string[]) {
  if (programmeIds.length === 0) return [];
  return db
    .selectFrom('graduate_contacts')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('programme_id', 'in', programmeIds)
    .orderBy('contacted_on')
    .orderBy('created_at')
    .execute();
}

export async function insertGraduateContact(db: Db, row: Insertable<GraduateContactsTable>) {
  return db.insertInto('graduate_contacts').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findProgrammeOf(db: Db, centreId: string, programmeId: string) {
  return db
    .selectFrom('programmes')
    .select(['id', 'participant_id', 'last_day', 'status'])
    .where('centre_id', '=', centreId)
    .where('id', '=', programmeId)
    .executeTakeFirst();
}

/** The names of the staff register's directors in post on a day (the signatory of a centre's letter). */
export async function directorsOn(db: Db, centreId: string, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_members')
    .select('full_name')
    .where('centre_id', '=', centreId)
    .where('function', '=', 'DIRECTOR')
    .where('from_date', '<=', day)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', day)]))
    .orderBy('from_date', 'desc')
    .execute();
  return rows.map((r) => r.full_name);
}
