import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Page } from '@playwright/test'

import { expect, test } from '../fixtures'
import { dataRows } from '../journey-helpers'
import { browseSortAndPage } from '../journeys/browse-list'

/** The build the `production` project serves (its webServer's `--outDir` in playwright.config.ts). */
const DIST = fileURLToPath(new URL('../../dist-e2e/', import.meta.url))
const ASSETS = `${DIST}assets/`

/**
 * The build's chunks that hold the demo API, found by their source maps: any chunk built from
 * src/mocks/ or from msw. Named by content, not by file name, so a renamed or split chunk is
 * still found.
 */
function demoApiChunks(): string[] {
  return readdirSync(ASSETS)
    .filter((file) => file.endsWith('.js.map'))
    .filter((file) => {
      const { sources } = JSON.parse(readFileSync(ASSETS + file, 'utf8')) as { sources: string[] }
      return sources.some((source) => /\/src\/mocks\/|\/node_modules\/(msw|@mswjs)\//.test(source))
    })
    .map((file) => `/assets/${file.replace(/\.map$/, '')}`)
}

/** Every path the page asks for, from the first request on: documents, scripts, API calls. */
function recordRequests(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request) => paths.push(new URL(request.url()).pathname))
  return paths
}

test('on a build with a real API, the demo API is never downloaded: not its code, not its worker', async ({ page }) => {
  const demoChunks = demoApiChunks()
  // The search finds the demo API's chunk, so an empty list below cannot mean "found nothing".
  expect(demoChunks.length, 'the build has a demo API chunk').toBeGreaterThan(0)
  const requested = recordRequests(page)

  // An admin lists, sorts and pages, then opens an entry and closes it.
  await browseSortAndPage(page, {
    pathPrefix: '/orgs/',
    pathPattern: /^\/orgs\/[0-9a-f]{24}\/audit-logs$/,
  })
  await dataRows(page).first().locator('a.row-link').click()
  const drawer = page.getByRole('dialog', { name: /^Audit log / })
  await expect(drawer.getByRole('heading', { level: 2 })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)

  const scripts = requested.filter((path) => path.endsWith('.js'))
  // The listener sees chunks loaded on demand (the decoder, the drawer), as it would the demo API's.
  expect(scripts).toContainEqual(expect.stringMatching(/^\/assets\/losant-decoder-[\w-]+\.js$/))
  expect(scripts).toContainEqual(expect.stringMatching(/^\/assets\/audit-log-drawer-[\w-]+\.js$/))
  // Each of them is a file of the build searched above, or one index.html loads from beside it.
  const built = new Set([
    ...readdirSync(ASSETS).map((file) => `/assets/${file}`),
    ...readdirSync(DIST).map((file) => `/${file}`),
  ])
  expect(scripts.filter((path) => !built.has(path))).toEqual([])

  expect(scripts.filter((path) => demoChunks.includes(path))).toEqual([])
  expect(requested.filter((path) => path.endsWith('/mockServiceWorker.js'))).toEqual([])
  expect(requested.filter((path) => path.startsWith('/demo-api/'))).toEqual([])
})

test('the header says which API and organization the page reads', async ({ page }) => {
  await page.goto('/settings/audit-logs')
  await expect(page.getByLabel('Reading from')).toContainText('Losant')
  await expect(page.getByLabel('Reading from')).toContainText('5f1e0c6a9d3b2a0017c4e8a1')
  await expect(page.getByLabel('Reading from')).not.toContainText('Demo')
})
