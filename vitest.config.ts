import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Unit tests run the extension's code against an in-memory browser, never per-test mocks of it.
    alias: { 'webextension-polyfill': fileURLToPath(new URL('./tests/unit/support/browser.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/support/setup.ts'],
    testTimeout: 30_000,
  },
});
