import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import { type ApiClient, type ApiHarness, createApiHarness, signInEveryRole } from '../support/api';
import { testEngines } from '../support/db';

const halina = {
  firstName: 'Halina',
  lastName: 'Wiśniewska',
  sex: 'F',
  birthDate: '1958-04-12',
  email: null,
  phone: '600 100 200',
  guardianName: null,
  guardianConsentOn: null,
  insuranceNote: null,
};
const agreement = {
  signedOn: '2026-03-01',
  validFrom: '2026-03-01',
  validUntil: '2026-03-20',
  scope: 'Pomoc przy klubie seniora',
  written: false,
};

describe.each(testEngines())('correcting a volunteer and an agreement on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let id: string;
  let agreementId: string;
  const row = async () =>
    h.deps.db.selectFrom('volunteers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    const created = await c.SOCIAL_WORKER.post('/api/v1/volunteers', halina);
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    const withAgreement = await c.SOCIAL_WORKER.post(`/api/v1/volunteers/${id}/agreements`, agreement);
    expect(withAgreement.statusCode, withAgreement.body).toBe(200);
    agreementId = withAgreement.json().agreements[0].id;
    const act = await c.SOCIAL_WORKER.post(`/api/v1/volunteers/${id}/activities`, {
      doneOn: '2026-03-10',
      activity: 'Gry planszowe',
      minutes: 120,
    });
    expect(act.statusCode, act.body).toBe(200);
  });
  afterAll(() => h.close());

  it('corrects the record against the version, audits the fields changed, and a stale version is 409', async () => {
    const v0 = (await c.SOCIAL_WORKER.get(`/api/v1/volunteers/${id}`)).json();
    expect(v0.version).toBe(0);
    const ok = await c.SOCIAL_WORKER.request('PATCH', `/api/v1/volunteers/${id}`, {
      ...halina,
      lastName: 'Wiśniewska-Kowal',
      phone: '600 100 300',
      version: 0,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ lastName: 'Wiśniewska-Kowal', phone: '600 100 300', version: 1 });

    // Another user saved in between: the form's version 0 is stale.
    const stale = await c.DIRECTOR.request('PATCH', `/api/v1/volunteers/${id}`, {
      ...halina,
      firstName: 'Hanna',
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect((await row()).first_name).toBe('Halina');

    const audit = await h.deps.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'volunteer.update')
      .execute();
    expect(audit).toHaveLength(1);
    expect((audit[0]!.details as { changed: string[] }).changed.sort()).toEqual(['last_name', 'phone']);
  });

  it('refuses bad input at the fields in Polish and writes nothing', async () => {
    const before = await row();
    const bad = await c.SOCIAL_WORKER.request('PATCH', `/api/v1/volunteers/${id}`, {
      ...halina,
      firstName: '',
      sex: 'X',
      birthDate: '2013-01-01',
      version: 1,
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(['firstName', 'sex']));
    for (const f of fields) expect(f.message).toMatch(/[ąćęłńóśźżA-Za-z]/);
    expect(fields.find((f) => f.path === 'sex')?.message).toBe('Wybierz płeć (K lub M).');
    // A minor (after a corrected birth date) needs the guardian and the day of consent.
    const minor = await c.SOCIAL_WORKER.request('PATCH', `/api/v1/volunteers/${id}`, {
      ...halina,
      birthDate: '2013-01-01',
      version: 1,
    });
    expect(minor.statusCode).toBe(400);
    expect(
      minor
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['guardianConsentOn', 'guardianName']);
    expect(await row()).toEqual(before);
    const missing = await c.SOCIAL_WORKER.request(
      'PATCH',
      '/api/v1/volunteers/00000000-0000-4000-8000-000000000000',
      { ...halina, version: 0 },
    );
    expect(missing.statusCode).toBe(404);
    expect(
      (await other.request('PATCH', `/api/v1/volunteers/${id}`, { ...halina, version: 1 })).statusCode,
    ).toBe(404);
    expect(
      (await c.INSTRUCTOR.request('PATCH', `/api/v1/volunteers/${id}`, { ...halina, version: 1 })).statusCode,
    ).toBe(403);
    expect(
      (await c.ACCOUNTANT.request('PATCH', `/api/v1/volunteers/${id}`, { ...halina, version: 1 })).statusCode,
    ).toBe(403);
  });

  it(
    'corrects an agreement: the number stays, the 30-day rule and the activities ' +
      'still hold, 409 when stale',
    async () => {
      const before = (await c.SOCIAL_WORKER.get(`/api/v1/volunteers/${id}`)).json().agreements[0];
      // 1.03–20.03 is 20 days; lengthened to 1.03–15.04 (46 days) it must be written.
      const oral = await c.SOCIAL_WORKER.request(
        'PATCH',
        `/api/v1/volunteers/${id}/agreements/${agreementId}`,
        {
          ...agreement,
          validUntil: '2026-04-15',
          version: 0,
        },
      );
      expect(oral.statusCode).toBe(400);
      expect(oral.json().error.details.fields[0]).toMatchObject({
        path: 'written',
        code: 'WRITTEN_AGREEMENT_REQUIRED',
      });
      // Moving the start past the activity of 10.03 would leave it without an agreement.
      const orphan = await c.SOCIAL_WORKER.request(
        'PATCH',
        `/api/v1/volunteers/${id}/agreements/${agreementId}`,
        {
          ...agreement,
          validFrom: '2026-03-11',
          version: 0,
        },
      );
      expect(orphan.statusCode).toBe(400);
      expect(orphan.json().error.details.fields[0]).toMatchObject({
        path: 'validFrom',
        code: 'ACTIVITIES_OUTSIDE',
      });
      expect(orphan.json().error.details.fields[0].message).toContain('2026-03-10');

      const ok = await c.SOCIAL_WORKER.request(
        'PATCH',
        `/api/v1/volunteers/${id}/agreements/${agreementId}`,
        {
          ...agreement,
          validUntil: '2026-04-15',
          written: true,
          version: 0,
        },
      );
      expect(ok.statusCode, ok.body).toBe(200);
      const after = ok.json().agreements[0];
      expect(after).toMatchObject({
        number: before.number,
        validUntil: '2026-04-15',
        written: true,
        version: 1,
      });
      expect(after.insurance).toContain('ponad 30 dni');

      const stale = await c.DIRECTOR.request('PATCH', `/api/v1/volunteers/${id}/agreements/${agreementId}`, {
        ...agreement,
        scope: 'Inny zakres',
        version: 0,
      });
      expect(stale.statusCode).toBe(409);
      const audit = await h.deps.db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'volunteer.agreement_correct')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.details).toMatchObject({ number: before.number, changed: ['valid_until', 'written'] });
      expect(
        (
          await c.SOCIAL_WORKER.request(
            'PATCH',
            `/api/v1/volunteers/${id}/agreements/00000000-0000-4000-8000-000000000000`,
            { ...agreement, version: 0 },
          )
        ).statusCode,
      ).toBe(404);
    },
  );
});
