import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { insertPartner } from '../factories/partner.factory';
import { admitThroughApi } from '../factories/pathway.factory';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

describe.each(testEngines())('supported employment (art. 15b–16) on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let centreId: string;
  let personId: string;
  let employerId: string;
  let caseId: string;

  const application = (overrides: Record<string, unknown> = {}) => ({
    participantId: personId,
    form: 'EMPLOYER_REFERRAL',
    appliedOn: '2026-08-05',
    signedByDirector: true,
    signedBySocialWorker: true,
    signedByParticipant: true,
    justification: 'Pracodawca oferuje stałą pracę od września.',
    ...overrides,
  });
  const codes = (r: {
    json: () => { error?: { details?: { fields?: { path: string; code: string }[] } } };
  }) => (r.json().error?.details?.fields ?? []).map((f) => `${f.path}:${f.code}`);

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other, centreId } = await signInEveryRole(h, c));
    h.deps.now = () => new Date('2026-09-10T10:00:00Z');
    // IPZS from 2 February 2026: six months are served on 1 August 2026.
    personId = (await admitThroughApi(c.DIRECTOR)).id;
    employerId = (await insertPartner(h.deps.db, centreId, { kind: 'EMPLOYER', name: 'Malbud sp. z o.o.' }))
      .id;
  });
  afterAll(() => h.close());

  it('refuses an application the Act does not allow, writing nothing', async () => {
    const early = await c.SOCIAL_WORKER.post(
      '/api/v1/supported-employment',
      application({ appliedOn: '2026-07-31' }),
    );
    expect(early.statusCode).toBe(400);
    expect(codes(early)).toEqual(['appliedOn:BEFORE_SIX_MONTHS']);
    expect(early.body).toContain('najwcześniej po 6 miesiącach (od 01.08.2026)');
    expect(
      codes(await c.SOCIAL_WORKER.post('/api/v1/supported-employment', application({ justification: null }))),
    ).toEqual(['justification:JUSTIFICATION_REQUIRED']);
    expect(
      codes(
        await c.SOCIAL_WORKER.post(
          '/api/v1/supported-employment',
          application({ signedByParticipant: false }),
        ),
      ),
    ).toEqual(['signatures:JOINT_APPLICATION_REQUIRED']);
    expect((await c.SOCIAL_WORKER.get('/api/v1/supported-employment')).json().items).toEqual([]);
  });

  it(
    'records the application, the PUP referral with the starosta agreement, ' +
      'and the monthly refund claims',
    async () => {
      const applied = await c.SOCIAL_WORKER.post('/api/v1/supported-employment', application());
      expect(applied.statusCode, applied.body).toBe(201);
      caseId = applied.json().id;
      const referral = {
        pupReferralOn: '2026-08-20',
        pupName: 'Powiatowy Urząd Pracy w Świebodzinie',
        employerPartnerId: employerId,
        starostaAgreementNumber: 'ZW/3/2026',
        starostaAgreementOn: '2026-08-28',
        employmentFrom: '2026-09-01',
        employmentUntil: '2027-02-27',
        version: applied.json().version,
      };
      const short = await c.SOCIAL_WORKER.request(
        'PUT',
        `/api/v1/supported-employment/${caseId}/referral`,
        referral,
      );
      expect(codes(short)).toEqual(['employmentUntil:EMPLOYMENT_TOO_SHORT']);
      const ok = await c.SOCIAL_WORKER.request('PUT', `/api/v1/supported-employment/${caseId}/referral`, {
        ...referral,
        employmentUntil: '2027-02-28',
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({
        employer: { name: 'Malbud sp. z o.o.' },
        employmentFrom: '2026-09-01',
      });

      const claim = {
        month: '2026-09',
        receivedOn: '2026-10-05',
        wageGross: 466600,
        refundContributions: 34822,
      };
      // The zasiłek from 1 June 2026 is 1 783,90 zł: one grosz more is refused.
      const over = await c.SOCIAL_WORKER.post(`/api/v1/supported-employment/${caseId}/claims`, {
        ...claim,
        refundWage: 178391,
      });
      expect(codes(over)).toEqual(['refundWage:REFUND_OVER_LIMIT']);
      const saved = await c.SOCIAL_WORKER.post(`/api/v1/supported-employment/${caseId}/claims`, {
        ...claim,
        refundWage: 178390,
      });
      expect(saved.statusCode, saved.body).toBe(201);
      // 1 783,90 + 348,22 = 2 132,12 zł, to be paid by 4 November (30 days from 5 October).
      expect(saved.json().claims[0]).toMatchObject({ total: 213212, paymentDue: '2026-11-04' });
      expect(saved.json().refundedTotal).toBe(213212);
      const twice = await c.SOCIAL_WORKER.post(`/api/v1/supported-employment/${caseId}/claims`, {
        ...claim,
        refundWage: 100,
      });
      expect(twice.statusCode).toBe(409);
      const seventh = await c.SOCIAL_WORKER.post(`/api/v1/supported-employment/${caseId}/claims`, {
        ...claim,
        month: '2027-03',
        refundWage: 100,
      });
      expect(codes(seventh)).toEqual(['month:OUTSIDE_REFUND_PERIOD']);
    },
  );

  it('is the centre’s own and its social staff’s', async () => {
    expect(
      (
        await other.request('PUT', `/api/v1/supported-employment/${caseId}/referral`, {
          pupReferralOn: '2026-08-20',
          employerPartnerId: employerId,
          starostaAgreementOn: '2026-08-28',
          employmentFrom: '2026-09-01',
          employmentUntil: null,
          version: 2,
        })
      ).statusCode,
    ).toBe(404);
    expect((await other.get('/api/v1/supported-employment')).json().items).toEqual([]);
    expect((await c.INSTRUCTOR.get('/api/v1/supported-employment')).statusCode).toBe(403);
    expect((await c.ACCOUNTANT.post('/api/v1/supported-employment', application())).statusCode).toBe(403);
  });
});
