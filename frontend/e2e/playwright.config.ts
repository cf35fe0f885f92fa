import { defineConfig, devices } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';
import { join } from 'node:path';

/**
 * Browser journeys run against the real Préau (API + worker + built web app) on a test database.
 * Chromium is Debian's: Playwright cannot download its own browser on these machines.
 */
const port = Number(process.env['PREAU_E2E_PORT'] ?? 3100);
const baseURL = process.env['BASE_URL'] ?? `http://127.0.0.1:${port}`;
const results = process.env['PREAU_TEST_RESULTS'];

export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, 'tmp/playwright/output'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: results ? [['list'], ['json', { outputFile: join(results, 'playwright.json') }]] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: 'node frontend/e2e/serve.mjs',
        url: `${baseURL}/`,
        reuseExistingServer: false,
        cwd: workspaceRoot,
        timeout: 120_000,
        env: { PORT: String(port) },
      },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
});
