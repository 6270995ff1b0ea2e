import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  e2eEnabled,
  launchBrowser,
  setupDirectorThroughApi,
  signInThroughUi,
  startE2eServer,
} from '../support/e2e';

const PASSWORD = 'Trudne-Haslo-2026!';

/**
 * Issue #4 part 8 in Chromium: a CSV exported from Excel (Windows-1250, semicolons) with an error,
 * then fixed and imported.
 */
describe.skipIf(!e2eEnabled)('participant import in Chromium', { timeout: 90_000 }, () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'reintegra-import-'));
  const csv = (rows: string[]) => {
    const file = join(dir, `lista-${rows.length}-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(file, iconv.encode(['Imię;Nazwisko;PESEL;Miejscowość', ...rows].join('\r\n'), 'win1250'));
    return file;
  };

  beforeAll(async () => {
    server = await startE2eServer();
    await setupDirectorThroughApi(server.baseUrl, {
      fullName: 'Teresa Kierownik',
      email: 'kierownik@import.example.pl',
      password: PASSWORD,
    });
    browser = await launchBrowser();
    page = await signInThroughUi(browser, server.baseUrl, 'kierownik@import.example.pl', PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the error of each row in Polish and imports nothing until the file is clean', async () => {
    await page.getByRole('link', { name: 'Uczestnicy' }).click();
    await page.getByRole('link', { name: 'Import uczestników' }).click();
    await page.getByRole('heading', { name: 'Import uczestników z pliku' }).waitFor();
    await page
      .locator('#f-file')
      .setInputFiles(csv(['Łucja;Żółkiewska;85030512345;Bolesławiec', 'Jan;Kowalski;44051401358;Gdańsk']));
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByRole('heading', { name: 'Błędy w wierszach' }).waitFor();
    const errors = await page.locator('table').filter({ hasText: 'Wiersz' }).first().textContent();
    expect(errors).toContain('3');
    expect(errors).toMatch(/PESEL|cyfra kontrolna/);
    expect(await page.getByRole('button', { name: /^Importuj/ }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page
      .locator('#f-file')
      .setInputFiles(csv(['Łucja;Żółkiewska;85030512345;Bolesławiec', 'Jan;Kowalski;44051401359;Gdańsk']));
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByRole('button', { name: 'Importuj 2 osoby' }).click();
    await page.getByText('Zaimportowano 2 osoby.').waitFor();
    // It ran on the job queue (issue 13 item 8), recorded as the director's finished job with its result.
    const jobs = await (await page.request.get(`${server.baseUrl}/api/v1/jobs`)).json();
    expect(jobs.items[0]).toMatchObject({
      kind: 'participant-import',
      status: 'DONE',
      result: { imported: 2 },
    });
    await page.getByRole('link', { name: 'Przejdź do listy uczestników' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('2 osoby');
    expect(await page.getByRole('link', { name: 'Żółkiewska Łucja' }).count()).toBe(1);
  });
});
