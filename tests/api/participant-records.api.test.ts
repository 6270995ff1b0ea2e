import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, createApiHarness, type ApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';
import { buildPerson, buildReferral } from '../factories/pathway.factory';

const fieldCodes = (body: { error: { details?: { fields?: { path: string; code: string }[] } } }) =>
  (body.error.details?.fields ?? []).map((f) => `${f.path}:${f.code}`);

describe.each(testEngines())('participant records on %s: corrections, birth dates, deletion', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
  });
  afterAll(() => h.close());

  const register = async (overrides: Record<string, unknown> = {}, as: Role = 'SOCIAL_WORKER') => {
    const response = await c[as].post('/api/v1/participants', buildPerson(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number; lastName: string };
  };

  it('refuses a birth date in the future or before 1900, at the field', async () => {
    for (const [birthDate, code] of [
      ['2030-01-01', 'BIRTH_DATE_IN_FUTURE'],
      ['1899-12-31', 'BIRTH_DATE_TOO_EARLY'],
    ]) {
      const response = await c.DIRECTOR.post('/api/v1/participants', buildPerson({ birthDate }));
      expect(response.statusCode).toBe(400);
      expect(fieldCodes(response.json())).toEqual([`birthDate:${code}`]);
    }
    // A PESEL of someone born in 2030 (month + 20) is refused the same way.
    const pesel = await c.DIRECTOR.post(
      '/api/v1/participants',
      buildPerson({ pesel: '30210100001', birthDate: null, sex: null }),
    );
    expect(pesel.statusCode, pesel.body).toBe(400);
    expect(fieldCodes(pesel.json())).toEqual(['birthDate:BIRTH_DATE_IN_FUTURE']);
  });

  it('registers a minor only with the director’s explicit confirmation, saying the Act sets no age', async () => {
    const minor = buildPerson({ birthDate: '2010-06-01' });
    const unconfirmed = await c.SOCIAL_WORKER.post('/api/v1/participants', minor);
    expect(unconfirmed.statusCode).toBe(400);
    expect(fieldCodes(unconfirmed.json())).toEqual(['birthDate:MINOR_NEEDS_CONFIRMATION']);
    expect(unconfirmed.json().error.details.fields[0].message).toMatch(/nie określa wieku/);
    const byWorker = await c.SOCIAL_WORKER.post('/api/v1/participants', { ...minor, confirmMinor: true });
    expect(fieldCodes(byWorker.json())).toEqual(['birthDate:MINOR_NEEDS_DIRECTOR']);
    const byDirector = await c.DIRECTOR.post('/api/v1/participants', { ...minor, confirmMinor: true });
    expect(byDirector.statusCode, byDirector.body).toBe(201);
    const audit = (await c.DIRECTOR.get(`/api/v1/audit?entityId=${byDirector.json().id}`)).json();
    expect(JSON.stringify(audit)).toContain('minorConfirmed');
  });

  it('lets the social worker correct the record and enter a bank account she cannot read back', async () => {
    const p = await register({ bankAccount: null, phone: '600 100 200' });
    const response = await c.SOCIAL_WORKER.patch(`/api/v1/participants/${p.id}`, {
      version: p.version,
      phone: '600 999 888',
      street: 'ul. Kwiatowa',
      buildingNo: '7',
      postalCode: '59-700',
      city: 'Bolesławiec',
      email: 'osoba@example.pl',
      educationLevel: '3',
      bankAccount: '61 1090 1014 0000 0712 1981 2874',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ phone: '600 999 888', city: 'Bolesławiec', bankAccountSet: true });
    expect(body).not.toHaveProperty('bankAccount');
    const accountant = (await c.ACCOUNTANT.get(`/api/v1/participants/${p.id}`)).json();
    expect(accountant.bankAccount).toBe('61109010140000071219812874');
  });

  it('keeps every correction as who, when, old → new, withholding what the reader may not see', async () => {
    const p = await register({ bankAccount: null, phone: '500 000 001' });
    const first = await c.SOCIAL_WORKER.patch(`/api/v1/participants/${p.id}`, {
      version: p.version,
      phone: '500 000 002',
      bankAccount: '61109010140000071219812874',
    });
    expect(first.statusCode, first.body).toBe(200);
    const cash = await c.ACCOUNTANT.patch(`/api/v1/participants/${p.id}`, {
      version: first.json().version,
      paidInCash: true,
    });
    expect(cash.statusCode, cash.body).toBe(200);

    const seenByDirector = (await c.DIRECTOR.get(`/api/v1/participants/${p.id}/changes`)).json().items;
    expect(seenByDirector).toHaveLength(2);
    expect(seenByDirector[0]).toMatchObject({
      changedBy: 'Test ACCOUNTANT',
      changes: [{ field: 'paidInCash', from: false, to: true }],
    });
    expect(seenByDirector[1].changedBy).toBe('Test SOCIAL_WORKER');
    expect(seenByDirector[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'phone', from: '500 000 001', to: '500 000 002' },
        { field: 'bankAccount', from: null, to: '61109010140000071219812874' },
      ]),
    );
    const seenByWorker = (await c.SOCIAL_WORKER.get(`/api/v1/participants/${p.id}/changes`)).json().items;
    expect(seenByWorker[1].changes).toEqual(
      expect.arrayContaining([{ field: 'bankAccount', from: null, to: null, hidden: true, set: true }]),
    );
    const seenByInstructor = await c.INSTRUCTOR.get(`/api/v1/participants/${p.id}/changes`);
    expect(seenByInstructor.statusCode).toBe(404);
    expect((await other.get(`/api/v1/participants/${p.id}/changes`)).statusCode).toBe(404);

    const audit = (await c.DIRECTOR.get(`/api/v1/audit?entityId=${p.id}`)).json();
    const updates = audit.items.filter((e: { action: string }) => e.action === 'participant.update');
    expect(updates).toHaveLength(2);
    expect(JSON.stringify(updates)).not.toContain('500 000 002');
  });

  it('refuses fields outside the role, and any edit by an instructor or administrator', async () => {
    const p = await register();
    const accountant = await c.ACCOUNTANT.patch(`/api/v1/participants/${p.id}`, {
      version: p.version,
      phone: '1',
    });
    expect(accountant.statusCode).toBe(403);
    expect(fieldCodes(accountant.json())).toEqual(['phone:FIELD_NOT_EDITABLE']);
    const worker = await c.SOCIAL_WORKER.patch(`/api/v1/participants/${p.id}`, {
      version: p.version,
      paidInCash: true,
    });
    expect(fieldCodes(worker.json())).toEqual(['paidInCash:FIELD_NOT_EDITABLE']);
    for (const role of ['INSTRUCTOR', 'ADMIN'] as const)
      expect((await c[role].patch(`/api/v1/participants/${p.id}`, { version: p.version })).statusCode).toBe(
        403,
      );
    const future = await c.DIRECTOR.patch(`/api/v1/participants/${p.id}`, {
      version: p.version,
      birthDate: '2031-01-01',
    });
    expect(fieldCodes(future.json())).toEqual(['birthDate:BIRTH_DATE_IN_FUTURE']);
    const stale = await c.DIRECTOR.patch(`/api/v1/participants/${p.id}`, {
      version: p.version + 5,
      phone: '2',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('lets only the director delete a mistaken record without a pathway, audited', async () => {
    const p = await register();
    const del = (as: ApiClient, id: string) =>
      as.request('DELETE', `/api/v1/participants/${id}`, { reason: 'Pomyłka' });
    expect((await del(c.SOCIAL_WORKER, p.id)).statusCode).toBe(403);
    expect((await del(other, p.id)).statusCode).toBe(404);
    const done = await del(c.DIRECTOR, p.id);
    expect(done.statusCode, done.body).toBe(204);
    expect((await c.DIRECTOR.get(`/api/v1/participants/${p.id}`)).statusCode).toBe(404);
    const audit = (await c.DIRECTOR.get(`/api/v1/audit?entityId=${p.id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['participant.delete', 'participant.erase']),
    );
    // The log of the deletion keeps the pseudonym, never the name.
    expect(JSON.stringify(audit.items)).not.toContain(p.lastName);

    const withReferral = await register();
    const referral = await c.SOCIAL_WORKER.post(
      `/api/v1/participants/${withReferral.id}/referrals`,
      buildReferral(),
    );
    expect(referral.statusCode, referral.body).toBe(201);
    const refused = await del(c.DIRECTOR, withReferral.id);
    expect(refused.statusCode).toBe(409);
    // The same use case as the privacy erasure: the Act keeps a referred person's data.
    expect(refused.json().error.code).toBe('ERASURE_FORBIDDEN_BY_RETENTION');
    expect((await c.DIRECTOR.get(`/api/v1/participants/${withReferral.id}`)).statusCode).toBe(200);
  });
});
