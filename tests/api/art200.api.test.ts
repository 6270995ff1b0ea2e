import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { createPartnerThroughApi } from '../factories/partner.factory';
import { readBack } from '../reports/pdf-readback';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

/**
 * The art. 200 track (issue 16 item 7): an agreement with the starosta (PUP), people enrolled under it,
 * hours by month (≤ 4 a day, ≤ 6 months, inside the agreement), the monthly list for the PUP read back.
 */
describe.each(testEngines())('art. 200 track on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let pupId: string;
  let firmId: string;
  let agreementId: string;
  let anna: string;
  let jan: string;

  const agreement = (overrides: Record<string, unknown> = {}) => ({
    partnerId: pupId,
    number: 'PUP/CAZ/200/3/2026',
    signedOn: '2026-01-02',
    validFrom: '2026-01-05',
    validUntil: '2026-12-31',
    activities: 'Zajęcia reintegracji społecznej: warsztat ogrodniczy, trening kompetencji społecznych',
    expectedEffects:
      'Co najmniej 60 % osób kończy zajęcia; 30 % podejmuje zatrudnienie lub staż w 3 miesiące',
    measurement:
      'Lista obecności, ankieta na wejściu i wyjściu, informacja PUP o zatrudnieniu po 3 miesiącach',
    dailyHoursLimit: 4,
    maxMonths: 6,
    plannedPeople: 10,
    ...overrides,
  });
  const url = () => `/api/v1/art200/agreements/${agreementId}`;
  const fields = (res: {
    json: () => { error?: { details?: { fields?: { path: string; code: string }[] } } };
  }) => (res.json().error?.details?.fields ?? []).map((f) => `${f.path}:${f.code}`);
  const count = async (table: 'art200_agreements' | 'art200_enrolments' | 'art200_hours') =>
    Number(
      (
        await h.deps.db
          .selectFrom(table)
          .select((e) => e.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    h.deps.now = () => new Date('2026-08-20T10:00:00Z');
    pupId = (
      await createPartnerThroughApi(c.DIRECTOR, {
        kind: 'LABOUR_OFFICE',
        name: 'Powiatowy Urząd Pracy w Bolesławcu',
        shortName: 'PUP',
      })
    ).id;
    firmId = (
      await createPartnerThroughApi(c.DIRECTOR, { kind: 'EMPLOYER', name: 'Ogrody Bolko sp. z o.o.' })
    ).id;
  });
  afterAll(() => h.close());

  it('refuses a bad agreement with Polish field errors and writes nothing', async () => {
    const bad = await c.SOCIAL_WORKER.post(
      '/api/v1/art200/agreements',
      agreement({
        partnerId: firmId,
        validUntil: '2026-01-01',
        signedOn: null,
        dailyHoursLimit: 5,
        maxMonths: 7,
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual([
      'partnerId:ART200_PARTNER_KIND',
      'validUntil:ART200_END_BEFORE_START',
      'dailyHoursLimit:ART200_DAILY_LIMIT',
      'maxMonths:ART200_MONTHS_LIMIT',
    ]);
    expect(bad.body).toContain('najwyżej 4 godz. dziennie');
    expect(bad.body).toContain('najwyżej 6 miesięcy');
    const early = await c.SOCIAL_WORKER.post(
      '/api/v1/art200/agreements',
      agreement({ validFrom: '2025-03-03', signedOn: null }),
    );
    expect(fields(early)).toEqual(['validFrom:ART200_BEFORE_ACT']);
    const empty = await c.SOCIAL_WORKER.post('/api/v1/art200/agreements', agreement({ measurement: ' ' }));
    expect(fields(empty)).toEqual(['measurement:TOO_SMALL']);
    expect(empty.body).toContain('To pole jest wymagane.');
    expect(await count('art200_agreements')).toBe(0);
  });

  it('lets only the director and the social worker register an agreement', async () => {
    for (const role of ['ADMIN', 'INSTRUCTOR', 'ACCOUNTANT'] as const)
      expect((await c[role].post('/api/v1/art200/agreements', agreement())).statusCode).toBe(403);
    const created = await c.SOCIAL_WORKER.post('/api/v1/art200/agreements', agreement());
    expect(created.statusCode, created.body).toBe(201);
    agreementId = created.json().id;
    expect(created.json()).toMatchObject({
      partner: { name: 'Powiatowy Urząd Pracy w Bolesławcu' },
      dailyHoursLimit: 4,
      maxMonths: 6,
      enrolled: 0,
      parameters: { maxHoursPerDay: 4, maxMonths: 6 },
    });
    // The source is said in plain Polish; no internal note reaches the screen.
    expect(created.json().parameters.source).toContain('Dz.U. 2025 poz. 620');
    expect(JSON.stringify(created.json())).not.toMatch(/law\.md|confirmed|\[U\]|\[M\]/);
    const twice = await c.DIRECTOR.post('/api/v1/art200/agreements', agreement());
    expect(fields(twice)).toEqual(['number:ART200_NUMBER_TAKEN']);
    for (const role of ['INSTRUCTOR', 'ACCOUNTANT'] as const)
      expect((await c[role].get('/api/v1/art200/agreements')).json().items).toHaveLength(1);
    expect((await c.ADMIN.get('/api/v1/art200/agreements')).statusCode).toBe(403);
  });

  it('enrols people within the agreement and six months; a 7th month is refused', async () => {
    const seventh = await c.SOCIAL_WORKER.post(`${url()}/enrolments`, {
      firstName: 'Anna',
      lastName: 'Nowak',
      startDate: '2026-01-05',
      plannedEndDate: '2026-07-05',
    });
    expect(seventh.statusCode).toBe(400);
    expect(fields(seventh)).toEqual(['plannedEndDate:ART200_OVER_MAX_MONTHS']);
    expect(seventh.body).toContain('najpóźniej do 04.07.2026');
    const before = await c.SOCIAL_WORKER.post(`${url()}/enrolments`, {
      firstName: 'Anna',
      lastName: 'Nowak',
      pesel: '44051401359',
      startDate: '2026-01-02',
      plannedEndDate: '2026-03-31',
    });
    expect(fields(before)).toEqual(['startDate:ART200_OUTSIDE_AGREEMENT']);
    const badPesel = await c.SOCIAL_WORKER.post(`${url()}/enrolments`, {
      firstName: 'Anna',
      lastName: 'Nowak',
      pesel: '44051401358',
      startDate: '2026-01-05',
      plannedEndDate: '2026-07-04',
    });
    expect(fields(badPesel)).toEqual(['pesel:INVALID_PESEL']);
    expect(badPesel.body).toContain('Nieprawidłowy PESEL');
    expect(await count('art200_enrolments')).toBe(0);
    expect(
      (
        await c.INSTRUCTOR.post(`${url()}/enrolments`, {
          firstName: 'X',
          lastName: 'Y',
          startDate: '2026-01-05',
          plannedEndDate: '2026-02-05',
        })
      ).statusCode,
    ).toBe(403);

    const a = await c.SOCIAL_WORKER.post(`${url()}/enrolments`, {
      firstName: 'Anna',
      lastName: 'Nowak',
      pesel: '44051401359',
      pupReference: 'PUP-CAZ/2026/17',
      startDate: '2026-01-05',
      plannedEndDate: '2026-07-04',
    });
    expect(a.statusCode, a.body).toBe(201);
    const b = await c.DIRECTOR.post(`${url()}/enrolments`, {
      firstName: 'Jan',
      lastName: 'Wójcik',
      startDate: '2026-02-02',
      plannedEndDate: '2026-05-29',
    });
    expect(b.statusCode, b.body).toBe(201);
    const people = b.json().enrolments as { id: string; lastName: string; lastAllowedDay: string }[];
    anna = people.find((p) => p.lastName === 'Nowak')!.id;
    jan = people.find((p) => p.lastName === 'Wójcik')!.id;
    expect(people.find((p) => p.id === anna)?.lastAllowedDay).toBe('2026-07-04');
    const again = await c.DIRECTOR.post(`${url()}/enrolments`, {
      firstName: 'Anna',
      lastName: 'Nowak',
      pesel: '44051401359',
      startDate: '2026-03-02',
      plannedEndDate: '2026-04-30',
    });
    expect(fields(again)).toEqual(['pesel:ART200_ALREADY_ENROLLED']);
    // No benefit, no IPZS: the enrolled people are not participants of the Act.
    expect(await count('art200_enrolments')).toBe(2);
    const participants = await h.deps.db
      .selectFrom('participants')
      .select((e) => e.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(participants.n)).toBe(0);
  });

  it('refuses 5 hours, a day outside the agreement, a 7th month and the future — and writes nothing', async () => {
    const put = (month: string, entries: unknown[], client = c.INSTRUCTOR) =>
      client.request('PUT', `${url()}/months/${month}`, { entries });
    const five = await put('2026-02', [
      { enrolmentId: anna, date: '2026-02-02', hours: 4 },
      { enrolmentId: jan, date: '2026-02-02', hours: 5 },
    ]);
    expect(five.statusCode).toBe(400);
    expect(fields(five)).toEqual(['entries.1.hours:ART200_DAILY_LIMIT']);
    expect(five.body).toContain(
      'Wójcik Jan: Najwyżej 4 godz. dziennie według porozumienia — wpisano 5 godz.',
    );
    const outside = await put('2026-01', [{ enrolmentId: anna, date: '2026-01-02', hours: 3 }]);
    expect(fields(outside)).toEqual(['entries.0.date:ART200_OUTSIDE_AGREEMENT']);
    expect(outside.body).toContain('poza okresem porozumienia (05.01.2026 – 31.12.2026)');
    const seventh = await put('2026-07', [{ enrolmentId: anna, date: '2026-07-06', hours: 3 }]);
    expect(fields(seventh)).toEqual(['entries.0.date:ART200_OVER_MAX_MONTHS']);
    expect(seventh.body).toContain('po 6 miesiącach udziału');
    const future = await put('2026-08', [{ enrolmentId: anna, date: '2026-08-21', hours: 3 }]);
    expect(fields(future)).toEqual(['entries.0.date:FUTURE_DAY']);
    const janAfter = await put('2026-06', [{ enrolmentId: jan, date: '2026-06-01', hours: 3 }]);
    expect(fields(janAfter)).toEqual(['entries.0.date:ART200_OUTSIDE_ENROLMENT']);
    expect(await count('art200_hours')).toBe(0);
    expect(
      (await put('2026-02', [{ enrolmentId: anna, date: '2026-02-02', hours: 4 }], c.ACCOUNTANT)).statusCode,
    ).toBe(403);
  });

  it('records a month and prints the PUP list (PDF and XLSX) with the totals computed by hand', async () => {
    const saved = await c.INSTRUCTOR.request('PUT', `${url()}/months/2026-02`, {
      entries: [
        { enrolmentId: anna, date: '2026-02-02', hours: 4 },
        { enrolmentId: anna, date: '2026-02-03', hours: 3.5 },
        { enrolmentId: anna, date: '2026-02-04', hours: 0 },
        { enrolmentId: anna, date: '2026-02-05', hours: 2.25 },
        { enrolmentId: jan, date: '2026-02-02', hours: 4 },
        { enrolmentId: jan, date: '2026-02-03', hours: 4 },
        { enrolmentId: jan, date: '2026-02-06', hours: 1.5 },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // By hand: Nowak 4 + 3,5 + 0 + 2,25 = 9,75 h on 3 days present; Wójcik 4 + 4 + 1,5 = 9,5 h on 3 days;
    // together 19,25 h on 6 days.
    expect(saved.json().totals).toEqual({ people: 2, daysPresent: 6, hours: 19.25 });
    const month = (await c.ACCOUNTANT.get(`${url()}/months/2026-02`)).json();
    expect(
      month.people.map((p: { name: string; total: number; daysPresent: number }) => [
        p.name,
        p.daysPresent,
        p.total,
      ]),
    ).toEqual([
      ['Nowak Anna', 3, 9.75],
      ['Wójcik Jan', 3, 9.5],
    ]);
    expect(month.days).toHaveLength(28);
    // Clearing a day is null.
    const cleared = await c.INSTRUCTOR.request('PUT', `${url()}/months/2026-02`, {
      entries: [{ enrolmentId: jan, date: '2026-02-06', hours: null }],
    });
    expect(cleared.json().totals).toEqual({ people: 2, daysPresent: 5, hours: 17.75 });
    await c.INSTRUCTOR.request('PUT', `${url()}/months/2026-02`, {
      entries: [{ enrolmentId: jan, date: '2026-02-06', hours: 1.5 }],
    });

    const pdf = await c.ACCOUNTANT.get(`${url()}/months/2026-02/list.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text, pages } = readBack('art200-list', pdf.rawPayload);
    expect(text).toContain('MIESIĘCZNA LISTA OBECNOŚCI');
    expect(text).toContain('luty 2026');
    expect(text).toContain('Porozumienie nr PUP/CAZ/200/3/2026 · Powiatowy Urząd Pracy w Bolesławcu');
    expect(text).toContain('PESEL 44051401359');
    expect(text).toContain('Podpis uczestnika');
    expect(text).toContain('kierownik centrum — podpis i pieczęć');
    expect(text).not.toMatch(/law\.md|\[U\]|\[M\]|niepotwierdz/);
    const line = (name: string) => collapseLine(pages.join('\n'), name);
    // Each person's row ends with days present and hours: Nowak 3 and 9,75; Wójcik 3 and 9,5; Razem 6 and 19,25.
    expect(line('Nowak Anna')).toMatch(/4 3,5 0 2,25 3 9,75$/);
    expect(line('Wójcik Jan')).toMatch(/4 4 1,5 3 9,5$/);
    expect(line('Razem')).toMatch(/6 19,25$/);
    expect(text).toContain('Liczba osób: 2 · dni obecności razem: 6 · godzin razem: 19,25');

    const xlsx = await c.ACCOUNTANT.get(`${url()}/months/2026-02/list.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Lista obecności')!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const header = rows.find((r) => r[0] === 'Lp.')!;
    expect(header.slice(0, 4)).toEqual(['Lp.', 'Nazwisko i imię', 'PESEL', 1]);
    const daysCol = header.indexOf('Dni obecności');
    expect(daysCol).toBe(3 + 28);
    const nowak = rows.find((r) => r[1] === 'Nowak Anna')!;
    const wojcik = rows.find((r) => r[1] === 'Wójcik Jan')!;
    const total = rows.find((r) => r[1] === 'Razem')!;
    // 1 February 2026 is a Sunday: empty; then 2–6 February.
    expect(nowak.slice(3, 9)).toEqual([undefined, 4, 3.5, 0, 2.25, undefined]);
    expect(nowak[2]).toBe('44051401359');
    // The sums read back equal the hand sums and the sum of the day cells.
    const sumDays = (r: unknown[]) =>
      r.slice(3, daysCol).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    expect([nowak[daysCol], nowak[daysCol + 1], sumDays(nowak)]).toEqual([3, 9.75, 9.75]);
    expect([wojcik[daysCol], wojcik[daysCol + 1], sumDays(wojcik)]).toEqual([3, 9.5, 9.5]);
    expect([total[daysCol], total[daysCol + 1]]).toEqual([6, 19.25]);
    expect(rows.some((r) => String(r[1] ?? '').startsWith('Podpis kierownika'))).toBe(true);

    const audits = await h.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'art200.%')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'art200.agreement.create',
        'art200.enrol',
        'art200.hours',
        'art200.list.print',
      ]),
    );
  });

  it('ends a person’s activities, not before a recorded day; corrections keep the enrolled people inside', async () => {
    const detail = (await c.DIRECTOR.get(url())).json();
    const janRow = detail.enrolments.find((e: { id: string }) => e.id === jan);
    const tooEarly = await c.DIRECTOR.post(`${url()}/enrolments/${jan}/end`, {
      endedOn: '2026-02-05',
      reason: 'Podjęcie zatrudnienia',
      version: janRow.version,
    });
    expect(fields(tooEarly)).toEqual(['endedOn:ART200_HOURS_AFTER_END']);
    const ended = await c.DIRECTOR.post(`${url()}/enrolments/${jan}/end`, {
      endedOn: '2026-02-27',
      reason: 'Podjęcie zatrudnienia',
      version: janRow.version,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const march = await c.INSTRUCTOR.request('PUT', `${url()}/months/2026-03`, {
      entries: [{ enrolmentId: jan, date: '2026-03-02', hours: 2 }],
    });
    expect(fields(march)).toEqual(['entries.0.date:ART200_OUTSIDE_ENROLMENT']);

    const current = (await c.DIRECTOR.get(url())).json();
    const shorter = await c.DIRECTOR.request('PUT', url(), {
      ...agreement(),
      validUntil: '2026-06-30',
      dailyHoursLimit: 3,
      version: current.version,
    });
    expect(shorter.statusCode).toBe(400);
    expect(fields(shorter)).toEqual([
      'validUntil:ART200_ENROLMENT_OUTSIDE',
      'dailyHoursLimit:ART200_HOURS_RECORDED_ABOVE',
    ]);
    const stale = await c.DIRECTOR.request('PUT', url(), { ...agreement(), version: current.version + 5 });
    expect(stale.statusCode).toBe(409);
  });

  it('two registrations of one number at once: one is written, the other gets 400 or 409', async () => {
    const before = await count('art200_agreements');
    const both = await Promise.all(
      [c.DIRECTOR, c.SOCIAL_WORKER].map((client) =>
        client.post('/api/v1/art200/agreements', agreement({ number: 'PUP/CAZ/200/9/2026' })),
      ),
    );
    const statuses = both.map((r) => r.statusCode).sort();
    expect(statuses[0]).toBe(201);
    expect([400, 409]).toContain(statuses[1]);
    expect(await count('art200_agreements')).toBe(before + 1);
  });

  it('another centre sees none of it: 404 everywhere, nothing written', async () => {
    const before = await count('art200_hours');
    expect((await other.get(url())).statusCode).toBe(404);
    expect((await other.get(`${url()}/months/2026-02`)).statusCode).toBe(404);
    expect((await other.get(`${url()}/months/2026-02/list.pdf`)).statusCode).toBe(404);
    expect((await other.get(`${url()}/months/2026-02/list.xlsx`)).statusCode).toBe(404);
    expect(
      (
        await other.request('PUT', `${url()}/months/2026-02`, {
          entries: [{ enrolmentId: anna, date: '2026-02-09', hours: 2 }],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await other.post(`${url()}/enrolments`, {
          firstName: 'Obcy',
          lastName: 'Ktoś',
          startDate: '2026-02-02',
          plannedEndDate: '2026-03-02',
        })
      ).statusCode,
    ).toBe(404);
    expect((await other.request('PUT', url(), { ...agreement(), version: 1 })).statusCode).toBe(404);
    expect((await other.get('/api/v1/art200/agreements')).json().items).toEqual([]);
    // Another centre's PUP cannot be used either.
    expect((await other.post('/api/v1/art200/agreements', agreement({ number: 'X/1' }))).statusCode).toBe(
      404,
    );
    expect(await count('art200_hours')).toBe(before);
    expect(await count('art200_enrolments')).toBe(2);
  });
});

/** The layout line that starts with the name, whitespace collapsed. */
function collapseLine(text: string, start: string): string {
  const line = text
    .split('\n')
    .find((l) => l.trim().startsWith(start) || new RegExp(`^\\s*\\d*\\s*${start}`).test(l));
  return (line ?? '').replace(/\s+/g, ' ').trim();
}
