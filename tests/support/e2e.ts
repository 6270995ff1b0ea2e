import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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
  return { baseUrl: address, close: async () => { await app.close(); await handle.close(); } };
}

/** Debian's Chromium through playwright-core (never a downloaded browser). */
export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium) throw new Error(`Chromium not found at ${chromiumPath}${isCi ? ' (required under CI=true)' : ''}`);
  const profile = mkdtempSync(join(tmpdir(), 'reintegra-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', `--user-data-dir=${profile}`,
    ].filter((a) => !a.startsWith('--user-data-dir')),
  });
  browser.on('disconnected', () => rmSync(profile, { recursive: true, force: true }));
  return browser;
}
