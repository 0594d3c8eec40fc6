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
