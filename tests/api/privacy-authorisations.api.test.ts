import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common';
import {
  type ApiClient,
  type ApiHarness,
  clientFor,
  createApiHarness,
  signInEveryRole,
  TEST_PASSWORD,
  uniqueEmail,
} from '../support/api';
import { testEngines } from '../support/db';

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date());

describe.each(testEngines())('authorisations to process personal data (art. 8b ust. 4) on %s', (engine) => {
  let h: ApiHarness;
  const c = {} as Record<Role, ApiClient>;
  let other: ApiClient;
  let participantId: string;

  /** A new social worker created by the administrator, signed in: no authorisation yet. */
  async function newWorker() {
    const email = uniqueEmail('pracownik');
    const user = (
      await c.ADMIN.post('/api/v1/users', {
        email,
        fullName: 'Nowa Pracownica',
        roles: ['SOCIAL_WORKER'],
        password: TEST_PASSWORD,
      })
    ).json();
    return { id: user.id as string, email, client: await clientFor(h.app, email) };
  }

  const countParticipants = async () =>
    Number(
      (
        await h.deps.db
          .selectFrom('participants')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    h = await createApiHarness(engine);
    ({ other } = await signInEveryRole(h, c));
    participantId = (
      await c.DIRECTOR.post('/api/v1/participants', {
        firstName: 'Zofia',
        lastName: 'Testowa',
        birthDate: '1980-01-01',
        sex: 'F',
      })
    ).json().id;
  });
  afterAll(() => h.close());

  it('refuses a new account every personal-data route with a clear Polish reason, until it holds one', async () => {
    const worker = await newWorker();
    for (const url of [
      '/api/v1/participants',
      `/api/v1/participants/${participantId}`,
      `/api/v1/participants/${participantId}/pathway`,
      '/api/v1/attendance?workshopId=00000000-0000-4000-8000-000000000000&month=2026-11',
      '/api/v1/follow-ups',
    ]) {
      const response = await worker.client.get(url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.code).toBe('PERSONAL_DATA_AUTHORISATION_REQUIRED');
      expect(response.json().error.details).toEqual({ standing: 'MISSING' });
    }
    const refusal = (await worker.client.get('/api/v1/participants')).json().error;
    expect(refusal.message).toContain('upoważnienia do przetwarzania danych osobowych');
    expect(refusal.message).toContain('kierownika centrum lub administratora');
    // The rest of the application stays open: she can sign in, see who she is and change her password.
    expect((await worker.client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await worker.client.get('/api/v1/workshops')).statusCode).toBe(200);

    // A write is refused before anything is saved.
    const before = await countParticipants();
    const write = await worker.client.post('/api/v1/participants', {
      firstName: 'Jan',
      lastName: 'Nowy',
      birthDate: '1990-01-01',
      sex: 'M',
    });
    expect(write.statusCode).toBe(403);
    expect(await countParticipants()).toBe(before);

    // The director and the administrator see the refusal in the register — once a day, not once a click.
    const register = (await c.DIRECTOR.get('/api/v1/privacy/authorisations')).json();
    const mine = register.refusals.filter((r: { email: string }) => r.email === worker.email);
    expect(mine).toHaveLength(1);
    expect(mine[0].standing).toBe('MISSING');
    expect(register.members.find((m: { userId: string }) => m.userId === worker.id).standing).toBe('MISSING');
  });

  it('an authorisation without a signed pledge does not let in; recording the pledge does', async () => {
    const worker = await newWorker();
    const issued = await c.DIRECTOR.post('/api/v1/privacy/authorisations', {
      userId: worker.id,
      issuedOn: today(),
      validFrom: today(),
    });
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({ status: 'NO_PLEDGE', holderEmail: worker.email, source: 'ISSUED' });
    expect(issued.json().number).toMatch(/^UPO\/\d{4}\/\d{4}$/);
    const refused = await worker.client.get('/api/v1/participants');
    expect(refused.json().error.details.standing).toBe('NO_PLEDGE');

    const pledged = await c.DIRECTOR.post(`/api/v1/privacy/authorisations/${issued.json().id}/pledge`, {
      pledgeSignedOn: today(),
    });
    expect(pledged.json().status).toBe('VALID');
    expect((await worker.client.get('/api/v1/participants')).statusCode).toBe(200);
  });

  it('revoking takes effect at once, in a tab that is already open, and is audited with its reason', async () => {
    const worker = await newWorker();
    const issued = (
      await c.ADMIN.post('/api/v1/privacy/authorisations', {
        userId: worker.id,
        issuedOn: today(),
        validFrom: today(),
        pledgeSignedOn: today(),
      })
    ).json();
    expect((await worker.client.get(`/api/v1/participants/${participantId}`)).statusCode).toBe(200);

    const revoked = await c.DIRECTOR.post(`/api/v1/privacy/authorisations/${issued.id}/revoke`, {
      reason: 'koniec umowy',
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'REVOKED', revocationReason: 'koniec umowy' });
    const next = await worker.client.get(`/api/v1/participants/${participantId}`);
    expect(next.statusCode).toBe(403);
    expect(next.json().error.details.standing).toBe('REVOKED');
    const before = await countParticipants();
    const write = await worker.client.patch(`/api/v1/participants/${participantId}`, { phone: '500600700' });
    expect(write.statusCode).toBe(403);
    expect(await countParticipants()).toBe(before);

    const again = await c.DIRECTOR.post(`/api/v1/privacy/authorisations/${issued.id}/revoke`, {
      reason: 'raz',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('To upoważnienie zostało już cofnięte.');
    const log = (
      await c.DIRECTOR.get(`/api/v1/audit?action=authorisation.revoke&entityId=${issued.id}`)
    ).json();
    expect(log.total).toBe(1);
    expect(log.items[0].details).toMatchObject({ reason: 'koniec umowy', holderUserId: worker.id });
  });

  it('an expired authorisation refuses with its reason', async () => {
    const worker = await newWorker();
    await c.DIRECTOR.post('/api/v1/privacy/authorisations', {
      userId: worker.id,
      issuedOn: '2020-01-02',
      validFrom: '2020-01-02',
      validUntil: '2020-12-31',
      pledgeSignedOn: '2020-01-02',
    });
    const response = await worker.client.get('/api/v1/participants');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.details.standing).toBe('EXPIRED');
  });

  it('checks the dates and the holder at the field, and saves nothing', async () => {
    const worker = await newWorker();
    const outsider = (await other.get('/api/v1/me')).json().user.id;
    const response = await c.DIRECTOR.post('/api/v1/privacy/authorisations', {
      userId: outsider,
      issuedOn: '2099-01-01',
      validFrom: '2026-12-01',
      validUntil: '2026-11-30',
      pledgeSignedOn: '2099-01-01',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths.sort()).toEqual(['issuedOn', 'pledgeSignedOn', 'userId', 'validUntil']);
    const bad = await c.DIRECTOR.post('/api/v1/privacy/authorisations', {
      userId: worker.id,
      issuedOn: 'wczoraj',
      validFrom: today(),
      scope: 'a\u0000b cdefghijkl',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['issuedOn', 'scope']);
    const register = (await c.DIRECTOR.get('/api/v1/privacy/authorisations')).json();
    expect(register.items.filter((a: { userId: string }) => a.userId === worker.id)).toHaveLength(0);
  });

  it(
    'only the director and the administrator issue, revoke and see the register; ' +
      'other centres see nothing',
    async () => {
      const worker = await newWorker();
      for (const role of ['SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'] as const) {
        expect((await c[role].get('/api/v1/privacy/authorisations')).statusCode).toBe(403);
        const issue = await c[role].post('/api/v1/privacy/authorisations', {
          userId: worker.id,
          issuedOn: today(),
          validFrom: today(),
        });
        expect(issue.statusCode).toBe(403);
      }
      const someone = (await c.DIRECTOR.get('/api/v1/privacy/authorisations')).json().items[0];
      expect(
        (await other.post(`/api/v1/privacy/authorisations/${someone.id}/revoke`, { reason: 'obca' }))
          .statusCode,
      ).toBe(404);
      expect((await other.get(`/api/v1/privacy/authorisations/${someone.id}/document.pdf`)).statusCode).toBe(
        404,
      );
      const otherRegister = (await other.get('/api/v1/privacy/authorisations')).json();
      expect(otherRegister.items.map((a: { id: string }) => a.id)).not.toContain(someone.id);
    },
  );

  it('the first administrator holds an authorisation from setup, marked as such in the register', async () => {
    const register = (await c.ADMIN.get('/api/v1/privacy/authorisations')).json();
    const setup = register.items.filter((a: { source: string }) => a.source === 'SETUP');
    expect(setup).toHaveLength(1);
    expect(setup[0]).toMatchObject({ status: 'VALID', issuedByName: 'pierwsze uruchomienie systemu' });
  });

  it('prints the authorisation with its pledge as a PDF', async () => {
    const someone = (await c.DIRECTOR.get('/api/v1/privacy/authorisations')).json().items[0];
    const response = await c.DIRECTOR.get(`/api/v1/privacy/authorisations/${someone.id}/document.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
