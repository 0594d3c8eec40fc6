import type { APIResponse } from '@playwright/test'

import { contentSecurityPolicy } from '../../src/config/content-security-policy'
import { expect, test } from '../fixtures'
import { browseSortAndPage, dataRows } from '../journeys/browse-list'

/**
 * The production build served by nginx as deploy/ configures it (e2e/nginx/serve-with-nginx.sh):
 * its headers, a cold deep link, the same-origin proxy to the API, and no CSP violation. The
 * fixtures fail any journey on a console error, so a violation fails it too.
 */
const ORG_ID = '5f1e0c6a9d3b2a0017c4e8a1'
const LIST_API = `/vendor-api/orgs/${ORG_ID}/audit-logs`

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers()
  // The policy of a same-origin API, exactly what the app's own policy module says.
  expect(headers['content-security-policy']).toBe(contentSecurityPolicy([]))
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['x-frame-options']).toBe('DENY')
}

test('every kind of response carries the security headers, and each is cached as it should be', async ({ request }) => {
  const index = await request.get('/')
  expect(index.status()).toBe(200)
  expectSecurityHeaders(index)
  expect(index.headers()['cache-control']).toBe('no-store')
  // Plain HTTP: no HSTS; behind a TLS-terminating proxy: HSTS.
  expect(index.headers()['strict-transport-security']).toBeUndefined()
  const overTls = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } })
  expect(overTls.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')

  const config = await request.get('/config.json')
  expectSecurityHeaders(config)
  expect(config.headers()['cache-control']).toBe('no-store')
  expect(await config.json()).toEqual({ source: 'losant', apiUrl: '/vendor-api', orgId: ORG_ID })

  const script = (await index.text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
  expect(script).toBeTruthy()
  const asset = await request.get(script!, { headers: { 'Accept-Encoding': 'gzip' } })
  expect(asset.status()).toBe(200)
  expectSecurityHeaders(asset)
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(asset.headers()['content-encoding']).toBe('gzip')
  expect(asset.headers()['content-type']).toContain('javascript')

  // A missing asset is a 404, not the app's HTML under a script's name.
  expect((await request.get('/assets/missing-0000.js')).status()).toBe(404)

  const api = await request.get(`${LIST_API}?perPage=1`)
  expect(api.status()).toBe(200)
  expectSecurityHeaders(api)
  expect(api.headers()['cache-control']).toBe('no-store')
  expect(api.headers()['set-cookie']).toBeUndefined()
})

test('a deep link to an entry opens it cold, through the SPA fallback', async ({ page, request }) => {
  const { items } = (await (await request.get(`${LIST_API}?perPage=1&page=3`)).json()) as { items: { id: string }[] }
  const id = items[0]!.id
  const response = await page.goto(`/settings/audit-logs/${id}`)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['cache-control']).toBe('no-store')
  const drawer = page.getByRole('dialog')
  await expect(drawer).toBeVisible()
  await expect(drawer.getByText(id).first()).toBeVisible()
  await expect(drawer.getByText('Request body')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(dataRows(page).first()).toBeVisible()
})

test('the page talks only to its own origin: the API goes through the proxy', async ({ page, baseURL }) => {
  const origins = new Set<string>()
  page.on('request', (request) => origins.add(new URL(request.url()).origin))
  await browseSortAndPage(page, {
    pathPrefix: '/vendor-api/orgs/',
    pathPattern: /^\/vendor-api\/orgs\/[0-9a-f]{24}\/audit-logs$/,
  })
  // Open an entry too, so its request and the JSON viewer run under the policy.
  await dataRows(page).first().locator('a.row-link').click()
  await expect(page.getByRole('dialog').getByText('Request body')).toBeVisible()
  expect([...origins]).toEqual([new URL(baseURL!).origin])
  await expect(page.getByLabel('Reading from')).toContainText(ORG_ID)
})
