import { expect, test } from './fixtures'
import { browseSortAndPage, dataRows } from './journeys/browse-list'

test('an admin browses, sorts and pages the audit log, and the URL keeps the view', async ({ page }) => {
  await browseSortAndPage(page, {
    pathPrefix: '/demo-api/losant/orgs/',
    pathPattern: /^\/demo-api\/losant\/orgs\/[0-9a-f]{24}\/audit-logs$/,
  })
})

test('a link with bad values falls back to defaults and says so', async ({ page }) => {
  await page.goto('/settings/audit-logs?sort=password&page=zero&size=7')
  await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText('sort, page, size')
  await expect(dataRows(page)).toHaveCount(50)
  await expect(page.getByRole('columnheader', { name: 'Time', exact: true })).toHaveAttribute('aria-sort', 'descending')
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText('could not be used')).toHaveCount(0)
})

test('a page past the end offers the last page', async ({ page }) => {
  await page.goto('/settings/audit-logs?page=9999')
  await expect(page.getByText('This page is past the end of the log.')).toBeVisible()
  await page.getByRole('button', { name: 'Go to the last page' }).click()
  await expect(dataRows(page).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled()
})

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/settings/nowhere')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to Audit Logs' }).click()
  await expect(page.getByRole('table', { name: 'Audit logs' })).toBeVisible()
})
