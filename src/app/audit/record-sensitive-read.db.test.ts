import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/connection';
import { createDeps } from '../../main';
import { createTestDb, testEngines } from '../../../tests/support/db';
import { seedCentre } from '../../../tests/support/api';
import { findUserByEmail } from '../../db/user.repository';
import { listAuditEntries } from './list-audit-entries';
import { recordSensitiveRead } from './record-sensitive-read';
import { AuditQuerySchema } from '../../contracts/audit.contract';

describe.each(testEngines())('sensitive-read audit on %s', (engine) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(engine);
  });
  afterAll(() => handle.close());

  it('records who read which sensitive fields of which record, visible only in that centre’s log', async () => {
    const deps = createDeps(handle, { sessionIdleMinutes: 60, sessionAbsoluteHours: 8 });
    const a = await seedCentre(deps, ['ADMIN', 'SOCIAL_WORKER', 'DIRECTOR']);
    const b = await seedCentre(deps, ['DIRECTOR']);
    const worker = (await findUserByEmail(deps.db, a.accounts.SOCIAL_WORKER))!;
    const ctx = {
      actor: { userId: worker.id, centreId: a.centreId, roles: ['SOCIAL_WORKER' as const] },
      actorEmail: worker.email,
      ip: '10.1.2.3',
    };

    await recordSensitiveRead(deps.db, ctx, {
      entityType: 'participant',
      entityId: 'p-1',
      fields: ['eligibilityGroups', 'healthDocuments'],
    });
    await recordSensitiveRead(deps.db, ctx, { entityType: 'participant', entityId: 'p-2', fields: [] });

    const directorA = (await findUserByEmail(deps.db, a.accounts.DIRECTOR))!;
    const page = await listAuditEntries(
      deps,
      {
        actor: { userId: directorA.id, centreId: a.centreId, roles: ['DIRECTOR'] },
        actorEmail: directorA.email,
        ip: null,
      },
      AuditQuerySchema.parse({ action: 'participant.read_sensitive' }),
    );
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      entityId: 'p-1',
      actorEmail: worker.email,
      ip: '10.1.2.3',
      details: { fields: ['eligibilityGroups', 'healthDocuments'] },
    });

    const directorB = (await findUserByEmail(deps.db, b.accounts.DIRECTOR))!;
    const other = await listAuditEntries(
      deps,
      {
        actor: { userId: directorB.id, centreId: b.centreId, roles: ['DIRECTOR'] },
        actorEmail: directorB.email,
        ip: null,
      },
      AuditQuerySchema.parse({ action: 'participant.read_sensitive' }),
    );
    expect(other.total).toBe(0);
  });
});
