import { describe, expect, it } from 'vitest';
import { hasChromium, isCi, testDatabaseUrl } from './env';

// Under CI=true a missing service is a failure, never a silent skip.
describe.runIf(isCi)('CI has every test service', () => {
  it('has a PostgreSQL for the db tests (TEST_DATABASE_URL)', () => {
    expect(testDatabaseUrl, 'TEST_DATABASE_URL must be set under CI').toBeTruthy();
  });
  it('has Debian Chromium for the e2e tests', () => {
    expect(hasChromium, '/usr/bin/chromium must exist under CI').toBe(true);
  });
});
