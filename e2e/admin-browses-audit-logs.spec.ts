import { expect, test } from './fixtures'
import { STARTUP } from './journey-helpers'
import { browseSortAndPage, dataRows } from './journeys/browse-list'

test('an admin browses, sorts and pages the audit log, and the URL keeps the view', async ({ page }) => {
  await browseSortAndPage(page, {
    pathPrefix: '/demo-api/losant/orgs/',
    pathPattern: /^\/demo-api\/losant\/orgs\/[0-9a-f]{24}\/audit-logs$/,
  })
})

test('a reload that crosses the hour keeps the demo rows where they were', async ({ page }) => {
  // The demo data counts back from the hour; a reload a moment later, in the next hour, must not
  // rebuild it an hour on (a CI run once saw page 2 change under a Back that crossed midnight).
  // A busy weekday afternoon, fixed: at night an hour can pass with no new entry, and then the
  // rows would not move even if the anchor did (a CI run at 03:00 UTC once proved this test
  // toothless). In this hour of the seeded data a new entry lands, so a moved anchor shows.
  const hourStart = Date.UTC(2026, 10, 18, 15)
  await page.clock.setFixedTime(hourStart + 3_599_000)
  await page.goto('/settings/audit-logs')
  const firstRowTime = dataRows(page).first().locator('time')
  const before = await firstRowTime.getAttribute('datetime', STARTUP)
  await page.clock.setFixedTime(hourStart + 3_605_000)
  await page.reload()
  await expect(firstRowTime).toHaveAttribute('datetime', before!, STARTUP)
  // A new tab has its own session and starts from its own hour.
  const other = await page.context().newPage()
  await other.clock.setFixedTime(hourStart + 3_605_000)
  await other.goto('/settings/audit-logs')
  await expect(dataRows(other).first().locator('time')).not.toHaveAttribute('datetime', before!, STARTUP)
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

test("a row's filter buttons show while the row is hovered, and hiding them costs the list nothing", async ({
  page,
}) => {
  await page.goto('/settings/audit-logs')
  const row = dataRows(page).nth(1)
  const button = row.getByRole('button', { name: /^Filter by actor / })
  await expect(button).toBeAttached(STARTUP)
  const look = () =>
    button.evaluate((element) => {
      const style = getComputedStyle(element)
      return { color: style.color, opacity: style.opacity }
    })
  // Hidden but there (screen readers and Tab reach it): a transparent icon. Not `opacity: 0`,
  // which made each of the page's few hundred buttons a stacking context that every frame of the
  // list paints and hit-tests one by one.
  await page.mouse.move(0, 0)
  expect(await look()).toEqual({ color: 'rgba(0, 0, 0, 0)', opacity: '1' })
  await row.hover()
  await expect.poll(async () => (await look()).color).not.toBe('rgba(0, 0, 0, 0)')
  // Keyboard focus shows it too, with the row not hovered.
  await page.mouse.move(0, 0)
  await button.focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  await expect.poll(async () => (await look()).color).not.toBe('rgba(0, 0, 0, 0)')
})
