import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import {
  type ApiClient,
  clientFor,
  createApiHarness,
  seedCentre,
  type ApiHarness,
  signInEveryRole,
} from '../support/api';
import { testEngines } from '../support/db';
import { admitThroughApi } from '../factories/pathway.factory';

describe.each(testEngines())('workshops and assignments on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let instructorId: string;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
  });
  afterAll(() => h.close());

  it(
    'creates workshops with instructors; names are unique in a centre; only ' +
      'the director or admin manages them',
    async () => {
      const created = await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Gastronomiczny',
        type: 'GASTRONOMY',
        place: 'ul. Zielona 3, kuchnia',
        capacity: 12,
        instructorIds: [instructorId],
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({
        name: 'Gastronomiczny',
        type: 'GASTRONOMY',
        capacity: 12,
        active: true,
        assigned: 0,
        instructors: [{ id: instructorId }],
      });
      const twin = await c.DIRECTOR.post('/api/v1/workshops', { name: 'gastronomiczny', type: 'GASTRONOMY' });
      expect(twin.statusCode).toBe(400);
      expect(twin.json().error.details.fields[0]).toMatchObject({ path: 'name', code: 'NAME_TAKEN' });
      const foreignInstructor = (await other.get('/api/v1/me')).json().user.id;
      const bad = await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Ogrodniczy',
        type: 'GARDENING',
        instructorIds: [foreignInstructor],
      });
      expect(bad.json().error.details.fields[0]).toMatchObject({
        path: 'instructorIds.0',
        code: 'NOT_A_MEMBER',
      });
      // Only an instructor of this centre can lead a workshop: the social worker is refused by name.
      const socialWorker = (await c.SOCIAL_WORKER.get('/api/v1/me')).json().user;
      const notInstructor = await c.DIRECTOR.post('/api/v1/workshops', {
        name: 'Ogrodniczy',
        type: 'GARDENING',
        instructorIds: [instructorId, socialWorker.id],
      });
      expect(notInstructor.statusCode).toBe(400);
      expect(notInstructor.json().error.details.fields[0]).toMatchObject({
        path: 'instructorIds.1',
        code: 'NOT_AN_INSTRUCTOR',
      });
      expect(notInstructor.json().error.details.fields[0].message).toContain(socialWorker.fullName);
      expect(
        (await c.DIRECTOR.get('/api/v1/workshops')).json().items.map((w: { name: string }) => w.name),
      ).toEqual(['Gastronomiczny']);
      for (const role of ['SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'] as const) {
        expect(
          (await c[role].post('/api/v1/workshops', { name: `W-${role}`, type: 'OTHER' })).statusCode,
        ).toBe(403);
      }
      expect(
        (await c.INSTRUCTOR.get('/api/v1/workshops')).json().items.map((w: { name: string }) => w.name),
      ).toContain('Gastronomiczny');
      expect((await other.get('/api/v1/workshops')).json().items).toEqual([]);
      expect(
        (await other.patch(`/api/v1/workshops/${created.json().id}`, { name: 'x', version: 1 })).statusCode,
      ).toBe(404);
    },
  );

  it(
    'assigns a participant with a signed programme, moves them keeping the ' +
      'history, and closes it on exit',
    async () => {
      const kitchen = (
        await c.DIRECTOR.post('/api/v1/workshops', { name: 'Kuchnia', type: 'GASTRONOMY' })
      ).json();
      const garden = (
        await c.DIRECTOR.post('/api/v1/workshops', { name: 'Ogród', type: 'GARDENING' })
      ).json();
      const { id, programme } = await admitThroughApi(c.DIRECTOR);
      const early = await c.SOCIAL_WORKER.post(`/api/v1/workshops/${kitchen.id}/assignments`, {
        participantId: id,
        fromDate: '2026-01-30',
      });
      expect(early.json().error.details.fields[0]).toMatchObject({
        path: 'fromDate',
        code: 'OUTSIDE_PARTICIPATION',
      });
      expect(
        (
          await c.INSTRUCTOR.post(`/api/v1/workshops/${kitchen.id}/assignments`, {
            participantId: id,
            fromDate: '2026-02-02',
          })
        ).statusCode,
      ).toBe(403);
      const first = await c.SOCIAL_WORKER.post(`/api/v1/workshops/${kitchen.id}/assignments`, {
        participantId: id,
        fromDate: '2026-02-02',
      });
      expect(first.statusCode, first.body).toBe(201);
      const moved = await c.SOCIAL_WORKER.post(`/api/v1/workshops/${garden.id}/assignments`, {
        participantId: id,
        fromDate: '2026-04-01',
      });
      expect(moved.statusCode, moved.body).toBe(201);
      const history = (await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/assignments`)).json().items;
      expect(
        history.map((a: { workshopName: string; fromDate: string; toDate: string | null }) => [
          a.workshopName,
          a.fromDate,
          a.toDate,
        ]),
      ).toEqual([
        ['Kuchnia', '2026-02-02', '2026-03-31'],
        ['Ogród', '2026-04-01', null],
      ]);
      const march = (
        await c.SOCIAL_WORKER.get(`/api/v1/workshops/${kitchen.id}/assignments?from=2026-03-01&to=2026-03-31`)
      ).json().items;
      expect(march.map((a: { participantId: string }) => a.participantId)).toContain(id);
      const may = (
        await c.SOCIAL_WORKER.get(`/api/v1/workshops/${kitchen.id}/assignments?from=2026-05-01&to=2026-05-31`)
      ).json().items;
      expect(may.map((a: { participantId: string }) => a.participantId)).not.toContain(id);
      const exit = await c.DIRECTOR.post(`/api/v1/participants/${id}/programmes/${programme.id}/exit`, {
        type: 'WITHDRAWAL',
        lastDay: '2026-06-30',
        version: programme.version,
      });
      expect(exit.statusCode, exit.body).toBe(200);
      const after = (await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}/assignments`)).json().items;
      expect(after.at(-1)).toMatchObject({ workshopName: 'Ogród', toDate: '2026-06-30' });
      expect((await other.get(`/api/v1/participants/${id}/assignments`)).statusCode).toBe(404);
    },
  );
});

describe('an instructor sees only the people of their workshops', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness();
  });
  afterAll(() => h.close());

  it('lists and opens only participants ever assigned to a workshop the instructor teaches', async () => {
    const a = await seedCentre(h.deps, ['DIRECTOR', 'INSTRUCTOR']);
    const director = await clientFor(h.app, a.accounts.DIRECTOR);
    const instructor = await clientFor(h.app, a.accounts.INSTRUCTOR);
    const instructorId = (await instructor.get('/api/v1/me')).json().user.id;
    const mine = (
      await director.post('/api/v1/workshops', {
        name: 'Mój warsztat',
        type: 'CRAFTS',
        instructorIds: [instructorId],
      })
    ).json();
    const theirs = (
      await director.post('/api/v1/workshops', { name: 'Cudzy warsztat', type: 'CLEANING' })
    ).json();
    const inMine = await admitThroughApi(director);
    const inTheirs = await admitThroughApi(director);
    await director.post(`/api/v1/workshops/${mine.id}/assignments`, {
      participantId: inMine.id,
      fromDate: '2026-02-02',
    });
    await director.post(`/api/v1/workshops/${theirs.id}/assignments`, {
      participantId: inTheirs.id,
      fromDate: '2026-02-02',
    });
    const list = (await instructor.get('/api/v1/participants?pageSize=500')).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([inMine.id]);
    expect((await instructor.get(`/api/v1/participants/${inMine.id}`)).statusCode).toBe(200);
    expect((await instructor.get(`/api/v1/participants/${inTheirs.id}`)).statusCode).toBe(404);
    expect((await instructor.get(`/api/v1/participants/${inTheirs.id}/pathway`)).statusCode).toBe(404);
    expect((await director.get('/api/v1/participants?pageSize=500')).json().total).toBe(2);
  });
});

describe('social-reintegration activities', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness();
  });
  afterAll(() => h.close());

  it(
    'records a group class for several people; only the director and social ' +
      'workers see it; nothing of another centre',
    async () => {
      const a = await seedCentre(h.deps, ['DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR']);
      const director = await clientFor(h.app, a.accounts.DIRECTOR);
      const sw = await clientFor(h.app, a.accounts.SOCIAL_WORKER);
      const instructor = await clientFor(h.app, a.accounts.INSTRUCTOR);
      const other = await clientFor(h.app, (await seedCentre(h.deps, ['DIRECTOR'])).accounts.DIRECTOR);
      const one = await admitThroughApi(director);
      const two = await admitThroughApi(director);
      const body = {
        kind: 'GROUP_CLASS',
        date: '2026-03-10',
        hours: 2,
        title: 'Trening umiejętności społecznych',
        staffName: 'Anna Psycholog',
        participantIds: [one.id, two.id],
      };
      const saved = await sw.post('/api/v1/social-activities', body);
      expect(saved.statusCode, saved.body).toBe(201);
      expect(saved.json().participants).toHaveLength(2);
      expect(
        (await sw.post('/api/v1/social-activities', { ...body, hours: 0 })).json().error.details.fields[0],
      ).toMatchObject({ path: 'hours' });
      expect((await sw.post('/api/v1/social-activities', { ...body, participantIds: [] })).statusCode).toBe(
        400,
      );
      expect((await instructor.post('/api/v1/social-activities', body)).statusCode).toBe(403);
      expect((await instructor.get('/api/v1/social-activities')).statusCode).toBe(403);
      const mine = (await director.get(`/api/v1/social-activities?participantId=${one.id}`)).json().items;
      expect(mine.map((x: { title: string }) => x.title)).toEqual(['Trening umiejętności społecznych']);
      expect(
        (await other.post('/api/v1/social-activities', body)).json().error.details.fields[0],
      ).toMatchObject({ path: 'participantIds.0', code: 'NOT_FOUND' });
      expect((await other.get('/api/v1/social-activities')).json().items).toEqual([]);
    },
  );
});
