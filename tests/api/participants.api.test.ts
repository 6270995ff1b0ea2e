import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
// Staff roles: the partner account (issue 16) has its own tests (partner-account.api.test.ts).
import { STAFF_ROLES as ROLES } from '../../src/domain/access/roles';
import {
  type ApiClient,
  clientFor,
  createApiHarness,
  seedCentre,
  type ApiHarness,
  signInEveryRole,
} from '../support/api';

const person = {
  firstName: 'Łukasz',
  lastName: 'Żółć',
  pesel: '44051401359',
  street: 'ul. Długa',
  buildingNo: '5',
  postalCode: '59-700',
  city: 'Bolesławiec',
  gminaCode: '0201011',
  phone: '600 100 200',
  educationLevel: '2',
  bankAccount: 'PL61 1090 1014 0000 0712 1981 2874',
  eligibilityGroups: ['LONG_TERM_UNEMPLOYED', 'ALCOHOL_ADDICTION'],
  eligibilityJustification: 'Zarejestrowany w PUP od 2023 r.',
};

describe('participants: records, duplicates, privacy by role, centre isolation', () => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let id: string;

  beforeAll(async () => {
    h = await createApiHarness();
    ({ other } = await signInEveryRole(h, c));
  });
  afterAll(() => h.close());

  it('registers a person with PESEL-derived birth date and sex', async () => {
    const response = await c.SOCIAL_WORKER.post('/api/v1/participants', person);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      firstName: 'Łukasz',
      birthDate: '1944-05-14',
      sex: 'M',
      eligibilityGroups: ['LONG_TERM_UNEMPLOYED', 'ALCOHOL_ADDICTION'],
    });
    expect(body).not.toHaveProperty('bankAccount');
    expect(body.hidden).toEqual(['payment']);
    id = body.id;
  });

  it.each([
    ['an invalid PESEL', { pesel: '44051401358' }, 'pesel', 'INVALID_PESEL'],
    [
      'an invalid account number',
      { pesel: '', birthDate: '1990-01-01', sex: 'F', bankAccount: '61109010140000071219812875' },
      'bankAccount',
      'INVALID_NRB',
    ],
    ['no PESEL and no birth date', { pesel: null }, 'birthDate', 'REQUIRED'],
    [
      'a birth date that contradicts the PESEL',
      { birthDate: '1950-01-01' },
      'birthDate',
      'BIRTH_DATE_MISMATCH',
    ],
    ['an impossible date', { pesel: null, birthDate: '2025-02-30', sex: 'F' }, 'birthDate', 'INVALID_FORMAT'],
  ])('refuses %s at the field, saving nothing', async (_label, patch, path, code) => {
    const before = (await c.DIRECTOR.get('/api/v1/participants')).json().total;
    const response = await c.DIRECTOR.post('/api/v1/participants', { ...person, lastName: 'Inny', ...patch });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path, code })]),
    );
    expect((await c.DIRECTOR.get('/api/v1/participants')).json().total).toBe(before);
  });

  it('blocks the same PESEL and warns about the same name (without diacritics) and birth date', async () => {
    const samePesel = await c.DIRECTOR.post('/api/v1/participants', { ...person, firstName: 'Jan' });
    expect(samePesel.statusCode).toBe(409);
    expect(samePesel.json().error.code).toBe('DUPLICATE_PARTICIPANT');

    const lookalike = {
      ...person,
      firstName: 'Lukasz',
      lastName: 'Zolc',
      pesel: null,
      birthDate: '1944-05-14',
      sex: 'M',
      eligibilityGroups: ['HOMELESS'],
    };
    const warned = await c.DIRECTOR.post('/api/v1/participants', lookalike);
    expect(warned.statusCode).toBe(409);
    expect(warned.json().error).toMatchObject({
      code: 'POSSIBLE_DUPLICATE',
      details: { candidates: [{ id, reason: 'NAME_AND_BIRTH_DATE' }] },
    });
    const probe = await c.DIRECTOR.get(
      '/api/v1/participants/duplicates?firstName=Lukasz&lastName=ZOLC&birthDate=1944-05-14',
    );
    expect(probe.json().items.map((d: { id: string }) => d.id)).toEqual([id]);

    const acknowledged = await c.DIRECTOR.post('/api/v1/participants', {
      ...lookalike,
      acknowledgeDuplicates: true,
    });
    expect(acknowledged.statusCode).toBe(201);
  });

  it('shows each role exactly its fields', async () => {
    const seen = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r, (await c[r].get(`/api/v1/participants/${id}`)).json()])),
    );
    expect(seen.DIRECTOR).toMatchObject({
      pesel: '44051401359',
      bankAccount: '61109010140000071219812874',
      eligibilityGroups: expect.any(Array),
      hidden: [],
    });
    expect(seen.SOCIAL_WORKER).toMatchObject({
      pesel: '44051401359',
      eligibilityGroups: expect.any(Array),
      hidden: ['payment'],
    });
    expect(seen.SOCIAL_WORKER.bankAccount).toBeUndefined();
    expect(seen.ACCOUNTANT).toMatchObject({
      pesel: '44051401359',
      bankAccount: '61109010140000071219812874',
      hidden: ['sensitive'],
    });
    expect(seen.ACCOUNTANT.eligibilityGroups).toBeUndefined();
    expect(Object.keys(seen.ADMIN).sort()).toEqual([
      'createdAt',
      'firstName',
      'hidden',
      'id',
      'lastName',
      'status',
      'statusSince',
      'version',
    ]);
    expect(seen.ADMIN.hidden).toEqual(['personal', 'payment', 'sensitive']);
    // An instructor works only with the people of their workshops; this person is in none.
    expect(seen.INSTRUCTOR.error.code).toBe('NOT_FOUND');
  });

  it('audits every read of sensitive data, and only those', async () => {
    const before = (
      await c.DIRECTOR.get(`/api/v1/audit?action=participant.read_sensitive&entityId=${id}`)
    ).json().total;
    await c.SOCIAL_WORKER.get(`/api/v1/participants/${id}`);
    await c.INSTRUCTOR.get(`/api/v1/participants/${id}`);
    await c.ACCOUNTANT.get(`/api/v1/participants/${id}`);
    const log = (
      await c.DIRECTOR.get(`/api/v1/audit?action=participant.read_sensitive&entityId=${id}`)
    ).json();
    // The social worker's read; the instructor and the accountant never see sensitive fields.
    expect(log.total).toBe(before + 1);
    expect(log.items[0].details.fields).toEqual(['eligibilityGroups', 'eligibilityJustification']);
  });

  it('searches by name without diacritics and by PESEL, never listing sensitive fields', async () => {
    const byName = (await c.ADMIN.get('/api/v1/participants?q=zolc')).json();
    expect(byName.total).toBe(2);
    expect((await c.INSTRUCTOR.get('/api/v1/participants?q=zolc')).json().total).toBe(0);
    expect(byName.items[0].eligibilityGroups).toBeUndefined();
    expect((await c.DIRECTOR.get('/api/v1/participants?q=440514')).json().total).toBe(1);
    expect((await c.ADMIN.get('/api/v1/participants?q=440514')).json().total).toBe(0);
    expect((await c.DIRECTOR.get('/api/v1/participants?group=ALCOHOL_ADDICTION')).json().total).toBe(1);
    expect((await c.INSTRUCTOR.get('/api/v1/participants?group=ALCOHOL_ADDICTION')).statusCode).toBe(403);
  });

  it('lets only directors and social workers edit, with optimistic versioning', async () => {
    for (const role of ['INSTRUCTOR', 'ACCOUNTANT', 'ADMIN'] as const) {
      expect(
        (await c[role].post('/api/v1/participants', { ...person, pesel: '90051512357' })).statusCode,
      ).toBe(403);
      expect((await c[role].patch(`/api/v1/participants/${id}`, { version: 1, phone: '1' })).statusCode).toBe(
        403,
      );
    }
    const current = (await c.DIRECTOR.get(`/api/v1/participants/${id}`)).json();
    const ok = await c.SOCIAL_WORKER.patch(`/api/v1/participants/${id}`, {
      version: current.version,
      phone: '601 000 000',
    });
    expect(ok.json()).toMatchObject({ phone: '601 000 000', version: current.version + 1 });
    const stale = await c.DIRECTOR.patch(`/api/v1/participants/${id}`, {
      version: current.version,
      phone: '602 000 000',
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it("answers 404 for another centre's participant, reading or writing", async () => {
    expect((await other.get(`/api/v1/participants/${id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/participants/${id}`, { version: 1, phone: '000' })).statusCode).toBe(
      404,
    );
    expect((await other.get('/api/v1/participants?q=zolc')).json().total).toBe(0);
  });
});

describe('participants: a partial change keeps what it does not name', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness();
  });
  afterAll(() => h.close());

  it('changing only the phone keeps the eligibility groups and citizenship', async () => {
    const a = await seedCentre(h.deps, ['DIRECTOR']);
    const director = await clientFor(h.app, a.accounts.DIRECTOR);
    const created = (
      await director.post('/api/v1/participants', { ...person, pesel: '02070803628', citizenship: 'UA' })
    ).json();
    const changed = await director.patch(`/api/v1/participants/${created.id}`, {
      phone: '500 600 700',
      version: created.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      phone: '500 600 700',
      citizenship: 'UA',
      eligibilityGroups: ['LONG_TERM_UNEMPLOYED', 'ALCOHOL_ADDICTION'],
    });
  });
});
