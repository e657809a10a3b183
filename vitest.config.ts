import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          setupFiles: ['test/setup/i18n.ts'],
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        // Real Chromium with the built extension against the modeled tool pages. One browser at a time on 2 cores.
        test: {
          name: 'e2e',
          // Node-side expectations built with the pure functions (a copied summary) read the same English messages.
          setupFiles: ['test/setup/i18n.ts'],
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
