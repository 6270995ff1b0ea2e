import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';

const EMAIL = 'ola@cis.example.pl';
const PASSWORD = 'Trudne-Haslo-2026!';

/** RFC 6238 (SHA-1, 6 digits, 30 s) written here from the RFC, not taken from the server's library. */
function totp(secretBase32: string, step: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secretBase32.replace(/[\s=]/g, '').toUpperCase())
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => Number.parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}
const stepNow = () => Math.floor(Date.now() / 30_000);

/**
 * Two-factor sign-in as a user sets it up: the account page shows the key, a short or wrong code is
 * refused at the field, the right one turns it on; the next sign-in asks for a code, refuses the code
 * already used (a replay) and takes the next one.
 */
describe.skipIf(!e2eEnabled)('two-factor sign-in in Chromium', { timeout: 90_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;
  let secret = '';
  let used = 0;

  beforeAll(async () => {
    server = await startE2eServer();
    await setupThroughApi(server.baseUrl, { fullName: 'Ola Admin', email: EMAIL, password: PASSWORD });
    browser = await launchBrowser();
    page = await signInThroughUi(browser, server.baseUrl, EMAIL, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is turned on from the account page with a code from the key shown', async () => {
    await page.getByRole('link', { name: 'Moje konto' }).click();
    await page.getByRole('button', { name: 'Włącz uwierzytelnianie dwuskładnikowe' }).click();
    secret = (await page.locator('figure.qr figcaption code').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await axeViolations(page)).toEqual([]);
    const code = page.getByLabel('Kod z aplikacji');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/me/totp/confirm')) sent.push(r.url());
    });
    await code.fill('12345');
    await page.getByRole('button', { name: 'Potwierdź' }).click();
    await expect.poll(() => page.locator('#f-code-error').textContent()).toMatch(/\S/);
    expect(sent).toEqual([]);
    // A six-digit code of none of the steps the server accepts (now and one either side).
    const near = [-1, 0, 1].map((d) => totp(secret, stepNow() + d));
    const wrong = ['000000', '111111', '222222'].find((c) => !near.includes(c))!;
    await code.fill(wrong);
    await page.getByRole('button', { name: 'Potwierdź' }).click();
    await expect.poll(() => sent.length).toBe(1);
    await expect.poll(() => page.locator('#f-code-error').textContent()).toMatch(/\S/);
    used = stepNow();
    await code.fill(totp(secret, used));
    await page.getByRole('button', { name: 'Potwierdź' }).click();
    await page.getByText('Uwierzytelnianie dwuskładnikowe zostało włączone.').waitFor();
    await page.getByText('Włączone.', { exact: true }).waitFor();
  });

  it('asks for a code at the next sign-in, refuses the one already used, takes the next', async () => {
    await page.getByRole('button', { name: 'Wyloguj', exact: true }).first().click();
    await page.getByLabel('E-mail').fill(EMAIL);
    await page.getByLabel('Hasło').fill(PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    const code = page.getByLabel('Kod z aplikacji uwierzytelniającej');
    await code.waitFor();
    await code.fill(totp(secret, used));
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/kod/i);
    expect(await page.getByRole('heading', { name: /Witaj/ }).count()).toBe(0);
    await code.fill(totp(secret, used + 1));
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await page.getByRole('heading', { name: /Witaj/ }).waitFor();
  });
});
