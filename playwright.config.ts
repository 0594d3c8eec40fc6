import { defineConfig, devices } from '@playwright/test'

/**
 * E2E journeys in Debian's Chromium (Playwright's own browser downloads are not available here).
 * - `demo`: the dev server on the built-in demo API (msw service worker).
 * - `production`: the production build under `vite preview` (with its Content-Security-Policy
 *   header) reading the standalone mock API over real HTTP; faults are injected with page.route.
 */
const DEV_PORT = 5173
const PREVIEW_PORT = 4173
const MOCK_API_PORT = 8787
export const MOCK_API_URL = `http://127.0.0.1:${MOCK_API_PORT}`
const DEMO_ORG_ID = '5f1e0c6a9d3b2a0017c4e8a1'
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const chromium = {
  ...devices['Desktop Chrome'],
  locale: 'en-US',
  timezoneId: 'UTC',
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
}

// The journeys run on the demo API whatever the developer's own environment says.
const demoEnv = { VITE_AUDIT_API_URL: '', VITE_AUDIT_ORG_ID: '', VITE_AUDIT_API_TOKEN: '', VITE_AUDIT_SOURCE: 'losant' }
const productionEnv = { VITE_AUDIT_API_URL: MOCK_API_URL, VITE_AUDIT_ORG_ID: DEMO_ORG_ID, VITE_AUDIT_API_TOKEN: '', VITE_AUDIT_SOURCE: 'losant' }

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'demo',
      testIgnore: /production\//,
      use: { ...chromium, baseURL: `http://127.0.0.1:${DEV_PORT}` },
    },
    {
      name: 'production',
      testMatch: /production\/.*\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${PREVIEW_PORT}`, serviceWorkers: 'block' },
    },
  ],
  webServer: [
    {
      command: `npm run dev -- --host 127.0.0.1 --port ${DEV_PORT}`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: demoEnv,
    },
    {
      command: 'npm run mock-api',
      url: `${MOCK_API_URL}/orgs/${DEMO_ORG_ID}/audit-logs?perPage=1`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { MOCK_API_PORT: String(MOCK_API_PORT) },
    },
    {
      command: `vite build --outDir dist-e2e --emptyOutDir && vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: productionEnv,
    },
  ],
})
