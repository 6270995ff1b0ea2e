import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { admitThroughApi } from '../factories/pathway.factory';
import { createPartnerThroughApi } from '../factories/partner.factory';

/**
 * Erasure of a mistaken record (GDPR art. 17) when the newer modules hold rows pointing at the person:
 * each case either refuses with a Polish 409 naming what must stay — writing nothing — or removes the
 * sign-ups that go with the mistake. Rows are seeded with plain SQL (what each module's use case stores).
 */
describe.each(testEngines())('erasure of a mistaken record with rows in other modules on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let centreId: string;
  let otherCentreId: string;
  let workshopId: string;
  let userId: string;
  let serial = 0;
  let other: ApiClient;
  const today = new Date().toISOString().slice(0, 10);

  const q = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(h.deps.db)).rows;
  const one = async <T>(query: ReturnType<typeof sql<T>>) => (await q(query))[0]!;

  /** A mistaken record (no referral, nothing of the pathway) with a name that the searches look for. */
  async function mistaken(lastName: string): Promise<string> {
    const created = await c.SOCIAL_WORKER.post('/api/v1/participants', {
      firstName: 'Irena',
      lastName,
      pesel: null,
      birthDate: '1970-03-03',
      sex: 'F',
      phone: `698 ${String(100 + ++serial)} 000`,
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }
  const erase = (id: string) =>
    c.DIRECTOR.post(`/api/v1/privacy/participants/${id}/erase`, { reason: 'Wpis założony omyłkowo' });
  /** Everything written about the person (their record, audit entries naming them): must not change on a refusal. */
  const snapshot = async (id: string, lastName: string) => ({
    record: await q(sql`select * from participants where id = ${id}`),
    audit: await q(sql`select id, action, details from audit_log
      where entity_id = ${id} or details::text like ${`%${lastName}%`} order by id`),
    count: await one<{ n: number }>(sql`select count(*)::int as n from audit_log`),
  });
  async function expectRefused(id: string, lastName: string, code: string, text: string) {
    const before = await snapshot(id, lastName);
    const res = await erase(id);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toContain(text);
    expect(await snapshot(id, lastName)).toEqual(before);
    expect((await c.DIRECTOR.get(`/api/v1/participants/${id}`)).statusCode).toBe(200);
    return res.json().error;
  }
  async function expectErased(id: string, lastName: string) {
    const res = await erase(id);
    expect(res.statusCode, res.body).toBe(200);
    expect((await c.DIRECTOR.get(`/api/v1/participants/${id}`)).statusCode).toBe(404);
    const named = await q(sql`select id from audit_log where details::text like ${`%${lastName}%`}`);
    expect(named).toEqual([]);
  }
  async function event(title: string) {
    return one<{ id: string }>(sql`insert into events (centre_id, kind, title, starts_on, ends_on)
      values (${centreId}, 'COURSE', ${title}, '2026-04-01', '2026-04-02') returning id`);
  }
  const register = async (eventId: string, id: string) =>
    one<{
      id: string;
    }>(sql`insert into event_registrations (centre_id, event_id, kind, participant_id, status)
      values (${centreId}, ${eventId}, 'PARTICIPANT', ${id}, 'REGISTERED') returning id`);
  async function serviceJob(number: string) {
    const customer = await one<{ id: string }>(sql`insert into service_customers (centre_id, kind, full_name,
      consent_on) values (${centreId}, 'PERSON', 'Klient Usługowy', '2026-03-01') returning id`);
    const order = await one<{ id: string }>(sql`insert into service_orders (centre_id, number, workshop_id,
        customer_id, status, title, quote_date, vat_status, total_net, total_vat, total_gross)
      values (${centreId}, ${number}, ${workshopId}, ${customer.id}, 'DONE', 'Koszenie', '2026-04-01',
        'EXEMPT', 10000, 0, 10000) returning id`);
    return one<{ id: string }>(sql`insert into service_jobs (centre_id, order_id, workshop_id, instructor_id,
        from_date, to_date, place, address, task)
      values (${centreId}, ${order.id}, ${workshopId}, ${userId}, '2026-04-10', '2026-04-10', 'Park',
        'ul. Parkowa 1', 'Koszenie') returning id`);
  }
  async function euProject(number: string) {
    return one<{ id: string }>(sql`insert into eu_projects (centre_id, number, title, programme, priority,
        start_date, end_date)
      values (${centreId}, ${number}, 'Aktywni razem', 'FEDS', '7', '2026-01-01', '2028-12-31') returning id`);
  }
  async function transfer(id: string, status: string, note: string | null) {
    const network = await one<{ id: string }>(sql`insert into networks (name, kind, coordinator_org_name,
        coordinator_org_kind) values ('Sieć Dolnośląska', 'REGIONAL', 'Związek CIS', 'ASSOCIATION') returning id`);
    return one<{ id: string }>(sql`insert into network_transfers (network_id, from_centre_id, to_centre_id,
        participant_id, status, applicant_type, consent_on, consent_scope, categories, data, note, expires_at)
      values (${network.id}, ${centreId}, ${otherCentreId}, ${id}, ${status}, 'PERSON', ${today}, '{IDENTITY}',
        '{IDENTITY}', ${status === 'SENT' ? JSON.stringify({ identity: { firstName: 'Irena' } }) : null}::jsonb,
        ${note}, now() + interval '30 days') returning id`);
  }

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ centreId, other } = await signInEveryRole(h, c));
    otherCentreId = (await one<{ id: string }>(sql`select id from centres where id <> ${centreId} limit 1`))
      .id;
    userId = (await one<{ id: string }>(sql`select id from users limit 1`)).id;
    workshopId = (
      await one<{ id: string }>(sql`insert into workshops (centre_id, name, type, capacity)
        values (${centreId}, 'Pracownia zieleni', 'OTHER', 10) returning id`)
    ).id;
  });
  afterAll(async () => {
    await h.close();
  });

  it('removes event sign-ups and group memberships never attended; refuses attendance and a certificate', async () => {
    const signedUp = await mistaken('Zapisana');
    const ev = await event('Warsztaty kulinarne');
    const reg = await register(ev.id, signedUp);
    const session = await one<{ id: string }>(sql`insert into event_sessions (centre_id, event_id, held_on,
      starts_at, ends_at, topic) values (${centreId}, ${ev.id}, '2026-04-01', '10:00', '12:00', 'Wstęp') returning id`);
    await q(sql`insert into event_attendance (centre_id, session_id, registration_id, present)
      values (${centreId}, ${session.id}, ${reg.id}, false)`);
    const group = await one<{ id: string }>(sql`insert into standing_groups (centre_id, name)
      values (${centreId}, 'Klub Seniora') returning id`);
    const meeting = await one<{
      id: string;
    }>(sql`insert into group_meetings (centre_id, group_id, held_on, topic)
      values (${centreId}, ${group.id}, '2026-04-03', 'Spotkanie') returning id`);
    const member = await one<{
      id: string;
    }>(sql`insert into group_members (centre_id, group_id, participant_id,
      joined_on) values (${centreId}, ${group.id}, ${signedUp}, '2026-04-01') returning id`);
    await q(sql`insert into group_attendance (centre_id, meeting_id, member_id, present)
      values (${centreId}, ${meeting.id}, ${member.id}, false)`);
    await expectErased(signedUp, 'Zapisana');
    expect(await q(sql`select id from event_registrations where id = ${reg.id}`)).toEqual([]);
    expect(await q(sql`select id from group_members where id = ${member.id}`)).toEqual([]);
    expect(await q(sql`select id from events where id = ${ev.id}`)).toHaveLength(1);

    const present = await mistaken('Obecna');
    const reg2 = await register(ev.id, present);
    await q(sql`insert into event_attendance (centre_id, session_id, registration_id, present)
      values (${centreId}, ${session.id}, ${reg2.id}, true)`);
    await expectRefused(
      present,
      'Obecna',
      'ERASURE_BLOCKED_BY_RECORDS',
      'obecna na wydarzeniu „Warsztaty kulinarne”',
    );

    const certified = await mistaken('Zaświadczona');
    const ev2 = await event('Kurs pierwszej pomocy');
    const reg3 = await register(ev2.id, certified);
    await q(sql`insert into event_certificates (centre_id, event_id, registration_id, number, issued_on,
        holder_name, minutes_attended)
      values (${centreId}, ${ev2.id}, ${reg3.id}, 'ZAS/2026/77', '2026-04-02', 'Irena Zaświadczona', 480)`);
    await expectRefused(
      certified,
      'Zaświadczona',
      'ERASURE_BLOCKED_BY_RECORDS',
      'zaświadczenie nr ZAS/2026/77',
    );

    const clubber = await mistaken('Klubowa');
    const member2 = await one<{
      id: string;
    }>(sql`insert into group_members (centre_id, group_id, participant_id,
      joined_on) values (${centreId}, ${group.id}, ${clubber}, '2026-04-01') returning id`);
    await q(sql`insert into group_attendance (centre_id, meeting_id, member_id, present)
      values (${centreId}, ${meeting.id}, ${member2.id}, true)`);
    await expectRefused(clubber, 'Klubowa', 'ERASURE_BLOCKED_BY_RECORDS', 'grupy „Klub Seniora”');
  });

  it(
    'removes a crew or stand assignment without a day worked; refuses days ' +
      'worked on a service order and in-kind help',
    async () => {
      const crew = await mistaken('Brygadowa');
      const job = await serviceJob('ZL/2026/901');
      await q(
        sql`insert into service_job_crew (centre_id, job_id, participant_id) values (${centreId}, ${job.id}, ${crew})`,
      );
      const stand = await one<{
        id: string;
      }>(sql`insert into service_stands (centre_id, workshop_id, name, place,
      from_date, to_date) values (${centreId}, ${workshopId}, 'Kiermasz', 'Rynek', '2026-05-01',
        '2026-05-01') returning id`);
      await q(
        sql`insert into service_stand_crew (centre_id, stand_id, participant_id) values
          (${centreId}, ${stand.id}, ${crew})`,
      );
      await expectErased(crew, 'Brygadowa');
      expect(await q(sql`select * from service_job_crew where job_id = ${job.id}`)).toEqual([]);
      expect(await q(sql`select * from service_stand_crew where stand_id = ${stand.id}`)).toEqual([]);

      const worker = await mistaken('Pracowita');
      const job2 = await serviceJob('ZL/2026/902');
      await q(
        sql`insert into service_job_crew (centre_id, job_id, participant_id) values (${centreId},
          ${job2.id}, ${worker})`,
      );
      await q(sql`insert into service_job_days (centre_id, job_id, participant_id, date, hours, practised)
      values (${centreId}, ${job2.id}, ${worker}, '2026-04-10', 6, 'koszenie trawy')`);
      const error = await expectRefused(
        worker,
        'Pracowita',
        'ERASURE_BLOCKED_BY_RECORDS',
        'zleceniu nr ZL/2026/902 (dni pracy: 1)',
      );
      expect(error.details.reasons).toHaveLength(1);

      const helped = await mistaken('Obdarowana');
      const donation = await one<{
        id: string;
      }>(sql`insert into inkind_donations (centre_id, donor_name, received_on)
      values (${centreId}, 'Darczyńca', '2026-03-01') returning id`);
      const item = await one<{ id: string }>(sql`insert into inkind_items (centre_id, donation_id, name, unit)
      values (${centreId}, ${donation.id}, 'Kurtka zimowa', 'szt.') returning id`);
      await q(sql`insert into inkind_movements (centre_id, item_id, operation_id, holder_kind, holder_id, delta, step,
        moved_on, note)
      values (${centreId}, ${item.id}, gen_random_uuid(), 'PARTICIPANT', ${helped}, 1, 'HANDOVER',
        '2026-03-02', 'Wydano')`);
      await expectRefused(helped, 'Obdarowana', 'ERASURE_BLOCKED_BY_RECORDS', 'pomoc rzeczową');
    },
  );

  it('removes an EU project enrolment whose support has not begun; refuses one with support given', async () => {
    const future = await mistaken('Przyszła');
    const project = await euProject('FEDS.07.05-IP.01-0901/26');
    const enrolment = await one<{
      id: string;
    }>(sql`insert into eu_project_participants (centre_id, project_id,
        participant_id, project_start, support_start, notes)
      values (${centreId}, ${project.id}, ${future}, '2028-01-01', '2028-01-01',
        'Irena Przyszła — zgłoszenie') returning id`);
    await expectErased(future, 'Przyszła');
    expect(await q(sql`select id from eu_project_participants where id = ${enrolment.id}`)).toEqual([]);

    const supported = await mistaken('Wspierana');
    await q(sql`insert into eu_project_participants (centre_id, project_id, participant_id, project_start,
        support_start) values (${centreId}, ${project.id}, ${supported}, '2026-02-01', '2026-02-01')`);
    await expectRefused(
      supported,
      'Wspierana',
      'ERASURE_BLOCKED_BY_RECORDS',
      'projektu „Aktywni razem” (FEDS.07.05-IP.01-0901/26), wsparcie od 01.02.2026',
    );
  });

  it('refuses while a transfer waits at another centre; keeps an answered transfer without the person', async () => {
    const waiting = await mistaken('Przekazana');
    await transfer(waiting, 'SENT', null);
    await expectRefused(waiting, 'Przekazana', 'ERASURE_BLOCKED_BY_RECORDS', 'najpierw je wycofaj');

    const withdrawn = await mistaken('Wycofana');
    const t = await transfer(withdrawn, 'WITHDRAWN', 'Irena Wycofana prosi o przeniesienie');
    await expectErased(withdrawn, 'Wycofana');
    const row = await one<{ participant_id: string | null; note: string | null; status: string }>(
      sql`select participant_id, note, status from network_transfers where id = ${t.id}`,
    );
    expect(row.participant_id).toBeNull();
    expect(row.status).toBe('WITHDRAWN');
    expect(row.note ?? '').not.toContain('Wycofana');
  });

  it(
    'refuses placements, graduates’ follow-ups and supported employment with ' +
      'the retention reason (they exist only on a programme)',
    async () => {
      const admitted = await admitThroughApi(c.DIRECTOR, { person: { lastName: 'Stażowa' } });
      const partner = await createPartnerThroughApi(c.DIRECTOR, { kind: 'EMPLOYER' });
      await q(sql`insert into placements (centre_id, participant_id, programme_id, partner_id, workshop_id, position,
        place, tutor_name, centre_tutor, start_date, end_date, schedule, daily_hours, learning_goals)
      values (${centreId}, ${admitted.id}, ${admitted.programme.id}, ${partner.id}, ${workshopId}, 'Pomocnik',
        'Piekarnia', 'Jan Opiekun', 'Instruktor', '2026-06-01', '2026-06-30', 'pn–pt 8–14', 6, 'Praca przy piecu')`);
      await q(sql`insert into graduate_contacts (centre_id, participant_id, programme_id, contacted_on, channel,
        employment) values (${centreId}, ${admitted.id}, ${admitted.programme.id}, '2026-07-01', 'PHONE', 'EMPLOYED')`);
      await q(sql`insert into supported_employment (centre_id, participant_id, programme_id, form, applied_on,
        signed_by_director, signed_by_social_worker, signed_by_participant)
      values (${centreId}, ${admitted.id}, ${admitted.programme.id}, 'ART_15B', '2026-07-01', true, true, true)`);
      await expectRefused(admitted.id, 'Stażowa', 'ERASURE_FORBIDDEN_BY_RETENTION', 'art. 8b ust. 5');
      for (const table of ['placements', 'graduate_contacts', 'supported_employment'])
        expect(
          await q(sql`select 1 from ${sql.table(table)} where participant_id = ${admitted.id}`),
          table,
        ).toHaveLength(1);
    },
  );

  it('refuses, writing nothing, when a table the erasure does not know points at the person', async () => {
    const id = await mistaken('Nieznana');
    await q(sql`create table if not exists future_module_rows (
      id serial primary key, participant_id uuid not null references participants (id))`);
    await q(sql`insert into future_module_rows (participant_id) values (${id})`);
    const error = await expectRefused(
      id,
      'Nieznana',
      'ERASURE_BLOCKED_BY_RECORDS',
      'w innym module są zapisy',
    );
    expect(error.message).toContain('future_module_rows');
    await q(sql`drop table future_module_rows`);
  });

  it(
    'tells the director on the record page until when the data are kept and ' +
      'why an erasure would be refused',
    async () => {
      const admitted = await admitThroughApi(c.DIRECTOR, { person: { lastName: 'Okresowa' } });
      const kept = await c.DIRECTOR.get(`/api/v1/privacy/participants/${admitted.id}/erasure`);
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json()).toMatchObject({ retentionEndsOn: null, due: false, erasable: false });
      expect(kept.json().refusal).toContain('art. 8b ust. 5');
      const worker = await mistaken('Robocza');
      const job = await serviceJob('ZL/2026/903');
      await q(sql`insert into service_job_days (centre_id, job_id, participant_id, date, hours, practised)
      values (${centreId}, ${job.id}, ${worker}, '2026-04-10', 6, 'grabienie')`);
      const blocked = (await c.DIRECTOR.get(`/api/v1/privacy/participants/${worker}/erasure`)).json();
      expect(blocked).toMatchObject({ erasable: false });
      expect(blocked.refusal).toContain('zleceniu nr ZL/2026/903');
      const free = await mistaken('Wolna');
      expect((await c.DIRECTOR.get(`/api/v1/privacy/participants/${free}/erasure`)).json()).toEqual({
        servicesEndedOn: null,
        retentionEndsOn: null,
        anonymiseFrom: null,
        due: false,
        erasable: true,
        refusal: null,
      });
      expect((await c.SOCIAL_WORKER.get(`/api/v1/privacy/participants/${free}/erasure`)).statusCode).toBe(
        403,
      );
      expect((await other.get(`/api/v1/privacy/participants/${free}/erasure`)).statusCode).toBe(404);
    },
  );

  it('lets only the director erase, and only in her centre; two erasures at once end in one 200', async () => {
    const id = await mistaken('Podwójna');
    expect(
      (
        await c.SOCIAL_WORKER.post(`/api/v1/privacy/participants/${id}/erase`, {
          reason: 'Wpis założony omyłkowo',
        })
      ).statusCode,
    ).toBe(403);
    const [a, b] = await Promise.all([erase(id), erase(id)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 404]);
    const elsewhere = await mistaken('Obca');
    const foreign = await other.post(`/api/v1/privacy/participants/${elsewhere}/erase`, {
      reason: 'Wpis założony omyłkowo',
    });
    expect(foreign.statusCode).toBe(404);
  });
});
