import { sql } from 'kysely';
import { OTHER_RETENTION_RULES, type OtherKind } from '../../../domain/privacy/other-retention-rules';
import type { PersonRow } from '../anonymisation-steps';
import { allColumns, linked, type OtherKindDef, PSEUDONYM, through, whereRows } from './other-kind-spec';

/**
 * People whose personal data the centre holds who are not participants (issue #14, decision 0023 "Not
 * covered", closed by migration 0037), one descriptor per kind: how long its data are kept and on what basis,
 * how its rows are found and from which day the period counts, what the anonymisation blanks (names,
 * contacts, addresses, free text go; dates, hours, amounts and counts stay), what refuses the erasure of an
 * entry made by mistake and what it deletes, and what the person's own copy lists (GDPR art. 15). The
 * generic code reading these descriptors is `other-kind-rows.ts`.
 */
export {
  OTHER_KINDS,
  type OtherKind,
  type RetentionRule,
} from '../../../domain/privacy/other-retention-rules';
export type { OtherKindDef, OtherPerson } from './other-kind-spec';

const versioned = { version: sql`version + 1`, updated_at: sql`now()` };
const ATTENDED = 'ta osoba była obecna na wydarzeniu (lista obecności);';
const CERTIFIED = 'wydano jej numerowane zaświadczenie;';

const agreements = linked('volunteer_agreements', 'volunteer_id');
const activities = linked('volunteer_activities', 'volunteer_id');
const volunteer: OtherKindDef = {
  kind: 'VOLUNTEER',
  table: 'volunteers',
  label: 'wolontariusz',
  rule: OTHER_RETENTION_RULES.VOLUNTEER,
  tables: ['volunteers', 'volunteer_agreements', 'volunteer_activities'],
  name: { first: 'first_name', last: 'last_name' },
  contacts: { email: 'email', phone: 'phone' },
  counted: (today) => ({
    open: sql`exists (select 1 from volunteer_agreements a where a.volunteer_id = x.id
      and (a.valid_until is null or a.valid_until >= ${today}::date))`,
    days: [
      sql`(select max(greatest(a.signed_on, a.valid_from, coalesce(a.valid_until, a.valid_from)))
        from volunteer_agreements a where a.volunteer_id = x.id)`,
      sql`(select max(done_on) from volunteer_activities a where a.volunteer_id = x.id)`,
    ],
    // The day the record was typed counts only when nothing was signed or done (typing is no activity).
    otherwise: sql`x.created_at::date`,
  }),
  blank: {
    first_name: 'Osoba',
    last_name: PSEUDONYM,
    birth_date: sql`make_date(extract(year from birth_date)::int, 1, 1)`,
    email: null,
    phone: null,
    guardian_name: null,
    insurance_note: null,
    ...versioned,
  },
  alsoBlanked: [
    { rows: activities, set: { description: null }, scrub: ['activity'] },
    { rows: agreements, scrub: ['scope'] },
  ],
  erasureBlockers: [
    {
      rows: agreements,
      where: sql`written`,
      reason: 'zawarto z tą osobą pisemne porozumienie o wolontariacie — dokument trzeba przechowywać;',
    },
    { rows: activities, reason: 'zapisano świadczenia tej osoby (godziny wolontariatu);' },
  ],
  erase: [agreements],
  auditRows: [agreements],
  copy: {
    volunteers: allColumns(linked('volunteers', 'id')),
    volunteer_agreements: allColumns(agreements, 'signed_on'),
    volunteer_activities: allColumns(activities, 'done_on'),
  },
};

const hours = linked('art200_hours', 'enrolment_id');
/** The day an enrolment ended: the day it was ended, or its planned end once that has passed. */
const art200Ended = (today: string) =>
  sql`coalesce(x.ended_on, case when x.planned_end_date < ${today}::date then x.planned_end_date end)`;
const art200: OtherKindDef = {
  kind: 'ART200',
  table: 'art200_enrolments',
  label: 'osoba skierowana w ramach art. 200',
  rule: OTHER_RETENTION_RULES.ART200,
  tables: ['art200_enrolments', 'art200_hours'],
  name: { first: 'first_name', last: 'last_name' },
  contacts: { pesel: 'pesel' },
  counted: (today) => ({
    open: sql`${art200Ended(today)} is null`,
    days: [art200Ended(today), sql`(select max(date) from art200_hours h where h.enrolment_id = x.id)`],
  }),
  blank: {
    first_name: 'Osoba',
    last_name: PSEUDONYM,
    pesel: null,
    pup_reference: null,
    end_reason: sql`case when end_reason is null then null else '[usunięto]' end`,
    ...versioned,
  },
  erasureBlockers: [
    {
      rows: hours,
      where: sql`hours > 0`,
      reason:
        'zapisano godziny udziału tej osoby, rozliczane z powiatowym urzędem pracy — dane trzeba przechowywać;',
    },
  ],
  erase: [hours],
  auditRows: [],
  copy: {
    art200_enrolments: (centreId, id) => sql<PersonRow>`select e.*, a.number as agreement_number
      from art200_enrolments e join art200_agreements a on a.id = e.agreement_id
      where e.centre_id = ${centreId} and e.id = ${id}::uuid`,
    art200_hours: (centreId, id) => sql<PersonRow>`select date::text as date, hours::text as hours
      from art200_hours where ${whereRows(hours, centreId, id)} order by date`,
  },
};

const registrations = linked('event_registrations', 'person_id');
const attendance = through('event_attendance', 'registration_id', registrations);
const certificates = through('event_certificates', 'registration_id', registrations);
const members = linked('group_members', 'person_id');
const meetings = through('group_attendance', 'member_id', members);
const eventPerson: OtherKindDef = {
  kind: 'EVENT_PERSON',
  table: 'event_persons',
  label: 'gość wydarzeń / członek grupy',
  rule: OTHER_RETENTION_RULES.EVENT_PERSON,
  tables: ['event_persons'],
  name: { full: 'full_name' },
  contacts: { email: 'email', phone: 'phone' },
  counted: () => ({
    open: sql`exists (select 1 from group_members m where m.person_id = x.id and m.left_on is null)`,
    days: [
      sql`x.consent_on`,
      sql`(select max(e.ends_on) from event_registrations r join events e on e.id = r.event_id
        where r.person_id = x.id)`,
      sql`(select max(greatest(m.joined_on, m.left_on)) from group_members m where m.person_id = x.id)`,
    ],
  }),
  blank: { full_name: PSEUDONYM, email: null, phone: null },
  alsoBlanked: [
    { rows: certificates, set: { holder_name: PSEUDONYM } },
    { rows: registrations, set: { guest_name: null } },
  ],
  erasureBlockers: [
    { rows: attendance, where: sql`present`, reason: ATTENDED },
    { rows: certificates, reason: CERTIFIED },
    { rows: meetings, where: sql`present`, reason: 'była obecna na spotkaniach grupy;' },
  ],
  erase: [attendance, registrations, meetings, members],
  auditRows: [registrations, members],
  copy: {
    event_persons: allColumns(linked('event_persons', 'id')),
    event_registrations: (centreId, id) => sql<PersonRow>`select r.id, r.status, r.created_at,
        e.title as event_title, e.starts_on::text as starts_on
      from event_registrations r join events e on e.id = r.event_id
      where r.centre_id = ${centreId} and r.person_id = ${id}::uuid order by e.starts_on`,
    event_certificates: (centreId, id) => sql<PersonRow>`select c.number, c.issued_on::text as issued_on,
        c.holder_name, c.minutes_attended
      from event_certificates c join event_registrations r on r.id = c.registration_id
      where r.centre_id = ${centreId} and r.person_id = ${id}::uuid`,
    group_members: (centreId, id) => sql<PersonRow>`select m.joined_on::text as joined_on,
        m.left_on::text as left_on, g.name as group_name
      from group_members m join standing_groups g on g.id = m.group_id
      where m.centre_id = ${centreId} and m.person_id = ${id}::uuid`,
  },
};

/** A guest typed by name on one registration (no person record): the registration is the own row. */
const guestAttendance = linked('event_attendance', 'registration_id');
const guestCertificates = linked('event_certificates', 'registration_id');
const eventGuest: OtherKindDef = {
  kind: 'EVENT_GUEST',
  table: 'event_registrations',
  label: 'gość wpisany na wydarzenie',
  rule: OTHER_RETENTION_RULES.EVENT_GUEST,
  tables: ['event_registrations', 'event_certificates'],
  join: sql`join events e on e.id = x.event_id`,
  where: sql`x.guest_name is not null and x.participant_id is null and x.person_id is null`,
  name: { full: 'guest_name' },
  contacts: {},
  counted: (today) => ({ open: sql`e.ends_on >= ${today}::date`, days: [sql`e.ends_on`] }),
  blank: { guest_name: PSEUDONYM },
  alsoBlanked: [{ rows: guestCertificates, set: { holder_name: PSEUDONYM } }],
  erasureBlockers: [
    { rows: guestAttendance, where: sql`present`, reason: ATTENDED },
    { rows: guestCertificates, reason: CERTIFIED },
  ],
  erase: [guestAttendance],
  auditRows: [],
  copy: {
    event_registrations: (centreId, id) => sql<PersonRow>`select r.id, r.guest_name, r.status,
        e.title as event_title, e.starts_on::text as starts_on
      from event_registrations r join events e on e.id = r.event_id
      where r.centre_id = ${centreId} and r.id = ${id}::uuid`,
    event_certificates: (centreId, id) => sql<PersonRow>`select number, issued_on::text as issued_on,
        holder_name, minutes_attended
      from event_certificates where ${whereRows(guestCertificates, centreId, id)}`,
  },
};

const orders = linked('service_orders', 'customer_id');
const serviceCustomer: OtherKindDef = {
  kind: 'SERVICE_CUSTOMER',
  table: 'service_customers',
  label: 'klient prywatny usług',
  rule: OTHER_RETENTION_RULES.SERVICE_CUSTOMER,
  tables: ['service_customers', 'service_orders'],
  where: sql`x.kind = 'PERSON'`,
  name: { full: 'full_name' },
  contacts: { email: 'email', phone: 'phone', address: 'address' },
  counted: () => ({
    open: sql`exists (select 1 from service_orders o where o.customer_id = x.id and o.status = 'ORDER')`,
    days: [
      sql`x.consent_on`,
      sql`(select max(greatest(o.quote_date, o.order_date, o.completed_on, o.invoiced_on))
        from service_orders o where o.customer_id = x.id)`,
      sql`(select max(p.paid_on) from service_payments p join service_orders o on o.id = p.order_id
        where o.customer_id = x.id)`,
    ],
  }),
  blank: { full_name: PSEUDONYM, address: null, phone: null, email: null },
  alsoBlanked: [
    { rows: orders, set: { remarks: null }, scrub: ['title'] },
    { rows: through('finance_entries', 'source_ref', orders, true), scrub: ['description'] },
  ],
  erasureBlockers: [
    {
      rows: orders,
      where: sql`status <> 'QUOTE'`,
      reason:
        'z tą osobą zawarto zlecenie (dokument sprzedaży) — ustawa o rachunkowości (art. 74) nakazuje je przechowywać;',
    },
  ],
  erase: [through('service_order_items', 'order_id', orders), orders],
  auditRows: [orders],
  copy: {
    service_customers: allColumns(linked('service_customers', 'id')),
    service_orders: (
      centreId,
      id,
    ) => sql<PersonRow>`select number, title, status, quote_date::text as quote_date,
        order_date::text as order_date, completed_on::text as completed_on, invoice_number, total_gross
      from service_orders where ${whereRows(orders, centreId, id)} order by quote_date`,
  },
};

const items = linked('inkind_items', 'donation_id');
const movements = through('inkind_movements', 'item_id', items);
const inkindDonor: OtherKindDef = {
  kind: 'INKIND_DONOR',
  table: 'inkind_donations',
  label: 'darczyńca (osoba fizyczna)',
  rule: OTHER_RETENTION_RULES.INKIND_DONOR,
  tables: ['inkind_donations'],
  where: sql`x.donor_name is not null`,
  name: { full: 'donor_name' },
  contacts: { address: 'donor_address' },
  counted: () => ({ days: [sql`x.received_on`] }),
  blank: { donor_name: PSEUDONYM, donor_address: null, notes: null },
  erasureBlockers: [
    {
      rows: movements,
      where: sql`step <> 'RECEIVED'`,
      reason: 'przedmioty z tej darowizny zostały już przekazane dalej — ich obrót musi zostać w ewidencji;',
    },
  ],
  erase: [movements, items],
  auditRows: [],
  copy: {
    inkind_donations: allColumns(linked('inkind_donations', 'id')),
    inkind_items: (centreId, id) => sql<PersonRow>`select name, unit, value_grosze from inkind_items
      where ${whereRows(items, centreId, id)}`,
  },
};

const networkEnquiry: OtherKindDef = {
  kind: 'NETWORK_ENQUIRY',
  table: 'network_enquiries',
  label: 'osoba pytająca o usługę (katalog sieci)',
  rule: OTHER_RETENTION_RULES.NETWORK_ENQUIRY,
  tables: ['network_enquiries'],
  name: { full: 'full_name' },
  contacts: { email: 'email', phone: 'phone' },
  counted: () => ({ open: sql`x.status = 'NEW'`, days: [sql`coalesce(x.handled_at, x.created_at)::date`] }),
  blank: { full_name: PSEUDONYM, email: null, phone: null },
  scrub: ['message'],
  erasureBlockers: [],
  erase: [],
  auditRows: [],
  copy: {
    network_enquiries: (
      centreId,
      id,
    ) => sql<PersonRow>`select full_name, email, phone, message, status, created_at
      from network_enquiries where centre_id = ${centreId} and id = ${id}::uuid`,
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
