import type { Page } from '@playwright/test'

import { expect, test } from '../fixtures'
import { MOCK_API_URL, OIDC_ISSUER } from '../ports'
import { CLIENT_ID, TEST_USER } from './test-provider-settings'

/**
 * Signing in with a real OpenID provider (oidc-provider, started by Playwright): the production
 * build reads its OpenID Connect settings from the config.json each journey serves.
 */
const LIST = '/settings/audit-logs'
const rows = (page: Page) => page.getByRole('table', { name: 'Audit logs' }).locator('tbody tr[data-row-id]')

interface Watch {
  /** Every access and refresh token the provider issued, in order. */
  accessTokens: string[]
  refreshTokens: string[]
  /** The Authorization header of every request to the audit API, in order. */
  apiAuthorizations: (string | undefined)[]
  console: string[]
}

async function setUp(page: Page, scope = 'PM.Audit.Read offline_access'): Promise<Watch> {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { oidcAuthority: OIDC_ISSUER, oidcClientId: CLIENT_ID, oidcScope: scope } }),
  )
  const watch: Watch = { accessTokens: [], refreshTokens: [], apiAuthorizations: [], console: [] }
  page.on('console', (message) => watch.console.push(message.text()))
  page.on('request', (request) => {
    if (request.url().startsWith(MOCK_API_URL) && request.method() === 'GET') {
      watch.apiAuthorizations.push(request.headers().authorization)
    }
  })
  page.on('response', async (response) => {
    if (response.url() !== `${OIDC_ISSUER}/token` || !response.ok()) return
    // A renewal's answer can still be in flight when the page leaves (signing out).
    const body = (await response.json().catch(() => undefined)) as
      { access_token: string; refresh_token?: string } | undefined
    if (!body) return
    watch.accessTokens.push(body.access_token)
    if (body.refresh_token) watch.refreshTokens.push(body.refresh_token)
  })
  return watch
}

/** From the app's "Sign in" state through the provider's login and consent pages. */
async function signIn(page: Page, consent: 'Allow' | 'Deny' = 'Allow', button = 'Sign in') {
  await page.getByRole('button', { name: button }).click()
  await page.getByLabel('Username').fill(TEST_USER.login)
  await page.getByLabel('Password').fill(TEST_USER.password)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: consent }).click()
}

/** No token in the address bar, in web storage or in anything the page logged. */
async function expectTokensKeptInMemory(page: Page, watch: Watch) {
  const storage = await page.evaluate(() =>
    JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
  )
  const tokens = [...watch.accessTokens, ...watch.refreshTokens]
  expect(tokens.length).toBeGreaterThan(0)
  for (const token of tokens) {
    expect(page.url()).not.toContain(token)
    expect(storage).not.toContain(token)
    expect(watch.console.join('\n')).not.toContain(token)
  }
}

test('sign in, read the list with the issued token, sign out', async ({ page }) => {
  const watch = await setUp(page)
  await page.goto(`${LIST}?size=25`)
  await expect(page.getByRole('heading', { name: 'Sign in to read the audit logs' })).toBeVisible()
  expect(watch.apiAuthorizations).toEqual([])

  await signIn(page)
  await expect(rows(page)).toHaveCount(25)
  // Back where the person started, with the code and state gone from the address bar.
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${LIST}?size=25`)
  await expect(page.getByRole('group', { name: 'Your account' })).toContainText(`Signed in as ${TEST_USER.name}`)
  // Every request carried a token the provider issued (renewals come every few seconds here).
  expect(watch.refreshTokens.length).toBeGreaterThan(0)
  expect(watch.apiAuthorizations.length).toBeGreaterThan(0)
  // Polled: a renewed token can reach the API before this page's read of the provider's answer
  // (response.json() above) has recorded it.
  const notIssued = () => {
    const issued = new Set(watch.accessTokens.map((token) => `Bearer ${token}`))
    return watch.apiAuthorizations.filter((authorization) => !issued.has(authorization!))
  }
  await expect.poll(notIssued).toEqual([])
  expect(watch.apiAuthorizations[0]).toBe(`Bearer ${watch.accessTokens[0]}`)
  await page.screenshot({ path: 'test-results/sign-in/signed-in-header.png' })
  await expectTokensKeptInMemory(page, watch)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Yes, sign me out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in to read the audit logs' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Your account' })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/sign-in/sign-in-state.png' })
  // The provider's session ended too: signing in asks for the password again.
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Password')).toBeVisible()
})

test('a refused consent says so, and signing in again works', async ({ page }) => {
  const watch = await setUp(page)
  await page.goto(`${LIST}?size=25`)
  await signIn(page, 'Deny')
  await expect(page.getByRole('alert')).toContainText('Sign-in was cancelled')
  expect(new URL(page.url()).search).toBe('?size=25')
  expect(page.url()).not.toContain('error=')
  expect(watch.accessTokens).toEqual([])

  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Allow' }).click()
  await expect(rows(page)).toHaveCount(25)
})

test.describe('a refused token', () => {
  // Chromium logs each 401 it is served; here they are the point.
  test.use({ expectedConsoleErrors: [/Failed to load resource.*401/] })

  test('is renewed with the refresh token, and the page carries on', async ({ page }) => {
    const watch = await setUp(page)
    const refused = new Set<string>()
    await page.route(`${MOCK_API_URL}/**`, (route) => {
      const authorization = route.request().headers().authorization ?? ''
      if (!refused.has(authorization)) return route.continue()
      return route.fulfill({
        status: 401,
        json: { type: 'Unauthorized', message: 'Token expired' },
        headers: { 'Access-Control-Allow-Origin': '*' },
      })
    })
    await page.goto(LIST)
    await signIn(page)
    await expect(rows(page).first()).toBeVisible()
    // The server now says the token has expired (early, as a revoked token would be).
    for (const token of watch.accessTokens) refused.add(`Bearer ${token}`)
    const before = watch.apiAuthorizations.length
    await page.getByRole('button', { name: /next page/i }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(rows(page).first()).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    const last = watch.apiAuthorizations.at(-1)!
    expect(refused.has(last)).toBe(false)
    expect(watch.apiAuthorizations.slice(before)).toContain(last)
    expect(watch.accessTokens.length).toBeGreaterThan(1)
    await expectTokensKeptInMemory(page, watch)
  })

  test('without a refresh token asks to sign in again, and comes back to the same view', async ({ page }) => {
    const watch = await setUp(page, 'PM.Audit.Read')
    // The server refuses the token from the third page on (Losant counts pages from 0).
    let refuse = true
    await page.route(`${MOCK_API_URL}/**`, (route) =>
      refuse && new URL(route.request().url()).searchParams.get('page') === '2'
        ? route.fulfill({
            status: 401,
            json: { type: 'Unauthorized', message: 'Token expired' },
            headers: { 'Access-Control-Allow-Origin': '*' },
          })
        : route.continue(),
    )
    await page.goto(`${LIST}?size=25`)
    await signIn(page)
    await expect(rows(page)).toHaveCount(25)
    expect(watch.refreshTokens).toEqual([])

    // The second page shows; fetching the third ahead of time meets the 401.
    await page.getByRole('button', { name: /next page/i }).click()
    await expect(page.getByRole('alert')).toContainText(`Your session as ${TEST_USER.name} has ended`)
    expect(new URL(page.url()).search).toBe('?page=2&size=25')

    refuse = false
    // The provider remembers the person and their consent: straight back, same view.
    await page.getByRole('button', { name: 'Sign in again' }).click()
    await expect(rows(page)).toHaveCount(25)
    expect(new URL(page.url()).search).toBe('?page=2&size=25')
    expect(watch.accessTokens).toHaveLength(2)
    expect(watch.apiAuthorizations.at(-1)).toBe(`Bearer ${watch.accessTokens[1]}`)
    await expectTokensKeptInMemory(page, watch)
  })
})

test('a long export keeps going through a renewal, and later pages carry the new token', async ({ page }) => {
  test.setTimeout(120_000)
  const watch = await setUp(page)
  const exportAuthorizations: string[] = []
  await page.route(`${MOCK_API_URL}/**`, async (route) => {
    const url = new URL(route.request().url())
    if (Number(url.searchParams.get('perPage')) >= 500) {
      exportAuthorizations.push(route.request().headers().authorization ?? '')
      // A slow server: the export (four pages at a time, then the fifth) outlasts a renewal of
      // the access token (every few seconds here).
      await new Promise((resolve) => setTimeout(resolve, 6_000))
    }
    return route.continue()
  })
  await page.goto(`${LIST}?range=1y`)
  await signIn(page)
  await expect(rows(page).first()).toBeVisible()
  const range = await page.getByRole('navigation', { name: 'Pagination' }).getByText(/ of /).innerText()
  const total = Number(range.split(' of ')[1]!.replace(/,/g, ''))

  await page.getByRole('button', { name: 'Export CSV' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export CSV' })
  const downloading = page.waitForEvent('download', { timeout: 100_000 })
  await dialog.getByRole('button', { name: 'Export CSV' }).click()
  await downloading
  // The checksum line is a second status region, and may still be computing.
  await expect(dialog.getByRole('status').filter({ hasText: 'Exported' })).toContainText(
    `Exported ${total.toLocaleString('en-US')}`,
  )
  expect(new Set(exportAuthorizations).size).toBeGreaterThan(1)

  // The list did not start over, and what it fetches next carries the newest token.
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /next page/i }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(rows(page).first()).toBeVisible()
  await expect.poll(() => watch.apiAuthorizations.at(-1)).toBe(`Bearer ${watch.accessTokens.at(-1)}`)
  await expectTokensKeptInMemory(page, watch)
})
