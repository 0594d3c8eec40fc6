import type { Page } from '@playwright/test'

/**
 * Credentials for a deployment come from the environment and go straight into the page, never
 * through a step, a log line or an assertion, so no report, trace or screenshot can hold them
 * (the smoke project also turns traces and screenshots off).
 *
 * E2E_API_TOKEN: an API token, put into the tab as the Connection page's "Remember for this tab"
 * does (sessionStorage, gone with the tab); the deployment's own config.json still says which
 * source, API and organization to read.
 */
export async function useDeploymentCredentials(page: Page) {
  const token = process.env.E2E_API_TOKEN
  if (!token) return
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('audit-dashboard.connection')) {
      sessionStorage.setItem(
        'audit-dashboard.connection',
        JSON.stringify({ layer: { token: value }, demo: false, remember: true }),
      )
    }
  }, token)
}
