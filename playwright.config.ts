import type { PlaywrightTestConfig, Project } from '@playwright/test'
import { defineConfig, devices } from '@playwright/test'

import { DEMO_PORT, MOCK_API_PORT, MOCK_API_URL, NGINX_PORT, OIDC_ISSUER, PREVIEW_PORT } from './e2e/ports'
import { UNRELATED_BUILD_VARIABLE } from './e2e/production/unrelated-build-variable'

/**
 * E2E journeys in Debian's Chromium (Playwright's own browser downloads are not available here),
 * on production builds under `vite preview` (with their Content-Security-Policy header):
 * - `demo`: a build on the built-in demo API (msw service worker), as `npm run dev` serves it.
 * - `production`: a build reading the standalone mock API over real HTTP; faults are injected
 *   with page.route.
 * - `sign-in`: the same build, given OpenID Connect settings by a config.json each journey serves,
 *   signing in with a real OpenID provider (oidc-provider, e2e/sign-in/oidc-test-provider.ts).
 * Not the dev server: on a 2-core machine running two browsers, its on-demand transforms and
 * React's development build made first visits slow enough to outlast the assertions' timeouts.
 */
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
const productionEnv = {
  VITE_AUDIT_API_URL: MOCK_API_URL,
  VITE_AUDIT_ORG_ID: DEMO_ORG_ID,
  VITE_AUDIT_API_TOKEN: '',
  VITE_AUDIT_SOURCE: 'losant',
  // Not the app's: it must not reach the bundle (e2e/production/build-contents.spec.ts).
  [UNRELATED_BUILD_VARIABLE.name]: UNRELATED_BUILD_VARIABLE.value,
  VITE_AUDIT_OIDC_AUTHORITY: '',
  // The sign-in journeys give this build an OIDC authority in config.json: its token endpoint is
  // in the policy, as a deployment that signs in must list it (README, "Signing in").
  AUDIT_CSP_CONNECT_SRC: OIDC_ISSUER,
}

/**
 * The QA smoke suite (e2e/smoke/): read-only journeys that hold for any deployment's data. With
 * E2E_BASE_URL it runs alone against that deployment; otherwise against the production build on
 * the mock API, with the other projects. Credentials come from the environment (E2E_API_TOKEN)
 * and no trace, screenshot or video is kept, so none can hold them.
 */
const deploymentUrl = process.env.E2E_BASE_URL
const smoke: Project = {
  name: 'smoke',
  testMatch: /smoke\/.*\.spec\.ts/,
  use: {
    ...chromium,
    baseURL: deploymentUrl ?? `http://127.0.0.1:${PREVIEW_PORT}`,
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
}

const localProjects: Project[] = [
  {
    name: 'demo',
    testIgnore: /(production|nginx|smoke|sign-in)\//,
    use: { ...chromium, baseURL: `http://127.0.0.1:${DEMO_PORT}` },
  },
  {
    name: 'production',
    testMatch: /production\/.*\.spec\.ts/,
    use: { ...chromium, baseURL: `http://127.0.0.1:${PREVIEW_PORT}`, serviceWorkers: 'block' },
  },
  {
    name: 'sign-in',
    testMatch: /sign-in\/.*\.spec\.ts/,
    use: { ...chromium, baseURL: `http://127.0.0.1:${PREVIEW_PORT}`, serviceWorkers: 'block' },
  },
  {
    name: 'nginx',
    testMatch: /nginx\/.*\.spec\.ts/,
    use: { ...chromium, baseURL: `http://127.0.0.1:${NGINX_PORT}`, serviceWorkers: 'block' },
  },
]

type WebServer = Exclude<PlaywrightTestConfig['webServer'], unknown[] | undefined>

/** Each local server, with the projects that need it. */
const localServers: { for: string[]; server: WebServer }[] = [
  {
    for: ['demo'],
    server: {
      command: `vite build --outDir dist-e2e-demo --emptyOutDir && vite preview --outDir dist-e2e-demo --host 127.0.0.1 --port ${DEMO_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEMO_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: demoEnv,
    },
  },
  {
    for: ['production', 'sign-in', 'nginx', 'smoke'],
    server: {
      command: 'npm run mock-api',
      url: `${MOCK_API_URL}/orgs/${DEMO_ORG_ID}/audit-logs?perPage=1`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { MOCK_API_PORT: String(MOCK_API_PORT) },
    },
  },
  {
    for: ['production', 'sign-in', 'smoke'],
    server: {
      command: `vite build --outDir dist-e2e --emptyOutDir && vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: productionEnv,
    },
  },
  {
    for: ['sign-in'],
    server: {
      // A real OpenID Connect provider for the sign-in journeys (e2e/sign-in/).
      command: 'tsx e2e/sign-in/oidc-test-provider.ts',
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  },
  {
    for: ['nginx'],
    server: {
      // deploy/'s nginx set-up with Debian's nginx, proxying to the mock API (e2e/nginx/).
      command: `bash e2e/nginx/serve-with-nginx.sh ${NGINX_PORT} ${MOCK_API_URL} ${DEMO_ORG_ID}`,
      url: `http://127.0.0.1:${NGINX_PORT}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
  },
]

/**
 * E2E_PROJECTS=demo (or a comma list) runs those projects and starts only the servers they use,
 * so working on one journey does not build and start everything.
 */
const wanted = process.env.E2E_PROJECTS?.split(',').map((name) => name.trim())
const selectedProjects = [...localProjects, smoke].filter((project) => !wanted || wanted.includes(project.name!))
const selectedServers = localServers
  .filter((entry) => entry.for.some((name) => selectedProjects.some((project) => project.name === name)))
  .map((entry) => entry.server)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // In CI a hung app cannot hold the run: the whole run has 17 minutes (builds and servers
  // included, the report still written), and a broken build stops after ten failures instead of
  // timing out test by test.
  globalTimeout: process.env.CI ? 17 * 60_000 : undefined,
  maxFailures: process.env.CI ? 10 : undefined,
  // Sized for a 2-core machine running two browsers, each with the demo API on its main thread:
  // a slow step waits longer, a wrong one still fails.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: deploymentUrl ? [smoke] : selectedProjects,
  // Against a deployment nothing local is started.
  webServer: deploymentUrl ? [] : selectedServers,
})
