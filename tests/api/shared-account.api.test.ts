import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiClient,
  type ApiHarness,
  clientFor,
  createApiHarness,
  insertMembership,
  seedCentre,
  TEST_PASSWORD,
  uniqueEmail,
} from '../support/api';

/**
 * An account with roles in two centres (a social worker shared by a CIS and a KIS). The administrator
 * of one centre may take away its roles there, but not its global credentials: the name, the second
 * factor and its sessions in the other centre.
 */
describe('an account shared by two centres', () => {
  let h: ApiHarness;
  let adminA: ApiClient;
  let centreA: string;
  let centreB: string;
  let sharedEmail: string;
  let sharedId: string;
  beforeAll(async () => {
    h = await createApiHarness();
    const a = await seedCentre(h.deps, ['ADMIN']);
    const b = await seedCentre(h.deps, ['ADMIN']);
    centreA = a.centreId;
    centreB = b.centreId;
    adminA = await clientFor(h.app, a.accounts.ADMIN);
    sharedEmail = uniqueEmail('wspolna');
    const created = await adminA.post('/api/v1/users', {
      email: sharedEmail,
      fullName: 'Anna Wspólna',
      roles: ['SOCIAL_WORKER'],
      password: TEST_PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    sharedId = created.json().id;
    await insertMembership(h.deps.db, centreB, sharedId, ['SOCIAL_WORKER']);
  });
  afterAll(() => h.close());

  const sessionIn = async (centreId: string) => {
    const client = await clientFor(h.app, sharedEmail);
    expect((await client.post('/api/v1/me/centre', { centreId })).statusCode).toBe(200);
    return client;
  };

  it('refuses centre A’s administrator a rename or a TOTP reset, changing nothing', async () => {
    const rename = await adminA.patch(`/api/v1/users/${sharedId}`, { fullName: 'Ktoś Inny' });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().error.code).toBe('SHARED_ACCOUNT');
    const reset = await adminA.patch(`/api/v1/users/${sharedId}`, { resetTotp: true });
    expect(reset.statusCode).toBe(403);
    expect(reset.json().error.code).toBe('SHARED_ACCOUNT');
    expect((await adminA.get(`/api/v1/users/${sharedId}`)).json().fullName).toBe('Anna Wspólna');
  });

  it(
    'lets centre A change the roles in A and deactivate the account there, ' +
      'without ending its sessions in B',
    async () => {
      const inA = await sessionIn(centreA);
      const inB = await sessionIn(centreB);
      const roles = await adminA.patch(`/api/v1/users/${sharedId}`, { roles: ['INSTRUCTOR'] });
      expect(roles.statusCode).toBe(200);
      expect(roles.json().roles).toEqual(['INSTRUCTOR']);

      const off = await adminA.patch(`/api/v1/users/${sharedId}`, { isActive: false });
      expect(off.statusCode).toBe(200);
      expect((await inA.get('/api/v1/me')).statusCode).toBe(401);
      const me = await inB.get('/api/v1/me');
      expect(me.statusCode).toBe(200);
      expect(me.json().currentCentreId).toBe(centreB);
      await adminA.patch(`/api/v1/users/${sharedId}`, { isActive: true });
    },
  );

  it('lets the account itself, and an administrator of all its centres, change the global credentials', async () => {
    // Centre A's administrator is also an instructor in B: her own name is hers to change.
    const me = (await adminA.get('/api/v1/me')).json();
    await insertMembership(h.deps.db, centreB, me.user.id, ['INSTRUCTOR']);
    const own = await adminA.patch(`/api/v1/users/${me.user.id}`, { fullName: 'Admin Dwóch Centrów' });
    expect(own.statusCode).toBe(200);
    expect((await adminA.patch(`/api/v1/users/${sharedId}`, { fullName: 'X' })).statusCode).toBe(403);

    // Once she administers B too, she may rename the shared account.
    await h.deps.db
      .updateTable('centre_members')
      .set({ roles: ['ADMIN'] })
      .where('centre_id', '=', centreB)
      .where('user_id', '=', me.user.id)
      .execute();
    const rename = await adminA.patch(`/api/v1/users/${sharedId}`, { fullName: 'Anna Wspólna-Nowak' });
    expect(rename.statusCode).toBe(200);
    expect(rename.json().fullName).toBe('Anna Wspólna-Nowak');
  });
});
