import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
// Staff roles: the partner account (issue 16) has its own tests (partner-account.api.test.ts).
import { STAFF_ROLES as ROLES } from '../../src/domain/access/roles';
import { ApiClient, createApiHarness, type ApiHarness, signInEveryRole } from '../support/api';

type Call = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: string;
  body?: unknown;
  allowed: readonly Role[];
};
const EDITORS = ['DIRECTOR', 'SOCIAL_WORKER'] as const;

/** Every pathway route × role (403 for the others), without a session (401), and from another centre (404). */
describe('pathway routes × roles and centres', () => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  const ids = { p: '', r: '', prog: '', fu: '', doc: '00000000-0000-4000-8000-000000000000' };

  beforeAll(async () => {
    h = await createApiHarness();
    ({ other } = await signInEveryRole(h, c));
    ids.p = (
      await c.DIRECTOR.post('/api/v1/participants', {
        firstName: 'Zofia',
        lastName: 'Testowa',
        birthDate: '1980-01-01',
        sex: 'F',
      })
    ).json().id;
    ids.r = (
      await c.DIRECTOR.post(`/api/v1/participants/${ids.p}/referrals`, {
        applicantType: 'SELF',
        referringBody: 'MOPS',
        referredOn: '2026-01-05',
        receivedOn: '2026-01-05',
        opsOpinionOn: '2026-01-04',
      })
    ).json().id;
    await c.DIRECTOR.post(`/api/v1/participants/${ids.p}/eligibility-decisions`, {
      referralId: ids.r,
      decidedOn: '2026-01-10',
      groups: ['HOMELESS'],
      declarationSigned: true,
    });
    const prog = (
      await c.DIRECTOR.post(`/api/v1/participants/${ids.p}/programmes`, {
        admissionDate: '2026-02-02',
        weeklyHours: 35,
      })
    ).json();
    ids.prog = prog.id;
    await c.DIRECTOR.post(`/api/v1/participants/${ids.p}/programmes/${ids.prog}/sign`, {
      signedOn: '2026-02-02',
      version: prog.version,
    });
    const signed = (await c.DIRECTOR.get(`/api/v1/participants/${ids.p}/pathway`)).json().programmes[0];
    await c.DIRECTOR.post(`/api/v1/participants/${ids.p}/programmes/${ids.prog}/exit`, {
      type: 'WITHDRAWAL',
      lastDay: '2026-03-31',
      version: signed.version,
    });
    ids.fu = (await c.DIRECTOR.get('/api/v1/follow-ups?all=true')).json().items[0].id;
  });
  afterAll(() => h.close());

  const calls = (): Call[] => [
    { method: 'GET', url: `/api/v1/participants/${ids.p}/pathway`, allowed: ROLES },
    {
      method: 'POST',
      url: `/api/v1/participants/${ids.p}/referrals`,
      body: {
        applicantType: 'SELF',
        referringBody: 'MOPS',
        referredOn: '2026-01-05',
        receivedOn: '2026-01-05',
      },
      allowed: EDITORS,
    },
    {
      method: 'PUT',
      url: `/api/v1/participants/${ids.p}/referrals/${ids.r}`,
      body: {
        applicantType: 'SELF',
        referringBody: 'MOPS',
        referredOn: '2026-01-05',
        receivedOn: '2026-01-05',
        version: 0,
      },
      allowed: EDITORS,
    },
    {
      method: 'GET',
      url: `/api/v1/participants/${ids.p}/referrals/${ids.r}/status-letter.pdf`,
      allowed: EDITORS,
    },
    { method: 'GET', url: `/api/v1/participants/${ids.p}/documents`, allowed: EDITORS },
    { method: 'GET', url: `/api/v1/participants/${ids.p}/documents/${ids.doc}`, allowed: EDITORS },
    {
      method: 'POST',
      url: `/api/v1/participants/${ids.p}/evidence`,
      body: { group: 'HOMELESS', documentType: 'Zaświadczenie' },
      allowed: EDITORS,
    },
    {
      method: 'POST',
      url: `/api/v1/participants/${ids.p}/eligibility-decisions`,
      body: { referralId: ids.r, decidedOn: '2026-01-10', groups: ['HOMELESS'], declarationSigned: true },
      allowed: EDITORS,
    },
    {
      method: 'POST',
      url: `/api/v1/participants/${ids.p}/programmes`,
      body: { admissionDate: '2026-02-02', weeklyHours: 35 },
      allowed: EDITORS,
    },
    {
      method: 'PATCH',
      url: `/api/v1/participants/${ids.p}/programmes/${ids.prog}`,
      body: { workshop: 'x', reason: 'x', version: 0 },
      allowed: EDITORS,
    },
    {
      method: 'POST',
      url: `/api/v1/participants/${ids.p}/programmes/${ids.prog}/sign`,
      body: { signedOn: '2026-02-02', version: 0 },
      allowed: ['DIRECTOR'],
    },
    {
      method: 'POST',
      url: `/api/v1/participants/${ids.p}/programmes/${ids.prog}/extend`,
      body: { months: 1, reason: 'x', version: 0 },
      allowed: EDITORS,
    },
    {
      method: 'POST',
      url: `/api/v1/participants/${ids.p}/programmes/${ids.prog}/exit`,
      body: { type: 'WITHDRAWAL', lastDay: '2026-03-31', version: 0 },
      allowed: EDITORS,
    },
    {
      method: 'POST',
      url: `/api/v1/participants/${ids.p}/programmes/${ids.prog}/close`,
      body: { closedOn: '2026-04-01', version: 0 },
      allowed: EDITORS,
    },
    { method: 'GET', url: `/api/v1/participants/${ids.p}/programmes/${ids.prog}/ipzs.pdf`, allowed: EDITORS },
    {
      method: 'GET',
      url: `/api/v1/participants/${ids.p}/programmes/${ids.prog}/certificate.pdf`,
      allowed: EDITORS,
    },
    {
      method: 'GET',
      url: `/api/v1/participants/${ids.p}/programmes/${ids.prog}/decision.pdf`,
      allowed: EDITORS,
    },
    { method: 'GET', url: '/api/v1/follow-ups', allowed: EDITORS },
    {
      method: 'POST',
      url: `/api/v1/follow-ups/${ids.fu}`,
      body: { doneOn: '2026-05-01', outcome: 'NO_CONTACT' },
      allowed: EDITORS,
    },
  ];

  it('lets each role do exactly its part (403 otherwise), never 500', async () => {
    const wrong: string[] = [];
    for (const call of calls()) {
      for (const role of ROLES) {
        const r = await c[role].request(call.method, call.url, call.body);
        const allowed = call.allowed.includes(role);
        if (
          r.statusCode >= 500 ||
          (allowed ? r.statusCode === 403 || r.statusCode === 401 : r.statusCode !== 403)
        )
          wrong.push(`${call.method} ${call.url} as ${role}: ${r.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 401 without a session and 404 to another centre', async () => {
    const wrong: string[] = [];
    for (const call of calls()) {
      const anonymous = await new ApiClient(h.app).request(call.method, call.url, call.body);
      if (anonymous.statusCode !== 401)
        wrong.push(`anonymous ${call.method} ${call.url}: ${anonymous.statusCode}`);
      if (call.url === '/api/v1/follow-ups') continue;
      const foreign = await other.request(call.method, call.url, call.body);
      // Wrong-shaped bodies may be refused (400) before the lookup; nothing of centre A may ever answer 200/201.
      if (![400, 404].includes(foreign.statusCode))
        wrong.push(`other centre ${call.method} ${call.url}: ${foreign.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });
});
