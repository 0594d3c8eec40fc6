import { expect, test } from '../fixtures'
import { browseSortAndPage } from '../journeys/browse-list'

test('the production build on the standalone mock API passes the same list journey', async ({ page }) => {
  await browseSortAndPage(page, {
    pathPrefix: '/orgs/',
    pathPattern: /^\/orgs\/[0-9a-f]{24}\/audit-logs$/,
  })
  // Over real HTTP: no demo worker in a build that names an API.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
})

test('the header says which API and organization the page reads', async ({ page }) => {
  await page.goto('/settings/audit-logs')
  await expect(page.getByLabel('Reading from')).toContainText('Losant')
  await expect(page.getByLabel('Reading from')).toContainText('5f1e0c6a9d3b2a0017c4e8a1')
  await expect(page.getByLabel('Reading from')).not.toContainText('Demo')
})
