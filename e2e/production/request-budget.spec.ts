import type { Page } from '@playwright/test'

import { expect, test } from '../fixtures'
import { dataRows } from '../journey-helpers'
import { MOCK_API_URL } from '../ports'

/**
 * The vendor's request budget for one page view with default settings (decision 016): at most 2
 * requests before the first rows are painted, at most 8 in the first 10 seconds. Counted from
 * the requests the browser sends to the vendor API (the mock API of the `production` build).
 */
const BEFORE_ROWS = 2
const FIRST_SECONDS = 8
const WINDOW_MS = 10_000

interface VendorRequest {
  url: URL
  /** When the test saw it, in ms since the navigation was asked for. */
  at: number
}

/** Records every request to the vendor, and how many there were when the first rows were painted. */
async function watchVendor(page: Page) {
  const requests: VendorRequest[] = []
  let start = Date.now()
  let beforeRows: number | undefined
  page.on('request', (request) => {
    if (request.url().startsWith(MOCK_API_URL)) requests.push({ url: new URL(request.url()), at: Date.now() - start })
  })
  // Called by the page one frame after the first data row reached the DOM (after that frame's paint).
  await page.exposeFunction('rowsPainted', () => {
    beforeRows ??= requests.length
  })
  const firstRowsAt = () => beforeRows
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('tbody tr[data-row-id]')) return
      observer.disconnect()
      requestAnimationFrame(() =>
        setTimeout(() => void (window as unknown as { rowsPainted: () => Promise<void> }).rowsPainted()),
      )
    })
    observer.observe(document, { childList: true, subtree: true })
  })
  return {
    requests,
    beforeRows: firstRowsAt,
    /** The requests sent before the rows were painted. */
    sentBeforeRows: () => requests.slice(0, beforeRows ?? requests.length),
    /** Starts the window: call just before the navigation. */
    restart: () => (start = Date.now()),
    elapsed: () => Date.now() - start,
  }
}

const counts = (requests: VendorRequest[]) => requests.filter(({ url }) => url.searchParams.get('perPage') === '1')

test('a page view asks the vendor at most 2 times before its rows and 8 times in its first 10 s', async ({ page }) => {
  const vendor = await watchVendor(page)
  vendor.restart()
  await page.goto('/settings/audit-logs')
  await expect(dataRows(page).first()).toBeVisible()
  await expect.poll(vendor.beforeRows, { message: 'the page said its rows were painted' }).toBeDefined()
  expect(vendor.beforeRows()!, 'requests before the first rows are painted').toBeGreaterThanOrEqual(1)
  expect(vendor.beforeRows()!, 'requests before the first rows are painted').toBeLessThanOrEqual(BEFORE_ROWS)
  // Only the page itself: the next page and the chart's counts wait for the frame after the rows.
  expect(
    vendor.sentBeforeRows().map(({ url }) => `${url.searchParams.get('page')}/${url.searchParams.get('perPage')}`),
  ).toEqual(['0/50'])

  // The chart reaches its answer inside the window: every bar has its count.
  const chart = page.getByRole('figure', { name: 'Activity over time' })
  const bars = chart.getByRole('group', { name: 'Activity over time' }).getByRole('button')
  await expect(bars.first()).toBeVisible()
  await expect(bars.last()).toHaveAccessibleName(/: [\d,]+ entr(?:y|ies)$/)
  for (const bar of await bars.all()) await expect(bar).toHaveAccessibleName(/: [\d,]+ entr(?:y|ies)$/)

  // Whatever else the page would do on its own, it has until the end of the window to do it.
  const left = WINDOW_MS - vendor.elapsed()
  if (left > 0) await page.waitForTimeout(left)
  const inWindow = vendor.requests.filter(({ at }) => at < WINDOW_MS)
  expect(
    inWindow.length,
    `requests in the first 10 s: ${inWindow.map(({ url }) => url.search).join(' ')}`,
  ).toBeLessThanOrEqual(FIRST_SECONDS)
  expect(counts(inWindow).length, 'one count per bar at most').toBeLessThanOrEqual(await bars.count())
})

test('coming back to the list asks for no count again: they are cached across navigation', async ({ page }) => {
  const vendor = await watchVendor(page)
  await page.goto('/settings/audit-logs')
  const bars = page
    .getByRole('figure', { name: 'Activity over time' })
    .getByRole('group', { name: 'Activity over time' })
    .getByRole('button')
  await expect(bars.last()).toHaveAccessibleName(/: [\d,]+ entr(?:y|ies)$/)
  const asked = counts(vendor.requests).length
  expect(asked).toBeGreaterThan(0)

  await page.getByRole('link', { name: 'Connection', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Connection' })).toBeVisible()
  await page.getByRole('link', { name: 'Audit Logs', exact: true }).click()
  await expect(dataRows(page).first()).toBeVisible()
  await expect(bars.last()).toHaveAccessibleName(/: [\d,]+ entr(?:y|ies)$/)
  for (const bar of await bars.all()) await expect(bar).toHaveAccessibleName(/: [\d,]+ entr(?:y|ies)$/)
  expect(counts(vendor.requests)).toHaveLength(asked)
})
