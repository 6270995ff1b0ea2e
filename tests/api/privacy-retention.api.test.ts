import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { anonymiseParticipant } from '../../src/app/privacy/anonymise-participant';
import { retentionAnonymiseJob } from '../../src/jobs/retention-anonymise.job';
import { type ApiClient, type ApiHarness, createApiHarness, seedCentre } from '../support/api';
import { testEngines } from '../support/db';
import { insertServiceItem } from '../factories/network.factory';
import { createPartnerThroughApi } from '../factories/partner.factory';
import { closeMay, preparePayrollMonth } from '../factories/payroll.factory';

/** A valid PESEL for a birth date in the 1900s and a sex (written here, not the app's validator). */
function pesel(birthDate: string, sex: 'F' | 'M', serial: number): string {
  const [y, m, d] = birthDate.split('-');
  const base = `${y!.slice(2)}${m}${d}${String(serial).padStart(3, '0')}${sex === 'F' ? 2 : 1}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...base].reduce((s, ch, i) => s + Number(ch) * w[i]!, 0);
  return base + String((10 - (sum % 10)) % 10);
}
/** A valid Polish NRB for a 24-digit BBAN (ISO 7064 mod 97, "PL" = 2521). */
function nrb(bban: string): string {
  const check = 98n - (BigInt(`${bban}252100`) % 97n);
  return String(check).padStart(2, '0') + bban;
}
const pdfWith = (text: string) =>
  Buffer.concat([
    Buffer.from('%PDF-1.4\n'),
    Buffer.from(`% ${text}\n`),
    Buffer.alloc(500, 32),
    Buffer.from('%%EOF\n'),
  ]);

async function upload(client: ApiClient, id: string, name: string, bytes: Buffer) {
  const boundary = `----reintegra${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nREFERRAL\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\nSkan: ${name}\r\n`,
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', `/api/v1/participants/${id}/documents`, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

describe.each(testEngines())('retention and anonymisation on %s', (engine) => {
  let h: ApiHarness;
  let c: Record<Role, ApiClient>;
  let centreId: string;
  let people: { full: string; cash: string; trial: string; leaving: string };
  let otherCentreId: string;
  let employerId: string;
  let networkId: string;
  let entryId: string;
  /** What identifies each person who will be anonymised (searched for everywhere afterwards). */
  const identifying: Record<string, string[]> = {};
  const realNow = () => new Date();
  // The exits are recorded today and their certificates issued today (art. 13 ust. 5a): services end today.
  const today = new Date().toISOString().slice(0, 10);
  const keptUntilYear = Number(today.slice(0, 4)) + 10;

  const q = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(h.deps.db)).rows;
  /** The annual figures, computed here with plain SQL on the tables (not with the app's reports). */
  const figures = async () => ({
    byGroup:
      await q(sql`select g as group, count(*)::int as n from participants p, unnest(p.eligibility_groups) g
      where p.centre_id = ${centreId} group by g order by g`),
    bySex: await q(sql`select sex, count(*)::int as n from participants where centre_id = ${centreId}
      group by sex order by sex`),
    byBirthYear: await q(sql`select extract(year from birth_date)::int as year, count(*)::int as n
      from participants where centre_id = ${centreId} group by 1 order by 1`),
    byStatus: await q(sql`select status, count(*)::int as n from participants where centre_id = ${centreId}
      group by status order by status`),
    payroll:
      await q(sql`select m.month, m.status, m.total_grosze::int as total, sum(l.total_grosze)::int as lines,
        sum(l.benefit_grosze)::int as benefit, sum(l.bonus_grosze)::int as bonus, count(*)::int as n
      from payroll_months m join payroll_lines l on l.payroll_id = m.id where m.centre_id = ${centreId}
      group by m.month, m.status, m.total_grosze order by m.month`),
    payrollPerPerson:
      await q(sql`select participant_id, kind, status, total_grosze::int as total from payroll_lines
      where centre_id = ${centreId} order by participant_id, kind`),
    attendance: await q(sql`select to_char(date, 'YYYY-MM') as month, status, count(*)::int as n,
        sum(coalesce(hours, 0))::int as hours
      from attendance_entries where centre_id = ${centreId} group by 1, 2 order by 1, 2`),
    exits:
      await q(sql`select exit_type, last_day, continuation_until, status, count(*)::int as n from programmes
      where centre_id = ${centreId} group by 1, 2, 3, 4 order by 1, 2`),
    referrals: await q(sql`select referring_body_kind, applicant_type, received_on, count(*)::int as n
      from referrals where centre_id = ${centreId} group by 1, 2, 3 order by 1, 2, 3`),
    documents: await q(sql`select participant_id, kind, count(*)::int as n from participant_documents
      where centre_id = ${centreId} group by 1, 2 order by 1, 2`),
    // The other modules' figures (reports, EU projects, events, services, in-kind help).
    outcomes: await q(sql`select participant_id, source, observed_on::text as on, work, employment_form
      from participant_outcomes where centre_id = ${centreId} order by 1, 3`),
    euProject: await q(sql`select participant_id, support_start::text as s, support_forms, disability,
        exit_situation from eu_project_participants where centre_id = ${centreId} order by 1`),
    certificates: await q(sql`select r.participant_id, r.status, c.number, c.minutes_attended as minutes
      from event_certificates c join event_registrations r on r.id = c.registration_id
      where c.centre_id = ${centreId} order by c.number`),
    jobDays: await q(sql`select participant_id, date::text as date, hours from service_job_days
      where centre_id = ${centreId} order by 1, 2`),
    stock: await q(sql`select holder_id, sum(delta)::int as n from inkind_movements
      where centre_id = ${centreId} group by 1 order by 1`),
    registrations: await q(sql`select participant_id, status, kind from event_registrations
      where centre_id = ${centreId} order by 1`),
    placements: await q(sql`select participant_id, status, start_date::text as s, end_date::text as e,
        daily_hours::text as h, evaluation->'ratings' as ratings, jsonb_array_length(evaluation->'skills') as skills,
        (select sum(d.hours)::text from placement_days d where d.placement_id = p.id) as hours
      from placements p where centre_id = ${centreId} order by 1`),
    graduates: await q(sql`select participant_id, contacted_on::text as on, channel, employment
      from graduate_contacts where centre_id = ${centreId} order by 1`),
    supported: await q(sql`select participant_id, form, applied_on::text as a, employment_from::text as f
      from supported_employment where centre_id = ${centreId} order by 1`),
    transfers: await q(sql`select participant_id, status, consent_on::text as c, categories
      from network_transfers where from_centre_id = ${centreId} order by 1`),
    enquiries: await q(sql`select entry_id, status, count(*)::int as n from network_enquiries
      where centre_id = ${centreId} group by 1, 2 order by 1, 2`),
  });

  /**
   * The person in the modules added after the anonymiser (migrations 0014–0018): an outcome, an EU project
   * row, an event certificate, a job day of a service order and an in-kind hand-over, each naming them in
   * its free text, through plain SQL (what the modules' own use cases would store).
   */
  async function seedModules(id: string, first: string, last: string, phone: string, serial: number) {
    const named = `${first} ${last}`;
    const u = await q<{ id: string }>(sql`select id from users limit 1`);
    const w = await q<{ id: string }>(sql`select id from workshops where centre_id = ${centreId} limit 1`);
    await q(sql`insert into participant_outcomes (centre_id, participant_id, source, observed_on, work,
        employment_form, note)
      values (${centreId}, ${id}, 'EXIT', '2026-05-31', 'EMPLOYED', 'UMOWA_O_PRACE',
        ${`${named} pracuje w piekarni, tel. ${phone}`})`);
    const [project] = await q<{
      id: string;
    }>(sql`insert into eu_projects (centre_id, number, title, programme,
        priority, start_date, end_date)
      values (${centreId}, ${`FEDS.07-${serial}`}, 'Aktywni razem', 'FEDS', '7', '2026-01-01',
        '2027-12-31') returning id`);
    await q(sql`insert into eu_project_participants (centre_id, project_id, participant_id, project_start,
        support_start, support_forms, disability, exit_situation, notes, created_by_name)
      values (${centreId}, ${project!.id}, ${id}, '2026-01-01', '2026-02-01', '{CIS}', 'YES', 'EMPLOYED',
        ${`Rozmowa z ${named} — PESEL w aktach`}, 'Dyrektor Centrum')`);
    const [event] = await q<{
      id: string;
    }>(sql`insert into events (centre_id, kind, title, starts_on, ends_on)
      values (${centreId}, 'COURSE', 'Kurs pierwszej pomocy', '2026-04-01', '2026-04-02') returning id`);
    const [reg] = await q<{ id: string }>(sql`insert into event_registrations (centre_id, event_id, kind,
        participant_id, guest_name, status)
      values (${centreId}, ${event!.id}, 'PARTICIPANT', ${id}, ${named}, 'REGISTERED') returning id`);
    await q(sql`insert into event_certificates (centre_id, event_id, registration_id, number, issued_on,
        holder_name, minutes_attended)
      values (${centreId}, ${event!.id}, ${reg!.id}, ${`ZAS/2026/${serial}`}, '2026-04-02', ${named}, 480)`);
    await audit(reg!.id, 'event.certificate', { holder: named });
    const [customer] = await q<{ id: string }>(sql`insert into service_customers (centre_id, kind, full_name,
        consent_on) values (${centreId}, 'PERSON', 'Klient Usługowy', '2026-03-01') returning id`);
    const [order] = await q<{ id: string }>(sql`insert into service_orders (centre_id, number, workshop_id,
        customer_id, status, title, quote_date, vat_status, total_net, total_vat, total_gross)
      values (${centreId}, ${`ZL/${serial}`}, ${w[0]!.id}, ${customer!.id}, 'DONE', 'Koszenie', '2026-04-01',
        'EXEMPT', 10000, 0, 10000) returning id`);
    const [job] = await q<{ id: string }>(sql`insert into service_jobs (centre_id, order_id, workshop_id,
        instructor_id, from_date, to_date, place, address, task)
      values (${centreId}, ${order!.id}, ${w[0]!.id}, ${u[0]!.id}, '2026-04-10', '2026-04-10', 'Park',
        'ul. Parkowa 1', 'Koszenie') returning id`);
    await q(sql`insert into service_job_crew (centre_id, job_id, participant_id)
      values (${centreId}, ${job!.id}, ${id})`);
    await q(sql`insert into service_job_days (centre_id, job_id, participant_id, date, hours, practised)
      values (${centreId}, ${job!.id}, ${id}, '2026-04-10', 6, ${`${named} obsługiwał kosiarkę`})`);
    const [item] = await q<{
      id: string;
    }>(sql`insert into inkind_donations (centre_id, donor_name, received_on)
      values (${centreId}, 'Darczyńca Anonimowy', '2026-03-01') returning id`);
    {
      const [thing] = await q<{
        id: string;
      }>(sql`insert into inkind_items (centre_id, donation_id, name, unit)
        values (${centreId}, ${item!.id}, 'Kurtka zimowa', 'szt.') returning id`);
      await q(sql`insert into inkind_movements (centre_id, item_id, operation_id, holder_kind, holder_id, delta,
          step, moved_on, note)
        values (${centreId}, ${thing!.id}, gen_random_uuid(), 'PARTICIPANT', ${id}, 1, 'HANDOVER',
          '2026-03-02', ${`Wydano ${named}`})`);
    }
    await seedNewerModules(id, named, phone, serial);
  }

  /**
   * The person in the modules after migration 0024: a placement (goals, evaluation, a day's note), a
   * graduate's follow-up, supported employment, a transfer to another centre of the network (answered, its
   * note naming her) and a public enquiry from the network's catalogue with her name, phone and e-mail.
   */
  async function seedNewerModules(id: string, named: string, phone: string, serial: number) {
    const [programme] = await q<{ id: string }>(sql`select id from programmes
      where centre_id = ${centreId} and participant_id = ${id} limit 1`);
    const w = await q<{ id: string }>(sql`select id from workshops where centre_id = ${centreId} limit 1`);
    const [placement] = await q<{ id: string }>(sql`insert into placements (centre_id, participant_id,
        programme_id, partner_id, workshop_id, number, status, position, place, tutor_name, centre_tutor,
        start_date, end_date, schedule, daily_hours, learning_goals, evaluation, evaluated_on)
      values (${centreId}, ${id}, ${programme!.id}, ${employerId}, ${w[0]!.id}, ${`PR/2026/${serial}`}, 'FINISHED',
        'Pomocnik piekarza', 'Piekarnia Złoty Kłos', 'Jan Opiekun', 'Instruktor', '2026-05-04', '2026-05-08',
        'pn–pt 7–13', 6, ${`${named} uczy się wypieku`}, ${JSON.stringify({
          evaluatedOn: '2026-05-08',
          ratings: { punctuality: 5 },
          skills: ['wypiek chleba', `pracę w zespole (${named})`],
          tutorOpinion: `${named} pracowała sumiennie`,
          recommendation: `Polecam ${named}`,
        })}::jsonb, '2026-05-08') returning id`);
    await q(sql`insert into placement_days (placement_id, centre_id, participant_id, date, hours, note)
      values (${placement!.id}, ${centreId}, ${id}, '2026-05-04', 6, ${`${named} spóźniła się — wizyta u lekarza`})`);
    await q(sql`insert into graduate_contacts (centre_id, participant_id, programme_id, contacted_on, channel,
        employment, employer, support_given, note, recorded_by_name)
      values (${centreId}, ${id}, ${programme!.id}, '2026-06-15', 'PHONE', 'EMPLOYED', 'Piekarnia Złoty Kłos',
        ${`rozmowa z ${named}`}, 'mieszka u siostry', 'Dyrektor Centrum')`);
    await q(sql`insert into supported_employment (centre_id, participant_id, programme_id, form, applied_on,
        signed_by_director, signed_by_social_worker, signed_by_participant, justification, pup_name,
        employment_from, note)
      values (${centreId}, ${id}, ${programme!.id}, 'ART_15B', '2026-06-01', true, true, true,
        'gotowa do pracy po terapii', 'PUP w Bolesławcu', '2026-07-01', 'kontakt wieczorem')`);
    await q(sql`insert into network_transfers (network_id, from_centre_id, to_centre_id, participant_id, status,
        applicant_type, consent_on, consent_scope, consent_note, categories, note, refusal_reason, responded_at,
        expires_at)
      values (${networkId}, ${centreId}, ${otherCentreId}, ${id}, 'REFUSED', 'PERSON', '2026-05-20', '{IDENTITY}',
        ${`zgoda ${named}`}, '{IDENTITY}', ${`Przekazanie ${named}`}, ${`brak miejsc dla ${named}`}, now(),
        now() + interval '30 days')`);
    await q(sql`insert into network_enquiries (network_id, entry_id, centre_id, full_name, email, phone, message)
      values (${networkId}, ${entryId}, ${centreId}, ${named}, ${`kontakt.${serial}@poczta.example`}, ${phone},
        ${`Dzień dobry, tu ${named}, proszę o wycenę koszenia`})`);
  }
  async function audit(entityId: string, action: string, details: Record<string, unknown>) {
    await q(sql`insert into audit_log (centre_id, actor_email, action, entity_type, entity_id, details)
      values (${centreId}, 'director@example.test', ${action}, 'event_certificate', ${entityId},
        ${JSON.stringify(details)}::jsonb)`);
  }

  /**
   * Every text, character, json(b), array and bytea column of every table of every schema, searched for
   * each value: the rows where it occurs, as "table.column".
   */
  async function findAnywhere(values: string[]): Promise<string[]> {
    const columns = await q<{ s: string; t: string; c: string; type: string }>(sql`
      select c.table_schema as s, c.table_name as t, c.column_name as c, c.data_type as type
      from information_schema.columns c join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema not in ('pg_catalog', 'information_schema')
        and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')`);
    expect(columns.length).toBeGreaterThan(100);
    const hits: string[] = [];
    const list = sql.join(values.map((v) => sql`(${v}::text)`));
    for (const col of columns) {
      const ref = sql.ref(`x.${col.c}`);
      const match =
        col.type === 'bytea'
          ? sql`position(convert_to(v.value, 'UTF8') in ${ref}) > 0`
          : sql`position(lower(v.value) in lower(${ref}::text)) > 0`;
      const found = await q<{ value: string }>(sql`select v.value from (values ${list}) as v(value)
        where exists (select 1 from ${sql.table(`${col.s}.${col.t}`)} as x where ${match})`);
      for (const f of found) hits.push(`${col.s}.${col.t}.${col.c} ∋ ${f.value}`);
    }
    return hits;
  }

  beforeAll(async () => {
    h = await createApiHarness(engine);
    const prepared = await preparePayrollMonth(h.app, h.deps);
    ({ c, centreId, people } = prepared);
    const d = c.DIRECTOR;
    otherCentreId = (await seedCentre(h.deps, ['DIRECTOR'])).centreId;
    employerId = (await createPartnerThroughApi(d, { kind: 'EMPLOYER' })).id;
    const [network] = await q<{ id: string }>(sql`insert into networks (name, kind, coordinator_org_name,
        coordinator_org_kind) values ('Sieć Dolnośląska', 'REGIONAL', 'Związek CIS', 'ASSOCIATION') returning id`);
    networkId = network!.id;
    const [entry] = await q<{ id: string }>(sql`insert into network_catalogue_entries (network_id, centre_id,
        service_item_id) values (${networkId}, ${centreId},
        ${await insertServiceItem(h.deps.db, centreId, 'Koszenie trawników')}) returning id`);
    entryId = entry!.id;

    // Contacts, address, PESEL and an own account for the three who will leave (rectification, logged).
    const details = [
      [
        people.full,
        'F',
        'Zofia',
        'Pełna',
        '601 222 333',
        'zofia.pelna@poczta.example',
        'Ogrodowa',
        '0000000000011111',
        11,
      ],
      [people.cash, 'M', 'Jan', 'Gotówka', '602 444 555', 'jan.gotowka@poczta.example', 'Polna', null, 12],
      [
        people.leaving,
        'M',
        'Adam',
        'Pracujący',
        '603 666 777',
        'adam.pracujacy@poczta.example',
        'Leśna',
        '0000000000022222',
        13,
      ],
    ] as const;
    for (const [id, sex, first, last, phone, email, street, account, serial] of details) {
      const before = (await d.get(`/api/v1/participants/${id}`)).json();
      const number = pesel(before.birthDate, sex, serial);
      const bank = account ? nrb(`10901014${account}`) : null;
      const patched = await d.patch(`/api/v1/participants/${id}`, {
        pesel: number,
        sex,
        phone,
        email,
        street,
        buildingNo: '17',
        postalCode: '59-700',
        city: 'Bolesławiec',
        ...(bank ? { bankAccount: bank } : {}),
        version: before.version,
      });
      expect(patched.statusCode, patched.body).toBe(200);
      identifying[id] = [
        `${first} ${last}`,
        `${last} ${first}`,
        last,
        number,
        phone,
        email,
        `${street} 17`,
        `kontakt.${serial}@poczta.example`,
      ];
      await seedModules(id, first, last, phone, serial);
      if (bank) identifying[id]!.push(bank);
      const scan = await upload(d, id, `skierowanie ${last}`, pdfWith(`${first} ${last} PESEL ${number}`));
      expect(scan.statusCode, scan.body).toBe(201);
    }
    const bonus = await d.post('/api/v1/payroll/bonuses', {
      month: '2026-05',
      participantId: people.full,
      amountGrosze: 20000,
      justification: 'Zofia Pełna: aktywna postawa i postępy w warsztacie.',
    });
    expect(bonus.statusCode, bonus.body).toBe(200);
    await closeMay(c, prepared.workshopId);

    // Exits after the closed month: the two who finished, and the one working since April continues to October.
    for (const [id, type, justification] of [
      [people.full, 'COMPLETED', 'Zofia Pełna ukończyła program.'],
      [people.cash, 'WITHDRAWAL', 'Jan Gotówka zrezygnował z przyczyn rodzinnych.'],
    ] as const) {
      const programme = (await d.get(`/api/v1/participants/${id}/pathway`)).json().programmes[0];
      const exit = await d.post(`/api/v1/participants/${id}/programmes/${programme.id}/exit`, {
        type,
        lastDay: '2026-05-31',
        justification,
        version: programme.version,
      });
      expect(exit.statusCode, exit.body).toBe(200);
    }
  });
  afterAll(async () => {
    h.deps.now = realNow;
    await h.close();
  });

  it('lists whose retention runs and refuses an anonymisation before its end, writing nothing', async () => {
    expect((await c.INSTRUCTOR.get('/api/v1/privacy/participants/retention')).statusCode).toBe(403);
    expect((await c.ADMIN.get('/api/v1/privacy/participants/retention')).statusCode).toBe(403);
    const view = (await c.DIRECTOR.get('/api/v1/privacy/participants/retention')).json();
    expect(view.due).toEqual([]);
    const full = view.upcoming.find((i: { participantId: string }) => i.participantId === people.full);
    expect(full).toMatchObject({
      servicesEndedOn: today,
      retentionEndsOn: `${keptUntilYear}-12-31`,
      due: false,
    });
    expect(full.anonymiseFrom).toBe(`${keptUntilYear + 1}-01-01`);
    expect(view.upcoming.map((i: { participantId: string }) => i.participantId).sort()).toEqual(
      [people.full, people.cash, people.leaving].sort(),
    );
    expect(view.upcoming.map((i: { participantId: string }) => i.participantId)).not.toContain(people.trial);

    const jobsBefore = await q(sql`select count(*)::int as n from job_runs`);
    const early = await c.DIRECTOR.post('/api/v1/privacy/participants/retention/anonymise', {
      participantIds: [people.full, people.trial],
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('RETENTION_NOT_OVER');
    expect(early.json().error.message).toContain('art. 8b ust. 5');
    expect(early.json().error.details.fields).toEqual([
      expect.objectContaining({
        path: 'participantIds.0',
        message: expect.stringContaining(`do 31.12.${keptUntilYear}`),
      }),
      expect.objectContaining({
        path: 'participantIds.1',
        message: expect.stringContaining('nie zostało zakończone'),
      }),
    ]);
    expect(await q(sql`select count(*)::int as n from retention_anonymisations`)).toEqual([{ n: 0 }]);
    expect(await q(sql`select count(*)::int as n from job_runs`)).toEqual(jobsBefore);
    expect(
      (
        await c.SOCIAL_WORKER.post('/api/v1/privacy/participants/retention/anonymise', {
          participantIds: [people.full],
        })
      ).statusCode,
    ).toBe(403);
  });

  it(
    'refuses to erase on request what the Act orders kept, and erases a mistaken ' +
      'record without a trace of the name',
    async () => {
      const kept = await c.DIRECTOR.post(`/api/v1/privacy/participants/${people.full}/erase`, {
        reason: 'Wniosek osoby o usunięcie danych',
      });
      expect(kept.statusCode).toBe(409);
      expect(kept.json().error).toMatchObject({
        code: 'ERASURE_FORBIDDEN_BY_RETENTION',
        message: expect.stringContaining(`do 31.12.${keptUntilYear}`),
      });
      const active = await c.DIRECTOR.post(`/api/v1/privacy/participants/${people.trial}/erase`, {
        reason: 'Wniosek osoby o usunięcie danych',
      });
      expect(active.json().error.code).toBe('ERASURE_FORBIDDEN_BY_RETENTION');
      expect(active.json().error.message).toContain('art. 8b ust. 5');
      expect((await c.DIRECTOR.get(`/api/v1/participants/${people.full}`)).statusCode).toBe(200);

      const mistaken = await c.SOCIAL_WORKER.post('/api/v1/participants', {
        firstName: 'Bożena',
        lastName: 'Pomyłkowa',
        pesel: null,
        birthDate: '1975-06-15',
        sex: 'F',
        phone: '699 000 111',
      });
      expect(mistaken.statusCode, mistaken.body).toBe(201);
      const id = mistaken.json().id as string;
      expect(
        (await c.SOCIAL_WORKER.post(`/api/v1/privacy/participants/${id}/erase`, { reason: 'wniosek' }))
          .statusCode,
      ).toBe(403);
      const erased = await c.DIRECTOR.post(`/api/v1/privacy/participants/${id}/erase`, {
        reason: 'Wniosek Bożeny Pomyłkowej z 2.12.2026',
      });
      expect(erased.statusCode, erased.body).toBe(200);
      expect((await c.DIRECTOR.get(`/api/v1/participants/${id}`)).statusCode).toBe(404);
      const trail = await q<{ action: string; actor_email: string; details: Record<string, unknown> }>(
        sql`select action, actor_email, details from audit_log where entity_id = ${id} order by id`,
      );
      expect(trail.map((t) => t.action)).toEqual([
        'participant.create',
        'participant.delete',
        'participant.erase',
      ]);
      expect(trail.every((t) => t.details.person === erased.json().person)).toBe(true);
      expect(await findAnywhere(['Pomyłkowa', 'Pomyłkowej', '699 000 111'])).toEqual([]);
    },
  );

  it('anonymises after the retention period through the job: every figure stays, ' +
    'nothing identifying remains anywhere', async () => {
    const before = await figures();
    expect(before.payroll).toEqual([expect.objectContaining({ month: '2026-05', status: 'CLOSED', n: 4 })]);
    const month = before.payroll[0] as { total: number; lines: number };
    expect(month.total).toBe(month.lines);
    expect(before.byStatus).toEqual(expect.arrayContaining([{ status: 'EXITED', n: 3 }]));
    const leavers = [people.full, people.cash, people.leaving];
    const values = leavers.flatMap((id) => identifying[id]!);
    expect((await findAnywhere(values)).length).toBeGreaterThan(20); // the search finds them before

    // The app's clock (deps.now) moves to January 2037; the open sessions move with it, as if everyone
    // had just signed in again.
    const to = new Date(`${keptUntilYear + 1}-01-02T09:00:00Z`);
    const shift = `${Math.round((to.getTime() - Date.now()) / 1000)} seconds`;
    h.deps.now = () => to;
    await q(sql`update sessions set created_at = created_at + ${shift}::interval,
      last_seen_at = last_seen_at + ${shift}::interval, expires_at = expires_at + ${shift}::interval`);
    const director = c.DIRECTOR;
    const view = (await director.get('/api/v1/privacy/participants/retention')).json();
    expect(view.today).toBe(`${keptUntilYear + 1}-01-02`);
    expect(view.due.map((i: { participantId: string }) => i.participantId).sort()).toEqual(
      [...leavers].sort(),
    );

    const approved = await director.post('/api/v1/privacy/participants/retention/anonymise', {
      participantIds: leavers,
    });
    expect(approved.statusCode, approved.body).toBe(202);
    expect(approved.json().approved).toBe(3);
    let job: { status: string; result: unknown } = { status: 'QUEUED', result: null };
    for (let i = 0; i < 200 && (job.status === 'QUEUED' || job.status === 'RUNNING'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await director.get(`/api/v1/jobs/${approved.json().jobId}`)).json();
    }
    expect(job).toMatchObject({ status: 'DONE', result: { anonymised: 3, alreadyDone: 0, notDue: [] } });

    expect(await figures()).toEqual(before);
    expect(await findAnywhere(values)).toEqual([]);
    // Free text about the person goes even where it does not name her (a health remark, an opinion).
    expect(
      await q(sql`select d.note, s.justification, s.note as se_note, g.note as g_note,
          p.evaluation->>'tutorOpinion' as opinion, p.evaluation->>'recommendation' as recommendation
        from placements p join placement_days d on d.placement_id = p.id
          join supported_employment s on s.participant_id = p.participant_id
          join graduate_contacts g on g.participant_id = p.participant_id
        where p.participant_id in (${sql.join(leavers)})`),
    ).toEqual(
      leavers.map(() => ({
        note: null,
        justification: null,
        se_note: null,
        g_note: null,
        opinion: '[usunięto]',
        recommendation: null,
      })),
    );
    // The one still taking part keeps her data (the search would see her).
    expect((await findAnywhere(['Próbna'])).length).toBeGreaterThan(0);

    // The audit keeps who did what, without the person; the record reads as the pseudonym.
    const trail = await q<{ action: string; actor_email: string; details: Record<string, unknown> }>(
      sql`select action, actor_email, details from audit_log where entity_id = ${people.full} order by id`,
    );
    expect(trail.map((t) => t.action)).toEqual(
      expect.arrayContaining(['participant.update', 'participant.anonymise']),
    );
    expect(trail.find((t) => t.action === 'participant.update')!.actor_email).toMatch(/^director\./);
    const pseudonym = trail.at(-1)!.details.person as string;
    expect(pseudonym).toMatch(/^Osoba-[0-9A-F]{8}$/);
    expect(trail.every((t) => t.details.person === pseudonym)).toBe(true);
    const record = (await director.get(`/api/v1/participants/${people.full}`)).json();
    expect(record).toMatchObject({ firstName: 'Osoba', lastName: pseudonym, pesel: null, phone: null });
    expect(record.birthDate).toBe('1980-01-01');
    const view2 = (await director.get('/api/v1/privacy/participants/retention')).json();
    expect(view2.due).toEqual([]);
    expect(view2.approvals.filter((a: { status: string }) => a.status === 'DONE')).toHaveLength(3);

    // Idempotent: a second approval is refused, a re-run of the job changes nothing.
    const again = await director.post('/api/v1/privacy/participants/retention/anonymise', {
      participantIds: [people.full],
    });
    expect(again.json().error.code).toBe('ANONYMISATION_ALREADY_APPROVED');
    const ctx = {
      actor: { userId: record.createdBy ?? '', centreId, roles: ['DIRECTOR'] },
      actorEmail: 'x',
      ip: null,
    };
    expect(await anonymiseParticipant(h.deps, ctx as never, people.full)).toBe('ALREADY_DONE');
    const rerun = await retentionAnonymiseJob(
      h.deps,
      { kind: 'retention-anonymise', ctx: ctx as never, params: { participantIds: leavers }, payload: null },
      async () => {},
    );
    expect(rerun).toMatchObject({ anonymised: 0, alreadyDone: 3 });
    expect(await figures()).toEqual(before);
  }, 180_000);
});
