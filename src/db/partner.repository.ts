import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from './connection';
import { updateVersioned } from './versioned-update';
import type {
  PartnerAgreementRow,
  PartnerAgreementsTable,
  PartnerContactsTable,
  PartnerCooperationLogTable,
  PartnerLogRow,
  PartnerRow,
  PartnersTable,
} from './schema';

// Boring queries of the partner registry (issue 16); every one names the centre.

export async function insertPartner(db: Db, row: Insertable<PartnersTable>): Promise<PartnerRow> {
  return db.insertInto('partners').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findPartner(db: Db, centreId: string, id: string): Promise<PartnerRow | undefined> {
  return db
    .selectFrom('partners')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The centre's partners by name; `q` matches name, short name, NIP, REGON or city (case-blind;
 * NIP/REGON by their leading digits).
 */
export async function listPartners(
  db: Db,
  centreId: string,
  filter: { q?: string | undefined; kind?: string | undefined; archived?: boolean },
): Promise<PartnerRow[]> {
  let query = db.selectFrom('partners').selectAll().where('centre_id', '=', centreId);
  if (!filter.archived) query = query.where('archived_at', 'is', null);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const q = filter.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = q.replace(/[\s-]/g, '');
    query = query.where((eb) =>
      eb.or([
        eb('name', 'ilike', like),
        eb('short_name', 'ilike', like),
        eb('city', 'ilike', like),
        ...(/^\d+$/.test(digits) ? [eb('nip', 'like', `${digits}%`), eb('regon', 'like', `${digits}%`)] : []),
      ]),
    );
  }
  return query.orderBy('name').orderBy('id').limit(500).execute();
}

/** Updates a partner if its version is still `version`; undefined when someone changed it meanwhile. */
export const updatePartnerVersioned = (
  db: Db,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<PartnersTable>,
): Promise<PartnerRow | undefined> => updateVersioned(db, 'partners', centreId, id, version, changes);

/** Whether another live partner of the centre has this NIP (the unique index would refuse it). */
export async function findPartnerByNip(
  db: Db,
  centreId: string,
  nip: string,
): Promise<PartnerRow | undefined> {
  return db
    .selectFrom('partners')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('nip', '=', nip)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}

/** How many records point at the partner (referrals, agreements, log entries, accounts). */
export async function countPartnerReferences(db: Db, centreId: string, id: string): Promise<number> {
  const counts = await Promise.all(
    (['referrals', 'partner_agreements', 'partner_cooperation_log', 'partner_accounts'] as const).map(
      (table) =>
        db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('centre_id', '=', centreId)
          .where('partner_id', '=', id)
          .executeTakeFirstOrThrow(),
    ),
  );
  return counts.reduce((sum, c) => sum + Number(c.n), 0);
}

export async function deletePartner(db: Db, centreId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('partners')
    .where('centre_id', '=', centreId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// ---- Contacts ---------------------------------------------------------------------------------

export async function listContacts(db: Db, centreId: string, partnerId: string) {
  return db
    .selectFrom('partner_contacts')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .orderBy('full_name')
    .orderBy('id')
    .execute();
}

export async function insertContact(db: Db, row: Insertable<PartnerContactsTable>) {
  return db.insertInto('partner_contacts').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateContact(
  db: Db,
  centreId: string,
  partnerId: string,
  id: string,
  changes: Updateable<PartnerContactsTable>,
) {
  return db
    .updateTable('partner_contacts')
    .set(changes)
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteContact(
  db: Db,
  centreId: string,
  partnerId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('partner_contacts')
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// ---- Agreements -------------------------------------------------------------------------------

/** An agreement without its file's bytes. */
export type AgreementListRow = Omit<PartnerAgreementRow, 'content'>;
const agreementColumns = [
  'id',
  'centre_id',
  'partner_id',
  'kind',
  'number',
  'subject',
  'signed_on',
  'valid_from',
  'valid_until',
  'signatories',
  'notes',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'version',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export async function insertAgreement(
  db: Db,
  row: Insertable<PartnerAgreementsTable>,
): Promise<AgreementListRow> {
  return db
    .insertInto('partner_agreements')
    .values(row)
    .returning(agreementColumns)
    .executeTakeFirstOrThrow();
}

export async function listAgreements(
  db: Db,
  centreId: string,
  partnerId: string,
): Promise<AgreementListRow[]> {
  return db
    .selectFrom('partner_agreements')
    .select(agreementColumns)
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .orderBy('valid_from', 'desc')
    .orderBy('id')
    .execute();
}

export async function findAgreement(
  db: Db,
  centreId: string,
  partnerId: string,
  id: string,
): Promise<AgreementListRow | undefined> {
  return db
    .selectFrom('partner_agreements')
    .select(agreementColumns)
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findAgreementFile(db: Db, centreId: string, partnerId: string, id: string) {
  return db
    .selectFrom('partner_agreements')
    .select(['id', 'file_name', 'media_type', 'sha256', 'content'])
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Updates an agreement if its version is still `version`; undefined when stale. */
export async function updateAgreementVersioned(
  db: Db,
  centreId: string,
  partnerId: string,
  id: string,
  version: number | null,
  changes: Updateable<PartnerAgreementsTable>,
): Promise<AgreementListRow | undefined> {
  let query = db
    .updateTable('partner_agreements')
    .set({ ...changes, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id);
  if (version !== null) query = query.where('version', '=', version);
  return query.returning(agreementColumns).executeTakeFirst();
}

// ---- Cooperation log --------------------------------------------------------------------------

export async function insertLogEntry(
  db: Db,
  row: Insertable<PartnerCooperationLogTable>,
): Promise<PartnerLogRow> {
  return db.insertInto('partner_cooperation_log').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listLogEntries(db: Db, centreId: string, partnerId: string): Promise<PartnerLogRow[]> {
  return db
    .selectFrom('partner_cooperation_log')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .orderBy('happened_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function deleteLogEntry(
  db: Db,
  centreId: string,
  partnerId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('partner_cooperation_log')
    .where('centre_id', '=', centreId)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// ---- Referrals from a partner (card and partner portal) ---------------------------------------

/** The referrals a partner sent, with the person's name and the programme opened on each (if any). */
export async function listPartnerReferrals(db: Db, centreId: string, partnerId: string) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('participants as p', (j) =>
      j.onRef('p.id', '=', 'r.participant_id').onRef('p.centre_id', '=', 'r.centre_id'),
    )
    .leftJoin('programmes as g', (j) =>
      j.onRef('g.referral_id', '=', 'r.id').onRef('g.centre_id', '=', 'r.centre_id'),
    )
    .select([
      'r.id as referral_id',
      'r.participant_id',
      'r.status',
      'r.status_since',
      'r.referred_on',
      'r.received_on',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'g.signed_on',
      'g.admission_date',
      'g.trial_last_day',
      'g.exit_type',
      'g.last_day',
      'g.certificate_issued_on',
    ])
    .where('r.centre_id', '=', centreId)
    .where('r.partner_id', '=', partnerId)
    .orderBy('r.received_on', 'desc')
    .orderBy('r.id')
    .execute();
}
export type PartnerReferralRow = Awaited<ReturnType<typeof listPartnerReferrals>>[number];

/** The programme opened on one referral (for the status letter), if any. */
export async function findProgrammeOfReferral(db: Db, centreId: string, referralId: string) {
  return db
    .selectFrom('programmes')
    .select([
      'signed_on',
      'admission_date',
      'trial_last_day',
      'exit_type',
      'last_day',
      'certificate_issued_on',
    ])
    .where('centre_id', '=', centreId)
    .where('referral_id', '=', referralId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

// ---- Partner accounts -------------------------------------------------------------------------

export async function insertPartnerAccount(
  db: Db,
  row: { centre_id: string; user_id: string; partner_id: string; created_by: string | null },
) {
  await db.insertInto('partner_accounts').values(row).execute();
}

/** The partner an account is linked to in a centre (the partner portal's only key). */
export async function findPartnerOfAccount(db: Db, centreId: string, userId: string) {
  return db
    .selectFrom('partner_accounts as a')
    .innerJoin('partners as p', (j) =>
      j.onRef('p.id', '=', 'a.partner_id').onRef('p.centre_id', '=', 'a.centre_id'),
    )
    .selectAll('p')
    .where('a.centre_id', '=', centreId)
    .where('a.user_id', '=', userId)
    .executeTakeFirst();
}

export async function listPartnerAccounts(db: Db, centreId: string, partnerId: string) {
  return db
    .selectFrom('partner_accounts as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .innerJoin('centre_members as m', (j) =>
      j.onRef('m.user_id', '=', 'a.user_id').onRef('m.centre_id', '=', 'a.centre_id'),
    )
    .select([
      'u.id as user_id',
      'u.email',
      'u.full_name',
      'm.is_active',
      'u.is_active as user_active',
      'a.created_at',
    ])
    .where('a.centre_id', '=', centreId)
    .where('a.partner_id', '=', partnerId)
    .orderBy('u.full_name')
    .execute();
}
