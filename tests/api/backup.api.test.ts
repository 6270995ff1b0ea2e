import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openBackup } from '../../src/app/backup/archive';
import { rememberDatabaseUrl } from '../../src/app/backup/backup-source';
import { openPostgres, type DbHandle } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import { findUserByEmail } from '../../src/db/user.repository';
import { buildApp } from '../../src/http/app';
import { createDeps } from '../../src/main';
import { clientFor, createApiHarness, insertMembership, seedCentre, type ApiHarness } from '../support/api';
import { testEngines, type Engine } from '../support/db';
import { testDatabaseUrl } from '../support/env';

const PASSPHRASE = 'Nocna-kopia-CIS-2026!';

/** The app on a private database; on PostgreSQL the server knows its URL, as `startServer` tells it. */
async function harnessWithBackups(engine: Engine): Promise<ApiHarness> {
  if (engine === 'pglite') return createApiHarness('pglite');
  const name = `reintegra_bk_api_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl!);
  url.pathname = `/${name}`;
  const handle: DbHandle = await openPostgres(url.toString(), 3);
  await migrateToLatest(handle.db);
  rememberDatabaseUrl(handle.db, url.toString());
  const deps = createDeps(handle, { sessionIdleMinutes: 120, sessionAbsoluteHours: 12 });
  const app = await buildApp(deps, { logLevel: 'silent' });
  return {
    app,
    deps,
    close: async () => {
      await app.close();
      await handle.close();
      const c = new pg.Client({ connectionString: testDatabaseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

describe.each(testEngines())('backup download from the admin panel on %s', (engine) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await harnessWithBackups(engine);
  });
  afterAll(() => h.close());

  it('gives an administrator of every centre an encrypted file, audited in each centre; refuses others', {
    timeout: 120_000,
  }, async () => {
    const a = await seedCentre(h.deps, ['ADMIN', 'DIRECTOR']);
    const adminA = await clientFor(h.app, a.accounts.ADMIN);
    const director = await clientFor(h.app, a.accounts.DIRECTOR);

    const response = await adminA.post('/api/v1/admin/backup', { passphrase: PASSPHRASE });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="reintegra-\d{8}-\d{4}\.rbak"; filename\*=UTF-8''reintegra-\d{8}-\d{4}\.rbak$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const { header, payload } = await openBackup(response.rawPayload, PASSPHRASE);
    expect(header.engine).toBe(engine);
    expect(payload.length).toBeGreaterThan(1000);
    expect(response.rawPayload.includes(Buffer.from(a.accounts.DIRECTOR))).toBe(false);

    // Roles, the CSRF token and the passphrase's length are checked before any work is done.
    const forbidden = await director.post('/api/v1/admin/backup', { passphrase: PASSPHRASE });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
    const short = await adminA.post('/api/v1/admin/backup', { passphrase: 'krótkie' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0]).toMatchObject({
      path: 'passphrase',
      code: 'BACKUP_PASSPHRASE_TOO_SHORT',
    });
    const noCsrf = await adminA.request(
      'POST',
      '/api/v1/admin/backup',
      { passphrase: PASSPHRASE },
      {
        'x-csrf-token': 'wrong',
      },
    );
    expect(noCsrf.statusCode).toBe(403);
    const anonymous = await h.app.inject({
      method: 'POST',
      url: '/api/v1/admin/backup',
      payload: { passphrase: PASSPHRASE },
    });
    expect(anonymous.statusCode).toBe(401);

    // A second centre's data would be in the file: its administrator must be ours too.
    const b = await seedCentre(h.deps, ['ADMIN']);
    const refused = await adminA.post('/api/v1/admin/backup', { passphrase: PASSPHRASE });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('BACKUP_ALL_CENTRES_REQUIRED');
    const userA = (await findUserByEmail(h.deps.db, a.accounts.ADMIN))!;
    await insertMembership(h.deps.db, b.centreId, userA.id, ['ADMIN']);
    expect((await adminA.post('/api/v1/admin/backup', { passphrase: PASSPHRASE })).statusCode).toBe(200);

    const logA = (await adminA.get('/api/v1/audit?action=backup.download')).json();
    expect(logA.items).toHaveLength(2);
    expect(logA.items[0]).toMatchObject({ actorEmail: a.accounts.ADMIN, action: 'backup.download' });
    expect(logA.items[0].details).toMatchObject({ engine, centres: 2 });
    expect(JSON.stringify(logA)).not.toContain(PASSPHRASE);
    const adminB = await clientFor(h.app, b.accounts.ADMIN);
    const logB = (await adminB.get('/api/v1/audit?action=backup.download')).json();
    expect(logB.items).toHaveLength(1);
    expect(logB.items[0].actorEmail).toBe(a.accounts.ADMIN);
  });
});

describe.runIf(testEngines().includes('postgres'))('backup download without a known database URL', () => {
  it('answers 409 BACKUP_UNAVAILABLE, not a server error', { timeout: 60_000 }, async () => {
    const h = await createApiHarness('postgres');
    try {
      const a = await seedCentre(h.deps, ['ADMIN']);
      const admin = await clientFor(h.app, a.accounts.ADMIN);
      const response = await admin.post('/api/v1/admin/backup', { passphrase: PASSPHRASE });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('BACKUP_UNAVAILABLE');
    } finally {
      await h.close();
    }
  });
});
