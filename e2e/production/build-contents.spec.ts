import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '../fixtures'
import { UNRELATED_BUILD_VARIABLE } from './unrelated-build-variable'

// The production project's build (playwright.config.ts builds it with UNRELATED_BUILD_VARIABLE set).
const BUILD_DIR = 'dist-e2e'

test('only the app’s own settings reach the bundle: another VITE_* variable of the build does not', async ({
  page,
}) => {
  // The build this project serves, seen working first.
  await page.goto('/settings/audit-logs')
  await expect(page.getByRole('table', { name: 'Audit logs' }).locator('tbody tr[data-row-id]').first()).toBeVisible()

  // Every chunk the build wrote, not only those one visit loads.
  const assets = path.join(BUILD_DIR, 'assets')
  const chunks = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(path.join(assets, name), 'utf8') }))
  expect(chunks.length).toBeGreaterThan(0)
  // The app's own settings are compiled in (so the search can see a value) …
  expect(chunks.some(({ text }) => text.includes('5f1e0c6a9d3b2a0017c4e8a1'))).toBe(true)
  // … and the unrelated variable, by value or by name, is nowhere.
  const leaks = chunks.filter(
    ({ text }) => text.includes(UNRELATED_BUILD_VARIABLE.value) || text.includes(UNRELATED_BUILD_VARIABLE.name),
  )
  expect(leaks.map(({ name }) => name)).toEqual([])
})
