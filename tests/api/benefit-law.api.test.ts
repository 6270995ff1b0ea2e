import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { computeMonthlyBenefit } from '../../src/domain/benefit/monthly-benefit';
import { admitThroughApi } from '../factories/pathway.factory';
import { type ApiClient, createApiHarness, type ApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

/** May 2026 class days (1 May is a holiday); the first seven weekdays after it are the days off asked. */
const DAYS_OFF = ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-11'];
const SEVENTH = '2026-05-12';

describe.each(testEngines())('the consolidated text in the register and the payroll on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let workshopId: string;
  let person: { id: string; programme: { id: string; version: number } };
  let trial: string;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    await signInEveryRole(h, c);
    const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
    workshopId = (
      await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Kuchnia',
        type: 'GASTRONOMY',
        instructorIds: [instructorId],
      })
    ).json().id;
    person = await admitThroughApi(c.DIRECTOR, { ipzs: { admissionDate: '2026-03-02' } });
    trial = (await admitThroughApi(c.DIRECTOR, { ipzs: { admissionDate: '2026-05-04' } })).id;
    for (const [id, fromDate] of [
      [person.id, '2026-03-02'],
      [trial, '2026-05-04'],
    ])
      expect(
        (
          await c.DIRECTOR.post(`/api/v1/workshops/${workshopId}/assignments`, {
            participantId: id,
            fromDate,
          })
        ).statusCode,
      ).toBe(201);
    const programme = (
      await c.DIRECTOR.request('PUT', `/api/v1/workshops/${workshopId}/class-programmes/2026-05`, {
        weekdayHours: [7, 7, 7, 7, 7, 0, 0],
        version: null,
      })
    ).json();
    await c.DIRECTOR.post(`/api/v1/workshops/${workshopId}/class-programmes/2026-05/approve`, {
      version: programme.version,
    });
  });
  afterAll(() => h.close());

  const save = (client: ApiClient, participantId: string, dates: string[], status = 'day_off') =>
    client.request('PUT', '/api/v1/attendance', {
      workshopId,
      month: '2026-05',
      entries: dates.map((date) => ({ participantId, date, status, version: null })),
    });
  const fields = (r: { json(): any }) =>
    r.json().error.details.fields as { path: string; code: string; message: string }[];

  it(
    'gives 6 days off in the participation period and refuses the 7th with ' +
      'the engine’s code and message',
    async () => {
      expect((await save(c.DIRECTOR, person.id, DAYS_OFF)).statusCode).toBe(200);
      const engine = computeMonthlyBenefit({
        month: '2026-05',
        centreType: 'CIS',
        admissionDate: '2026-03-02',
        days: Object.fromEntries([...DAYS_OFF, SEVENTH].map((d) => [d, 'day_off'])),
      });
      expect(engine.ok).toBe(false);
      for (const client of [c.DIRECTOR, c.INSTRUCTOR]) {
        const seventh = await save(client, person.id, [SEVENTH]);
        expect(seventh.statusCode).toBe(400);
        expect(fields(seventh)).toEqual([
          {
            path: 'entries.0.status',
            code: 'DAY_OFF_ABOVE_LIMIT',
            message: !engine.ok && engine.error.message,
          },
        ]);
        expect(fields(seventh)[0]!.message).toContain(`Dzień wolny ${SEVENTH} nie przysługuje`);
      }
      const grid = (await c.DIRECTOR.get(`/api/v1/attendance?workshopId=${workshopId}&month=2026-05`)).json();
      const row = grid.participants.find((p: { participantId: string }) => p.participantId === person.id);
      expect(row.dayOffLimit).toEqual({ base: 6, extension: 0, total: 6 });
      expect(row.entries[SEVENTH]).toBeUndefined();
    },
  );

  it('refuses a day off in the trial month, naming the day', async () => {
    const r = await save(c.DIRECTOR, trial, ['2026-05-06']);
    expect(r.statusCode).toBe(400);
    expect(fields(r)[0]).toMatchObject({
      code: 'DAY_OFF_IN_TRIAL',
      message: expect.stringContaining('2026-05-06'),
    });
  });

  it('an extension of the participation gives extra days off in proportion: 6 months → +3', async () => {
    const extended = await c.DIRECTOR.post(
      `/api/v1/participants/${person.id}/programmes/${person.programme.id}/extend`,
      {
        months: 6,
        reason: 'Opinia pracownika socjalnego: potrzebny dłuższy czas reintegracji.',
        version: person.programme.version,
      },
    );
    expect(extended.statusCode, extended.body).toBe(200);
    person.programme = extended.json();
    expect((await save(c.DIRECTOR, person.id, [SEVENTH, '2026-05-13', '2026-05-14'])).statusCode).toBe(200);
    const tenth = await save(c.DIRECTOR, person.id, ['2026-05-15']);
    expect(fields(tenth)[0]).toMatchObject({
      code: 'DAY_OFF_ABOVE_LIMIT',
      message: expect.stringContaining(
        '9 dni (6 w okresie uczestnictwa, art. 15 ust. 6a, i 3 za przedłużenie',
      ),
    });
    const grid = (await c.ACCOUNTANT.get(`/api/v1/attendance?workshopId=${workshopId}&month=2026-05`)).json();
    const row = grid.participants.find((p: { participantId: string }) => p.participantId === person.id);
    expect(row.dayOffLimit).toEqual({ base: 6, extension: 3, total: 9 });
    expect(row.benefit.total).toBe(206628); // days off within the limit are paid in full (art. 15 ust. 6a)
    expect(row.benefit.explanation.join('\n')).toContain('dni wolne 9/9 (6 +3 za przedłużenie)');
  });

  it(
    'records the benefit application: the social worker enters it, only the ' +
      'director grants it (audited, versioned)',
    async () => {
      const url = `/api/v1/participants/${trial}/programmes`;
      const programme = (await c.DIRECTOR.get(`/api/v1/participants/${trial}/pathway`)).json().programmes[0];
      const at = `${url}/${programme.id}/benefit-application`;
      const withdrawn = await c.DIRECTOR.request('PUT', at, {
        applicationOn: '2026-05-04',
        granted: false,
        version: programme.version,
      });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect(withdrawn.json()).toMatchObject({ benefitApplicationOn: '2026-05-04', benefitGrantedOn: null });
      expect(withdrawn.json().versions.at(-1)).toMatchObject({
        changeKind: 'BENEFIT_APPLICATION',
        changedFields: ['przyznanie świadczenia przez kierownika'],
      });
      const log = (await c.DIRECTOR.get('/api/v1/audit?action=programme.benefit_application')).json();
      expect(log.items[0].details).toMatchObject({
        from: { grantedOn: '2026-05-04' },
        to: { grantedOn: null, applicationOn: '2026-05-04' },
      });

      const version = withdrawn.json().version;
      const byWorker = await c.SOCIAL_WORKER.request('PUT', at, {
        applicationOn: '2026-05-04',
        granted: true,
        version,
      });
      expect(byWorker.statusCode).toBe(400);
      expect(fields(byWorker)[0]).toMatchObject({ path: 'granted', code: 'DIRECTOR_ONLY' });
      expect(
        (await c.INSTRUCTOR.request('PUT', at, { applicationOn: '2026-05-04', version })).statusCode,
      ).toBe(403);
      const before = await c.DIRECTOR.request('PUT', at, {
        applicationOn: '2026-05-05',
        granted: true,
        grantedOn: '2026-05-04',
        version,
      });
      expect(fields(before)[0]).toMatchObject({ path: 'grantedOn', code: 'DATE_ORDER' });
      const future = await c.DIRECTOR.request('PUT', at, { applicationOn: '2099-01-01', version });
      expect(fields(future)[0]).toMatchObject({ path: 'applicationOn', code: 'DATE_IN_FUTURE' });
      // The social worker may correct the application's date; the grant stays the director's.
      const corrected = await c.SOCIAL_WORKER.request('PUT', at, { applicationOn: '2026-05-03', version });
      expect(corrected.json()).toMatchObject({ benefitApplicationOn: '2026-05-03', benefitGrantedOn: null });
    },
  );

  it('the payroll lists a participant without a granted application as a blocker, by name', async () => {
    const legacy = await admitThroughApi(c.DIRECTOR, {
      person: { firstName: 'Roman', lastName: 'Bezwniosku' },
      ipzs: { admissionDate: '2026-03-02' },
    });
    // A programme from before the application was recorded (as after the upgrade).
    await h.deps.db
      .updateTable('programmes')
      .set({ benefit_application_on: null, benefit_granted_on: null, benefit_granted_by: null })
      .where('id', '=', legacy.programme.id)
      .execute();
    const payroll = await c.ACCOUNTANT.post('/api/v1/payroll/2026-05/compute');
    expect(payroll.statusCode, payroll.body).toBe(200);
    const blockers = payroll.json().blockers as string[];
    expect(blockers).toContainEqual(
      expect.stringMatching(/^Bezwniosku Roman: brak wniosku o świadczenie integracyjne/),
    );
    expect(blockers).toContainEqual(
      expect.stringMatching(/ czeka na przyznanie przez kierownika \(art\. 15 ust\. 4\)/),
    );
    expect(blockers.filter((b) => b.includes('wnios'))).toHaveLength(2);
    // The extension is passed to the engine: the 9 days off of the extended participant are paid in full.
    const line = payroll.json().lines.find((l: { participantId: string }) => l.participantId === person.id);
    expect(line).toMatchObject({ status: 'PAY', benefit: 206628 });
  });
});
