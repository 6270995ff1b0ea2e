import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildCentreInput } from '../factories/centre.factory';
import { e2eEnabled, launchBrowser, startE2eServer } from '../support/e2e';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'Trudne-Haslo-2026!';

describe.skipIf(!e2eEnabled)('benefit calculator in Chromium', { timeout: 60_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer();
    const setup = await fetch(`${server.baseUrl}/api/v1/setup`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ centre: buildCentreInput(), admin: { fullName: 'Ada Admin', email: 'ada@cis.example.pl', password: PASSWORD } }),
    });
    expect(setup.status).toBe(201);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await page.goto(server.baseUrl);
    await page.getByLabel('E-mail').fill('ada@cis.example.pl');
    await page.getByLabel('Hasło').fill(PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await page.getByRole('heading', { name: /Witaj/ }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('computes July 2025 with one sick day and explains it, citing the article', async () => {
    await page.getByRole('link', { name: 'Świadczenie' }).click();
    await page.getByRole('heading', { name: 'Świadczenie integracyjne' }).waitFor();
    await page.locator('#f-month').fill('2025-07');
    await page.getByLabel(/^Data przyjęcia/).fill('2025-03-01');
    await page.getByLabel('Status dnia 2025-07-02').selectOption('sick');
    await page.getByRole('button', { name: 'Oblicz' }).click();
    const result = page.getByRole('region', { name: 'Do wypłaty' });
    await result.waitFor();
    const text = (await result.textContent())!.replace(/\u00a0|\u202f/g, ' ');
    expect(text).toContain('2014,62 zł'); // Polish CLDR does not group four-digit amounts
    expect(text).toContain('51,66 zł');
    expect(text).toMatch(/art\. 15/);

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    expect(violations.violations.map((v) => v.id)).toEqual([]);
  });
});
