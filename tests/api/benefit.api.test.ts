import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
// Staff roles: the partner account (issue 16) has its own tests (partner-account.api.test.ts).
import { STAFF_ROLES as ROLES } from '../../src/domain/access/roles';
import { type ApiClient, clientFor, createApiHarness, seedCentre, type ApiHarness } from '../support/api';
import { testEngines } from '../support/db';

const july = {
  month: '2025-07',
  admissionDate: '2025-03-01',
  days: { '2025-07-01': 'present', '2025-07-02': 'sick' },
  priorUse: { daysOff: 0, sickDays: 0 },
  bonus: 0,
};

describe.each(testEngines())(
  'benefit: law, the centre’s regulamin parameters, and the preview on %s',
  (engine) => {
    let h: ApiHarness;
    const c = {} as Record<Role, ApiClient>;
    beforeAll(async () => {
      h = await createApiHarness(engine);
      const a = await seedCentre(h.deps);
      for (const role of ROLES) c[role] = await clientFor(h.app, a.accounts[role]);
    });
    afterAll(() => h.close());

    it('publishes the law: rule sets, the zasiłek table with sources, the parameters', async () => {
      const law = (await h.app.inject({ method: 'GET', url: '/api/v1/law' })).json();
      expect(law.ruleSets.map((r: { id: string }) => r.id)).toEqual([
        'UZS_2004',
        'UZS_2015',
        'UZS_2022',
        'UZS_2025',
      ]);
      expect(law.act.consolidatedText).toBe('Dz.U. 2025 poz. 1718');
      expect(law.unemploymentBenefits.find((z: { from: string }) => z.from === '2025-06-01')).toMatchObject({
        amount: 172190,
        monthlyBenefit: 206628,
      });
      expect(law.parameters.find((p: { key: string }) => p.key === 'sickDayFraction')).toMatchObject({
        default: '1/40',
        confidence: 'uncertain',
      });
    });

    it('lists every rule with its article, validity dates and confidence, in words staff can read', async () => {
      const law = (await h.app.inject({ method: 'GET', url: '/api/v1/law' })).json();
      const now = law.ruleSets.find((r: { id: string }) => r.id === 'UZS_2025');
      expect(now).toMatchObject({ validFrom: '2025-06-01', validTo: null });
      const rule = (key: string) => now.rules.find((r: { key: string }) => r.key === key);
      expect(rule('partialMonth')).toMatchObject({
        article: 'art. 15 ust. 6',
        setBy: 'law',
        confidence: 'verified',
      });
      expect(rule('daysOffLimit')).toMatchObject({ article: 'art. 15 ust. 6a', validFrom: '2025-06-01' });
      expect(rule('extensionDaysOff')).toMatchObject({ article: 'art. 15 ust. 6b' });
      expect(rule('sickDaysLimit')).toMatchObject({
        article: 'art. 15 ust. 7a',
        value: expect.stringContaining('21'),
      });
      expect(rule('unexcusedDayFraction')).toMatchObject({ article: 'art. 15 ust. 7', setBy: 'law' });
      expect(rule('bonusMaxPercent')).toMatchObject({ article: 'art. 15a' });
      expect(rule('trialSickness')).toMatchObject({
        setBy: 'centre',
        confidenceLabel: 'do ustalenia w regulaminie centrum',
        value: '−1/40 za dzień (jak w okresie uczestnictwa)',
      });
      for (const rs of law.ruleSets)
        for (const r of rs.rules) {
          expect(r.article.length, r.key).toBeGreaterThan(3);
          expect(r.validFrom).toBe(rs.validFrom);
          // Raw codes never reach staff as values (issue 12 item 10).
          expect(r.value).not.toMatch(/^[A-Z_]{4,}$/);
        }
      for (const p of law.parameters) for (const o of p.options ?? []) expect(o.label).not.toBe(o.value);
      // No internal notes: file names, confidence tags, "unconfirmed" wording.
      expect(JSON.stringify(law)).not.toMatch(
        /law\.md|formats\.md|\[U\]|\[M\]|\[V2?\]|niepotwierdzon|[Zz] pamięci|S\d{1,2}\b/,
      );
    });

    it('previews a month with the engine, explained, for every role of a CIS', async () => {
      for (const role of ROLES) {
        const result = await c[role].post('/api/v1/benefit/preview', july);
        expect(result.statusCode, result.body).toBe(200);
        expect(result.json()).toMatchObject({
          ruleSet: 'UZS_2025',
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
      const seventh = await c.DIRECTOR.post('/api/v1/benefit/preview', {
        ...july,
        days: { '2025-07-01': 'day_off' },
        priorUse: { daysOff: 6, sickDays: 0 },
      });
      expect(seventh.statusCode).toBe(400);
      expect(seventh.json().error).toMatchObject({
        code: 'BENEFIT_REFUSED',
        details: {
          reason: 'DAY_OFF_ABOVE_LIMIT',
          fields: [{ path: 'days.2025-07-01', code: 'DAY_OFF_ABOVE_LIMIT' }],
        },
      });
      const withExtension = await c.DIRECTOR.post('/api/v1/benefit/preview', {
        ...july,
        days: { '2025-07-01': 'day_off' },
        priorUse: { daysOff: 6, sickDays: 0 },
        extensionMonths: 12,
      });
      expect(withExtension.json()).toMatchObject({
        total: 206628,
        limits: { daysOff: 12, daysOffExtension: 6 },
      });
      const tooLong = await c.DIRECTOR.post('/api/v1/benefit/preview', { ...july, extensionMonths: 13 });
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().error.details.fields[0]).toMatchObject({
        path: 'extensionMonths',
        message: expect.stringContaining('12 miesięcy'),
      });
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
        parameters: { trialSickness: 'CZASEM' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.fields[0].path).toBe('parameters.trialSickness');

      const ok = await c.DIRECTOR.request('PUT', '/api/v1/centre/benefit-parameters', {
        parameters: { trialSickness: 'NOT_DUE' },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().parameters.trialSickness).toBe('NOT_DUE');
      expect(ok.json().rules.find((r: { key: string }) => r.key === 'trialSickness')).toMatchObject({
        value: 'za dzień choroby świadczenie nie przysługuje',
        setBy: 'centre',
      });
      const trial = {
        month: '2025-10',
        admissionDate: '2025-10-01',
        days: { '2025-10-02': 'sick' },
      };
      const preview = (await c.ACCOUNTANT.post('/api/v1/benefit/preview', trial)).json();
      // 206628 / 30 = 6887,6
      expect(preview.deductions[0]).toMatchObject({ rule: 'SICK_IN_TRIAL_NOT_DUE', amount: 6888 });
      const log = (await c.DIRECTOR.get('/api/v1/audit?action=centre.benefit_parameters')).json();
      expect(log.items[0].details.to.trialSickness).toBe('NOT_DUE');
    });
  },
);
