import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientFor,
  createApiHarness,
  seedCentre,
  TEST_PASSWORD,
  uniqueEmail,
  type ApiClient,
  type ApiHarness,
} from '../support/api';

describe('user management and the audit log', () => {
  let h: ApiHarness;
  let admin: ApiClient;
  let director: ApiClient;
  let centreId: string;
  beforeAll(async () => {
    h = await createApiHarness();
    const seeded = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR']);
    centreId = seeded.centreId;
    admin = await clientFor(h.app, seeded.accounts.ADMIN);
    director = await clientFor(h.app, seeded.accounts.DIRECTOR);
  });
  afterAll(() => h.close());

  it('creates a user who can log in, and records who did it in the audit log', async () => {
    const email = uniqueEmail('nowy');
    const created = await admin.post('/api/v1/users', {
      email,
      fullName: 'Maria Wiśniewska',
      roles: ['SOCIAL_WORKER', 'INSTRUCTOR'],
      password: TEST_PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email,
      fullName: 'Maria Wiśniewska',
      roles: ['SOCIAL_WORKER', 'INSTRUCTOR'],
      isActive: true,
    });

    const log = (await director.get(`/api/v1/audit?action=user.create&entityId=${user.id}`)).json();
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      details: { email, roles: ['SOCIAL_WORKER', 'INSTRUCTOR'] },
    });
    expect(log.items[0].actorEmail).toMatch(/^admin\./);
    expect((await clientFor(h.app, email)).cookie).toBeTruthy();
  });

  it('refuses a duplicate e-mail (any letter case) at the field, writing nothing', async () => {
    const email = uniqueEmail('dup');
    await admin.post('/api/v1/users', {
      email,
      fullName: 'Jan Pierwszy',
      roles: ['INSTRUCTOR'],
      password: TEST_PASSWORD,
    });
    const before = (await admin.get('/api/v1/users')).json().items.length;
    const dup = await admin.post('/api/v1/users', {
      email: email.toUpperCase(),
      fullName: 'Jan Drugi',
      roles: ['INSTRUCTOR'],
      password: TEST_PASSWORD,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({
      code: 'EMAIL_TAKEN',
      details: { fields: [{ path: 'email', code: 'EMAIL_TAKEN' }] },
    });
    expect((await admin.get('/api/v1/users')).json().items.length).toBe(before);
  });

  it('refuses a user without roles and with a weak password', async () => {
    const noRoles = await admin.post('/api/v1/users', {
      email: uniqueEmail(),
      fullName: 'Bez Roli',
      roles: [],
      password: TEST_PASSWORD,
    });
    expect(noRoles.json().error.details.fields[0]).toMatchObject({ path: 'roles' });
    const weak = await admin.post('/api/v1/users', {
      email: uniqueEmail(),
      fullName: 'Słabe Hasło',
      roles: ['INSTRUCTOR'],
      password: 'haslohaslo12',
    });
    expect(weak.json().error.details.fields[0]).toMatchObject({
      path: 'password',
      code: 'PASSWORD_TOO_COMMON',
    });
  });

  it('deactivates a user (ending their sessions) and keeps the last administrator', async () => {
    const email = uniqueEmail('odejdzie');
    const user = (
      await admin.post('/api/v1/users', {
        email,
        fullName: 'Odchodzący',
        roles: ['INSTRUCTOR'],
        password: TEST_PASSWORD,
      })
    ).json();
    const theirs = await clientFor(h.app, email);
    const updated = await admin.patch(`/api/v1/users/${user.id}`, { isActive: false });
    expect(updated.json().isActive).toBe(false);
    expect((await theirs.get('/api/v1/centre')).statusCode).toBe(401);
    const me = (await admin.get('/api/v1/me')).json();
    const lastAdmin = await admin.patch(`/api/v1/users/${me.user.id}`, { roles: ['DIRECTOR'] });
    expect(lastAdmin.statusCode).toBe(409);
    expect(lastAdmin.json().error.code).toBe('LAST_ADMIN');
    expect((await admin.get(`/api/v1/users/${me.user.id}`)).json().roles).toEqual(['ADMIN']);
  });

  it('edits the centre with optimistic versioning and audits what changed', async () => {
    const centre = (await admin.get('/api/v1/centre')).json();
    const ok = await admin.patch('/api/v1/centre', {
      version: centre.version,
      phone: '75 111 22 33',
      settings: { capacity: 40 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      phone: '75 111 22 33',
      settings: { capacity: 40 },
      version: centre.version + 1,
    });
    const stale = await admin.patch('/api/v1/centre', { version: centre.version, phone: '75 999 99 99' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const badRegon = await admin.patch('/api/v1/centre', { version: centre.version + 1, regon: '123456789' });
    expect(badRegon.json().error.details.fields[0]).toMatchObject({ path: 'regon', code: 'INVALID_REGON' });
    const log = (await director.get('/api/v1/audit?action=centre.update')).json();
    expect(log.items[0].details).toMatchObject({ phone: { to: '75 111 22 33' } });
    expect(log.items[0].entityId).toBe(centreId);
  });

  it('filters and pages the audit log', async () => {
    const all = (await director.get('/api/v1/audit?pageSize=2')).json();
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
    const page2 = (await director.get('/api/v1/audit?pageSize=2&page=2')).json();
    expect(page2.items[0].id).not.toBe(all.items[0].id);
    const today = new Date().toISOString().slice(0, 10);
    expect((await director.get(`/api/v1/audit?from=${today}&to=${today}`)).json().total).toBeGreaterThan(0);
    expect((await director.get('/api/v1/audit?from=2000-01-01&to=2000-01-02')).json().total).toBe(0);
    expect((await director.get('/api/v1/audit?from=wczoraj')).statusCode).toBe(400);
  });
});
