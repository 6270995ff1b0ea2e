import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { createPartnerThroughApi, partnerAccountFor } from '../factories/partner.factory';

describe('GET /api/v1/me tells the web client what the caller may do', () => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  beforeAll(async () => {
    h = await createApiHarness();
    await signInEveryRole(h, c);
    const partner = await createPartnerThroughApi(c.DIRECTOR);
    c.PARTNER_VIEWER = (await partnerAccountFor(h.app, c.DIRECTOR, partner.id)).client;
  });
  afterAll(() => h.close());

  it('the director may approve a payroll and sign a programme; the instructor may only keep attendance', async () => {
    const director = (await c.DIRECTOR.get('/api/v1/me')).json().allowedActions as string[];
    expect(director).toEqual(
      expect.arrayContaining(['payroll.approve', 'programme.sign', 'attendance.lock']),
    );
    const instructor = (await c.INSTRUCTOR.get('/api/v1/me')).json().allowedActions as string[];
    expect(instructor).toEqual(expect.arrayContaining(['attendance.record', 'classProgramme.edit']));
    expect(instructor).not.toContain('payroll.view');
    expect(instructor).not.toContain('pathway.view');
  });

  it('the administrator manages accounts but reaches no pathway and no money', async () => {
    const admin = (await c.ADMIN.get('/api/v1/me')).json().allowedActions as string[];
    expect(admin).toEqual(expect.arrayContaining(['users.manage', 'centre.edit']));
    expect(admin.some((a) => a.startsWith('payroll.') || a.startsWith('pathway.'))).toBe(false);
  });

  it('the accountant reviews the payroll but does not approve it', async () => {
    const accountant = (await c.ACCOUNTANT.get('/api/v1/me')).json().allowedActions as string[];
    expect(accountant).toContain('payroll.review');
    expect(accountant).not.toContain('payroll.approve');
  });

  it('the partner account may see only its own portal; staff roles may not', async () => {
    const partner = (await c.PARTNER_VIEWER.get('/api/v1/me')).json().allowedActions as string[];
    expect(partner).toEqual(['partnerPortal.view']);
    for (const role of ['ADMIN', 'DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'] as const)
      expect((await c[role].get('/api/v1/me')).json().allowedActions).not.toContain('partnerPortal.view');
  });
});
