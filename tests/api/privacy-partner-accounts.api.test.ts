import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserFromCli } from '../../src/app/users/add-user-from-cli';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { createPartnerThroughApi, partnerAccountFor } from '../factories/partner.factory';

// Partner institutions' accounts (PARTNER_VIEWER) are not staff: listed apart in the register of
// authorisations, and their roles are not edited in user management or through the CLI.
describe.each(testEngines())('partner accounts outside staff management on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let centreId: string;
  let partner: { email: string; userId: string };

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ centreId } = await signInEveryRole(h, c));
    const mops = await createPartnerThroughApi(c.DIRECTOR, { name: 'MOPS w Lubaniu' });
    partner = await partnerAccountFor(h.app, c.DIRECTOR, mops.id);
  });
  afterAll(() => h.close());

  const rolesOf = async (userId: string) =>
    (
      await h.deps.db
        .selectFrom('centre_members')
        .select('roles')
        .where('centre_id', '=', centreId)
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow()
    ).roles;

  it('lists the partner account apart from staff, with its institution, not as "no authorisation"', async () => {
    const register = await c.DIRECTOR.get('/api/v1/privacy/authorisations');
    expect(register.statusCode, register.body).toBe(200);
    const body = register.json();
    expect(body.members.map((m: { userId: string }) => m.userId)).not.toContain(partner.userId);
    expect(body.members.every((m: { roles: string[] }) => !m.roles.includes('PARTNER_VIEWER'))).toBe(true);
    expect(body.members.length).toBeGreaterThanOrEqual(5);
    expect(body.partnerAccounts).toEqual([
      {
        userId: partner.userId,
        fullName: 'Pracownica Ośrodka',
        email: partner.email,
        partnerName: 'MOPS w Lubaniu',
      },
    ]);
  });

  it('refuses to give a partner account staff roles in user management, writing nothing', async () => {
    const before = await rolesOf(partner.userId);
    const patched = await c.ADMIN.patch(`/api/v1/users/${partner.userId}`, { roles: ['DIRECTOR'] });
    expect(patched.statusCode).toBe(409);
    expect(patched.json().error).toMatchObject({
      code: 'PARTNER_ACCOUNT',
      message: expect.stringContaining('na karcie partnera'),
    });
    expect(await rolesOf(partner.userId)).toEqual(before);
    expect(before).toEqual(['PARTNER_VIEWER']);
    // Renaming is still an ordinary change of the account.
    const renamed = await c.ADMIN.patch(`/api/v1/users/${partner.userId}`, { fullName: 'Pracownica MOPS' });
    expect(renamed.statusCode, renamed.body).toBe(200);

    const added = await c.ADMIN.post('/api/v1/users/existing', {
      email: partner.email,
      roles: ['INSTRUCTOR'],
    });
    expect(added.statusCode).toBe(409);
    expect(added.json().error.code).toBe('PARTNER_ACCOUNT');
  });

  it('the CLI refuses the partner role and refuses to add a staff role to a partner account', async () => {
    await expect(
      addUserFromCli(h.deps, {
        centre: centreId,
        email: 'nowy@example.test',
        role: 'PARTNER_VIEWER',
        password: 'x',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      addUserFromCli(h.deps, { centre: centreId, email: partner.email, role: 'DIRECTOR' }),
    ).rejects.toMatchObject({ code: 'PARTNER_ACCOUNT' });
    expect(await rolesOf(partner.userId)).toEqual(['PARTNER_VIEWER']);
  });
});
