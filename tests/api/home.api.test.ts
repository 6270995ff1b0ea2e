import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import type { HomeCard } from '../../src/contracts/home.contract';
import { addDays, addMonthsClamped, polishDate } from '../../src/domain/calendar';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { admitThroughApi, buildPerson, buildReferral } from '../factories/pathway.factory';

const today = polishDate(new Date());
const lastMonth = addMonthsClamped(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

describe.each(testEngines())('GET /api/v1/home on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let workshopId: string;

  const cards = async (client: ApiClient) => {
    const r = await client.get('/api/v1/home');
    expect(r.statusCode, r.body).toBe(200);
    return r.json().cards as HomeCard[];
  };
  const find = (list: HomeCard[], id: HomeCard['id']) => list.find((x) => x.id === id);

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    const centre = (await c.ADMIN.get('/api/v1/centre')).json();
    await c.ADMIN.patch('/api/v1/centre', { settings: { capacity: 2 }, version: centre.version });
    const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
    workshopId = (
      await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Ogród',
        type: 'GARDENING',
        instructorIds: [instructorId],
      })
    ).json().id;

    // In the trial month now (ends within 14 days) and assigned to the instructor's workshop.
    const trial = await admitThroughApi(c.DIRECTOR, { ipzs: { admissionDate: addDays(today, -20) } });
    const assigned = await c.DIRECTOR.post(`/api/v1/workshops/${workshopId}/assignments`, {
      participantId: trial.id,
      fromDate: addDays(today, -20),
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    // A programme ending within 30 days, with a follow-up already late.
    const ending = await admitThroughApi(c.DIRECTOR);
    await h.deps.db
      .updateTable('programmes')
      .set({ planned_end: addDays(today, 10) })
      .where('id', '=', ending.programme.id)
      .execute();
    const centreId = (await h.deps.db.selectFrom('programmes').select('centre_id').executeTakeFirstOrThrow())
      .centre_id;
    await h.deps.db
      .insertInto('follow_ups')
      .values({
        centre_id: centreId,
        participant_id: ending.id,
        programme_id: ending.programme.id,
        label: 'WEEKS_4',
        due_on: addDays(today, -2),
      })
      .execute();
    // A referral nobody has decided yet.
    const waiting = (await c.SOCIAL_WORKER.post('/api/v1/participants', buildPerson())).json();
    expect(
      (await c.SOCIAL_WORKER.post(`/api/v1/participants/${waiting.id}/referrals`, buildReferral()))
        .statusCode,
    ).toBe(201);
    // Last month had classes and its attendance is not locked.
    const programme = await c.DIRECTOR.request(
      'PUT',
      `/api/v1/workshops/${workshopId}/class-programmes/${lastMonth}`,
      {
        weekdayHours: [6, 6, 6, 6, 6, 0, 0],
        version: null,
      },
    );
    expect(programme.statusCode, programme.body).toBe(200);
  });
  afterAll(() => h.close());

  it(
    "the director's cards: occupancy against capacity, trial months, programmes " +
      'ending, follow-ups, attendance, payroll, report deadline, finance',
    async () => {
      const d = await cards(c.DIRECTOR);
      expect(d.map((x) => x.id)).toEqual([
        'OCCUPANCY',
        'TRIAL_ENDING',
        'PROGRAMMES_ENDING',
        'FOLLOW_UPS_DUE',
        'ATTENDANCE_UNLOCKED',
        'PAYROLL_STATUS',
        'STAFF_RATIO',
        'REPORT_DEADLINE',
        'FINANCE_PLAN',
        'INDICATORS',
        'EVENTS_UPCOMING',
      ]);
      expect(find(d, 'OCCUPANCY')).toMatchObject({
        count: 2,
        values: { active: 2, capacity: 2 },
        href: '/participants',
      });
      expect(find(d, 'TRIAL_ENDING')).toMatchObject({ count: 1, tone: 'attention' });
      expect(find(d, 'PROGRAMMES_ENDING')).toMatchObject({ count: 1 });
      expect(find(d, 'FOLLOW_UPS_DUE')).toMatchObject({
        count: 1,
        values: { overdue: 1 },
        href: '/follow-ups',
      });
      expect(find(d, 'ATTENDANCE_UNLOCKED')).toMatchObject({
        count: 1,
        values: { months: lastMonth },
        href: '/attendance',
      });
      expect(find(d, 'PAYROLL_STATUS')).toMatchObject({
        values: { month: lastMonth, status: 'NONE' },
        tone: 'attention',
      });
      const year = Number(today.slice(0, 4));
      const reportYear = today.slice(5) <= '03-31' ? year - 1 : year;
      expect(find(d, 'REPORT_DEADLINE')).toMatchObject({
        values: { year: reportYear, deadline: `${reportYear + 1}-03-31` },
        href: `/finance?year=${reportYear}`,
      });
      expect(find(d, 'FINANCE_PLAN')).toMatchObject({ values: { year, hasPlan: 0 }, tone: 'attention' });
    },
  );

  it('other roles get their own daily list', async () => {
    expect((await cards(c.SOCIAL_WORKER)).map((x) => [x.id, x.count])).toEqual([
      ['REFERRALS_TO_DECIDE', 1],
      ['FOLLOW_UPS_DUE', 1],
      ['PROGRAMMES_ENDING', 1],
      ['EVENTS_UPCOMING', 0],
    ]);
    expect(await cards(c.INSTRUCTOR)).toEqual([
      expect.objectContaining({
        id: 'TODAY_ATTENDANCE',
        key: `TODAY_ATTENDANCE:${workshopId}`,
        count: 1,
        values: { workshop: 'Ogród', assigned: 1, recorded: 0, date: today },
      }),
      expect.objectContaining({ id: 'EVENTS_UPCOMING', count: 0 }),
    ]);
    expect((await cards(c.ACCOUNTANT)).map((x) => x.id)).toEqual([
      'PAYROLL_STATUS',
      'ATTENDANCE_UNLOCKED',
      'FINANCE_PLAN',
    ]);
    expect((await cards(c.ADMIN)).map((x) => x.id)).toEqual(['ACCOUNTS']);
  });

  it("another centre's director sees only their own (empty) centre", async () => {
    const theirs = await cards(other);
    expect(find(theirs, 'OCCUPANCY')?.count).toBe(0);
    expect(find(theirs, 'FOLLOW_UPS_DUE')?.count).toBe(0);
    expect(find(theirs, 'ATTENDANCE_UNLOCKED')?.count).toBe(0);
  });

  it("the 1 : 10 ratio and this year's indicators follow the staff register and the exits", async () => {
    const year = Number(today.slice(0, 4));
    // Two people in classes today, nobody in the staff register conducting classes: 2 > 0 × 10.
    let d = await cards(c.DIRECTOR);
    expect(find(d, 'STAFF_RATIO')).toMatchObject({
      href: '/staff',
      tone: 'attention',
      count: 2,
      values: { participants: 2, employees: 0, allowed: 0, limit: 10, ok: 0 },
    });
    expect(find(d, 'INDICATORS')).toMatchObject({
      href: '/reports/indicators',
      values: { year, ended: 0, employmentRate: null, employmentTarget: 50, socialTarget: 80, kpres: 40 },
    });
    const staff = await c.DIRECTOR.post('/api/v1/staff', {
      fullName: 'Jan Instruktor',
      sex: 'M',
      function: 'INSTRUCTOR',
      basis: 'EMPLOYMENT_CONTRACT',
      fte: 1,
      conductsClasses: true,
      fromDate: addDays(today, -30),
    });
    expect(staff.statusCode, staff.body).toBe(201);
    // One person ends today and takes a job: 1 of 1 ended is economically independent (100%).
    const centre = (await c.ADMIN.get('/api/v1/centre')).json();
    await c.ADMIN.patch('/api/v1/centre', { settings: { capacity: 3 }, version: centre.version });
    const leaver = await admitThroughApi(c.DIRECTOR);
    const { version } = await h.deps.db
      .selectFrom('programmes')
      .select('version')
      .where('id', '=', leaver.programme.id)
      .executeTakeFirstOrThrow();
    const exit = await c.DIRECTOR.post(
      `/api/v1/participants/${leaver.id}/programmes/${leaver.programme.id}/exit`,
      {
        type: 'EMPLOYMENT',
        lastDay: today,
        eventDate: today,
        situation: { work: 'EMPLOYMENT', employmentForm: 'EMPLOYER', contractType: 'EMPLOYMENT_CONTRACT' },
        version,
      },
    );
    expect(exit.statusCode, exit.body).toBe(200);
    d = await cards(c.DIRECTOR);
    expect(find(d, 'STAFF_RATIO')).toMatchObject({
      tone: 'ok',
      values: { employees: 1, allowed: 10, ok: 1 },
    });
    expect(find(d, 'INDICATORS')).toMatchObject({
      tone: 'info',
      values: { year, ended: 1, employmentRate: 100, socialRate: 100 },
    });
    // The accountant sees neither card; the social worker neither.
    expect(find(await cards(c.ACCOUNTANT), 'STAFF_RATIO')).toBeUndefined();
    expect(find(await cards(c.SOCIAL_WORKER), 'INDICATORS')).toBeUndefined();
  });

  it(
    'events: the next one for the director, social worker and instructor (issue ' +
      '18); nothing for the accountant',
    async () => {
      const startsOn = addDays(today, 5);
      const created = await c.DIRECTOR.post('/api/v1/events', {
        kind: 'INTEGRATION_EVENT',
        title: 'Piknik rodzinny',
        programme: 'Gry, konkursy i występy uczestników.',
        place: 'park miejski',
        startsOn,
        endsOn: startsOn,
        capacity: 80,
      });
      expect(created.statusCode, created.body).toBe(201);
      for (const role of ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR'] as const) {
        const upcoming = find(await cards(c[role]), 'EVENTS_UPCOMING');
        expect(upcoming, role).toMatchObject({ href: '/events', count: 1 });
        expect(upcoming?.values).toMatchObject({ next: 'Piknik rodzinny', date: startsOn });
      }
      expect(find(await cards(c.ACCOUNTANT), 'EVENTS_UPCOMING')).toBeUndefined();
      expect(find(await cards(other), 'EVENTS_UPCOMING')?.count ?? 0).toBe(0);
    },
  );

  it('needs a session', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/home' })).statusCode).toBe(401);
  });
});
