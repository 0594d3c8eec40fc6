import { expect, test } from '../fixtures'
import { dataRows } from '../journey-helpers'

/**
 * What a deployment's page asks for before its rows (decisions 009, 016): `/config.json` with the
 * page's own scripts, not once the entry has run, and the first load in a few files rather than a
 * script per shared module (scripts/first-load-chunks.ts).
 */

/**
 * The entry, the runtime, the `app` chunk, the build source's decoder with what it imports, and
 * public/warm-locale.js.
 */
const MAX_FIRST_LOAD_SCRIPTS = 9

test('the page asks for /config.json once, by its preload, and for its first load in a few scripts', async ({
  page,
}) => {
  await page.goto('/settings/audit-logs')
  await expect(dataRows(page).first()).toBeVisible()

  const config = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(({ name }) => new URL(name).pathname === '/config.json')
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  )
  // Fetched by the <link rel="preload"> of index.html, and the entry's fetch used that response.
  expect(config).toEqual(['link'])

  const html = await (await page.request.get('/settings/audit-logs')).text()
  const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)]
  expect(scripts.length, 'the entry and the chunks index.html preloads').toBeGreaterThan(0)
  expect(scripts.length).toBeLessThanOrEqual(MAX_FIRST_LOAD_SCRIPTS)
})

test('the first rows painted are those in view, and the rest of the page follows', async ({ page }) => {
  // Every change to the table body, as the row count it left: the first non-zero one is what the
  // first frame with rows showed.
  await page.addInitScript(() => {
    const counts: number[] = []
    Object.assign(window, { rowCounts: counts })
    new MutationObserver(() => {
      const count = document.querySelectorAll('tbody tr[data-row-id]').length
      if (count > 0 && count !== counts.at(-1)) counts.push(count)
    }).observe(document, { subtree: true, childList: true })
  })
  await page.goto('/settings/audit-logs')
  await expect(dataRows(page)).toHaveCount(50)

  const { counts, inView, screenful } = await page.evaluate(() => {
    const top = document.querySelector('tbody')!.getBoundingClientRect().top
    // As use-revealed-rows.ts counts them: 48 px a row below the body's top (at least 3), at most
    // a screenful (the window's height in rows, at least 8).
    const screenful = Math.max(8, Math.ceil(innerHeight / 48))
    return {
      counts: (window as unknown as { rowCounts: number[] }).rowCounts,
      inView: Math.min(screenful, Math.max(3, Math.ceil((innerHeight - top) / 48))),
      screenful,
    }
  })
  expect(inView, 'the table starts below the toolbar, within the first screen').toBeLessThan(screenful)
  expect(counts[0], 'the first rows painted are those between the table body and the window bottom').toBe(inView)
  expect(counts.at(-1)).toBe(50)
  expect(counts, 'rows only ever added').toEqual([...counts].sort((a, b) => a - b))
  await expect(page.getByRole('table', { name: 'Audit logs' })).toHaveAttribute('aria-busy', 'false')
})
