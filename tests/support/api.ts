import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/contracts/common';
import { CentreInputSchema } from '../../src/contracts/centre.contract';
import { completeSetup } from '../../src/app/setup/complete-setup';
import { addUserFromCli } from '../../src/app/users/add-user-from-cli';
import { insertCentre } from '../../src/db/centre.repository';
import { findUserByEmail, insertMembership } from '../../src/db/user.repository';
import { insertAuthorisation } from '../../src/db/privacy.repository';
import { nextAuthorisationNumber } from '../../src/app/privacy/authorisation-number';
import { DEFAULT_AUTHORISATION_SCOPE } from '../../src/contracts/privacy.contract';
import type { NewCentreRow } from '../../src/db/schema';
import { centreColumns } from '../../src/app/centres/centre-mapper';
import type { AppDeps } from '../../src/app/deps';
import { buildApp } from '../../src/http/app';
import { createDeps } from '../../src/main';
import { buildCentreInput } from '../factories/centre.factory';
import { createTestDb, type Engine } from './db';

export const TEST_PASSWORD = 'Zielony-Ogrod-2026!';

export interface ApiHarness {
  app: FastifyInstance;
  deps: AppDeps;
  close(): Promise<void>;
}

/** The real application on a private test database, driven through inject() (no port). */
export async function createApiHarness(engine: Engine = 'pglite'): Promise<ApiHarness> {
  const handle = await createTestDb(engine);
  const deps = createDeps(handle, { sessionIdleMinutes: 120, sessionAbsoluteHours: 12 });
  const app = await buildApp(deps, { logLevel: 'silent' });
  return {
    app,
    deps,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export class ApiClient {
  cookie: string | undefined;
  csrf: string | undefined;
  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: `reintegra_session=${this.cookie}` } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name === 'reintegra_session');
    if (setCookie) this.cookie = setCookie.value || undefined;
    if (response.statusCode === 200 && typeof response.json === 'function') {
      try {
        const json = response.json() as { csrfToken?: string };
        if (json && typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
      } catch {
        /* not JSON */
      }
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});

  async login(email: string, password = TEST_PASSWORD, totp?: string) {
    return this.post('/api/v1/auth/login', { email, password, ...(totp ? { totp } : {}) });
  }
}

let sequence = 0;
export const uniqueEmail = (prefix = 'user') =>
  `${prefix}.${Date.now().toString(36)}.${++sequence}@test.reintegra.pl`;

/** A centre with one account per requested role (the instance's first centre goes through setup). */
export async function seedCentre(
  deps: AppDeps,
  roles: Role[] = ['ADMIN', 'DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'],
  centre: Parameters<typeof buildCentreInput>[0] = {},
) {
  const input = CentreInputSchema.parse(buildCentreInput(centre));
  const status = await deps.db.selectFrom('instance').select('setup_completed_at').executeTakeFirst();
  let centreId: string;
  const accounts = {} as Record<Role, string>;
  if (!status?.setup_completed_at) {
    const adminEmail = uniqueEmail('admin');
    ({ centreId } = await completeSetup(
      deps,
      { centre: input, admin: { fullName: 'Admin Testowy', email: adminEmail, password: TEST_PASSWORD } },
      { ip: null },
    ));
    accounts.ADMIN = adminEmail;
  } else {
    const row = await insertCentre(deps.db, centreColumns(input, deps.gminas) as NewCentreRow);
    centreId = row.id;
  }
  for (const role of roles) {
    if (accounts[role]) continue;
    const email = uniqueEmail(role.toLowerCase());
    await addUserFromCli(deps, {
      centre: centreId,
      email,
      role,
      fullName: `Test ${role}`,
      password: TEST_PASSWORD,
    });
    accounts[role] = email;
    await authoriseAccount(deps, centreId, email);
  }
  return { centreId, accounts };
}

/**
 * Issues a written authorisation with a signed pledge (art. 8b ust. 4) to an account in a centre, as the
 * director would: test accounts can then reach participants' personal data (decision 0009).
 */
export async function authoriseAccount(deps: AppDeps, centreId: string, email: string): Promise<void> {
  const user = (await findUserByEmail(deps.db, email))!;
  const today = new Date().toISOString().slice(0, 10);
  await insertAuthorisation(deps.db, {
    centre_id: centreId,
    user_id: user.id,
    number: await nextAuthorisationNumber(deps.db, centreId, today),
    scope: DEFAULT_AUTHORISATION_SCOPE,
    issued_on: '2000-01-01',
    valid_from: '2000-01-01',
    pledge_signed_on: '2000-01-01',
    issued_by_name: 'test',
  });
}

/** Signs in a fresh client as the given account. */
export async function clientFor(app: FastifyInstance, email: string): Promise<ApiClient> {
  const client = new ApiClient(app);
  const response = await client.login(email);
  if (response.statusCode !== 200)
    throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  return client;
}

export { insertMembership };

/**
 * A centre with one signed-in client per role (filled into `clients`), plus the director of a second
 * centre for isolation checks; returns that outsider and the first centre's id.
 */
export async function signInEveryRole(
  h: ApiHarness,
  clients: Record<Role, ApiClient>,
): Promise<{ other: ApiClient; centreId: string }> {
  const a = await seedCentre(h.deps);
  for (const role of ['ADMIN', 'DIRECTOR', 'SOCIAL_WORKER', 'INSTRUCTOR', 'ACCOUNTANT'] as const)
    clients[role] = await clientFor(h.app, a.accounts[role]);
  const other = await clientFor(h.app, (await seedCentre(h.deps, ['DIRECTOR'])).accounts.DIRECTOR);
  return { other, centreId: a.centreId };
}
