import { sql } from 'kysely';
import type { Db } from '../../../db/connection';
import {
  identifyingTokens as fullTokens,
  type IdentifyingValues,
  scrubTokens,
} from '../../../domain/privacy/anonymisation';
import {
  OTHER_RETENTION_RULES,
  type OtherKind,
  type RetentionRule,
} from '../../../domain/privacy/other-retention-rules';
import type { PersonRow } from '../anonymisation-steps';
import { mentions, plainRow } from '../steps/rows';

/**
 * People whose personal data the centre holds who are not participants (issue #14, decision 0023 "Not
 * covered", closed by migration 0037): each kind says how long its data are kept and on what basis, how its
 * rows are found, anonymised (names, contacts, addresses, free text go; dates, hours, amounts and counts
 * stay), erased when entered by mistake, and copied for the person (GDPR art. 15).
 */
export {
  OTHER_KINDS,
  type OtherKind,
  type RetentionRule,
} from '../../../domain/privacy/other-retention-rules';

/** One person of a kind as the retention view and the use cases see them. */
export interface OtherPerson {
  id: string;
  fullName: string;
  /** The last day of the person's activity; null while it still runs (an open agreement, an order in progress). */
  lastActivityOn: string | null;
  tokens: string[];
}

export interface OtherKindDef {
  kind: OtherKind;
  /** Polish label of the kind ("wolontariusz"). */
  label: string;
  rule: RetentionRule;
  /** Tables whose columns the kind handles (the module-steps test checks every personal table is named). */
  tables: readonly string[];
  /** The table of the person's own row (locked `for update` by the erasure and the anonymisation). */
  table: string;
  people(db: Db, centreId: string, today: string, ids?: readonly string[]): Promise<OtherPerson[]>;
  anonymise(trx: Db, centreId: string, person: OtherPerson, pseudonym: string): Promise<void>;
  /** Polish reasons why a record entered by mistake cannot be erased (empty: it can). */
  erasureBlockers(db: Db, centreId: string, id: string): Promise<string[]>;
  erase(trx: Db, centreId: string, id: string): Promise<void>;
  /** The person's rows by table, for the own copy. */
  copy(db: Db, centreId: string, id: string): Promise<Record<string, PersonRow[]>>;
  /** Ids of the person's rows whose audit entries keep only the pseudonym. */
  auditIds(db: Db, centreId: string, id: string): Promise<string[]>;
}

const maxDay = (...days: (string | null | undefined)[]) =>
  days.filter((d): d is string => !!d).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
const day = (v: unknown) =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v).slice(0, 10);
const rows = async (db: Db, query: ReturnType<typeof sql<PersonRow>>) =>
  (await query.execute(db)).rows.map(plainRow);
const idFilter = (column: string, ids?: readonly string[]) =>
  ids ? sql`and ${sql.ref(column)}::text in (${sql.join(ids.length ? [...ids] : [''])})` : sql``;
const NONE = { pesel: null, phone: null, email: null, bankAccount: null, street: null, buildingNo: null };
const identifyingTokens = (v: Partial<IdentifyingValues> & { firstName: string; lastName: string }) =>
  fullTokens({ ...NONE, ...v });
const nameTokens = (fullName: string, ...more: (string | null)[]) => {
  const words = fullName.trim().split(/\s+/);
  return identifyingTokens({
    firstName: words.length > 1 ? words.slice(0, -1).join(' ') : fullName,
    lastName: words.at(-1) ?? fullName,
    email: more[0] ?? null,
    phone: more[1] ?? null,
  });
};

async function scrubColumn(
  db: Db,
  table: string,
  column: string,
  where: ReturnType<typeof sql>,
  p: OtherPerson,
  ps: string,
) {
  if (p.tokens.length === 0) return;
  const found = await sql<{ id: string; v: string }>`select id::text as id, ${sql.ref(column)} as v
    from ${sql.table(table)} where ${where} and (${mentions(column, p.tokens)})`.execute(db);
  for (const r of found.rows)
    await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${String(scrubTokens(r.v, p.tokens, ps))}
      where id = ${r.id}::uuid`.execute(db);
}

const volunteer: OtherKindDef = {
  kind: 'VOLUNTEER',
  table: 'volunteers',
  label: 'wolontariusz',
  rule: OTHER_RETENTION_RULES.VOLUNTEER,
  tables: ['volunteers', 'volunteer_agreements', 'volunteer_activities'],
  async people(db, centreId, today, ids) {
    const found = await sql<{
      id: string;
      first_name: string;
      last_name: string;
      email: string | null;
      phone: string | null;
      created: string;
      open: boolean;
      last_agreement: string | null;
      last_activity: string | null;
    }>`select v.id::text as id, v.first_name, v.last_name, v.email, v.phone, v.created_at::date::text as created,
        exists (select 1 from volunteer_agreements a where a.volunteer_id = v.id
          and (a.valid_until is null or a.valid_until >= ${today}::date)) as open,
        (select max(greatest(a.signed_on, a.valid_from, coalesce(a.valid_until, a.valid_from)))::text
          from volunteer_agreements a where a.volunteer_id = v.id) as last_agreement,
        (select max(done_on)::text from volunteer_activities x where x.volunteer_id = v.id) as last_activity
      from volunteers v where v.centre_id = ${centreId} ${idFilter('v.id', ids)}`.execute(db);
    return found.rows.map((r) => ({
      id: r.id,
      fullName: `${r.first_name} ${r.last_name}`,
      // The day the record was typed counts only when nothing was signed or done (typing is no activity).
      lastActivityOn: r.open ? null : (maxDay(r.last_agreement, r.last_activity) ?? r.created),
      tokens: identifyingTokens({
        firstName: r.first_name,
        lastName: r.last_name,
        email: r.email,
        phone: r.phone,
      }),
    }));
  },
  async anonymise(trx, centreId, p, ps) {
    await sql`update volunteers set first_name = 'Osoba', last_name = ${ps},
        birth_date = make_date(extract(year from birth_date)::int, 1, 1), email = null, phone = null,
        guardian_name = null, insurance_note = null, version = version + 1, updated_at = now()
      where centre_id = ${centreId} and id = ${p.id}::uuid`.execute(trx);
    const mine = sql`centre_id = ${centreId} and volunteer_id = ${p.id}::uuid`;
    await sql`update volunteer_activities set description = null where ${mine}`.execute(trx);
    await scrubColumn(trx, 'volunteer_activities', 'activity', mine, p, ps);
    await scrubColumn(trx, 'volunteer_agreements', 'scope', mine, p, ps);
  },
  async erasureBlockers(db, centreId, id) {
    const r = await sql<{ agreements: number; activities: number }>`select
        (select count(*)::int from volunteer_agreements where centre_id = ${centreId} and
          volunteer_id = ${id}::uuid and written) as agreements,
        (select count(*)::int from volunteer_activities where centre_id = ${centreId} and
          volunteer_id = ${id}::uuid) as activities`.execute(db);
    const out: string[] = [];
    if (r.rows[0]!.agreements > 0)
      out.push('zawarto z tą osobą pisemne porozumienie o wolontariacie — dokument trzeba przechowywać;');
    if (r.rows[0]!.activities > 0) out.push('zapisano świadczenia tej osoby (godziny wolontariatu);');
    return out;
  },
  async erase(trx, centreId, id) {
    await sql`delete from volunteer_agreements where centre_id = ${centreId} and volunteer_id = ${id}::uuid`.execute(
      trx,
    );
    await sql`delete from volunteers where centre_id = ${centreId} and id = ${id}::uuid`.execute(trx);
  },
  async copy(db, centreId, id) {
    return {
      volunteers: await rows(
        db,
        sql`select * from volunteers where centre_id = ${centreId} and id = ${id}::uuid`,
      ),
      volunteer_agreements: await rows(
        db,
        sql`select * from volunteer_agreements where centre_id = ${centreId} and volunteer_id =
          ${id}::uuid order by signed_on`,
      ),
      volunteer_activities: await rows(
        db,
        sql`select * from volunteer_activities where centre_id = ${centreId} and volunteer_id =
          ${id}::uuid order by done_on`,
      ),
    };
  },
  async auditIds(db, centreId, id) {
    const r = await sql<{ id: string }>`select id::text as id from volunteer_agreements
      where centre_id = ${centreId} and volunteer_id = ${id}::uuid`.execute(db);
    return [id, ...r.rows.map((x) => x.id)];
  },
};

const art200: OtherKindDef = {
  kind: 'ART200',
  table: 'art200_enrolments',
  label: 'osoba skierowana w ramach art. 200',
  rule: OTHER_RETENTION_RULES.ART200,
  tables: ['art200_enrolments', 'art200_hours'],
  async people(db, centreId, today, ids) {
    const found = await sql<{
      id: string;
      first_name: string;
      last_name: string;
      pesel: string | null;
      ended: string | null;
      last_hour: string | null;
    }>`select e.id::text as id, e.first_name, e.last_name, e.pesel,
        coalesce(e.ended_on, case when e.planned_end_date < ${today}::date then e.planned_end_date end)::text as ended,
        (select max(date)::text from art200_hours h where h.enrolment_id = e.id) as last_hour
      from art200_enrolments e where e.centre_id = ${centreId} ${idFilter('e.id', ids)}`.execute(db);
    return found.rows.map((r) => ({
      id: r.id,
      fullName: `${r.first_name} ${r.last_name}`,
      lastActivityOn: r.ended === null ? null : maxDay(r.ended, r.last_hour),
      tokens: identifyingTokens({ firstName: r.first_name, lastName: r.last_name, pesel: r.pesel }),
    }));
  },
  async anonymise(trx, centreId, p, ps) {
    await sql`update art200_enrolments set first_name = 'Osoba', last_name = ${ps}, pesel = null,
        pup_reference = null, end_reason = case when end_reason is null then null else '[usunięto]' end,
        version = version + 1, updated_at = now()
      where centre_id = ${centreId} and id = ${p.id}::uuid`.execute(trx);
  },
  async erasureBlockers(db, centreId, id) {
    const r = await sql<{ n: number }>`select count(*)::int as n from art200_hours
      where centre_id = ${centreId} and enrolment_id = ${id}::uuid and hours > 0`.execute(db);
    return r.rows[0]!.n > 0
      ? [
          'zapisano godziny udziału tej osoby, rozliczane z powiatowym urzędem pracy — dane trzeba przechowywać;',
        ]
      : [];
  },
  async erase(trx, centreId, id) {
    await sql`delete from art200_hours where centre_id = ${centreId} and enrolment_id = ${id}::uuid`.execute(
      trx,
    );
    await sql`delete from art200_enrolments where centre_id = ${centreId} and id = ${id}::uuid`.execute(trx);
  },
  async copy(db, centreId, id) {
    return {
      art200_enrolments: await rows(
        db,
        sql`select e.*, a.number as agreement_number from art200_enrolments e
          join art200_agreements a on a.id = e.agreement_id where e.centre_id = ${centreId} and e.id = ${id}::uuid`,
      ),
      art200_hours: await rows(
        db,
        sql`select date::text as date, hours::text as hours from art200_hours
          where centre_id = ${centreId} and enrolment_id = ${id}::uuid order by date`,
      ),
    };
  },
  async auditIds(_db, _centreId, id) {
    return [id];
  },
};

const eventPerson: OtherKindDef = {
  kind: 'EVENT_PERSON',
  table: 'event_persons',
  label: 'gość wydarzeń / członek grupy',
  rule: OTHER_RETENTION_RULES.EVENT_PERSON,
  tables: ['event_persons'],
  async people(db, centreId, _today, ids) {
    const found = await sql<{
      id: string;
      full_name: string;
      email: string | null;
      phone: string | null;
      consent: string;
      open: boolean;
      last_event: string | null;
      last_group: string | null;
    }>`select p.id::text as id, p.full_name, p.email, p.phone, p.consent_on::text as consent,
        exists (select 1 from group_members m where m.person_id = p.id and m.left_on is null) as open,
        (select max(e.ends_on)::text from event_registrations r join events e on e.id = r.event_id
          where r.person_id = p.id) as last_event,
        (select max(greatest(m.joined_on, m.left_on))::text from group_members m where m.person_id = p.id) as last_group
      from event_persons p where p.centre_id = ${centreId} ${idFilter('p.id', ids)}`.execute(db);
    return found.rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      lastActivityOn: r.open ? null : maxDay(r.consent, r.last_event, r.last_group),
      tokens: nameTokens(r.full_name, r.email, r.phone),
    }));
  },
  async anonymise(trx, centreId, p, ps) {
    await sql`update event_persons set full_name = ${ps}, email = null, phone = null
      where centre_id = ${centreId} and id = ${p.id}::uuid`.execute(trx);
    await sql`update event_certificates set holder_name = ${ps} where centre_id = ${centreId}
      and registration_id in (select id from event_registrations where person_id = ${p.id}::uuid)`.execute(
      trx,
    );
    await sql`update event_registrations set guest_name = null where centre_id = ${centreId}
      and person_id = ${p.id}::uuid`.execute(trx);
  },
  async erasureBlockers(db, centreId, id) {
    const r = await sql<{ attended: number; certificates: number; meetings: number }>`select
        (select count(*)::int from event_attendance a join event_registrations r on r.id = a.registration_id
          where r.centre_id = ${centreId} and r.person_id = ${id}::uuid and a.present) as attended,
        (select count(*)::int from event_certificates c join event_registrations r on r.id = c.registration_id
          where r.centre_id = ${centreId} and r.person_id = ${id}::uuid) as certificates,
        (select count(*)::int from group_attendance a join group_members m on m.id = a.member_id
          where m.centre_id = ${centreId} and m.person_id = ${id}::uuid and a.present) as meetings`.execute(
      db,
    );
    const x = r.rows[0]!;
    const out: string[] = [];
    if (x.attended > 0) out.push('ta osoba była obecna na wydarzeniu (lista obecności);');
    if (x.certificates > 0) out.push('wydano jej numerowane zaświadczenie;');
    if (x.meetings > 0) out.push('była obecna na spotkaniach grupy;');
    return out;
  },
  async erase(trx, centreId, id) {
    const regs = sql`select id from event_registrations where centre_id = ${centreId} and person_id = ${id}::uuid`;
    await sql`delete from event_attendance where registration_id in (${regs})`.execute(trx);
    await sql`delete from event_registrations where centre_id = ${centreId} and person_id = ${id}::uuid`.execute(
      trx,
    );
    const members = sql`select id from group_members where centre_id = ${centreId} and person_id = ${id}::uuid`;
    await sql`delete from group_attendance where member_id in (${members})`.execute(trx);
    await sql`delete from group_members where centre_id = ${centreId} and person_id = ${id}::uuid`.execute(
      trx,
    );
    await sql`delete from event_persons where centre_id = ${centreId} and id = ${id}::uuid`.execute(trx);
  },
  async copy(db, centreId, id) {
    return {
      event_persons: await rows(
        db,
        sql`select * from event_persons where centre_id = ${centreId} and id = ${id}::uuid`,
      ),
      event_registrations: await rows(
        db,
        sql`select r.id, r.status, r.created_at, e.title as event_title, e.starts_on::text as starts_on
          from event_registrations r join events e on e.id = r.event_id
          where r.centre_id = ${centreId} and r.person_id = ${id}::uuid order by e.starts_on`,
      ),
      event_certificates: await rows(
        db,
        sql`select c.number, c.issued_on::text as issued_on, c.holder_name, c.minutes_attended
          from event_certificates c join event_registrations r on r.id = c.registration_id
          where r.centre_id = ${centreId} and r.person_id = ${id}::uuid`,
      ),
      group_members: await rows(
        db,
        sql`select m.joined_on::text as joined_on, m.left_on::text as left_on, g.name as group_name
          from group_members m join standing_groups g on g.id = m.group_id
          where m.centre_id = ${centreId} and m.person_id = ${id}::uuid`,
      ),
    };
  },
  async auditIds(db, centreId, id) {
    const r = await sql<{ id: string }>`select id::text as id from event_registrations
        where centre_id = ${centreId} and person_id = ${id}::uuid
      union all select id::text from group_members where centre_id = ${centreId} and person_id = ${id}::uuid`.execute(
      db,
    );
    return [id, ...r.rows.map((x) => x.id)];
  },
};

/** A guest typed by name on one registration (no person record). */
const eventGuest: OtherKindDef = {
  kind: 'EVENT_GUEST',
  table: 'event_registrations',
  label: 'gość wpisany na wydarzenie',
  rule: OTHER_RETENTION_RULES.EVENT_GUEST,
  tables: ['event_registrations', 'event_certificates'],
  async people(db, centreId, today, ids) {
    const found = await sql<{ id: string; guest_name: string; ends: string }>`
      select r.id::text as id, r.guest_name, e.ends_on::text as ends
      from event_registrations r join events e on e.id = r.event_id
      where r.centre_id = ${centreId} and r.guest_name is not null and r.participant_id is null
        and r.person_id is null ${idFilter('r.id', ids)}`.execute(db);
    return found.rows.map((r) => ({
      id: r.id,
      fullName: r.guest_name,
      lastActivityOn: r.ends < today ? r.ends : null,
      tokens: nameTokens(r.guest_name),
    }));
  },
  async anonymise(trx, centreId, p, ps) {
    await sql`update event_certificates set holder_name = ${ps}
      where centre_id = ${centreId} and registration_id = ${p.id}::uuid`.execute(trx);
    await sql`update event_registrations set guest_name = ${ps}
      where centre_id = ${centreId} and id = ${p.id}::uuid`.execute(trx);
  },
  async erasureBlockers(db, centreId, id) {
    const r = await sql<{ attended: number; certificates: number }>`select
        (select count(*)::int from event_attendance where centre_id = ${centreId} and
          registration_id = ${id}::uuid and present) as attended,
        (select count(*)::int from event_certificates where centre_id = ${centreId} and
          registration_id = ${id}::uuid) as certificates`.execute(db);
    const out: string[] = [];
    if (r.rows[0]!.attended > 0) out.push('ta osoba była obecna na wydarzeniu (lista obecności);');
    if (r.rows[0]!.certificates > 0) out.push('wydano jej numerowane zaświadczenie;');
    return out;
  },
  async erase(trx, centreId, id) {
    await sql`delete from event_attendance where centre_id = ${centreId} and registration_id = ${id}::uuid`.execute(
      trx,
    );
    await sql`delete from event_registrations where centre_id = ${centreId} and id = ${id}::uuid`.execute(
      trx,
    );
  },
  async copy(db, centreId, id) {
    return {
      event_registrations: await rows(
        db,
        sql`select r.id, r.guest_name, r.status, e.title as event_title, e.starts_on::text as starts_on
          from event_registrations r join events e on e.id = r.event_id
          where r.centre_id = ${centreId} and r.id = ${id}::uuid`,
      ),
      event_certificates: await rows(
        db,
        sql`select number, issued_on::text as issued_on, holder_name, minutes_attended from event_certificates
          where centre_id = ${centreId} and registration_id = ${id}::uuid`,
      ),
    };
  },
  async auditIds(_db, _centreId, id) {
    return [id];
  },
};

const serviceCustomer: OtherKindDef = {
  kind: 'SERVICE_CUSTOMER',
  table: 'service_customers',
  label: 'klient prywatny usług',
  rule: OTHER_RETENTION_RULES.SERVICE_CUSTOMER,
  tables: ['service_customers', 'service_orders'],
  async people(db, centreId, _today, ids) {
    const found = await sql<{
      id: string;
      full_name: string;
      email: string | null;
      phone: string | null;
      address: string | null;
      consent: string;
      open: boolean;
      last_order: string | null;
      last_payment: string | null;
    }>`select c.id::text as id, c.full_name, c.email, c.phone, c.address, c.consent_on::text as consent,
        exists (select 1 from service_orders o where o.customer_id = c.id and o.status = 'ORDER') as open,
        (select max(greatest(o.quote_date, o.order_date, o.completed_on, o.invoiced_on))::text
          from service_orders o where o.customer_id = c.id) as last_order,
        (select max(p.paid_on)::text from service_payments p join service_orders o on o.id = p.order_id
          where o.customer_id = c.id) as last_payment
      from service_customers c where c.centre_id = ${centreId} and c.kind = 'PERSON' ${idFilter('c.id', ids)}`.execute(
      db,
    );
    return found.rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      lastActivityOn: r.open ? null : maxDay(r.consent, r.last_order, r.last_payment),
      tokens: [...nameTokens(r.full_name, r.email, r.phone), ...(r.address ? [r.address.toLowerCase()] : [])],
    }));
  },
  async anonymise(trx, centreId, p, ps) {
    await sql`update service_customers set full_name = ${ps}, address = null, phone = null, email = null
      where centre_id = ${centreId} and id = ${p.id}::uuid`.execute(trx);
    const orders = sql`centre_id = ${centreId} and customer_id = ${p.id}::uuid`;
    await sql`update service_orders set remarks = null where ${orders}`.execute(trx);
    await scrubColumn(trx, 'service_orders', 'title', orders, p, ps);
    await scrubColumn(
      trx,
      'finance_entries',
      'description',
      sql`centre_id = ${centreId} and source_ref in (select id::text from service_orders where ${orders})`,
      p,
      ps,
    );
  },
  async erasureBlockers(db, centreId, id) {
    const r = await sql<{ orders: number }>`select count(*)::int as orders from service_orders
      where centre_id = ${centreId} and customer_id = ${id}::uuid and status <> 'QUOTE'`.execute(db);
    return r.rows[0]!.orders > 0
      ? [
          'z tą osobą zawarto zlecenie (dokument sprzedaży) — ustawa o rachunkowości ' +
            '(art. 74) nakazuje je przechowywać;',
        ]
      : [];
  },
  async erase(trx, centreId, id) {
    const orders = sql`select id from service_orders where centre_id = ${centreId} and customer_id = ${id}::uuid`;
    await sql`delete from service_order_items where order_id in (${orders})`.execute(trx);
    await sql`delete from service_orders where centre_id = ${centreId} and customer_id = ${id}::uuid`.execute(
      trx,
    );
    await sql`delete from service_customers where centre_id = ${centreId} and id = ${id}::uuid`.execute(trx);
  },
  async copy(db, centreId, id) {
    return {
      service_customers: await rows(
        db,
        sql`select * from service_customers where centre_id = ${centreId} and id = ${id}::uuid`,
      ),
      service_orders: await rows(
        db,
        sql`select number, title, status, quote_date::text as quote_date, order_date::text as order_date,
            completed_on::text as completed_on, invoice_number, total_gross from service_orders
          where centre_id = ${centreId} and customer_id = ${id}::uuid order by quote_date`,
      ),
    };
  },
  async auditIds(db, centreId, id) {
    const r = await sql<{ id: string }>`select id::text as id from service_orders
      where centre_id = ${centreId} and customer_id = ${id}::uuid`.execute(db);
    return [id, ...r.rows.map((x) => x.id)];
  },
};

const inkindDonor: OtherKindDef = {
  kind: 'INKIND_DONOR',
  table: 'inkind_donations',
  label: 'darczyńca (osoba fizyczna)',
  rule: OTHER_RETENTION_RULES.INKIND_DONOR,
  tables: ['inkind_donations'],
  async people(db, centreId, _today, ids) {
    const found = await sql<{
      id: string;
      donor_name: string;
      donor_address: string | null;
      received: string;
    }>`
      select id::text as id, donor_name, donor_address, received_on::text as received from inkind_donations
      where centre_id = ${centreId} and donor_name is not null ${idFilter('id', ids)}`.execute(db);
    return found.rows.map((r) => ({
      id: r.id,
      fullName: r.donor_name,
      lastActivityOn: r.received,
      tokens: [...nameTokens(r.donor_name), ...(r.donor_address ? [r.donor_address.toLowerCase()] : [])],
    }));
  },
  async anonymise(trx, centreId, p, ps) {
    await sql`update inkind_donations set donor_name = ${ps}, donor_address = null, notes = null
      where centre_id = ${centreId} and id = ${p.id}::uuid`.execute(trx);
  },
  async erasureBlockers(db, centreId, id) {
    const r = await sql<{ n: number }>`select count(*)::int as n from inkind_movements m
      join inkind_items i on i.id = m.item_id
      where i.centre_id = ${centreId} and i.donation_id = ${id}::uuid and m.step <> 'RECEIVED'`.execute(db);
    return r.rows[0]!.n > 0
      ? ['przedmioty z tej darowizny zostały już przekazane dalej — ich obrót musi zostać w ewidencji;']
      : [];
  },
  async erase(trx, centreId, id) {
    const items = sql`select id from inkind_items where centre_id = ${centreId} and donation_id = ${id}::uuid`;
    await sql`delete from inkind_movements where centre_id = ${centreId} and item_id in (${items})`.execute(
      trx,
    );
    await sql`delete from inkind_items where centre_id = ${centreId} and donation_id = ${id}::uuid`.execute(
      trx,
    );
    await sql`delete from inkind_donations where centre_id = ${centreId} and id = ${id}::uuid`.execute(trx);
  },
  async copy(db, centreId, id) {
    return {
      inkind_donations: await rows(
        db,
        sql`select * from inkind_donations where centre_id = ${centreId} and id = ${id}::uuid`,
      ),
      inkind_items: await rows(
        db,
        sql`select name, unit, value_grosze from inkind_items where centre_id = ${centreId} and
          donation_id = ${id}::uuid`,
      ),
    };
  },
  async auditIds(_db, _centreId, id) {
    return [id];
  },
};

const networkEnquiry: OtherKindDef = {
  kind: 'NETWORK_ENQUIRY',
  table: 'network_enquiries',
  label: 'osoba pytająca o usługę (katalog sieci)',
  rule: OTHER_RETENTION_RULES.NETWORK_ENQUIRY,
  tables: ['network_enquiries'],
  async people(db, centreId, _today, ids) {
    const found = await sql<{
      id: string;
      full_name: string;
      email: string | null;
      phone: string | null;
      handled: string | null;
    }>`
      select id::text as id, full_name, email, phone,
        case when status = 'NEW' then null else coalesce(handled_at, created_at)::date::text end as handled
      from network_enquiries where centre_id = ${centreId} ${idFilter('id', ids)}`.execute(db);
    return found.rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      lastActivityOn: r.handled,
      tokens: nameTokens(r.full_name, r.email, r.phone),
    }));
  },
  async anonymise(trx, centreId, p, ps) {
    const found = await sql<{ message: string }>`select message from network_enquiries
      where centre_id = ${centreId} and id = ${p.id}::uuid`.execute(trx);
    await sql`update network_enquiries set full_name = ${ps}, email = null, phone = null,
        message = ${String(scrubTokens(found.rows[0]?.message ?? '', p.tokens, ps))}
      where centre_id = ${centreId} and id = ${p.id}::uuid`.execute(trx);
  },
  async erasureBlockers() {
    return [];
  },
  async erase(trx, centreId, id) {
    await sql`delete from network_enquiries where centre_id = ${centreId} and id = ${id}::uuid`.execute(trx);
  },
  async copy(db, centreId, id) {
    return {
      network_enquiries: await rows(
        db,
        sql`select full_name, email, phone, message, status, created_at from network_enquiries
          where centre_id = ${centreId} and id = ${id}::uuid`,
      ),
    };
  },
  async auditIds(_db, _centreId, id) {
    return [id];
  },
};

export const OTHER_KIND_DEFS: Record<OtherKind, OtherKindDef> = {
  VOLUNTEER: volunteer,
  ART200: art200,
  EVENT_PERSON: eventPerson,
  EVENT_GUEST: eventGuest,
  SERVICE_CUSTOMER: serviceCustomer,
  INKIND_DONOR: inkindDonor,
  NETWORK_ENQUIRY: networkEnquiry,
};

/** Retention ends on 31 December of (the year of the last activity + the rule's years). */
export const otherRetentionEndsOn = (rule: RetentionRule, lastActivityOn: string) =>
  `${Number(lastActivityOn.slice(0, 4)) + rule.years}-12-31`;

export { day as isoDay };
