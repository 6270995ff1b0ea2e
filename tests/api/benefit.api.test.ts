import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/contracts/common';
import { type ApiClient, clientFor, createApiHarness, seedCentre, type ApiHarness } from '../support/api';

const july = {
  month: '2025-07',
  admissionDate: '2025-03-01',
  days: { '2025-07-01': 'present', '2025-07-02': 'sick' },
  priorUse: { daysOff: 0, sickDays: 0 },
  bonus: 0,
};

describe('benefit: law, the centre’s regulamin parameters, and the preview', () => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  beforeAll(async () => {
    h = await createApiHarness();
    const a = await seedCentre(h.deps);
    for (const role of ROLES) c[role] = await clientFor(h.app, a.accounts[role]);
  });
  afterAll(() => h.close());

  it('publishes the law: rule sets, the zasiłek table with sources, the parameters', async () => {
    const law = (await h.app.inject({ method: 'GET', url: '/api/v1/law' })).json();
    expect(law.ruleSets.map((r: { id: string }) => r.id)).toContain('UZS_2022');
    expect(law.unemploymentBenefits.find((z: { from: string }) => z.from === '2025-06-01')).toMatchObject({
      amount: 172190,
      monthlyBenefit: 206628,
    });
    expect(law.parameters.find((p: { key: string }) => p.key === 'sickDayFraction')).toMatchObject({
      default: '1/40',
      confidence: 'uncertain',
    });
  });

  it('previews a month with the engine, explained, for every role of a CIS', async () => {
    for (const role of ROLES) {
      const result = await c[role].post('/api/v1/benefit/preview', july);
      expect(result.statusCode, result.body).toBe(200);
      expect(result.json()).toMatchObject({
        ruleSet: 'UZS_2022',
        base: 206628,
        total: 201462,
        deductions: [{ date: '2025-07-02', amount: 5166 }],
      });
      expect(result.json().explanation.join('\n')).toMatch(/art\. 15/);
    }
  });

  it('refuses wrong input with a Polish message', async () => {
    const trialBonus = await c.DIRECTOR.post('/api/v1/benefit/preview', {
      ...july,
      month: '2025-03',
      days: {},
      bonus: 1000,
    });
    expect(trialBonus.statusCode).toBe(400);
    expect(trialBonus.json().error.code).toBe('BENEFIT_REFUSED');
    expect(trialBonus.json().error.message).toMatch(/próbn/);
    const status = await c.DIRECTOR.post('/api/v1/benefit/preview', {
      ...july,
      days: { '2025-07-01': 'holiday' },
    });
    expect(status.json().error.details.fields[0].path).toBe('days.2025-07-01');
  });

  it('lets the director change the regulamin parameters (audited), which the preview then applies', async () => {
    expect(
      (
        await c.INSTRUCTOR.request('PUT', '/api/v1/centre/benefit-parameters', {
          parameters: { sickDayFraction: '1/30' },
        })
      ).statusCode,
    ).toBe(403);
    const bad = await c.DIRECTOR.request('PUT', '/api/v1/centre/benefit-parameters', {
      parameters: { sickDayFraction: 'dużo' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('parameters.sickDayFraction');

    const ok = await c.DIRECTOR.request('PUT', '/api/v1/centre/benefit-parameters', {
      parameters: { sickDayFraction: '1/30' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().parameters.sickDayFraction).toBe('1/30');
    expect(ok.json().rules.find((r: { key: string }) => r.key === 'sickDayFraction')).toMatchObject({
      value: '1/30',
      setBy: 'centre',
    });
    const preview = (await c.ACCOUNTANT.post('/api/v1/benefit/preview', july)).json();
    expect(preview.deductions[0].amount).toBe(6888); // 206628 / 30 = 6887.6
    const log = (await c.DIRECTOR.get('/api/v1/audit?action=centre.benefit_parameters')).json();
    expect(log.items[0].details.to.sickDayFraction).toBe('1/30');
  });
});
