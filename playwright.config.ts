import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';

/**
 * Playwright cannot download its own browser here, so the tests drive the
 * system Chromium (Debian's `chromium`), found on the PATH at run time.
 * Override with CHROMIUM_PATH.
 */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error(
    'No Chromium found on the PATH. Install it (apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

const port = Number(process.env.PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Browser tests wait on the network and timers more than on the CPU: three run well on two cores.
  workers: 3,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
        },
      },
    },
  ],
  // Tests run against the built site (dist/), never the dev server.
  webServer: {
    command: `node tests/e2e/support/serve.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
  },
});
