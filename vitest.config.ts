import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Browser and API polls wait for the server under load (2 cores, CI); the default 1 s is too tight.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    hookTimeout: 180_000,
    maxWorkers: 2,
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/count-reporter.ts'],
  },
});
