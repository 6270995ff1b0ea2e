import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { PUBLIC_ROUTES } from '../../src/http/session-guard';
import { PARTNER_ACCOUNT_ROUTES } from '../../src/http/routes/partner.routes';
import {
  type ApiClient,
  type ApiHarness,
  createApiHarness,
  signInEveryRole,
  TEST_PASSWORD,
  uniqueEmail,
} from '../support/api';
import { testEngines } from '../support/db';
import { admitThroughApi, buildPerson, buildReferral } from '../factories/pathway.factory';
import { createPartnerThroughApi, partnerAccountFor } from '../factories/partner.factory';
import { readBack } from '../reports/pdf-readback';

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

describe.each(testEngines())('the partner account (status feedback to the referrer) on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let partner: ApiClient;
  let partnerUserId: string;
  let own: { participantId: string; referralId: string };
  let foreignReferralId: string;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    await signInEveryRole(h, c);
    const mops = await createPartnerThroughApi(c.DIRECTOR, { name: 'MOPS w Bolesławcu' });
    const pup = await createPartnerThroughApi(c.DIRECTOR, {
      kind: 'LABOUR_OFFICE',
      name: 'PUP w Bolesławcu',
    });
    // One person of the MOPS admitted on a signed IPZS; one of the PUP only received.
    const admitted = await admitThroughApi(c.DIRECTOR);
    await h.deps.db
      .updateTable('referrals')
      .set({ partner_id: mops.id })
      .where('id', '=', admitted.referralId)
      .execute();
    own = { participantId: admitted.id, referralId: admitted.referralId };
    const person = (await c.DIRECTOR.post('/api/v1/participants', buildPerson())).json();
    foreignReferralId = (
      await c.DIRECTOR.post(
        `/api/v1/participants/${person.id}/referrals`,
        buildReferral({ applicantType: 'PUP', referringBodyKind: 'PUP', partnerId: pup.id }),
      )
    ).json().id;
    ({ client: partner, userId: partnerUserId } = await partnerAccountFor(h.app, c.DIRECTOR, mops.id));
  });
  afterAll(() => h.close());

  it('sees only the people its institution referred, with their status and no PESEL or sensitive data', async () => {
    const me = (await partner.get('/api/v1/me')).json();
    expect(me.roles).toEqual(['PARTNER_VIEWER']);
    expect(me.allowedActions).toEqual(['partnerPortal.view']);

    const portal = await partner.get('/api/v1/partner-portal');
    expect(portal.statusCode, portal.body).toBe(200);
    const body = portal.json();
    expect(body.partner.name).toBe('MOPS w Bolesławcu');
    expect(body.items.map((i: { referralId: string }) => i.referralId)).toEqual([own.referralId]);
    expect(body.items[0]).toMatchObject({ stage: expect.stringMatching(/ADMITTED|PARTICIPATION/) });
    const keys = Object.keys(body.items[0]);
    for (const hidden of ['pesel', 'eligibilityGroups', 'notes', 'opsOpinion', 'participantId'])
      expect(keys).not.toContain(hidden);
    expect(portal.body).not.toMatch(/\d{11}/);

    const audit = await h.deps.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('actor_user_id', '=', partnerUserId)
      .where('action', '=', 'partner_portal.read')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('says the same as the status letter (one function)', async () => {
    const item = (await partner.get(`/api/v1/partner-portal/referrals/${own.referralId}`)).json();
    const letter = await c.DIRECTOR.get(
      `/api/v1/participants/${own.participantId}/referrals/${own.referralId}/status-letter.pdf`,
    );
    const text = readBack('letter-portal', letter.rawPayload).text;
    expect(text).toContain(`skierowanie ma status: ${item.stageLabel}.`);
    for (const line of item.lines) expect(text).toContain(line);
    expect(item.lines.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 404 for another institution’s referral and for every route but its own', async () => {
    expect((await partner.get(`/api/v1/partner-portal/referrals/${foreignReferralId}`)).statusCode).toBe(404);
    const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const open: string[] = [];
    let walked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const m of Object.keys(ops)) {
        const method = m.toUpperCase() as Method;
        if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
        const key = `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        if (PUBLIC_ROUTES.has(key) || PARTNER_ACCOUNT_ROUTES.has(key)) continue;
        walked++;
        const url = path.replace(/\{[^}]+\}/g, SAMPLE_ID);
        const response = await partner.request(
          method,
          url,
          method === 'GET' || method === 'DELETE' ? undefined : {},
        );
        if (response.statusCode !== 404 || response.json().error?.code !== 'NOT_FOUND')
          open.push(`${key} → ${response.statusCode}`);
      }
    }
    expect(walked).toBeGreaterThan(80);
    expect(open).toEqual([]);
    // The partner's real ids are not reachable either.
    expect((await partner.get(`/api/v1/participants/${own.participantId}`)).statusCode).toBe(404);
  });

  it('is made by the director only; staff do not reach the portal; user management cannot grant the role', async () => {
    const p = await createPartnerThroughApi(c.DIRECTOR);
    const body = { email: uniqueEmail('p'), fullName: 'Ktoś', password: TEST_PASSWORD };
    for (const role of ['ADMIN', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'] as const)
      expect((await c[role].post(`/api/v1/partners/${p.id}/accounts`, body)).statusCode).toBe(403);
    for (const role of ['ADMIN', 'DIRECTOR', 'SOCIAL_WORKER'] as const)
      expect((await c[role].get('/api/v1/partner-portal')).statusCode).toBe(403);
    const viaUsers = await c.ADMIN.post('/api/v1/users', { ...body, roles: ['PARTNER_VIEWER'] });
    expect(viaUsers.statusCode).toBe(400);
    expect(viaUsers.json().error.details.fields[0]).toMatchObject({
      path: 'roles',
      message: 'Konto partnera zakłada kierownik na karcie partnera.',
    });
  });

  it('switched off by the director, the account is signed out at once', async () => {
    const mops = (await c.DIRECTOR.get('/api/v1/partners?q=MOPS w Bolesławcu')).json().items[0];
    const off = await c.DIRECTOR.post(`/api/v1/partners/${mops.id}/accounts/${partnerUserId}/active`, {
      active: false,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().items[0].isActive).toBe(false);
    expect((await partner.get('/api/v1/partner-portal')).statusCode).toBe(401);
  });
});
