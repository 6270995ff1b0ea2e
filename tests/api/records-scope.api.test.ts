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
import { admitThroughApi } from '../factories/pathway.factory';

describe.each(testEngines())(
  'accounts in a second centre, instructor scope, approved programmes on %s',
  (engine) => {
    let h: ApiHarness;
    const c = {} as Record<Role, ApiClient>;
    let other: ApiClient;

    beforeAll(async () => {
      h = await createApiHarness(engine);
      ({ other } = await signInEveryRole(h, c));
    });
    afterAll(() => h.close());

    it(
      'an administrator gives an existing colleague a role in her centre; his ' +
        'other centres stay invisible',
      async () => {
        const second = await seedCentre(h.deps, ['ADMIN', 'SOCIAL_WORKER'], { name: 'KIS Drugi' });
        const admin2 = await clientFor(h.app, second.accounts.ADMIN);
        const colleague = second.accounts.SOCIAL_WORKER;
        const before = await c.ADMIN.post('/api/v1/users', {
          email: colleague,
          fullName: 'Ktoś',
          roles: ['SOCIAL_WORKER'],
          password: 'Zielony-Ogrod-2026!',
        });
        expect(before.json().error.code).toBe('EMAIL_TAKEN');

        const added = await c.ADMIN.post('/api/v1/users/existing', {
          email: colleague.toUpperCase(),
          roles: ['INSTRUCTOR'],
        });
        expect(added.statusCode, added.body).toBe(201);
        expect(added.json()).toMatchObject({ email: colleague, roles: ['INSTRUCTOR'], isActive: true });
        expect(JSON.stringify(added.json())).not.toContain('KIS Drugi');

        const again = await c.ADMIN.post('/api/v1/users/existing', {
          email: colleague,
          roles: ['INSTRUCTOR'],
        });
        expect(again.statusCode).toBe(409);
        expect(again.json().error.details.fields[0]).toMatchObject({ path: 'email', code: 'ALREADY_MEMBER' });
        const unknown = await c.ADMIN.post('/api/v1/users/existing', {
          email: 'nikt@example.pl',
          roles: ['INSTRUCTOR'],
        });
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json().error.details.fields[0]).toMatchObject({
          path: 'email',
          code: 'NO_SUCH_ACCOUNT',
        });
        expect(
          (await c.DIRECTOR.post('/api/v1/users/existing', { email: colleague, roles: ['ADMIN'] }))
            .statusCode,
        ).toBe(403);

        // The colleague keeps his first centre and now works in both.
        const me = (await clientFor(h.app, colleague).then((x) => x.get('/api/v1/me'))).json();
        expect(me.centres).toHaveLength(2);
        // The second centre's list is unchanged by the first one's grant.
        const secondList = (await admin2.get('/api/v1/users')).json().items;
        expect(secondList.find((u: { email: string }) => u.email === colleague).roles).toEqual([
          'SOCIAL_WORKER',
        ]);
      },
    );

    it('an instructor not assigned to a workshop gets 404 for its participants', async () => {
      const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
      const mine = (
        await c.DIRECTOR.post('/api/v1/workshops', {
          name: 'Stolarnia',
          type: 'CRAFTS',
          instructorIds: [instructorId],
        })
      ).json();
      const theirs = (
        await c.DIRECTOR.post('/api/v1/workshops', { name: 'Ogród', type: 'GARDENING' })
      ).json();
      const person = await admitThroughApi(c.DIRECTOR);
      const assigned = await c.DIRECTOR.post(`/api/v1/workshops/${theirs.id}/assignments`, {
        participantId: person.id,
        fromDate: '2026-02-02',
      });
      expect(assigned.statusCode, assigned.body).toBe(201);
      const leak = await c.INSTRUCTOR.get(`/api/v1/workshops/${theirs.id}/assignments`);
      expect(leak.statusCode).toBe(404);
      expect(leak.body).not.toContain('Wiśniewska');
      expect((await c.INSTRUCTOR.get(`/api/v1/workshops/${mine.id}/assignments`)).statusCode).toBe(200);
      expect(
        (await c.SOCIAL_WORKER.get(`/api/v1/workshops/${theirs.id}/assignments`)).json().items,
      ).toHaveLength(1);
      expect((await other.get(`/api/v1/workshops/${theirs.id}/assignments`)).statusCode).toBe(404);
    });

    it(
      'only the director changes an approved class programme; an instructor is ' +
        'refused, not returned to draft',
      async () => {
        const instructorId = (await c.INSTRUCTOR.get('/api/v1/me')).json().user.id;
        const w = (
          await c.DIRECTOR.post('/api/v1/workshops', {
            name: 'Pralnia',
            type: 'CLEANING',
            instructorIds: [instructorId],
          })
        ).json();
        const url = `/api/v1/workshops/${w.id}/class-programmes/2026-06`;
        const draft = await c.INSTRUCTOR.request('PUT', url, {
          weekdayHours: [7, 7, 7, 7, 7, 0, 0],
          version: null,
        });
        expect(draft.statusCode, draft.body).toBe(200);
        const approved = await c.DIRECTOR.post(`${url}/approve`, { version: draft.json().version });
        expect(approved.json().status).toBe('APPROVED');
        for (const role of ['INSTRUCTOR', 'SOCIAL_WORKER'] as const) {
          const edit = await c[role].request('PUT', url, {
            weekdayHours: [6, 6, 6, 6, 6, 0, 0],
            version: approved.json().version,
          });
          expect(edit.statusCode).toBe(403);
          expect(edit.json().error.message).toMatch(/tylko kierownik/);
        }
        expect((await c.INSTRUCTOR.get(url)).json()).toMatchObject({
          status: 'APPROVED',
          weekdayHours: [7, 7, 7, 7, 7, 0, 0],
        });
        const byDirector = await c.DIRECTOR.request('PUT', url, {
          weekdayHours: [6, 6, 6, 6, 6, 0, 0],
          version: approved.json().version,
        });
        expect(byDirector.statusCode, byDirector.body).toBe(200);
        expect(byDirector.json().status).toBe('DRAFT');
      },
    );
  },
);
