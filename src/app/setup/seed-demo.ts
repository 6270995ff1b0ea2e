import type { Role } from '../../contracts/common';
import { seedDemoPathway } from './seed-demo-pathway';
import { seedDemoMonths } from './seed-demo-months';
import { findCentreById } from '../../db/centre.repository';
import { findUserByEmail, insertMembership, insertUser } from '../../db/user.repository';
import { AppError } from '../app-error';
import { hashPassword } from '../auth/passwords';
import type { AppDeps } from '../deps';
import { completeSetup, getSetupStatus } from './complete-setup';
import { recordInitialAuthorisation } from '../privacy/record-initial-authorisation';
import { polishDate } from '../../domain/calendar';

/** Fictional, well-known demo credentials: printed on the console, marked DEMO in the UI. */
export { DEMO_PASSWORD } from '../../domain/access/password-policy';
import { DEMO_PASSWORD } from '../../domain/access/password-policy';
import { createStaffMember } from '../staff/create-staff-member';
import type { StaffMemberCreate } from '../../contracts/staff.contract';
import type { CallContext } from '../context';

export const DEMO_ACCOUNTS: { role: Role; email: string; fullName: string }[] = [
  { role: 'ADMIN', email: 'admin@demo.reintegra.pl', fullName: 'Anna Administratorka (demo)' },
  { role: 'DIRECTOR', email: 'kierownik@demo.reintegra.pl', fullName: 'Krzysztof Kierownik (demo)' },
  { role: 'SOCIAL_WORKER', email: 'socjalny@demo.reintegra.pl', fullName: 'Zofia Socjalna (demo)' },
  { role: 'INSTRUCTOR', email: 'instruktor@demo.reintegra.pl', fullName: 'Ignacy Instruktor (demo)' },
  { role: 'ACCOUNTANT', email: 'ksiegowa@demo.reintegra.pl', fullName: 'Katarzyna Księgowa (demo)' },
];

/**
 * Creates the fictional demo centre with one account per role, unless it exists already.
 * Refuses to touch an instance that was set up for real.
 */
export async function seedDemo(deps: AppDeps): Promise<{ created: boolean }> {
  const status = await getSetupStatus(deps);
  if (!status.setupRequired) {
    if (!status.demo)
      throw new AppError('SETUP_ALREADY_DONE', {
        message:
          'Ta baza należy do prawdziwego centrum — dane demonstracyjne nie zostaną dodane. Użyj innego DATA_DIR.',
      });
    return { created: false };
  }
  const [admin, ...others] = DEMO_ACCOUNTS;
  const { centreId } = await completeSetup(
    deps,
    {
      centre: {
        type: 'CIS',
        name: 'Centrum Integracji Społecznej „Nowy Start” (DEMO)',
        regon: '999100200',
        nip: '9991002009',
        street: 'ul. Przykładowa',
        buildingNo: '1',
        flatNo: null,
        postalCode: '59-700',
        city: 'Bolesławiec',
        gminaCode: '0201011',
        email: 'cis@demo.reintegra.pl',
        phone: '+48 75 000 00 00',
        foundingInstitutionName: 'Stowarzyszenie „Razem” (fikcyjne)',
        foundingInstitutionType: 'NGO',
        statusDate: '2023-03-01',
      },
      admin: { fullName: admin!.fullName, email: admin!.email, password: DEMO_PASSWORD },
    },
    { ip: null },
    { demo: true },
  );

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await deps.db.transaction().execute(async (trx) => {
    for (const account of others) {
      const existing = await findUserByEmail(trx, account.email);
      const user =
        existing ??
        (await insertUser(trx, {
          email: account.email,
          full_name: account.fullName,
          password_hash: passwordHash,
        }));
      await insertMembership(trx, centreId, user.id, [account.role]);
      await recordInitialAuthorisation(trx, {
        centreId,
        userId: user.id,
        email: user.email,
        today: polishDate(deps.now()),
        source: 'DEMO',
      });
    }
  });
  const director = DEMO_ACCOUNTS.find((a) => a.role === 'DIRECTOR')!;
  const directorUser = await findUserByEmail(deps.db, director.email);
  const instructor = await findUserByEmail(
    deps.db,
    DEMO_ACCOUNTS.find((a) => a.role === 'INSTRUCTOR')!.email,
  );
  const { workshopIds } = await seedDemoPathway(
    deps,
    centreId,
    { id: directorUser!.id, email: director.email },
    instructor ? [instructor.id] : [],
  );
  // The centre's own account for the bank file (fictional), then two closed months to learn from.
  const centre = await findCentreById(deps.db, centreId);
  await deps.db
    .updateTable('centres')
    .set({
      settings: JSON.stringify({
        ...(centre!.settings as Record<string, unknown>),
        bankAccount: '55114020040000310012345678',
      }),
    })
    .where('id', '=', centreId)
    .execute();
  const accountant = DEMO_ACCOUNTS.find((a) => a.role === 'ACCOUNTANT')!;
  const accountantUser = await findUserByEmail(deps.db, accountant.email);
  await seedDemoMonths(
    deps,
    centreId,
    { id: directorUser!.id, email: director.email },
    { id: accountantUser!.id, email: accountant.email },
    workshopIds,
  );
  await seedDemoStaff(
    deps,
    centreId,
    { id: directorUser!.id, email: director.email },
    instructor?.id ?? null,
  );
  return { created: true };
}

/**
 * The demo centre's staff register (fictional people), so that its 1 : 10 check (art. 11 ust. 3) and the
 * annual report's staff part have something true to show: two instructors on employment contracts conduct
 * the classes, the director and the social worker do not, the accountant works half-time.
 */
async function seedDemoStaff(
  deps: AppDeps,
  centreId: string,
  director: { id: string; email: string },
  instructorUserId: string | null,
) {
  const ctx: CallContext = {
    actor: { userId: director.id, centreId, roles: ['DIRECTOR'] },
    actorEmail: director.email,
    ip: null,
  };
  const fromDate = '2023-03-01';
  const staff: StaffMemberCreate[] = [
    {
      fullName: 'Krzysztof Kierownik (demo)',
      sex: 'M',
      function: 'DIRECTOR',
      conductsClasses: false,
      fte: 1,
      userId: director.id,
    },
    {
      fullName: 'Zofia Socjalna (demo)',
      sex: 'F',
      function: 'SOCIAL_WORKER',
      conductsClasses: false,
      fte: 1,
      userId: null,
    },
    {
      fullName: 'Ignacy Instruktor (demo)',
      sex: 'M',
      function: 'INSTRUCTOR',
      conductsClasses: true,
      fte: 1,
      userId: instructorUserId,
    },
    {
      fullName: 'Halina Warsztatowa (demo)',
      sex: 'F',
      function: 'INSTRUCTOR',
      conductsClasses: true,
      fte: 1,
      userId: null,
    },
    {
      fullName: 'Katarzyna Księgowa (demo)',
      sex: 'F',
      function: 'FINANCE',
      conductsClasses: false,
      fte: 0.5,
      userId: null,
    },
  ].map(
    (m) => ({ ...m, basis: 'EMPLOYMENT_CONTRACT', fromDate, toDate: null, notes: null }) as StaffMemberCreate,
  );
  for (const member of staff) await createStaffMember(deps, ctx, member);
}
