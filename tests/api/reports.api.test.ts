import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import {
  type ApiClient,
  type ApiHarness,
  clientFor,
  createApiHarness,
  seedCentre,
  signInEveryRole,
} from '../support/api';
import { testEngines } from '../support/db';
import { buildDecision, buildIpzs, buildPerson, buildReferral } from '../factories/pathway.factory';
import { MAY_CLASS_DAYS } from '../factories/payroll.factory';
import { collapse, readBack } from '../reports/pdf-readback';

/**
 * The 2026 annual report of a small CIS built through the API, checked against figures counted by hand:
 *
 *   Anna (F)    homeless + alcohol   admitted 2026-02-02, left for a job 2026-06-30 (employer, employment contract);
 *                                     the 6-month follow-up sees the same job again (counted once)
 *   Bogdan (M)  long-term unemployed admitted 2026-02-02, joined a social cooperative (left 2026-08-31)
 *   Celina (F)  disability + l-t unemployed admitted 2026-03-02, withdrew 2026-04-15
 *   Dariusz (M) released from prison admitted 2025-04-01 (carried over), completed 2026-03-31 (housing settled);
 *                                     the 4-week follow-up finds his own business
 *   Ewa (F)     mentally ill         admitted 2026-10-01, still in classes
 *
 * took part 5; started 4 (not Dariusz); ended 4 (not Ewa): completed 3, terminated 1 (Celina);
 * women 3 / 3 / 2; groups: homeless 1, alcohol 1, long-term unemployed 2, disability 1, prison 1, mental 1
 * (7 group entries for 5 people); economically independent 3: employment 1 (Anna), cooperative 1
 * (Bogdan), own business 1 (Dariusz), women 1.
 */
describe.each(testEngines())('annual report on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  const ids: Record<string, string> = {};

  async function admit(
    key: string,
    person: Record<string, unknown>,
    groups: string[],
    admissionDate: string,
    referral: Record<string, unknown> = {},
  ) {
    const d = c.DIRECTOR;
    const created = await d.post('/api/v1/participants', buildPerson(person));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const ref = await d.post(`/api/v1/participants/${id}/referrals`, buildReferral(referral));
    expect(ref.statusCode, ref.body).toBe(201);
    const decidedOn = referral.receivedOn ? String(referral.receivedOn) : '2026-01-12';
    const dec = await d.post(
      `/api/v1/participants/${id}/eligibility-decisions`,
      buildDecision(ref.json().id, { groups, decidedOn }),
    );
    expect(dec.statusCode, dec.body).toBe(201);
    const p = await d.post(`/api/v1/participants/${id}/programmes`, buildIpzs({ admissionDate }));
    expect(p.statusCode, p.body).toBe(201);
    const signed = await d.post(`/api/v1/participants/${id}/programmes/${p.json().id}/sign`, {
      signedOn: admissionDate,
      version: p.json().version,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    ids[key] = id;
    return { id, programme: signed.json() };
  }

  async function exit(
    who: { id: string; programme: { id: string; version: number } },
    body: Record<string, unknown>,
  ) {
    const r = await c.DIRECTOR.post(`/api/v1/participants/${who.id}/programmes/${who.programme.id}/exit`, {
      ...body,
      version: who.programme.version,
    });
    expect(r.statusCode, r.body).toBe(200);
  }

  async function followUp(participantId: string, label: string, body: Record<string, unknown>) {
    const list = (await c.SOCIAL_WORKER.get('/api/v1/follow-ups?all=true&dueBy=2027-12-31')).json().items;
    const f = list.find(
      (x: { participantId: string; label: string }) => x.participantId === participantId && x.label === label,
    );
    expect(f, `${label} of ${participantId}`).toBeTruthy();
    const r = await c.SOCIAL_WORKER.post(`/api/v1/follow-ups/${f.id}`, body);
    expect(r.statusCode, r.body).toBe(200);
  }

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    const anna = await admit(
      'anna',
      { firstName: 'Anna', lastName: 'Raportowa', sex: 'F' },
      ['HOMELESS', 'ALCOHOL_ADDICTION'],
      '2026-02-02',
    );
    const bogdan = await admit(
      'bogdan',
      { firstName: 'Bogdan', lastName: 'Spółdzielczy', sex: 'M' },
      ['LONG_TERM_UNEMPLOYED'],
      '2026-02-02',
    );
    const celina = await admit(
      'celina',
      { firstName: 'Celina', lastName: 'Rezygnująca', sex: 'F' },
      ['DISABILITY', 'LONG_TERM_UNEMPLOYED'],
      '2026-03-02',
    );
    const dariusz = await admit(
      'dariusz',
      { firstName: 'Dariusz', lastName: 'Przeniesiony', sex: 'M' },
      ['RELEASED_FROM_PRISON'],
      '2025-04-01',
      {
        referredOn: '2025-03-03',
        receivedOn: '2025-03-05',
        consentOn: '2025-03-03',
        opsOpinionOn: '2025-03-02',
      },
    );
    await admit(
      'ewa',
      { firstName: 'Ewa', lastName: 'Jesienna', sex: 'F' },
      ['MENTAL_DISORDER'],
      '2026-10-01',
    );

    await exit(anna, {
      type: 'EMPLOYMENT',
      lastDay: '2026-06-30',
      eventDate: '2026-07-01',
      situation: { work: 'EMPLOYMENT', employmentForm: 'EMPLOYER', contractType: 'EMPLOYMENT_CONTRACT' },
    });
    await exit(bogdan, { type: 'SOCIAL_COOPERATIVE', lastDay: '2026-08-31', eventDate: '2026-09-01' });
    await exit(celina, { type: 'WITHDRAWAL', lastDay: '2026-04-15' });
    await exit(dariusz, {
      type: 'COMPLETED',
      lastDay: '2026-03-31',
      situation: { work: 'OTHER_PAID_WORK', socialEffects: ['HOUSING'] },
    });
    await followUp(ids.dariusz!, 'WEEKS_4', { doneOn: '2026-04-28', outcome: 'SELF_EMPLOYED' });
    await followUp(ids.anna!, 'MONTHS_6', { doneOn: '2026-12-01', outcome: 'EMPLOYED' });
  }, 240_000);
  afterAll(() => h.close());

  it('answers the agreed shape with the figures counted by hand', async () => {
    const r = await c.DIRECTOR.get('/api/v1/reports/annual/2026');
    expect(r.statusCode, r.body).toBe(200);
    const report = r.json();
    expect(report).toMatchObject({
      year: 2026,
      centreType: 'CIS',
      participants: {
        total: 5,
        started: 4,
        ended: 4,
        completed: 3,
        terminated: 1,
        women: { total: 3, started: 3, ended: 2 },
        byGroup: {
          HOMELESS: 1,
          ALCOHOL_ADDICTION: 1,
          DRUG_ADDICTION: 0,
          MENTAL_DISORDER: 1,
          LONG_TERM_UNEMPLOYED: 2,
          RELEASED_FROM_PRISON: 1,
          REFUGEE: 0,
          DISABILITY: 1,
          OTHER: 0,
        },
      },
      economicallyIndependent: { total: 3, women: 1, employment: 1, socialCooperative: 1, ownBusiness: 1 },
      socialEffects: { total: 1, byEffect: { HOUSING: 1 } },
      finance: { benefitsPaidGrosze: 0, bonusesPaidGrosze: 0 },
      report: { status: 'DRAFT', version: 1, frozen: false },
    });
    expect(report.rules.text[0]).toContain('jest wykazany w każdej z nich');
    // No payroll was closed in this centre: every month with people in classes is a warning.
    expect(report.warnings.map((w: { code: string; month: string }) => `${w.code} ${w.month}`)).toContain(
      'PAYROLL_MONTH_MISSING 2026-05',
    );
  });

  it('traces a figure to the people behind it — for the director only', async () => {
    const t = await c.DIRECTOR.get(
      '/api/v1/reports/annual/2026/trace?cell=participants.byGroup.LONG_TERM_UNEMPLOYED',
    );
    expect(t.statusCode, t.body).toBe(200);
    expect(
      t
        .json()
        .people.map((p: { name: string }) => p.name.split(' ')[1])
        .sort(),
    ).toEqual(['Bogdan', 'Celina']);
    expect(
      (await c.ACCOUNTANT.get('/api/v1/reports/annual/2026/trace?cell=participants.total')).statusCode,
    ).toBe(403);
    expect((await c.DIRECTOR.get('/api/v1/reports/annual/2026/trace?cell=nonsense.cell')).statusCode).toBe(
      400,
    );
  });

  it('refuses a year that has not started, and keeps centres apart', async () => {
    const future = await c.DIRECTOR.get('/api/v1/reports/annual/2099');
    expect(future.statusCode).toBe(422);
    expect(future.json().error.code).toBe('REPORT_YEAR_NOT_STARTED');
    expect((await c.DIRECTOR.get('/api/v1/reports/annual/2099.pdf')).statusCode).toBe(422);
    expect((await c.DIRECTOR.get('/api/v1/reports/annual/abcd')).statusCode).toBe(400);
    expect((await c.INSTRUCTOR.get('/api/v1/reports/annual/2026')).statusCode).toBe(403);
    expect((await other.get('/api/v1/reports/annual/2026')).json().participants.total).toBe(0);
  });

  it('renders PDF, XLSX and DOCX with the same figures', async () => {
    const pdf = await c.DIRECTOR.get('/api/v1/reports/annual/2026.pdf');
    expect(pdf.statusCode).toBe(200);
    const text = readBack(`annual-${engine}`, pdf.rawPayload).text;
    const order = [
      'SPRAWOZDANIE CENTRUM INTEGRACJI SPOŁECZNEJ ZA ROK 2026',
      'CZĘŚĆ I. DANE OGÓLNE',
      'CZĘŚĆ II. ZATRUDNIENIE',
      'CZĘŚĆ III. UCZESTNICY',
      'CZĘŚĆ IV. UCZESTNICY USAMODZIELNIENI EKONOMICZNIE',
      'CZĘŚĆ V. USŁUGI',
      'CZĘŚĆ VI. WYKONANIE PLANU FINANSOWEGO',
      'CZĘŚĆ VII. PRELIMINARZ',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toMatch(/1 Ogółem 5 4 4/);
    expect(text).toContain('suma wierszy grup może być większa');
    expect(text).toMatch(/\[X\] 1\) Jednostka samorządu terytorialnego/);
    expect(text).not.toMatch(/\[U\]|\[M\]|law\.md|LONG_TERM/);

    const xlsx = await c.DIRECTOR.get('/api/v1/reports/annual/2026.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const total = rows.find((r) => r[1] === 'Ogółem' && r.length >= 5);
    expect(total?.slice(2, 5)).toEqual([5, 4, 4]);
    expect(rows.find((r) => r[1] === 'długotrwale bezrobotni')?.slice(2, 5)).toEqual([2, 2, 2]);

    const docx = await c.DIRECTOR.get('/api/v1/reports/annual/2026.docx');
    expect(docx.statusCode).toBe(200);
    // Unzipped with jszip (exceljs's own zip reader), so CI needs no `unzip` binary.
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const words = collapse(xml.replace(/<[^>]+>/g, ' '));
    expect(words).toContain('SPRAWOZDANIE CENTRUM INTEGRACJI SPOŁECZNEJ ZA ROK 2026');
    expect(words).toMatch(/Ogółem 5 4 4/);
    expect(words).toContain('założyli spółdzielnię socjalną lub do niej przystąpili 1');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('computes the indicators by hand: 4 ended in 2026, 3 economically independent within 92 days', async () => {
    // Anna (job the day after), Bogdan (cooperative the day after), Dariusz (own business 28 days after);
    // Celina withdrew with nothing recorded. Social effectiveness: the same three (Dariusz also housing).
    const r = await c.ACCOUNTANT.get('/api/v1/reports/indicators?year=2026');
    expect(r.statusCode, r.body).toBe(200);
    const ind = r.json();
    expect(ind.byYear).toEqual([
      { key: '2026', ended: 4, employed: 3, social: 3, employmentRate: 75, socialRate: 75 },
    ]);
    expect(
      ind.byCohort.map((g: { key: string; ended: number; employed: number }) => [g.key, g.ended, g.employed]),
    ).toEqual([
      ['2025', 1, 1],
      ['2026', 3, 2],
    ]);
    expect(ind.byReferrer).toEqual([
      expect.objectContaining({ key: 'Miejski Ośrodek Pomocy Społecznej w Bolesławcu', ended: 4 }),
    ]);
    expect(ind.targets.employment.value).toBe(50);
    expect(ind.kpres.value).toBe(40);
    expect(ind.formulas.employment).toContain('92 dni');
    const targets = {
      employment: { value: 45, note: 'Uchwała rady nadzorczej z 2026 r.' },
      social: { value: 80, note: 'Regulamin centrum.' },
    };
    expect((await c.ACCOUNTANT.request('PUT', '/api/v1/reports/indicator-targets', targets)).statusCode).toBe(
      403,
    );
    const noNote = await c.DIRECTOR.request('PUT', '/api/v1/reports/indicator-targets', {
      ...targets,
      employment: { value: 45, note: '' },
    });
    expect(noNote.json().error.details.fields[0].path).toBe('employment.note');
    const saved = await c.DIRECTOR.request('PUT', '/api/v1/reports/indicator-targets', targets);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await c.DIRECTOR.get('/api/v1/reports/indicators')).json().targets).toEqual(targets);
    expect((await other.get('/api/v1/reports/indicators')).json().byYear).toEqual([]);
  });

  it('lays out the CAS 02 data set for typing, with the unknown variables marked', async () => {
    const xlsx = await c.DIRECTOR.get('/api/v1/reports/annual/2026/cas.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.name).toBe('CAS 02');
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const find = (section: string, variable: string, breakdown: string) =>
      rows.find((r) => String(r[0]).startsWith(section) && r[1] === variable && r[2] === breakdown)?.[3];
    expect(find('Uczestnicy — rozpoczęli', 'uczestnicy rozpoczęli', 'mężczyźni')).toBe(1);
    // Long-term unemployed who took part: Bogdan and Celina, of whom one woman.
    expect(find('Uczestnicy — uczestniczyli', 'długotrwale bezrobotni', 'kobiety')).toBe(1);
    const unknownRows = rows.filter((r) => r[5] === 'NIEZNANA — uzupełnij');
    expect(unknownRows.map((r) => r[0])).toContain('Dotacje otrzymane według kategorii');
    expect(unknownRows.every((r) => r[3] === '' || r[3] === undefined || r[3] === null)).toBe(true);
  });

  it('draft → narrative → signed (frozen) → sent → a correction is a new version', async () => {
    let r = (await c.DIRECTOR.get('/api/v1/reports/annual/2026')).json();
    const narrative = { servicesDescription: 'Warsztaty gastronomiczne i ogrodnicze.', remarks: 'Bez uwag.' };
    expect(
      (
        await c.ACCOUNTANT.request('PUT', '/api/v1/reports/annual/2026/narrative', {
          narrative,
          version: r.report.rowVersion,
        })
      ).statusCode,
    ).toBe(403);
    const saved = await c.DIRECTOR.request('PUT', '/api/v1/reports/annual/2026/narrative', {
      narrative,
      version: r.report.rowVersion,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    r = saved.json();
    expect(r.narrative.servicesDescription).toBe('Warsztaty gastronomiczne i ogrodnicze.');
    const signed = await c.DIRECTOR.post('/api/v1/reports/annual/2026/sign', {
      version: r.report.rowVersion,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    r = signed.json();
    expect(r.report).toMatchObject({ status: 'SIGNED', frozen: true });
    expect(r.report.signedByName).toBeTruthy();

    // A later change to the data does not move a signed report.
    await admit('late', { firstName: 'Leon', lastName: 'Późny', sex: 'M' }, ['HOMELESS'], '2026-11-02');
    expect((await c.DIRECTOR.get('/api/v1/reports/annual/2026')).json().participants.total).toBe(5);
    const edit = await c.DIRECTOR.request('PUT', '/api/v1/reports/annual/2026/narrative', {
      narrative,
      version: r.report.rowVersion,
    });
    expect(edit.json().error.code).toBe('REPORT_FROZEN');

    r = (await c.DIRECTOR.post('/api/v1/reports/annual/2026/send', { version: r.report.rowVersion })).json();
    expect(r.report.status).toBe('SENT');
    const corrected = await c.DIRECTOR.post('/api/v1/reports/annual/2026/correct', {
      version: r.report.rowVersion,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    r = corrected.json();
    expect(r.report).toMatchObject({ version: 2, status: 'DRAFT', frozen: false });
    expect(r.participants.total).toBe(6);
    expect(r.narrative.remarks).toBe('Bez uwag.');
    expect(
      r.report.versions.map((v: { version: number; status: string }) => `${v.version}:${v.status}`),
    ).toEqual(['2:DRAFT', '1:SENT']);
    const sentPdf = readBack(
      `v2-${engine}`,
      (await c.DIRECTOR.get('/api/v1/reports/annual/2026.pdf')).rawPayload,
    ).text;
    expect(sentPdf).toContain('Wersja 2');
  });

  it('counts staff and checks 1 : 10 on a day (art. 11 ust. 3)', async () => {
    // 2026-03-10: Anna, Bogdan, Celina, Dariusz in classes; nobody conducting classes yet.
    let ratio = (await c.DIRECTOR.get('/api/v1/staff/ratio?date=2026-03-10')).json();
    expect(ratio).toMatchObject({ participants: 4, employeesConductingClasses: 0, ok: false, limit: 10 });
    const body = {
      fullName: 'Jan Instruktor',
      sex: 'M',
      function: 'INSTRUCTOR',
      basis: 'EMPLOYMENT_CONTRACT',
      fte: 0.5,
      conductsClasses: true,
      fromDate: '2026-01-01',
    };
    expect((await c.SOCIAL_WORKER.post('/api/v1/staff', body)).statusCode).toBe(403);
    const bad = await c.DIRECTOR.post('/api/v1/staff', { ...body, toDate: '2025-12-31' });
    expect(bad.json().error.details.fields[0].path).toBe('toDate');
    expect((await c.DIRECTOR.post('/api/v1/staff', body)).statusCode).toBe(201);
    await c.DIRECTOR.post('/api/v1/staff', {
      ...body,
      fullName: 'Wolontariuszka',
      basis: 'VOLUNTEER',
      sex: 'F',
      fte: 0,
    });
    ratio = (await c.DIRECTOR.get('/api/v1/staff/ratio?date=2026-03-10')).json();
    expect(ratio).toMatchObject({
      participants: 4,
      employeesConductingClasses: 1,
      allowedParticipants: 10,
      ok: true,
    });
    expect((await other.get('/api/v1/staff')).json().items).toEqual([]);
    // The instructor leaves at the end of February: on 10 March nobody conducts classes again.
    const jan = (await c.DIRECTOR.get('/api/v1/staff'))
      .json()
      .items.find((s: { fullName: string }) => s.fullName === 'Jan Instruktor');
    const left = await c.DIRECTOR.request('PUT', `/api/v1/staff/${jan.id}`, {
      ...body,
      toDate: '2026-02-28',
      version: jan.version,
    });
    expect(left.statusCode, left.body).toBe(200);
    const stale = await c.DIRECTOR.request('PUT', `/api/v1/staff/${jan.id}`, {
      ...body,
      version: jan.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await c.DIRECTOR.get('/api/v1/staff/ratio?date=2026-03-10')).json().ok).toBe(false);
    const back = await c.DIRECTOR.request('PUT', `/api/v1/staff/${jan.id}`, {
      ...body,
      version: left.json().version,
    });
    expect(back.json().toDate).toBeNull();
    const report = (await c.DIRECTOR.get('/api/v1/reports/annual/2026')).json();
    // 0.5 FTE all twelve months → average 0.5.
    expect(report.staff).toMatchObject({
      total: 1,
      women: 0,
      hired: 1,
      averageFte: 0.5,
      partTime: 1,
      volunteers: 1,
    });
  });

  it('takes benefits and bonuses from closed payrolls only, to the grosz', async () => {
    const centre = await seedCentre(h.deps);
    const d = await clientFor(h.app, centre.accounts.DIRECTOR);
    const acc = await clientFor(h.app, centre.accounts.ACCOUNTANT);
    const admin = await clientFor(h.app, centre.accounts.ADMIN);
    const info = (await admin.get('/api/v1/centre')).json();
    await admin.patch('/api/v1/centre', {
      settings: { bankAccount: '55 1140 2004 0000 3100 1234 5678' },
      version: info.version,
    });
    const workshopId = (await d.post('/api/v1/workshops', { name: 'Ogród', type: 'GARDENING' })).json().id;
    const { admitThroughApi } = await import('../factories/pathway.factory');
    const zofia = await admitThroughApi(d, { person: { firstName: 'Zofia', lastName: 'Finansowa' } });
    await d.post(`/api/v1/workshops/${workshopId}/assignments`, {
      participantId: zofia.id,
      fromDate: '2026-02-02',
    });
    const cp = (
      await d.request('PUT', `/api/v1/workshops/${workshopId}/class-programmes/2026-05`, {
        weekdayHours: [7, 7, 7, 7, 7, 0, 0],
        version: null,
      })
    ).json();
    await d.post(`/api/v1/workshops/${workshopId}/class-programmes/2026-05/approve`, { version: cp.version });
    const saved = await d.request('PUT', '/api/v1/attendance', {
      workshopId,
      month: '2026-05',
      entries: MAY_CLASS_DAYS.map((date) => ({
        participantId: zofia.id,
        date,
        status: 'present',
        version: null,
      })),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (
        await d.post('/api/v1/payroll/bonuses', {
          month: '2026-05',
          participantId: zofia.id,
          amountGrosze: 15_050,
          justification: 'Aktywna postawa w warsztacie.',
        })
      ).statusCode,
    ).toBe(200);
    expect((await d.post('/api/v1/attendance/lock', { workshopId, month: '2026-05' })).statusCode).toBe(200);
    let p = (await acc.post('/api/v1/payroll/2026-05/compute')).json();
    p = (await acc.post('/api/v1/payroll/2026-05/review', { version: p.version })).json();
    p = (await d.post('/api/v1/payroll/2026-05/approve', { version: p.version })).json();
    expect((await acc.post('/api/v1/payroll/2026-05/close', { version: p.version })).statusCode).toBe(200);
    // A correction settled in June, whose payroll stays open: not in the report, and June is a warning.
    await acc.post('/api/v1/payroll/corrections', {
      participantId: zofia.id,
      concernsMonth: '2026-05',
      settleMonth: '2026-06',
      amountGrosze: 5_165,
      reason: 'Dopłata za maj.',
    });
    expect((await acc.post('/api/v1/payroll/2026-06/compute')).statusCode).toBe(200);
    // The finance register of 2026 as the accountant types it, and the estimate for 2027.
    const entries = [
      {
        kind: 'GRANT_RECEIVED',
        amountGrosze: 100_000_00,
        grantorKind: 'GMINA',
        grantorName: 'Gmina Testowa',
      },
      {
        kind: 'GRANT_USED',
        amountGrosze: 87_654_32,
        grantorKind: 'GMINA',
        grantorName: 'Gmina Testowa',
        category: 'WAGES',
      },
      { kind: 'GRANT_RETURNED', amountGrosze: 12_345_68, grantorKind: 'GMINA', grantorName: 'Gmina Testowa' },
      { kind: 'GRANT_RECEIVED', amountGrosze: 5_000_01, grantorKind: 'PFRON', grantorName: 'PFRON' },
      { kind: 'OWN_INCOME', amountGrosze: 1_234_56, incomeSource: 'SALES', description: 'Catering' },
      { kind: 'EXPENSE', amountGrosze: 999_99, category: 'MEALS', description: 'Obiady' },
      { kind: 'EXPENSE', amountGrosze: 45_000_00, category: 'WAGES', description: 'Płace kadry' },
    ];
    for (const e of entries) {
      const r = await acc.post('/api/v1/finance/entries', {
        occurredOn: '2026-03-15',
        description: 'Umowa nr 1/2026',
        ...e,
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const plan = await acc.request('PUT', '/api/v1/finance/2027/plan', {
      lines: [
        { line: 'INCOME:GMINA', amountGrosze: 110_000_00 },
        { line: 'EXPENSE:WAGES', amountGrosze: 50_000_00 },
      ],
    });
    expect(plan.statusCode, plan.body).toBe(200);

    const report = (await d.get('/api/v1/reports/annual/2026')).json();
    // By hand: benefits-and-bonuses = 2 066,28 + 150,50 = 2 216,78 zł (May only; June is open);
    // expenses = 2 216,78 + 999,99 + 45 000,00 = 48 216,77 zł; grants received 100 000,00 + 5 000,01
    // = 105 000,01 zł, used 87 654,32, returned 12 345,68; income = 105 000,01 + 1 234,56 = 106 234,57 zł.
    expect(report.finance.register).toMatchObject({
      grantsReceivedGrosze: 105_000_01,
      grantsUsedGrosze: 87_654_32,
      grantsReturnedGrosze: 12_345_68,
      ownIncomeGrosze: 1_234_56,
      expensesTotalGrosze: 48_216_77,
      payrollAgrees: true,
      grants: [
        {
          grantorKind: 'GMINA',
          name: 'Gmina Testowa',
          received: 100_000_00,
          used: 87_654_32,
          returned: 12_345_68,
        },
        { grantorKind: 'PFRON', name: 'PFRON', received: 5_000_01, used: 0, returned: 0 },
      ],
      estimate: { year: 2027 },
    });
    const byCategory = Object.fromEntries(
      report.finance.register.expenses.map((e: { category: string; amount: number }) => [
        e.category,
        e.amount,
      ]),
    );
    expect(byCategory).toMatchObject({
      BENEFITS_BONUSES: 2_216_78,
      MEALS: 999_99,
      WAGES: 45_000_00,
      RENT_REPAIRS: 0,
    });
    // The register screen's own summary says the same, to the grosz.
    const register = (await acc.get('/api/v1/finance/2026')).json();
    expect(register.summary).toMatchObject({
      benefitsPaidGrosze: report.finance.benefitsPaidGrosze,
      bonusesPaidGrosze: report.finance.bonusesPaidGrosze,
      grantsReceivedGrosze: 105_000_01,
    });
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('FINANCE_PAYROLL_MISMATCH');
    // May 2026, a full month of participation: 120 % × 1 721,90 zł (zasiłek from 1.06.2025) = 2 066,28 zł.
    expect(report.finance).toMatchObject({
      benefitsPaidGrosze: 206_628,
      bonusesPaidGrosze: 15_050,
      closedMonths: ['2026-05'],
    });
    expect(report.warnings.map((w: { code: string; month: string }) => `${w.code} ${w.month}`)).toContain(
      'PAYROLL_MONTH_OPEN 2026-06',
    );
    expect(report.warnings.map((w: { message: string }) => w.message).join(' ')).toContain('czerwiec 2026');
    const pdf = readBack(
      `finance-${engine}`,
      (await d.get('/api/v1/reports/annual/2026.pdf')).rawPayload,
    ).text;
    expect(pdf).toContain('świadczenia integracyjne wypłacone uczestnikom 2066,28 zł');
    expect(pdf).toContain('premie motywacyjne wypłacone uczestnikom 150,50 zł');
    expect(pdf).toMatch(/wydatki ogółem \(art\. 10 ust\. 6 ustawy\) 48\s216,77 zł/);
    expect(pdf).toMatch(/świadczenia integracyjne i premie motywacyjne 2216,78 zł/);
    expect(pdf).toMatch(/Gmina Testowa — gmina .*100\s000,00 zł 87\s654,32 zł 12\s345,68 zł/);
    expect(pdf).toMatch(/razem 105\s000,01 zł 87\s654,32 zł 12\s345,68 zł/);
    expect(pdf).toMatch(/PRELIMINARZ WYDATKÓW I PRZYCHODÓW NA ROK BIEŻĄCY \(2027\)/);
    expect(pdf).toMatch(/wynagrodzenia pracowników 50\s000,00 zł/);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await d.get('/api/v1/reports/annual/2026.xlsx')).rawPayload as unknown as ArrayBuffer,
    );
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[1] === 'wydatki ogółem (art. 10 ust. 6 ustawy)')?.[2]).toBe(48_216.77);
    expect(rows.find((r) => r[1] === 'dotacje i dofinansowanie otrzymane')?.[2]).toBe(105_000.01);
  });
});
