import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildCentreInput } from '../factories/centre.factory';
import { buildApp } from '../../src/http/app';
import { createDeps, WEB_DIR } from '../../src/main';
import { createTestDb } from './db';
import { chromiumPath, e2eEnabled as enabled, hasChromium, isCi } from './env';

/** Browser tests run where Chromium is installed, and always under CI (where its absence fails them). */
export const e2eEnabled = enabled;

/** The real server (API + built web client) on a random port over a fresh database. */
export async function startE2eServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const handle = await createTestDb('pglite');
  const deps = createDeps(handle, { sessionIdleMinutes: 120, sessionAbsoluteHours: 12 });
  const app = await buildApp(deps, { webDir: WEB_DIR, logLevel: 'silent' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: address,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** Debian's Chromium through playwright-core (never a downloaded browser). */
export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium)
    throw new Error(`Chromium not found at ${chromiumPath}${isCi ? ' (required under CI=true)' : ''}`);
  const profile = mkdtempSync(join(tmpdir(), 'reintegra-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--user-data-dir=${profile}`,
    ].filter((a) => !a.startsWith('--user-data-dir')),
  });
  browser.on('disconnected', () => rmSync(profile, { recursive: true, force: true }));
  return browser;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A/AA) on the page; returns the violations, readable in a failure message. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an inline <script> would be (rightly) refused by the CSP.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Completes first-run setup through the API (for tests that start after it). */
export async function setupThroughApi(
  baseUrl: string,
  admin: { fullName: string; email: string; password: string },
  centre: Parameters<typeof buildCentreInput>[0] = {},
): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ centre: buildCentreInput(centre), admin }),
  });
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${await response.text()}`);
}

/** Opens a page and signs in through the login form, waiting for the home page. */
export async function signInThroughUi(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'pl-PL' });
  page.setDefaultTimeout(10_000);
  await page.goto(baseUrl);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Hasło').fill(password);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await page.getByRole('heading', { name: /Witaj/ }).waitFor();
  return page;
}

/**
 * Setup through the API with the first account as administrator and director (a small centre);
 * returns a JSON caller signed in as that account, for preparing data the test is not about.
 */
export async function setupDirectorThroughApi(
  baseUrl: string,
  admin: { fullName: string; email: string; password: string },
  centre: Parameters<typeof buildCentreInput>[0] = {},
) {
  await setupThroughApi(baseUrl, admin, centre);
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  const me = (await login.json()) as { user: { id: string }; csrfToken: string };
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const call = async <T = any>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': me.csrfToken,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  await call('PATCH', `/api/v1/users/${me.user.id}`, { roles: ['ADMIN', 'DIRECTOR'] });
  return call;
}

/** After a failed test, a full-page screenshot into `dir` (its path is printed for the person reading the log). */
export async function screenshotOnFailure(
  ctx: { task: { name: string; result?: { state?: string } } },
  page: Page | undefined,
  dir: string,
) {
  if (ctx.task.result?.state !== 'fail' || !page) return;
  const shot = join(dir, `failure-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.error(`screenshot of the failure: ${shot}`);
}
