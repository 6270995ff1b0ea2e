import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../../src/app/auth/login-throttle';
import { totpCode } from '../../src/app/auth/totp';
import { loadConfig } from '../../src/config';
import { DEMO_PASSWORD } from '../../src/domain/access/password-policy';
import { buildApp } from '../../src/http/app';
import {
  ApiClient,
  clientFor,
  createApiHarness,
  seedCentre,
  TEST_PASSWORD,
  type ApiHarness,
} from '../support/api';

describe('authentication and sessions', () => {
  let h: ApiHarness;
  let accounts: Awaited<ReturnType<typeof seedCentre>>['accounts'];
  beforeAll(async () => {
    h = await createApiHarness();
    ({ accounts } = await seedCentre(h.deps));
  });
  afterAll(() => h.close());

  it('logs in with a HttpOnly, SameSite=Lax cookie and answers /me', async () => {
    const client = new ApiClient(h.app);
    const response = await client.login(accounts.DIRECTOR);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'reintegra_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const me = (await client.get('/api/v1/me')).json();
    expect(me.user.email).toBe(accounts.DIRECTOR);
    expect(me.roles).toEqual(['DIRECTOR']);
    expect(me.csrfToken).toEqual(expect.any(String));
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: accounts.ACCOUNTANT, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
      remoteAddress: '127.0.0.1',
    });
    expect(response.statusCode).toBe(200);
    // Without TRUST_PROXY the header is ignored; with it (production behind a proxy) the cookie is Secure.
    expect(response.cookies.find((c) => c.name === 'reintegra_session')!.secure).toBeFalsy();
  });

  it('refuses a wrong password and an unknown e-mail alike, and logs the failure', async () => {
    const client = new ApiClient(h.app);
    const wrong = await client.login(accounts.INSTRUCTOR, 'zle-haslo-123456');
    const unknown = await client.login('nikt@nigdzie.pl', 'zle-haslo-123456');
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.json().error).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: 'Nieprawidłowy e-mail lub hasło.',
      });
    }
    const failures = await h.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login_failed')
      .execute();
    expect(failures.map((f) => f.actor_email)).toEqual(
      expect.arrayContaining([accounts.INSTRUCTOR, 'nikt@nigdzie.pl']),
    );
  });

  it('rate-limits failed logins per account', async () => {
    const { accounts: other } = await seedCentre(h.deps, ['INSTRUCTOR']);
    const client = new ApiClient(h.app);
    for (let i = 0; i < 5; i++)
      expect((await client.login(other.INSTRUCTOR, 'zle-haslo-123456')).statusCode).toBe(401);
    const blocked = await client.login(other.INSTRUCTOR, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('LOGIN_RATE_LIMITED');
    // The answer says when to try again, in whole seconds, and the body carries the same wait.
    const wait = Number(blocked.headers['retry-after']);
    expect(Number.isInteger(wait) && wait > 0).toBe(true);
    expect(blocked.json().error.details.retryAfterSeconds).toBe(wait);
    expect(blocked.json().error.message).toMatch(/\S/);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const client = await clientFor(h.app, accounts.ADMIN);
    const csrf = client.csrf;
    client.csrf = undefined;
    const without = await client.post('/api/v1/auth/logout-all');
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_INVALID');
    client.csrf = 'wrong';
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(403);
    client.csrf = csrf;
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('answers 401 SESSION_EXPIRED for an idle session and for no session 401 UNAUTHENTICATED', async () => {
    const client = await clientFor(h.app, accounts.SOCIAL_WORKER);
    await h.deps.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 3 * 3600_000) })
      .execute();
    const expired = await client.get('/api/v1/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
    const anonymous = await new ApiClient(h.app).get('/api/v1/me');
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('logs out one session, or all of them everywhere', async () => {
    const a = await clientFor(h.app, accounts.ACCOUNTANT);
    const b = await clientFor(h.app, accounts.ACCOUNTANT);
    expect((await a.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await a.get('/api/v1/me')).statusCode).toBe(401);
    expect((await b.get('/api/v1/me')).statusCode).toBe(200);

    const c = await clientFor(h.app, accounts.ACCOUNTANT);
    expect((await c.post('/api/v1/auth/logout-all')).statusCode).toBe(200);
    expect((await b.get('/api/v1/me')).statusCode).toBe(401);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('changes the password after checking the current one and ends the other sessions', async () => {
    const { accounts: own } = await seedCentre(h.deps, ['INSTRUCTOR']);
    const a = await clientFor(h.app, own.INSTRUCTOR);
    const b = await clientFor(h.app, own.INSTRUCTOR);
    const wrong = await a.post('/api/v1/me/password', {
      currentPassword: 'nie-to-haslo-00',
      newPassword: 'Nowe-Haslo-Bardzo-Dlugie',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.fields[0]).toMatchObject({
      path: 'currentPassword',
      code: 'WRONG_PASSWORD',
    });
    const weak = await a.post('/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'password1234',
    });
    expect(weak.json().error.details.fields[0]).toMatchObject({
      path: 'newPassword',
      code: 'PASSWORD_TOO_COMMON',
    });

    expect(
      (
        await a.post('/api/v1/me/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'Nowe-Haslo-Bardzo-Dlugie',
        })
      ).statusCode,
    ).toBe(200);
    expect((await a.get('/api/v1/me')).statusCode).toBe(200);
    expect((await b.get('/api/v1/me')).statusCode).toBe(401);
    expect((await new ApiClient(h.app).login(own.INSTRUCTOR, 'Nowe-Haslo-Bardzo-Dlugie')).statusCode).toBe(
      200,
    );
  });

  it('enrols TOTP and then requires a correct code at login', async () => {
    const { accounts: own } = await seedCentre(h.deps, ['SOCIAL_WORKER']);
    const client = await clientFor(h.app, own.SOCIAL_WORKER);
    const setup = (await client.post('/api/v1/me/totp/setup')).json();
    expect(setup.otpauthUrl).toContain('otpauth://totp/');
    expect(setup.qrSvg).toContain('<svg');
    const bad = await client.post('/api/v1/me/totp/confirm', {
      code: '000000' === totpCode(setup.secret) ? '111111' : '000000',
    });
    expect(bad.statusCode).toBe(401);
    expect((await client.post('/api/v1/me/totp/confirm', { code: totpCode(setup.secret) })).statusCode).toBe(
      200,
    );

    const fresh = new ApiClient(h.app);
    const needCode = await fresh.login(own.SOCIAL_WORKER);
    expect(needCode.statusCode).toBe(401);
    expect(needCode.json().error.code).toBe('TOTP_REQUIRED');
    const wrongCode = await fresh.login(
      own.SOCIAL_WORKER,
      TEST_PASSWORD,
      totpCode(setup.secret, Date.now() - 10 * 60_000),
    );
    expect(wrongCode.json().error.code).toBe('TOTP_INVALID');
    // The code used to confirm cannot open a session: the next step's code can.
    const next = Date.now() + 30_000;
    const ok = await fresh.login(own.SOCIAL_WORKER, TEST_PASSWORD, totpCode(setup.secret, next));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.totpEnabled).toBe(true);
  });

  it('accepts a TOTP code only once: a replayed or older code is refused', async () => {
    const { accounts: own } = await seedCentre(h.deps, ['INSTRUCTOR']);
    const client = await clientFor(h.app, own.INSTRUCTOR);
    const { secret } = (await client.post('/api/v1/me/totp/setup')).json();
    const t0 = Date.now();
    expect((await client.post('/api/v1/me/totp/confirm', { code: totpCode(secret, t0) })).statusCode).toBe(
      200,
    );

    const replayConfirm = await new ApiClient(h.app).login(
      own.INSTRUCTOR,
      TEST_PASSWORD,
      totpCode(secret, t0),
    );
    expect(replayConfirm.statusCode).toBe(401);
    expect(replayConfirm.json().error.code).toBe('TOTP_INVALID');

    const code = totpCode(secret, t0 + 30_000);
    expect((await new ApiClient(h.app).login(own.INSTRUCTOR, TEST_PASSWORD, code)).statusCode).toBe(200);
    const replay = await new ApiClient(h.app).login(own.INSTRUCTOR, TEST_PASSWORD, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('TOTP_INVALID');
    const failures = await h.deps.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'auth.login_failed')
      .where('actor_email', '=', own.INSTRUCTOR)
      .execute();
    expect(failures.map((f) => (f.details as { reason: string }).reason)).toContain('wrong_or_used_totp');
  });

  it('turns TOTP off only with the password and a current code', async () => {
    const { accounts: own } = await seedCentre(h.deps, ['INSTRUCTOR']);
    const client = await clientFor(h.app, own.INSTRUCTOR);
    const { secret } = (await client.post('/api/v1/me/totp/setup')).json();
    const t0 = Date.now();
    await client.post('/api/v1/me/totp/confirm', { code: totpCode(secret, t0) });

    const passwordOnly = await client.post('/api/v1/me/totp/disable', { password: TEST_PASSWORD });
    expect(passwordOnly.statusCode).toBe(400);
    expect(passwordOnly.json().error.details.fields[0]).toMatchObject({ path: 'code', code: 'REQUIRED' });
    const usedCode = await client.post('/api/v1/me/totp/disable', {
      password: TEST_PASSWORD,
      code: totpCode(secret, t0),
    });
    expect(usedCode.statusCode).toBe(401);
    expect(usedCode.json().error.details.fields[0]).toMatchObject({ path: 'code', code: 'TOTP_INVALID' });
    expect((await client.get('/api/v1/me')).json().user.totpEnabled).toBe(true);

    const ok = await client.post('/api/v1/me/totp/disable', {
      password: TEST_PASSWORD,
      code: totpCode(secret, t0 + 30_000),
    });
    expect(ok.statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).json().user.totpEnabled).toBe(false);
  });

  it('makes TOTP mandatory for chosen roles: until enrolled, only /me and account routes answer', async () => {
    const { accounts: own } = await seedCentre(h.deps, ['ADMIN', 'ACCOUNTANT']);
    const admin = await clientFor(h.app, own.ADMIN);
    const centre = (await admin.get('/api/v1/centre')).json();
    expect(
      (
        await admin.patch('/api/v1/centre', {
          version: centre.version,
          settings: { totpRequiredRoles: ['ACCOUNTANT'] },
        })
      ).statusCode,
    ).toBe(200);

    const accountant = await clientFor(h.app, own.ACCOUNTANT);
    expect((await accountant.get('/api/v1/me')).json().totpEnrolmentRequired).toBe(true);
    const refused = await accountant.get('/api/v1/centre');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('TOTP_ENROLMENT_REQUIRED');
    const setup = (await accountant.post('/api/v1/me/totp/setup')).json();
    await accountant.post('/api/v1/me/totp/confirm', { code: totpCode(setup.secret) });
    expect((await accountant.get('/api/v1/centre')).statusCode).toBe(200);
    const disable = await accountant.post('/api/v1/me/totp/disable', {
      password: TEST_PASSWORD,
      code: totpCode(setup.secret, Date.now() + 30_000),
    });
    expect(disable.statusCode).toBe(403);
  });
});

describe('authentication hardening: proxies, throttle in the database, password rules', () => {
  let h: ApiHarness;
  let accounts: Awaited<ReturnType<typeof seedCentre>>['accounts'];
  beforeAll(async () => {
    h = await createApiHarness();
    ({ accounts } = await seedCentre(h.deps));
  });
  afterAll(() => h.close());

  const loginFrom = (
    app: typeof h.app,
    email: string,
    password: string,
    remoteAddress: string,
    xff?: string,
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress,
      headers: xff ? { 'x-forwarded-for': xff } : {},
    });

  it('ignores X-Forwarded-For from anyone but a listed proxy: forged addresses do not bypass the limit', async () => {
    const { accounts: own } = await seedCentre(h.deps, ['INSTRUCTOR']);
    const proxied = await buildApp(h.deps, { logLevel: 'silent', trustProxy: ['10.0.0.1'] });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++)
        statuses.push(
          (await loginFrom(proxied, own.INSTRUCTOR, 'zle-haslo-123456', '203.0.113.5', `198.51.100.${i}`))
            .statusCode,
        );
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5).every((s) => s === 429)).toBe(true);

      // Through the listed proxy, the client's own address is the one audited.
      const ok = await loginFrom(proxied, accounts.DIRECTOR, TEST_PASSWORD, '10.0.0.1', '192.0.2.44');
      expect(ok.statusCode).toBe(200);
      const audit = await h.deps.db
        .selectFrom('audit_log')
        .select('ip')
        .where('action', '=', 'auth.login')
        .where('actor_email', '=', accounts.DIRECTOR)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(audit.ip).toBe('192.0.2.44');
    } finally {
      await proxied.close();
    }
  });

  it('reads TRUST_PROXY as a list of addresses and ranges, and refuses `true`', () => {
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/forge/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('keeps the lockout in the database: another app instance (or a restart) still refuses', async () => {
    const { accounts: own } = await seedCentre(h.deps, ['ACCOUNTANT']);
    for (let i = 0; i < 5; i++) await loginFrom(h.app, own.ACCOUNTANT, 'zle-haslo-123456', '192.0.2.80');
    const second = await buildApp(
      { ...h.deps, throttle: createLoginThrottle(h.deps.db) },
      { logLevel: 'silent' },
    );
    try {
      const blocked = await loginFrom(second, own.ACCOUNTANT, TEST_PASSWORD, '192.0.2.80');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
      // The owner at another address is not locked out by these failures.
      expect((await loginFrom(second, own.ACCOUNTANT, TEST_PASSWORD, '192.0.2.81')).statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });

  it(
    'refuses the published demo password, common passwords from the large list, ' +
      'and the current password',
    async () => {
      const admin = await clientFor(h.app, accounts.ADMIN);
      for (const [password, code] of [
        [DEMO_PASSWORD, 'PASSWORD_PUBLISHED'],
        ['qazwsxedcrfv', 'PASSWORD_TOO_COMMON'],
        ['Sunshine2024!', 'PASSWORD_TOO_COMMON'],
      ] as const) {
        const response = await admin.post('/api/v1/users', {
          email: `nowy.${code.length}.${password.length}@cis.pl`,
          fullName: 'Nowa Osoba',
          roles: ['INSTRUCTOR'],
          password,
        });
        expect(response.statusCode, password).toBe(400);
        expect(response.json().error.details.fields[0]).toMatchObject({ path: 'password', code });
      }
      const same = await admin.post('/api/v1/me/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: TEST_PASSWORD,
      });
      expect(same.statusCode).toBe(400);
      expect(same.json().error.details.fields[0]).toMatchObject({
        path: 'newPassword',
        code: 'PASSWORD_REUSED',
      });
    },
  );
});
