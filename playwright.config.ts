import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { freePort } from './e2e/free-port.ts';

/**
 * The preview server's port: E2E_PORT when set, otherwise a port free now, so the suite runs beside
 * `npm start` (4321) or another checkout's suite. The runner picks it once and leaves it in the environment,
 * where the workers it starts (which load this file again) find it.
 */
process.env.E2E_PORT ||= String(await freePort());
export const PORT = Number(process.env.E2E_PORT);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * Playwright's own Chromium where it is installed; the system's (Debian's `chromium` package) where it
 * exists, since some machines cannot download browsers. CHROMIUM_PATH overrides both.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  // Locally a flaky test fails at once, so it gets fixed; CI retries, to ride out a slow shared machine,
  // and the report still names the test as flaky.
  retries: process.env.CI ? 2 : 0,
  fullyParallel: true,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Keep the browser from calling home on a closed network: its own traffic is not the site's.
          args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
        },
      },
    },
  ],
  // The tests run against the production build, served as a host would serve it.
  webServer: {
    // --ignore-lock: a preview server already running for this folder (`npm start`) must not stop this one.
    command: `npm run build && npm run preview -- --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    url: BASE_URL,
    // Never: a server already on the port is not this build's (another checkout's, or any program's), and
    // testing it would test something else. A busy E2E_PORT fails at once, saying so.
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      EVENTS_DIR: 'content/events',
      ASTRO_TELEMETRY_DISABLED: '1',
      // The same site from a shallow clone as from a whole one: histories are tested on repositories the tests make.
      GIT_HISTORY: 'off',
      // Event pages link to their file in the repository; a stand-in where package.json and CI name none.
      GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY || 'example/china-dprk-timeline',
    },
  },
});
