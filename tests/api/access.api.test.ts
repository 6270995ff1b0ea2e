import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { ROLES } from '../../src/contracts/common';
import { STAFF_ROLES } from '../../src/domain/access/roles';
import { createPartnerThroughApi, partnerAccountFor } from '../factories/partner.factory';
import { buildCentreInput } from '../factories/centre.factory';
import {
  ApiClient,
  clientFor,
  createApiHarness,
  seedCentre,
  TEST_PASSWORD,
  uniqueEmail,
  type ApiHarness,
} from '../support/api';

type Call = {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  body?: () => unknown;
  allowed: Role[];
  okStatus?: number;
};

describe('every route × role, and centre isolation', () => {
  let h: ApiHarness;
  let a: Awaited<ReturnType<typeof seedCentre>>;
  let b: Awaited<ReturnType<typeof seedCentre>>;
  const clients = {} as Record<Role, ApiClient>;
  let userInA: string;
  let userInB: string;

  beforeAll(async () => {
    h = await createApiHarness();
    a = await seedCentre(h.deps);
    b = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR']);
    for (const role of STAFF_ROLES) clients[role] = await clientFor(h.app, a.accounts[role]);
    // The partner account is made by the director for one partner (issue 16), not by seedCentre.
    const partner = await createPartnerThroughApi(clients.DIRECTOR);
    clients.PARTNER_VIEWER = (await partnerAccountFor(h.app, clients.DIRECTOR, partner.id)).client;
    userInA = (await clients.ADMIN.get('/api/v1/users'))
      .json()
      .items.find((u: { email: string }) => u.email === a.accounts.INSTRUCTOR).id;
    const adminB = await clientFor(h.app, b.accounts.ADMIN);
    userInB = (await adminB.get('/api/v1/users'))
      .json()
      .items.find((u: { email: string }) => u.email === b.accounts.DIRECTOR).id;
  });
  afterAll(() => h.close());

  const calls: Call[] = [
    { method: 'GET', url: '/api/v1/me', allowed: [...ROLES] },
    { method: 'GET', url: '/api/v1/centre', allowed: [...STAFF_ROLES] },
    {
      method: 'PATCH',
      url: '/api/v1/centre',
      body: () => ({ version: 0, phone: '75 000 00 00' }),
      allowed: ['ADMIN'],
      okStatus: 409,
    },
    {
      method: 'POST',
      url: '/api/v1/centres',
      body: () => buildCentreInput(),
      allowed: ['ADMIN'],
      okStatus: 201,
    },
    { method: 'GET', url: '/api/v1/users', allowed: ['ADMIN', 'DIRECTOR'] },
    {
      method: 'POST',
      url: '/api/v1/users',
      body: () => ({
        email: uniqueEmail(),
        fullName: 'Nowa Osoba',
        roles: ['INSTRUCTOR'],
        password: TEST_PASSWORD,
      }),
      allowed: ['ADMIN'],
      okStatus: 201,
    },
    { method: 'GET', url: '/api/v1/users/{A}', allowed: ['ADMIN', 'DIRECTOR'] },
    {
      method: 'PATCH',
      url: '/api/v1/users/{A}',
      body: () => ({ fullName: 'Ignacy Instruktor' }),
      allowed: ['ADMIN'],
    },
    { method: 'GET', url: '/api/v1/audit', allowed: ['ADMIN', 'DIRECTOR'] },
  ];

  for (const call of calls) {
    for (const role of ROLES) {
      const allowed = call.allowed.includes(role);
      it(`${call.method} ${call.url} as ${role} → ${allowed ? 'allowed' : '403'}`, async () => {
        const url = call.url.replace('{A}', userInA);
        const response = await clients[role].request(call.method, url, call.body?.());
        if (allowed) expect(response.statusCode, response.body).toBe(call.okStatus ?? 200);
        else if (role === 'PARTNER_VIEWER') {
          // A partner account learns nothing of the centre's routes: 404, not 403 (decision 0013).
          expect(response.statusCode, response.body).toBe(404);
          expect(response.json().error.code).toBe('NOT_FOUND');
        } else {
          expect(response.statusCode, response.body).toBe(403);
          expect(response.json().error.code).toBe('FORBIDDEN');
        }
      });
    }
    it(`${call.method} ${call.url} without a session → 401`, async () => {
      const response = await new ApiClient(h.app).request(
        call.method,
        call.url.replace('{A}', userInA),
        call.body?.(),
      );
      expect(response.statusCode).toBe(401);
    });
  }

  it('answers 404 for a user of another centre, for reading and for writing', async () => {
    for (const role of ['ADMIN', 'DIRECTOR'] as const) {
      const read = await clients[role].get(`/api/v1/users/${userInB}`);
      expect(read.statusCode).toBe(404);
      expect(read.json().error.code).toBe('NOT_FOUND');
    }
    const write = await clients.ADMIN.patch(`/api/v1/users/${userInB}`, { roles: ['ADMIN'] });
    expect(write.statusCode).toBe(404);
    const after = await (await clientFor(h.app, b.accounts.ADMIN)).get(`/api/v1/users/${userInB}`);
    expect(after.json().roles).toEqual(['DIRECTOR']);
  });

  it('cannot switch to a centre the user has no role in', async () => {
    const response = await clients.ADMIN.post('/api/v1/me/centre', { centreId: b.centreId });
    expect(response.statusCode).toBe(404);
  });

  it("never shows another centre's users or audit entries", async () => {
    const users = (await clients.ADMIN.get('/api/v1/users'))
      .json()
      .items.map((u: { email: string }) => u.email);
    expect(users).not.toContain(b.accounts.DIRECTOR);
    const audit = (await clients.DIRECTOR.get(`/api/v1/audit?entityId=${userInB}`)).json();
    expect(audit.total).toBe(0);
  });

  it('lets a person with roles in two centres switch between them and see each one’s data', async () => {
    const adminB = await clientFor(h.app, b.accounts.ADMIN);
    const shared = uniqueEmail('shared');
    await clients.ADMIN.post('/api/v1/users', {
      email: shared,
      fullName: 'Wspólna Osoba',
      roles: ['DIRECTOR'],
      password: TEST_PASSWORD,
    });
    const { addUserFromCli } = await import('../../src/app/users/add-user-from-cli');
    await addUserFromCli(h.deps, { centre: b.centreId, email: shared, role: 'DIRECTOR' });

    const person = await clientFor(h.app, shared);
    const me = (await person.get('/api/v1/me')).json();
    expect(me.centres).toHaveLength(2);
    const current = me.currentCentreId;
    const other = me.centres.find((c: { id: string }) => c.id !== current).id;
    const before = (await person.get('/api/v1/centre')).json().id;
    expect((await person.post('/api/v1/me/centre', { centreId: other })).json().currentCentreId).toBe(other);
    const after = (await person.get('/api/v1/centre')).json().id;
    expect(before).toBe(current);
    expect(after).toBe(other);
    expect((await adminB.get('/api/v1/users')).json().items.map((u: { email: string }) => u.email)).toContain(
      shared,
    );
  });

  it('rejects an id that is not a UUID with 400, not 500', async () => {
    const response = await clients.ADMIN.get('/api/v1/users/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].path).toBe('id');
  });
});
