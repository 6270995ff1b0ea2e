import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserFromCli } from '../../src/app/users/add-user-from-cli';
import { findUserByEmail } from '../../src/db/user.repository';
import {
  type ApiHarness,
  authoriseAccount,
  clientFor,
  createApiHarness,
  seedCentre,
  TEST_PASSWORD,
  uniqueEmail,
} from '../support/api';
import { testEngines } from '../support/db';

/**
 * The session, its centres and the art. 8b authorisations are read in one statement on each request
 * (decision 0039). These prove that nothing of it is remembered between requests: an expiry, a revoked
 * authorisation or a removed role counts at the next request, and the authorisations are the current centre's.
 */
describe.each(testEngines())('the session read on each request, on %s', (engine) => {
  let h: ApiHarness;
  let a: Awaited<ReturnType<typeof seedCentre>>;
  let b: Awaited<ReturnType<typeof seedCentre>>;
  let participantInA: string;
  let participantInB: string;

  const newParticipant = async (email: string) =>
    (
      await (
        await clientFor(h.app, email)
      ).post('/api/v1/participants', {
        firstName: 'Zofia',
        lastName: 'Sesyjna',
        birthDate: '1980-01-01',
        sex: 'F',
      })
    ).json().id as string;

  beforeAll(async () => {
    h = await createApiHarness(engine);
    a = await seedCentre(h.deps);
    b = await seedCentre(h.deps, ['DIRECTOR']);
    participantInA = await newParticipant(a.accounts.DIRECTOR);
    participantInB = await newParticipant(b.accounts.DIRECTOR);
  });
  afterAll(() => h.close());

  it('answers 401 SESSION_EXPIRED past the absolute expiry, and the next request too', async () => {
    const client = await clientFor(h.app, a.accounts.DIRECTOR);
    expect((await client.get(`/api/v1/participants/${participantInA}`)).statusCode).toBe(200);
    const user = (await findUserByEmail(h.deps.db, a.accounts.DIRECTOR))!;
    await h.deps.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    const expired = await client.get(`/api/v1/participants/${participantInA}`);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('refuses the next request after the authorisation is revoked, in an open session', async () => {
    const client = await clientFor(h.app, a.accounts.SOCIAL_WORKER);
    expect((await client.get(`/api/v1/participants/${participantInA}`)).statusCode).toBe(200);
    const user = (await findUserByEmail(h.deps.db, a.accounts.SOCIAL_WORKER))!;
    await h.deps.db
      .updateTable('staff_authorisations')
      .set({ revoked_at: new Date(), revoked_by: user.id, revocation_reason: 'test' })
      .where('user_id', '=', user.id)
      .execute();
    const refused = await client.get(`/api/v1/participants/${participantInA}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PERSONAL_DATA_AUTHORISATION_REQUIRED');
    expect(refused.json().error.details.standing).toBe('REVOKED');
  });

  it("keeps a user of centre A out of centre B's people", async () => {
    const client = await clientFor(h.app, a.accounts.DIRECTOR);
    expect((await client.get(`/api/v1/participants/${participantInB}`)).statusCode).toBe(404);
    expect((await client.post('/api/v1/me/centre', { centreId: b.centreId })).statusCode).toBe(404);
  });

  it("checks the current centre's authorisation only, and a removed role at the next request", async () => {
    const email = uniqueEmail('dwa-centra');
    await addUserFromCli(h.deps, {
      centre: a.centreId,
      email,
      role: 'SOCIAL_WORKER',
      fullName: 'Dwa Centra',
      password: TEST_PASSWORD,
    });
    await addUserFromCli(h.deps, { centre: b.centreId, email, role: 'SOCIAL_WORKER' });
    await authoriseAccount(h.deps, a.centreId, email);
    const client = await clientFor(h.app, email);
    await client.post('/api/v1/me/centre', { centreId: a.centreId });
    expect((await client.get(`/api/v1/participants/${participantInA}`)).statusCode).toBe(200);
    expect((await client.get(`/api/v1/participants/${participantInB}`)).statusCode).toBe(404);

    // Authorised in A, not in B: in B the same session is refused personal data.
    expect((await client.post('/api/v1/me/centre', { centreId: b.centreId })).statusCode).toBe(200);
    const inB = await client.get(`/api/v1/participants/${participantInB}`);
    expect(inB.statusCode).toBe(403);
    expect(inB.json().error.details.standing).toBe('MISSING');

    // Back in A, then the role in A is removed: the next request no longer sees centre A.
    expect((await client.post('/api/v1/me/centre', { centreId: a.centreId })).statusCode).toBe(200);
    const user = (await findUserByEmail(h.deps.db, email))!;
    await h.deps.db
      .updateTable('centre_members')
      .set({ is_active: false })
      .where('user_id', '=', user.id)
      .where('centre_id', '=', a.centreId)
      .execute();
    const me = (await client.get('/api/v1/me')).json();
    expect(me.centres.map((c: { id: string }) => c.id)).toEqual([b.centreId]);
    expect(me.currentCentreId).toBe(b.centreId);
    expect((await client.get(`/api/v1/participants/${participantInA}`)).statusCode).toBe(403);
  });
});
