import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/e2e/support/driver';

// Extension tests share one browser per worker; two cores fit one worker best.
// chromium: every spec (the Chromium-only ones use Playwright's page API and CDP);
// firefox: the browser-neutral specs in tests/e2e/cross/, over WebDriver BiDi.
export default defineConfig<{ engine: Engine }>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 45_000,
  expect: { timeout: 7_500 },
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', testDir: 'tests/e2e/cross', use: { engine: 'firefox' } },
  ],
});
