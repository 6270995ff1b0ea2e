import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eEnabled, launchBrowser, startE2eServer } from '../support/e2e';

/** The Content-Security-Policy as a real browser enforces it: the web client and Swagger UI still work. */
describe.skipIf(!e2eEnabled)('CSP in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records every CSP violation the browser reports. */
  async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
    const page = await browser.newPage({ locale: 'pl-PL' });
    page.setDefaultTimeout(10_000);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    return { page, violations };
  }

  it('runs the web client with no CSP violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { name: 'Pierwsze uruchomienie' }).waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('renders Swagger UI at /api/docs with no CSP violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.baseUrl}/api/docs/`);
    // Swagger UI's bundle is large: on a busy 2-core machine it can take well over the default 5 s to draw.
    await expect
      .poll(
        () =>
          page
            .locator('.info .title')
            .first()
            .textContent()
            .catch(() => ''),
        { timeout: 45_000 },
      )
      .toContain('Reintegra API');
    // Every operation of the OpenAPI document is drawn (the bundle ran and fetched the document).
    await expect.poll(() => page.locator('.opblock').count(), { timeout: 45_000 }).toBeGreaterThan(50);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('refuses to be framed by another page', async () => {
    const { page } = await watchedPage();
    await page.setContent(`<iframe src="${server.baseUrl}/api/health"></iframe>`);
    await page.waitForTimeout(500);
    const framed = page.frames().find((f) => f.url().startsWith(server.baseUrl));
    const text = framed ? await framed.evaluate(() => document.body?.textContent ?? '').catch(() => '') : '';
    expect(text).not.toContain('status');
    await page.close();
  });
});
