import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCentreInput } from '../factories/centre.factory';
import { ApiClient, createApiHarness, TEST_PASSWORD, type ApiHarness } from '../support/api';

const admin = { fullName: 'Alicja Nowak', email: 'alicja.nowak@cis.example.pl', password: TEST_PASSWORD };

describe('first-run setup', () => {
  let h: ApiHarness;
  let client: ApiClient;
  beforeAll(async () => {
    h = await createApiHarness();
    client = new ApiClient(h.app);
  });
  afterAll(() => h.close());

  const countCentres = async () =>
    Number(
      (
        await h.deps.db
          .selectFrom('centres')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('is required on a new instance', async () => {
    const response = await client.get('/api/v1/setup');
    expect(response.json()).toEqual({ setupRequired: true, demo: false, hasSession: false });
  });

  it.each([
    [
      'a wrong REGON check digit',
      { centre: buildCentreInput({ regon: '192598183' }), admin },
      'centre.regon',
      'INVALID_REGON',
    ],
    [
      'a wrong NIP check digit',
      { centre: buildCentreInput({ nip: '8567346216' }), admin },
      'centre.nip',
      'INVALID_NIP',
    ],
    [
      'an unknown gmina',
      { centre: buildCentreInput({ gminaCode: '9999999' }), admin },
      'centre.gminaCode',
      'UNKNOWN_GMINA',
    ],
    [
      'a short password',
      { centre: buildCentreInput(), admin: { ...admin, password: 'krotkie' } },
      'admin.password',
      'PASSWORD_TOO_SHORT',
    ],
    [
      'a common password',
      { centre: buildCentreInput(), admin: { ...admin, password: 'qwertyuiop12' } },
      'admin.password',
      'PASSWORD_TOO_COMMON',
    ],
    [
      'a bad e-mail',
      { centre: buildCentreInput(), admin: { ...admin, email: 'nie-email' } },
      'admin.email',
      'INVALID_FORMAT',
    ],
    [
      'a missing name',
      { centre: { ...buildCentreInput(), name: undefined }, admin },
      'centre.name',
      'REQUIRED',
    ],
    [
      'a bad postal code',
      { centre: buildCentreInput({ postalCode: '59700' }), admin },
      'centre.postalCode',
      'INVALID_FORMAT',
    ],
  ])('refuses %s with a Polish message at the field and writes nothing', async (_label, body, path, code) => {
    const response = await client.post('/api/v1/setup', body);
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    const field = error.details.fields.find((f: { path: string }) => f.path === path);
    expect(field, JSON.stringify(error.details.fields)).toBeDefined();
    expect(field.code).toBe(code);
    expect(field.message).toMatch(/[a-ząćęłńóśźż]/i);
    expect(await countCentres()).toBe(0);
  });

  it('refuses malformed JSON, a wrong content type and an oversize body without a 500', async () => {
    const bad = await h.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { 'content-type': 'application/json' },
      payload: '{"centre":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('BAD_REQUEST');

    const text = await h.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const huge = await client.post('/api/v1/setup', {
      centre: buildCentreInput({ name: 'x'.repeat(400_000) }),
      admin,
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('BODY_TOO_LARGE');

    const wrongShape = await client.post('/api/v1/setup', [1, 2, 3]);
    expect(wrongShape.statusCode).toBe(400);
    expect(await countCentres()).toBe(0);
  });

  it('creates the centre and its administrator, then is gone for good', async () => {
    const response = await client.post('/api/v1/setup', {
      centre: buildCentreInput({ regon: '123456785', nip: '5260250995' }),
      admin,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ centreId: expect.any(String), userId: expect.any(String) });

    expect((await client.get('/api/v1/setup')).json()).toEqual({
      setupRequired: false,
      demo: false,
      hasSession: false,
    });
    const again = await client.post('/api/v1/setup', {
      centre: buildCentreInput(),
      admin: { ...admin, email: 'inny@cis.example.pl' },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('SETUP_ALREADY_DONE');
    expect(await countCentres()).toBe(1);

    const login = await client.login(admin.email, admin.password);
    expect(login.statusCode).toBe(200);
    const me = login.json();
    expect(me.centres).toHaveLength(1);
    expect(me.centres[0].roles).toEqual(['ADMIN']);

    const centre = await client.get('/api/v1/centre');
    expect(centre.json()).toMatchObject({
      regon: '123456785',
      nip: '5260250995',
      gminaName: 'Bolesławiec',
      type: 'CIS',
    });
  });
});
