import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/count-reporter.ts'],
  },
});
