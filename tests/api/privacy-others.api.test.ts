import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { retentionAnonymiseJob } from '../../src/jobs/retention-anonymise.job';
import { insertServiceItem } from '../factories/network.factory';
import { findAnywhere } from '../support/find-anywhere';

const MISSING = '00000000-0000-4000-8000-000000000000';

/**
 * Issue #14 for the people who are not participants: retention from each kind's rule, the director's
 * approval, the job's anonymisation (figures of past years unchanged, no name left in any text column),
 * erasure of a mistaken record (or a Polish 409 reason), the own copy (JSON and PDF), bad input.
 */
describe.each(testEngines())('privacy of people who are not participants on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let centreId: string;
  const ids = {} as Record<string, string>;
  const q = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(h.deps.db)).rows;
  const one = async (query: ReturnType<typeof sql<{ id: string }>>) => (await q(query))[0]!.id;

  /** The figures of past years, by hand with plain SQL: they must be the same after the anonymisation. */
  const figures = async () => ({
    volunteers: await q(sql`select sex, extract(year from birth_date)::int as y, count(*)::int as n
      from volunteers where centre_id = ${centreId} group by 1, 2 order by 1, 2`),
    minutes:
      await q(sql`select extract(year from done_on)::int as y, sum(minutes)::int as m, count(*)::int as n
      from volunteer_activities where centre_id = ${centreId} group by 1 order by 1`),
    agreements: await q(sql`select number, signed_on::text as s, written from volunteer_agreements
      where centre_id = ${centreId} order by 1`),
    art200: await q(sql`select e.start_date::text as s, e.ended_on::text as e, sum(h.hours)::text as hours
      from art200_enrolments e join art200_hours h on h.enrolment_id = e.id where e.centre_id = ${centreId}
      group by 1, 2 order by 1`),
    attendance: await q(sql`select r.kind, count(*)::int as n from event_attendance a
      join event_registrations r on r.id = a.registration_id where a.centre_id = ${centreId} and a.present
      group by 1 order by 1`),
    certificates: await q(sql`select number, minutes_attended as m from event_certificates
      where centre_id = ${centreId} order by 1`),
    sales: await q(sql`select extract(year from quote_date)::int as y, sum(total_gross)::int as gross,
      count(*)::int as n from service_orders where centre_id = ${centreId} group by 1 order by 1`),
    income: await q(sql`select extract(year from occurred_on)::int as y, sum(amount_grosze)::int as a
      from finance_entries where centre_id = ${centreId} group by 1 order by 1`),
    donations: await q(sql`select d.received_on::text as r, sum(i.value_grosze)::int as v, count(*)::int as n
      from inkind_donations d join inkind_items i on i.donation_id = d.id where d.centre_id = ${centreId}
      group by 1 order by 1`),
    enquiries: await q(sql`select status, count(*)::int as n from network_enquiries
      where centre_id = ${centreId} group by 1 order by 1`),
  });

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other, centreId } = await signInEveryRole(h, c));
    const cid = centreId;
    // Volunteers: Wanda (last activity 2018 → kept to 31.12.2024, due), Józef (2025 → to 31.12.2031),
    // Pomyłka (a mistake, nothing signed), Zygmunt (a written agreement, refused erasure).
    const volunteer = async (first: string, last: string, sex: string, birth: string, phone: string) =>
      one(sql`insert into volunteers (centre_id, first_name, last_name, sex, birth_date, email, phone,
          insurance_note) values (${cid}, ${first}, ${last}, ${sex}, ${birth}, ${`${last.toLowerCase()}@poczta.pl`},
          ${phone}, ${`polisa dla ${first} ${last}`}) returning id::text as id`);
    ids.wanda = await volunteer('Wanda', 'Ochotnicka', 'F', '1961-04-02', '601 222 333');
    ids.jozef = await volunteer('Józef', 'Pomocny', 'M', '1990-01-20', '602 333 444');
    ids.mistake = await volunteer('Irena', 'Pomyłkowska', 'F', '1970-07-07', '603 444 555');
    ids.zygmunt = await volunteer('Zygmunt', 'Umówiony', 'M', '1975-03-03', '604 555 666');
    for (const [vid, n, signed, until] of [
      [ids.wanda, 'W/1/2018', '2018-02-01', '2018-06-30'],
      [ids.jozef, 'W/1/2025', '2025-02-01', '2025-06-30'],
      [ids.zygmunt, 'W/2/2025', '2025-03-01', '2025-05-31'],
    ] as const)
      await q(sql`insert into volunteer_agreements (centre_id, volunteer_id, number, signed_on, valid_from,
        valid_until, scope, written) values (${cid}, ${vid}, ${n}, ${signed}, ${signed}, ${until},
        'pomoc przy kuchni społecznej', true)`);
    await q(sql`insert into volunteer_activities (centre_id, volunteer_id, done_on, activity, description, minutes)
      values (${cid}, ${ids.wanda}, '2018-03-10', 'zbiórka żywności', 'Wanda Ochotnicka przywiozła wózek', 180),
             (${cid}, ${ids.wanda}, '2018-05-12', 'festyn', null, 240),
             (${cid}, ${ids.jozef}, '2025-04-02', 'festyn', 'Józef Pomocny prowadził stoisko', 120)`);

    // Art. 200: Stanisław ended in 2015 (kept to 31.12.2025, due).
    const partner = await one(sql`insert into partners (centre_id, kind, name)
      values (${cid}, 'PUP', 'Powiatowy Urząd Pracy') returning id::text as id`);
    const agreement = await one(sql`insert into art200_agreements (centre_id, partner_id, number, valid_from,
        valid_until, activities, expected_effects, measurement, daily_hours_limit, max_months)
      values (${cid}, ${partner}, 'PUP/200/2015', '2015-01-01', '2015-12-31', 'warsztaty', 'aktywizacja',
        'lista obecności', 6, 6) returning id::text as id`);
    ids.stanislaw =
      await one(sql`insert into art200_enrolments (centre_id, agreement_id, first_name, last_name,
        pesel, pup_reference, start_date, planned_end_date, ended_on, end_reason)
      values (${cid}, ${agreement}, 'Stanisław', 'Dwusetny', '75010112345', 'PUP-12/2015', '2015-03-01',
        '2015-08-31', '2015-08-31', 'Stanisław Dwusetny podjął pracę') returning id::text as id`);
    await q(sql`insert into art200_hours (enrolment_id, centre_id, date, hours)
      values (${ids.stanislaw}, ${cid}, '2015-03-02', 5.5), (${ids.stanislaw}, ${cid}, '2015-03-03', 6)`);

    // Events: Halina (a person record, attended 2019, certificate); a guest typed by name in 2020.
    const event = await one(sql`insert into events (centre_id, kind, title, starts_on, ends_on)
      values (${cid}, 'WORKSHOP', 'Warsztaty kulinarne', '2019-05-10', '2019-05-10') returning id::text as id`);
    const session =
      await one(sql`insert into event_sessions (centre_id, event_id, held_on, starts_at, ends_at,
        topic) values (${cid}, ${event}, '2019-05-10', '10:00', '14:00', 'pierogi') returning id::text as id`);
    ids.halina =
      await one(sql`insert into event_persons (centre_id, full_name, email, phone, birth_year, consent_on)
      values (${cid}, 'Halina Gościnna', 'halina.goscinna@poczta.pl', '605 666 777', 1950, '2019-05-01')
      returning id::text as id`);
    const reg = await one(sql`insert into event_registrations (centre_id, event_id, kind, person_id, status)
      values (${cid}, ${event}, 'PERSON', ${ids.halina}, 'REGISTERED') returning id::text as id`);
    await q(sql`insert into event_attendance (centre_id, session_id, registration_id, present)
      values (${cid}, ${session}, ${reg}, true)`);
    await q(sql`insert into event_certificates (centre_id, event_id, registration_id, number, issued_on,
        holder_name, minutes_attended) values (${cid}, ${event}, ${reg}, 'ZAS/1/2019', '2019-05-10',
        'Halina Gościnna', 240)`);
    const event2 = await one(sql`insert into events (centre_id, kind, title, starts_on, ends_on)
      values (${cid}, 'MEETING', 'Spotkanie otwarte', '2020-09-01', '2020-09-01') returning id::text as id`);
    ids.guest = await one(sql`insert into event_registrations (centre_id, event_id, kind, guest_name, status)
      values (${cid}, ${event2}, 'GUEST', 'Bogumił Przychodni', 'REGISTERED') returning id::text as id`);

    // Services: Celina bought in 2019 (kept to 31.12.2024, due), her payment in the finance register.
    const workshop = await one(sql`insert into workshops (centre_id, name, type)
      values (${cid}, 'Krawiecka', 'TAILORING') returning id::text as id`);
    ids.celina =
      await one(sql`insert into service_customers (centre_id, kind, full_name, address, phone, email,
        consent_on) values (${cid}, 'PERSON', 'Celina Klientowska', 'ul. Krawiecka 5, Kraków', '606 777 888',
        'celina.k@poczta.pl', '2019-02-01') returning id::text as id`);
    const order =
      await one(sql`insert into service_orders (centre_id, number, workshop_id, customer_id, status,
        title, quote_date, order_date, completed_on, vat_status, total_net, total_vat, total_gross, remarks)
      values (${cid}, 'ZL/1/2019', ${workshop}, ${ids.celina}, 'DONE', 'Zasłony dla Celina Klientowska',
        '2019-02-01', '2019-02-03', '2019-03-01', 'EXEMPT', 45000, 0, 45000, 'dzwonić po 16')
      returning id::text as id`);
    await q(sql`insert into finance_entries (centre_id, kind, occurred_on, amount_grosze, income_source,
        description, source, source_ref) values (${cid}, 'OWN_INCOME', '2019-03-05', 45000, 'SERVICES',
        'Wpłata za zlecenie ZL/1/2019: Zasłony dla Celina Klientowska', 'SERVICES', ${order})`);
    ids.quoteOnly = await one(sql`insert into service_customers (centre_id, kind, full_name, consent_on)
      values (${cid}, 'PERSON', 'Teodor Zapytany', '2026-11-02') returning id::text as id`);

    // In-kind: Leon gave a table in 2020 (kept to 31.12.2025, due).
    ids.leon =
      await one(sql`insert into inkind_donations (centre_id, donor_name, donor_address, received_on, notes)
      values (${cid}, 'Leon Darczyński', 'ul. Darów 1, Kraków', '2020-06-01', 'od Leon Darczyński, odbiór własny')
      returning id::text as id`);
    const item = await one(sql`insert into inkind_items (centre_id, donation_id, name, unit, value_grosze)
      values (${cid}, ${ids.leon}, 'stół', 'szt.', 25000) returning id::text as id`);
    await q(sql`insert into inkind_movements (centre_id, item_id, operation_id, holder_kind, delta, step, moved_on)
      values (${cid}, ${item}, gen_random_uuid(), 'CENTRE', 1, 'RECEIVED', '2020-06-01')`);

    // The public's enquiry from the network catalogue: answered in 2023 (kept to 31.12.2024, due); a new one
    // not answered yet is not listed.
    const network =
      await one(sql`insert into networks (name, kind, coordinator_org_name, coordinator_org_kind)
      values ('Sieć Dolnośląska', 'REGIONAL', 'Związek CIS', 'ASSOCIATION') returning id::text as id`);
    const entry = await one(sql`insert into network_catalogue_entries (network_id, centre_id, service_item_id)
      values (${network}, ${cid}, ${await insertServiceItem(h.deps.db, cid, 'Koszenie trawników')})
      returning id::text as id`);
    ids.enquiry =
      await one(sql`insert into network_enquiries (network_id, entry_id, centre_id, full_name, email,
        phone, message, status, handled_at, created_at) values (${network}, ${entry}, ${cid}, 'Marek Pytający',
        'marek.pytajacy@poczta.pl', '607 888 999', 'Proszę o wycenę, Marek Pytający, Kraków', 'HANDLED',
        '2023-04-03T10:00:00Z', '2023-04-01T10:00:00Z') returning id::text as id`);
    await q(sql`insert into network_enquiries (network_id, entry_id, centre_id, full_name, message)
      values (${network}, ${entry}, ${cid}, 'Nowy Pytający', 'Czy koszą Państwo w soboty?')`);

    // An audit entry naming Wanda (what a module's use case would write).
    await q(sql`insert into audit_log (centre_id, actor_email, action, entity_type, entity_id, details)
      values (${cid}, 'x@y.pl', 'volunteer.update', 'volunteer', ${ids.wanda},
        ${JSON.stringify({ name: 'Wanda Ochotnicka', phone: '601 222 333' })}::jsonb)`);
  });
  afterAll(() => h.close());

  const identifying = [
    'Ochotnicka',
    '601 222 333',
    'ochotnicka@poczta.pl',
    'Dwusetny',
    '75010112345',
    'PUP-12/2015',
    'Gościnna',
    'halina.goscinna@poczta.pl',
    'Przychodni',
    'Klientowska',
    'celina.k@poczta.pl',
    'ul. Krawiecka 5',
    'Darczyński',
    'ul. Darów 1',
    'Marek Pytający',
    'marek.pytajacy@poczta.pl',
    '607 888 999',
  ];

  it('lists whose retention is over and whose runs, each with its rule and source in Polish', async () => {
    const view = (await c.DIRECTOR.get('/api/v1/privacy/others/retention')).json();
    const due = view.due.map((i: { kind: string; fullName: string }) => `${i.kind}:${i.fullName}`).sort();
    expect(due).toEqual(
      [
        'ART200:Stanisław Dwusetny',
        'EVENT_GUEST:Bogumił Przychodni',
        'EVENT_PERSON:Halina Gościnna',
        'INKIND_DONOR:Leon Darczyński',
        'NETWORK_ENQUIRY:Marek Pytający',
        'SERVICE_CUSTOMER:Celina Klientowska',
        'VOLUNTEER:Wanda Ochotnicka',
      ].sort(),
    );
    // Computed by hand: 2018 + 6 years → 31.12.2024; 2015 + 10 → 2025; accounting 2019 + 5 → 2024.
    const at = (name: string) => view.due.find((i: { fullName: string }) => i.fullName === name);
    expect(at('Wanda Ochotnicka')).toMatchObject({
      lastActivityOn: '2018-06-30',
      retentionEndsOn: '2024-12-31',
    });
    expect(at('Stanisław Dwusetny')).toMatchObject({
      retentionEndsOn: '2025-12-31',
      anonymiseFrom: '2026-01-01',
    });
    expect(at('Celina Klientowska')).toMatchObject({
      lastActivityOn: '2019-03-01',
      retentionEndsOn: '2024-12-31',
    });
    expect(at('Leon Darczyński')).toMatchObject({ retentionEndsOn: '2025-12-31' });
    const upcoming = view.upcoming.map((i: { fullName: string }) => i.fullName);
    expect(upcoming).toEqual(
      expect.arrayContaining(['Józef Pomocny', 'Zygmunt Umówiony', 'Teodor Zapytany', 'Irena Pomyłkowska']),
    );
    const rules = Object.fromEntries(view.rules.map((r: { kind: string }) => [r.kind, r]));
    expect(rules.SERVICE_CUSTOMER).toMatchObject({ years: 5, certain: true });
    expect(rules.SERVICE_CUSTOMER.source).toContain('art. 74');
    expect(rules.VOLUNTEER).toMatchObject({ certain: false, checkedOn: '2026-12-03' });
    for (const r of view.rules) expect(r.source).not.toMatch(/\[(U|M|V)\]|law\.md/);
    expect((await c.SOCIAL_WORKER.get('/api/v1/privacy/others/retention')).statusCode).toBe(403);
    // Another centre sees none of these people.
    expect((await other.get('/api/v1/privacy/others/retention')).json().due).toEqual([]);
  });

  it('refuses an anonymisation before the date, an unknown id and another centre’s, writing nothing', async () => {
    const jobs = async () => (await q<{ n: number }>(sql`select count(*)::int as n from job_runs`))[0]!.n;
    const before = await jobs();
    const early = await c.DIRECTOR.post('/api/v1/privacy/others/retention/anonymise', {
      persons: [
        { kind: 'VOLUNTEER', id: ids.wanda },
        { kind: 'VOLUNTEER', id: ids.jozef },
        { kind: 'ART200', id: MISSING },
      ],
    });
    expect(early.statusCode).toBe(409);
    const err = early.json().error;
    expect(err.code).toBe('RETENTION_NOT_OVER');
    expect(err.message).toContain('Nic nie zapisano');
    expect(err.details.fields).toEqual([
      {
        path: 'persons.1',
        code: 'RETENTION_NOT_OVER',
        message:
          'Józef Pomocny: dane trzeba przechowywać do 31.12.2031 (ostatni dzień porozumienia lub świadczenia: ' +
          '30.06.2025); anonimizacja możliwa od 01.01.2032.',
      },
      { path: 'persons.2', code: 'RETENTION_NOT_OVER', message: 'Nie ma takiej osoby w tym centrum.' },
    ]);
    const foreign = await other.post('/api/v1/privacy/others/retention/anonymise', {
      persons: [{ kind: 'VOLUNTEER', id: ids.wanda }],
    });
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json().error.details.fields[0].message).toBe('Nie ma takiej osoby w tym centrum.');
    const bad = await c.DIRECTOR.post('/api/v1/privacy/others/retention/anonymise', {
      persons: [{ kind: 'KOT', id: 'x' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details.fields)).toContain('Nieznany rodzaj osoby.');
    expect(await jobs()).toBe(before);
    expect(await q(sql`select * from other_person_anonymisations`)).toEqual([]);
    expect(
      (
        await c.SOCIAL_WORKER.post('/api/v1/privacy/others/retention/anonymise', {
          persons: [{ kind: 'VOLUNTEER', id: ids.wanda }],
        })
      ).statusCode,
    ).toBe(403);
  });

  it(
    'gives the person’s own copy as JSON and PDF, logged; unknown or another ' +
      'centre’s id is a Polish 404',
    async () => {
      const json = await c.DIRECTOR.get(`/api/v1/privacy/others/VOLUNTEER/${ids.wanda}/copy.json`);
      expect(json.statusCode).toBe(200);
      const copy = json.json();
      expect(copy).toMatchObject({
        legalBasis: 'art. 15 RODO',
        fullName: 'Wanda Ochotnicka',
        kind: 'VOLUNTEER',
      });
      expect(copy.volunteers[0]).toMatchObject({ phone: '601 222 333' });
      expect(copy.volunteer_activities.map((a: { minutes: number }) => a.minutes)).toEqual([180, 240]);
      expect(copy.retention).toMatchObject({ retentionEndsOn: '2024-12-31' });

      const pdf = await c.DIRECTOR.get(`/api/v1/privacy/others/SERVICE_CUSTOMER/${ids.celina}/copy.pdf`);
      expect(pdf.statusCode).toBe(200);
      const dir = mkdtempSync(join(tmpdir(), 'copy-'));
      writeFileSync(join(dir, 'c.pdf'), pdf.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('KOPIA DANYCH OSOBOWYCH');
      expect(text).toContain('Celina Klientowska');
      expect(text).toContain('klient prywatny usług');
      expect(text).toContain('ZL/1/2019');
      expect(text).toContain('do 31.12.2024');
      expect(text).toMatch(/art\. 74/);
      // Nothing about special-category reads, which concern participants only.
      expect(text).toContain('wraz z okresem ich przechowywania');
      expect(text).not.toContain('szczególnych kategorii');

      const logged = await q<{ n: number }>(sql`select count(*)::int as n from audit_log
      where action = 'person.subject_copy' and entity_id in (${ids.wanda}, ${ids.celina})`);
      expect(logged[0]!.n).toBe(2);
      const unknown = await c.DIRECTOR.get(`/api/v1/privacy/others/VOLUNTEER/${MISSING}/copy.json`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.message).toBe('Nie ma takiej osoby w tym centrum.');
      expect((await other.get(`/api/v1/privacy/others/VOLUNTEER/${ids.wanda}/copy.pdf`)).statusCode).toBe(
        404,
      );
      expect((await c.DIRECTOR.get(`/api/v1/privacy/others/ART200/${ids.wanda}/copy.json`)).statusCode).toBe(
        404,
      );
      expect((await c.DIRECTOR.get('/api/v1/privacy/others/VOLUNTEER/abc/copy.json')).statusCode).toBe(400);
      expect(
        (await c.SOCIAL_WORKER.get(`/api/v1/privacy/others/VOLUNTEER/${ids.wanda}/copy.json`)).statusCode,
      ).toBe(403);
    },
  );

  it('erases a mistaken record without a trace, and refuses with the Polish reason what must be kept', async () => {
    const reason = { reason: 'Wpisana przez pomyłkę' };
    const kept = await c.DIRECTOR.post(`/api/v1/privacy/others/VOLUNTEER/${ids.zygmunt}/erase`, reason);
    expect(kept.statusCode).toBe(409);
    expect(kept.json().error.code).toBe('ERASURE_BLOCKED_BY_RECORDS');
    expect(kept.json().error.message).toContain('pisemne porozumienie o wolontariacie');
    const sale = await c.DIRECTOR.post(`/api/v1/privacy/others/SERVICE_CUSTOMER/${ids.celina}/erase`, reason);
    expect(sale.statusCode).toBe(409);
    expect(sale.json().error.message).toContain('ustawa o rachunkowości (art. 74)');
    const worked = await c.DIRECTOR.post(`/api/v1/privacy/others/ART200/${ids.stanislaw}/erase`, reason);
    expect(worked.json().error.message).toContain('godziny udziału');
    const attended = await c.DIRECTOR.post(`/api/v1/privacy/others/EVENT_PERSON/${ids.halina}/erase`, reason);
    expect(attended.json().error.message).toContain('obecna na wydarzeniu');
    expect(await q(sql`select id from volunteers where id = ${ids.zygmunt}`)).toHaveLength(1);

    const foreign = await other.post(`/api/v1/privacy/others/VOLUNTEER/${ids.mistake}/erase`, reason);
    expect(foreign.statusCode).toBe(404);
    expect(
      (await c.DIRECTOR.post(`/api/v1/privacy/others/VOLUNTEER/${ids.mistake}/erase`, { reason: '' }))
        .statusCode,
    ).toBe(400);

    const erased = await c.DIRECTOR.post(`/api/v1/privacy/others/VOLUNTEER/${ids.mistake}/erase`, reason);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().person).toMatch(/^Osoba-[0-9A-F]{8}$/);
    expect(await findAnywhere(h.deps.db, ['Pomyłkowska', '603 444 555'])).toEqual([]);
    const quote = await c.DIRECTOR.post(
      `/api/v1/privacy/others/SERVICE_CUSTOMER/${ids.quoteOnly}/erase`,
      reason,
    );
    expect(quote.statusCode).toBe(200);
    expect(await findAnywhere(h.deps.db, ['Teodor Zapytany'])).toEqual([]);
    expect(
      (await c.DIRECTOR.post(`/api/v1/privacy/others/VOLUNTEER/${ids.mistake}/erase`, reason)).statusCode,
    ).toBe(404);
  });

  it('anonymises the due people on the queue: the past years’ figures stay, ' +
    'no name remains in any text column', async () => {
    const before = await figures();
    expect((await findAnywhere(h.deps.db, identifying)).length).toBeGreaterThan(10);
    const view = (await c.DIRECTOR.get('/api/v1/privacy/others/retention')).json();
    const persons = view.due.map((i: { kind: string; id: string }) => ({ kind: i.kind, id: i.id }));
    expect(persons).toHaveLength(7);
    // Two approvals sent at once (two tabs): one is accepted, the other refused with 409, one job.
    const both = await Promise.all([
      c.DIRECTOR.post('/api/v1/privacy/others/retention/anonymise', { persons }),
      c.DIRECTOR.post('/api/v1/privacy/others/retention/anonymise', { persons }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([202, 409]);
    const approved = both.find((r) => r.statusCode === 202)!;
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('ANONYMISATION_ALREADY_APPROVED');
    let job: { status: string; result: unknown } = { status: 'QUEUED', result: null };
    for (let i = 0; i < 200 && (job.status === 'QUEUED' || job.status === 'RUNNING'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await c.DIRECTOR.get(`/api/v1/jobs/${approved.json().jobId}`)).json();
    }
    expect(job).toMatchObject({ status: 'DONE', result: { anonymised: 7, notDue: [] } });

    expect(await figures()).toEqual(before);
    expect(await findAnywhere(h.deps.db, identifying)).toEqual([]);
    // Those still within their period keep their data.
    const keptHits = await findAnywhere(h.deps.db, ['Pomocny', 'Umówiony', 'Nowy Pytający']);
    for (const name of ['Pomocny', 'Umówiony', 'Nowy Pytający'])
      expect(keptHits.some((hit) => hit.endsWith(`∋ ${name}`))).toBe(true);
    const [wanda] = await q<{
      first_name: string;
      last_name: string;
      birth_date: string;
      description: string | null;
    }>(
      sql`select v.first_name, v.last_name, v.birth_date::text as birth_date from volunteers v where
        v.id = ${ids.wanda}`,
    );
    expect(wanda).toMatchObject({ first_name: 'Osoba', birth_date: '1961-01-01' });
    expect(wanda!.last_name).toMatch(/^Osoba-[0-9A-F]{8}$/);
    const trail = await q<{ action: string; details: Record<string, unknown> }>(
      sql`select action, details from audit_log where entity_id = ${ids.wanda} order by id`,
    );
    expect(trail.map((t) => t.action)).toEqual(
      expect.arrayContaining(['volunteer.update', 'person.anonymise']),
    );
    expect(trail.every((t) => t.details.person === wanda!.last_name)).toBe(true);

    const after = (await c.DIRECTOR.get('/api/v1/privacy/others/retention')).json();
    expect(after.due).toEqual([]);
    expect(after.approvals.filter((a: { status: string }) => a.status === 'DONE')).toHaveLength(7);
    const again = await c.DIRECTOR.post('/api/v1/privacy/others/retention/anonymise', {
      persons: [{ kind: 'VOLUNTEER', id: ids.wanda }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ANONYMISATION_ALREADY_APPROVED');
    // A queue retry of the same job changes nothing.
    const ctx = { actor: { userId: '', centreId, roles: ['DIRECTOR'] }, actorEmail: 'x', ip: null };
    const rerun = await retentionAnonymiseJob(
      h.deps,
      {
        kind: 'retention-anonymise',
        ctx: ctx as never,
        params: { participantIds: [], others: persons },
        payload: null,
      },
      async () => {},
    );
    expect(rerun).toMatchObject({ anonymised: 0, alreadyDone: 7, notApproved: 0 });
    expect(await figures()).toEqual(before);
  }, 180_000);
});
