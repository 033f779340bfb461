import { defineConfig } from 'vitest/config';

// The end-to-end suites spawn the real binary dozens of times per test. On a loaded two-core
// machine one spawn can take a second, so vitest's 5 s default fails tests that are fine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['test/helpers/table-width.ts', 'test/helpers/language.ts'],
  },
});
