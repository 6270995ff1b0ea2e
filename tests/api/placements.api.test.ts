import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { admitThroughApi } from '../factories/pathway.factory';
import { buildAgreement, insertPartner } from '../factories/partner.factory';
import { readBack } from '../reports/pdf-readback';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

describe.each(testEngines())('placements at partner employers on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let centreId: string;
  let workshopId: string;
  let personId: string;
  let firmId: string;
  let agreementId: string;

  const plan = (overrides: Record<string, unknown> = {}) => ({
    participantId: personId,
    partnerId: firmId,
    agreementId,
    workshopId,
    position: 'Pomocnik malarza',
    place: 'Budowa przy ul. Lipowej 3, Świebodzin',
    tutorName: 'Marek Zięba',
    tutorPhone: '600 700 800',
    centreTutor: 'Jan Kowalski, instruktor zawodu',
    startDate: '2026-05-11',
    endDate: '2026-05-22',
    schedule: 'poniedziałek–piątek, 7:00–13:00',
    dailyHours: 6,
    learningGoals: 'Przygotowanie podłoża, gruntowanie, malowanie wałkiem, BHP na rusztowaniu.',
    ...overrides,
  });

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other, centreId } = await signInEveryRole(h, c));
    h.deps.now = () => new Date('2026-05-20T10:00:00Z');
    const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
    workshopId = (
      await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Remontowy',
        type: 'RENOVATION_CONSTRUCTION',
        instructorIds: [instructorId],
      })
    ).json().id;
    personId = (await admitThroughApi(c.DIRECTOR, { person: { firstName: 'Zenon', lastName: 'Łączyński' } }))
      .id;
    const a = await c.SOCIAL_WORKER.post(`/api/v1/workshops/${workshopId}/assignments`, {
      participantId: personId,
      fromDate: '2026-02-02',
    });
    expect(a.statusCode, a.body).toBe(201);
    const programme = await c.INSTRUCTOR.request(
      'PUT',
      `/api/v1/workshops/${workshopId}/class-programmes/2026-05`,
      {
        weekdayHours: [7, 7, 7, 7, 6, 0, 0],
        dayHours: {},
        version: null,
      },
    );
    expect(programme.statusCode, programme.body).toBe(200);
    firmId = (
      await insertPartner(h.deps.db, centreId, {
        kind: 'EMPLOYER',
        name: 'Malbud sp. z o.o.',
        nip: '5260250274',
        city: 'Świebodzin',
      })
    ).id;
    const ag = await c.DIRECTOR.post(
      `/api/v1/partners/${firmId}/agreements`,
      buildAgreement({ number: 'POR/7/2026', subject: 'Praktyki zawodowe uczestników CIS' }),
    );
    expect(ag.statusCode, ag.body).toBe(201);
    agreementId = ag.json().id;
  });
  afterAll(() => h.close());

  const count = async () =>
    Number(
      (
        await h.deps.db
          .selectFrom('placements')
          .select((e) => e.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const fields = (res: {
    json: () => { error?: { details?: { fields?: { path: string; code: string }[] } } };
  }) => (res.json().error?.details?.fields ?? []).map((f) => `${f.path}:${f.code}`);

  it('refuses a bad plan with Polish field errors and writes nothing', async () => {
    const backwards = await c.SOCIAL_WORKER.post(
      '/api/v1/placements',
      plan({ startDate: '2026-05-22', endDate: '2026-05-11' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(fields(backwards)).toContain('endDate:PLACEMENT_END_BEFORE_START');
    expect(backwards.body).toContain('przed jej początkiem');
    // The IPZS starts on 2 February 2026: a placement from January is outside the participation.
    const early = await c.SOCIAL_WORKER.post('/api/v1/placements', plan({ startDate: '2026-01-20' }));
    expect(fields(early)).toContain('startDate:PLACEMENT_OUTSIDE_PARTICIPATION');
    // 8 h × 5 days = 40 h > the 35 h a week of this IPZS.
    const long = await c.SOCIAL_WORKER.post('/api/v1/placements', plan({ dailyHours: 8 }));
    expect(fields(long)).toContain('dailyHours:PLACEMENT_HOURS_OVER_IPZS');
    // The agreement runs from 2 January to 31 December 2026: a placement into 2027 is not covered.
    const late = await c.SOCIAL_WORKER.post('/api/v1/placements', plan({ endDate: '2027-01-15' }));
    expect(fields(late)).toContain('agreementId:AGREEMENT_NOT_VALID');
    const garbage = await c.SOCIAL_WORKER.post(
      '/api/v1/placements',
      plan({ dailyHours: 'dużo', startDate: '2026-02-30' }),
    );
    expect(garbage.statusCode).toBe(400);
    expect(await count()).toBe(0);
  });

  it('takes a placement from plan to the evaluation certificate; its days are class days in the register', async () => {
    const created = await c.SOCIAL_WORKER.post('/api/v1/placements', plan());
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ status: 'PLANNED', number: null, totals: { days: 0, hours: 0 } });

    const draft = readBack(
      'placement-draft',
      (await c.SOCIAL_WORKER.get(`/api/v1/placements/${id}/agreement.pdf`)).rawPayload,
    ).text;
    expect(draft).toContain('Umowa o praktykę zawodową — projekt');

    const tooEarly = await c.INSTRUCTOR.post(`/api/v1/placements/${id}/days`, {
      date: '2026-05-11',
      hours: 6,
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.body).toContain('umowy o praktykę');

    const lateSign = await c.DIRECTOR.post(`/api/v1/placements/${id}/sign`, {
      signedOn: '2026-05-12',
      version: 1,
    });
    expect(fields(lateSign)).toContain('signedOn:SIGNED_AFTER_START');
    const signed = await c.DIRECTOR.post(`/api/v1/placements/${id}/sign`, {
      signedOn: '2026-05-08',
      version: 1,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'AGREED', number: 'PR/2026/0001', signedOn: '2026-05-08' });
    const stale = await c.DIRECTOR.post(`/api/v1/placements/${id}/cancel`, { reason: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);

    for (const [date, hours] of [
      ['2026-05-11', 6],
      ['2026-05-12', 6],
      ['2026-05-13', 5.5],
    ] as const) {
      const day = await c.INSTRUCTOR.post(`/api/v1/placements/${id}/days`, { date, hours });
      expect(day.statusCode, day.body).toBe(200);
    }
    const outside = await c.INSTRUCTOR.post(`/api/v1/placements/${id}/days`, {
      date: '2026-05-25',
      hours: 6,
    });
    expect(fields(outside)).toContain('date:OUTSIDE_PLACEMENT');
    const future = await c.INSTRUCTOR.post(`/api/v1/placements/${id}/days`, { date: '2026-05-21', hours: 6 });
    expect(fields(future)).toContain('date:FUTURE_DAY');
    // An instructor marked 14 May as an unexcused absence: the placement does not overwrite the register.
    const absent = await c.INSTRUCTOR.request('PUT', '/api/v1/attendance', {
      workshopId,
      month: '2026-05',
      entries: [{ participantId: personId, date: '2026-05-14', status: 'unexcused', version: null }],
    });
    expect(absent.statusCode, absent.body).toBe(200);
    const clash = await c.INSTRUCTOR.post(`/api/v1/placements/${id}/days`, { date: '2026-05-14', hours: 6 });
    expect(fields(clash)).toContain('date:REGISTER_HAS_OTHER_STATUS');
    expect(clash.body).toContain('nieobecność nieusprawiedliwiona');

    const register = await h.deps.db
      .selectFrom('attendance_entries')
      .select(['date', 'status', 'hours', 'workshop_id'])
      .where('participant_id', '=', personId)
      .orderBy('date')
      .execute();
    expect(register.map((r) => [r.date, r.status, Number(r.hours)])).toEqual([
      ['2026-05-11', 'present', 6],
      ['2026-05-12', 'present', 6],
      ['2026-05-13', 'present', 5.5],
      ['2026-05-14', 'unexcused', 0],
    ]);

    const detail = (await c.SOCIAL_WORKER.get(`/api/v1/placements/${id}`)).json();
    // 6 + 6 + 5,5 = 17,5 h on 3 days.
    expect(detail.totals).toEqual({ days: 3, hours: 17.5 });
    const evaluation = {
      evaluatedOn: '2026-05-20',
      ratings: { punctuality: 5, quality: 4, independence: 4, cooperation: 5, safety: 3 },
      skills: ['gruntowanie i malowanie ścian', 'praca w zespole na budowie'],
      tutorOpinion: 'Sumienny, punktualny, chętnie się uczy.',
      recommendation: 'Polecamy do zatrudnienia na stanowisku pomocnika malarza.',
      version: detail.version,
    };
    const noRating = await c.SOCIAL_WORKER.post(`/api/v1/placements/${id}/evaluation`, {
      ...evaluation,
      ratings: { punctuality: 6 },
    });
    expect(noRating.statusCode).toBe(400);
    const evaluated = await c.SOCIAL_WORKER.post(`/api/v1/placements/${id}/evaluation`, evaluation);
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    // (5 + 4 + 4 + 5 + 3) / 5 = 21 / 5 = 4,2
    expect(evaluated.json()).toMatchObject({ status: 'FINISHED', evaluation: { mean: { mean: 4.2 } } });
    const afterwards = await c.INSTRUCTOR.post(`/api/v1/placements/${id}/days`, {
      date: '2026-05-15',
      hours: 6,
    });
    expect(afterwards.statusCode).toBe(409);

    const agreement = readBack(
      'placement-agreement',
      (await c.SOCIAL_WORKER.get(`/api/v1/placements/${id}/agreement.pdf`)).rawPayload,
    ).text;
    for (const s of [
      'Umowa o praktykę zawodową nr PR/2026/0001',
      'zawarta w dniu 8 maja 2026 r.',
      'Malbud sp. z o.o.',
      'NIP 5260250274',
      'nr POR/7/2026',
      'Pomocnik malarza',
      '11.05.2026 – 22.05.2026 (12 dni kalendarzowych)',
      'Marek Zięba, tel. 600 700 800',
      'BHP na rusztowaniu',
    ])
      expect(agreement).toContain(s);
    // The printout joins a number and its unit with a narrow no-break space, which pdftotext drops.
    expect(agreement).toMatch(/Godziny praktyki dziennie 6 ?h/);
    const cert = await c.SOCIAL_WORKER.get(`/api/v1/placements/${id}/certificate.pdf`);
    expect(cert.headers['content-type']).toContain('application/pdf');
    const text = readBack('placement-certificate', cert.rawPayload).text;
    for (const s of [
      'Zaświadczenie o odbyciu praktyki zawodowej',
      'do umowy o praktykę nr PR/2026/0001',
      'Zenon Łączyński',
      'gruntowanie i malowanie ścian',
      '(5 + 4 + 4 + 5 + 3) / 5 = 4,2',
      'Polecamy do zatrudnienia',
    ])
      expect(text).toContain(s);
    expect(text).toMatch(/3 dni, razem 17,5 ?h/);
    const printed = await h.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(printed.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'placement.plan',
        'placement.sign',
        'placement.day',
        'placement.evaluate',
        'placement.certificate.print',
      ]),
    );
  });

  it('keeps placements inside the centre and the roles of the table', async () => {
    const list = await c.DIRECTOR.get('/api/v1/placements');
    expect(list.json().items).toHaveLength(1);
    const id = list.json().items[0].id;
    expect((await other.get(`/api/v1/placements/${id}`)).statusCode).toBe(404);
    expect((await other.get('/api/v1/placements')).json().items).toHaveLength(0);
    expect((await c.ACCOUNTANT.get('/api/v1/placements')).statusCode).toBe(403);
    expect((await c.INSTRUCTOR.post('/api/v1/placements', plan())).statusCode).toBe(403);
    expect((await c.ADMIN.get(`/api/v1/placements/${id}/certificate.pdf`)).statusCode).toBe(403);
  });
});
