import { existsSync } from 'node:fs';

/** Where the test services are; under CI=true every one of them is required (a missing one fails). */
export const isCi = process.env.CI === 'true';
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const e2eEnabled = hasChromium || isCi;
/** poppler-utils (pdftotext, pdftoppm) read generated PDFs back; required under CI=true. */
export const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
export const pdfChecksEnabled = hasPoppler || isCi;
