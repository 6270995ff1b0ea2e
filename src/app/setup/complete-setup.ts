import { sql } from 'kysely';
import type { SetupRequest } from '../../contracts/auth.contract';
import { insertAuditEntry } from '../../db/audit.repository';
import { insertCentre } from '../../db/centre.repository';
import { isUniqueViolation } from '../../db/errors';
import type { NewCentreRow } from '../../db/schema';
import { insertMembership, insertUser } from '../../db/user.repository';
import { AppError } from '../app-error';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords';
import { centreColumns } from '../centres/centre-mapper';
import { recordInitialAuthorisation } from '../privacy/record-initial-authorisation';
import { polishDate } from '../../domain/calendar';
import type { Origin } from '../context';
import type { AppDeps } from '../deps';

/**
 * First run: creates the first centre and its administrator, then closes setup for good.
 * One transaction; the instance row is locked so two concurrent setups cannot both win.
 */
export async function completeSetup(
  deps: AppDeps,
  input: SetupRequest,
  origin: Origin,
  options: { demo?: boolean } = {},
) {
  assertPasswordAcceptable(input.admin.password, 'admin.password', input.admin.email, {
    allowDemoPassword: options.demo === true,
  });
  const columns = centreColumns(input.centre, deps.gminas, 'centre.');
  const passwordHash = await hashPassword(input.admin.password);

  return deps.db.transaction().execute(async (trx) => {
    const instance = await sql<{
      setup_completed_at: Date | null;
    }>`select setup_completed_at from instance where id = 1 for update`.execute(trx);
    if (instance.rows[0]?.setup_completed_at) throw new AppError('SETUP_ALREADY_DONE');

    const centre = await insertCentre(trx, { ...(columns as NewCentreRow), is_demo: options.demo ?? false });
    let user;
    try {
      user = await insertUser(trx, {
        email: input.admin.email,
        full_name: input.admin.fullName,
        password_hash: passwordHash,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw AppError.fields(
          [{ path: 'admin.email', code: 'EMAIL_TAKEN', message: 'Konto z tym adresem e-mail już istnieje.' }],
          'EMAIL_TAKEN',
        );
      throw error;
    }
    await insertMembership(trx, centre.id, user.id, ['ADMIN']);
    // The first administrator issues everyone else's authorisation, so holds one from the start.
    const today = polishDate(deps.now());
    await recordInitialAuthorisation(trx, {
      centreId: centre.id,
      userId: user.id,
      email: user.email,
      today,
      source: options.demo ? 'DEMO' : 'SETUP',
    });
    await trx
      .updateTable('instance')
      .set({ setup_completed_at: deps.now(), demo: options.demo ?? false })
      .where('id', '=', 1)
      .execute();
    await insertAuditEntry(trx, {
      centreId: centre.id,
      actorUserId: user.id,
      actorEmail: user.email,
      action: 'setup.complete',
      entityType: 'centre',
      entityId: centre.id,
      ip: origin.ip,
      details: { centreName: centre.name, adminEmail: user.email },
    });
    return { centreId: centre.id, userId: user.id };
  });
}

// Once setup is done the instance row never changes again, so its answer can be kept per database.
const completed = new WeakMap<object, { setupRequired: false; demo: boolean }>();

/** Whether the first-run page is still available, and whether this instance is a demo. */
export async function getSetupStatus(deps: AppDeps): Promise<{ setupRequired: boolean; demo: boolean }> {
  const known = completed.get(deps.db);
  if (known) return known;
  const row = await deps.db
    .selectFrom('instance')
    .select(['setup_completed_at', 'demo'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const status = { setupRequired: !row?.setup_completed_at, demo: row?.demo ?? false };
  if (!status.setupRequired) completed.set(deps.db, { setupRequired: false, demo: status.demo });
  return status;
}
