// The art. 200 track: agreements with the starosta, enrolled people, their hours. Every query is scoped to a centre.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from './connection';
import { updateVersioned } from './versioned-update';
import type { Art200AgreementsTable, Art200EnrolmentsTable } from './schema';

function agreementQuery(db: Db, centreId: string) {
  return db
    .selectFrom('art200_agreements as a')
    .innerJoin('partners as pa', 'pa.id', 'a.partner_id')
    .selectAll('a')
    .select(['pa.name as partner_name', 'pa.kind as partner_kind'])
    .select((eb) =>
      eb
        .selectFrom('art200_enrolments as e')
        .whereRef('e.agreement_id', '=', 'a.id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('enrolled'),
    )
    .where('a.centre_id', '=', centreId);
}
export type Art200AgreementListRow = Awaited<
  ReturnType<ReturnType<typeof agreementQuery>['executeTakeFirstOrThrow']>
>;

export async function listArt200Agreements(db: Db, centreId: string) {
  return agreementQuery(db, centreId).orderBy('a.valid_from', 'desc').orderBy('a.number').execute();
}

export async function findArt200Agreement(db: Db, centreId: string, id: string) {
  return agreementQuery(db, centreId).where('a.id', '=', id).executeTakeFirst();
}

export async function insertArt200Agreement(db: Db, row: Insertable<Art200AgreementsTable>) {
  return db.insertInto('art200_agreements').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Locks the agreement for the rest of the transaction (a change of its dates against enrolments and hours). */
export async function lockArt200Agreement(db: Db, centreId: string, id: string) {
  return db
    .selectFrom('art200_agreements')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateArt200AgreementVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<Art200AgreementsTable>,
) {
  return updateVersioned(db, 'art200_agreements', centreId, id, version, changes);
}

/** Whether another agreement of the centre already has this number. */
export async function art200NumberTaken(db: Db, centreId: string, number: string, exceptId: string | null) {
  let q = db
    .selectFrom('art200_agreements')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('number', '=', number);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** The people enrolled under an agreement, with the sum of their hours and days present. */
export async function listArt200Enrolments(db: Db, centreId: string, agreementId: string) {
  return db
    .selectFrom('art200_enrolments as e')
    .selectAll('e')
    .select((eb) => [
      eb
        .selectFrom('art200_hours as h')
        .whereRef('h.enrolment_id', '=', 'e.id')
        .select((x) => x.fn.sum<string | null>('h.hours').as('s'))
        .as('hour_sum'),
      eb
        .selectFrom('art200_hours as h')
        .whereRef('h.enrolment_id', '=', 'e.id')
        .where('h.hours', '>', '0' as never)
        .select((x) => x.fn.countAll<string>().as('n'))
        .as('day_count'),
    ])
    .where('e.centre_id', '=', centreId)
    .where('e.agreement_id', '=', agreementId)
    .orderBy('e.last_name')
    .orderBy('e.first_name')
    .orderBy('e.id')
    .execute();
}
export type Art200EnrolmentListRow = Awaited<ReturnType<typeof listArt200Enrolments>>[number];

export async function insertArt200Enrolment(db: Db, row: Insertable<Art200EnrolmentsTable>) {
  return db.insertInto('art200_enrolments').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function lockArt200Enrolment(db: Db, centreId: string, agreementId: string, id: string) {
  return db
    .selectFrom('art200_enrolments')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('agreement_id', '=', agreementId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateArt200EnrolmentVersioned(
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<Art200EnrolmentsTable>,
) {
  return updateVersioned(db, 'art200_enrolments', centreId, id, version, changes);
}

/** Whether the person (by PESEL) is already enrolled under the agreement. */
export async function art200PeselEnrolled(db: Db, centreId: string, agreementId: string, pesel: string) {
  const row = await db
    .selectFrom('art200_enrolments')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('agreement_id', '=', agreementId)
    .where('pesel', '=', pesel)
    .executeTakeFirst();
  return row !== undefined;
}

/** The hours recorded under an agreement between two days (both included). */
export async function listArt200Hours(
  db: Db,
  centreId: string,
  agreementId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('art200_hours as h')
    .innerJoin('art200_enrolments as e', 'e.id', 'h.enrolment_id')
    .select(['h.enrolment_id', 'h.date', 'h.hours'])
    .where('h.centre_id', '=', centreId)
    .where('e.agreement_id', '=', agreementId)
    .where('h.date', '>=', from)
    .where('h.date', '<=', to)
    .orderBy('h.date')
    .execute();
}

/** The first and last day with hours of an enrolment (an exit or a shorter period may not cut them off). */
export async function art200HoursSpan(db: Db, centreId: string, enrolmentId: string) {
  return db
    .selectFrom('art200_hours')
    .select((eb) => [
      eb.fn.min<string | null>('date').as('first'),
      eb.fn.max<string | null>('date').as('last'),
    ])
    .where('centre_id', '=', centreId)
    .where('enrolment_id', '=', enrolmentId)
    .executeTakeFirstOrThrow();
}

export async function upsertArt200Hours(
  db: Db,
  row: { enrolment_id: string; centre_id: string; date: string; hours: number; recorded_by: string | null },
) {
  await db
    .insertInto('art200_hours')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['enrolment_id', 'date']).doUpdateSet({
        hours: row.hours,
        recorded_by: row.recorded_by,
        recorded_at: new Date(),
      }),
    )
    .execute();
}

export async function deleteArt200Hours(db: Db, centreId: string, enrolmentId: string, date: string) {
  await db
    .deleteFrom('art200_hours')
    .where('centre_id', '=', centreId)
    .where('enrolment_id', '=', enrolmentId)
    .where('date', '=', date)
    .execute();
}

/** The most hours recorded on one day under an agreement (null when none). */
export async function maxArt200HoursOfAgreement(db: Db, centreId: string, agreementId: string) {
  const row = await db
    .selectFrom('art200_hours as h')
    .innerJoin('art200_enrolments as e', 'e.id', 'h.enrolment_id')
    .select((eb) => eb.fn.max<string | null>('h.hours').as('m'))
    .where('e.agreement_id', '=', agreementId)
    .where('h.centre_id', '=', centreId)
    .executeTakeFirstOrThrow();
  return row.m === null ? null : Number(row.m);
}
