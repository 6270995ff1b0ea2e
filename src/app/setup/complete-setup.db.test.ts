import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CentreInputSchema } from '../../contracts/centre.contract';
import type { DbHandle } from '../../db/connection';
import { createDeps } from '../../main';
import { buildCentreInput } from '../../../tests/factories/centre.factory';
import { createTestDb, testEngines } from '../../../tests/support/db';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { completeSetup, getSetupStatus } from './complete-setup';

describe.each(testEngines())('completeSetup on %s', (engine) => {
  let handle: DbHandle;
  let deps: AppDeps;
  beforeAll(async () => {
    handle = await createTestDb(engine);
    deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 8 });
  });
  afterAll(() => handle.close());

  const request = (email: string) => ({
    centre: CentreInputSchema.parse(buildCentreInput()),
    admin: { fullName: 'Ewa Kowalska', email, password: 'Bardzo-Dlugie-Haslo-1' },
  });

  it('lets exactly one of two concurrent setups win, and leaves nothing of the loser', async () => {
    const results = await Promise.allSettled([
      completeSetup(deps, request('pierwsza@cis.example.pl'), { ip: '127.0.0.1' }),
      completeSetup(deps, request('druga@cis.example.pl'), { ip: '127.0.0.1' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(AppError);
    expect((lost[0]!.reason as AppError).code).toBe('SETUP_ALREADY_DONE');

    const centres = await handle.db.selectFrom('centres').select('id').execute();
    const users = await handle.db.selectFrom('users').select('email').execute();
    expect(centres).toHaveLength(1);
    expect(users).toHaveLength(1);
    expect(await getSetupStatus(deps)).toEqual({ setupRequired: false, demo: false });
    const audit = await handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'setup.complete')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.ip).toBe('127.0.0.1');
  });

  it('keeps the audit log append-only: updates and deletes are refused by the database', async () => {
    await expect(handle.db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(handle.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const rows = await handle.db.selectFrom('audit_log').select('action').execute();
    expect(rows.map((r) => r.action)).toContain('setup.complete');
  });

  it('returns dates as YYYY-MM-DD strings and counts as numbers on this engine', async () => {
    const centre = await handle.db
      .selectFrom('centres')
      .select(['status_date', 'version'])
      .executeTakeFirstOrThrow();
    expect(centre.status_date).toBe('2024-02-15');
    expect(centre.version).toBe(1);
  });
});
