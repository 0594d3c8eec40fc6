import type { Page } from '@playwright/test'

import { expect, test } from '../fixtures'
import { auditTable, dataRows, entryRow, rangeText, STARTUP } from '../journey-helpers'
import { useDeploymentCredentials } from './smoke-session'

/**
 * The QA smoke suite: read-only journeys against any deployment (E2E_BASE_URL; by default the
 * production build on the mock API). Nothing here knows the demo's data: each check reads what
 * the page shows and holds it to what the page promised.
 */
test.beforeEach(async ({ page }) => {
  await useDeploymentCredentials(page)
})

async function openList(page: Page) {
  await page.goto('/settings/audit-logs')
  await expect(page.getByRole('heading', { level: 1, name: 'Audit Logs' })).toBeVisible(STARTUP)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
}

async function rowTimes(page: Page): Promise<number[]> {
  return auditTable(page)
    .locator('tbody td.col-time time')
    .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')))
}

function sortButton(page: Page, column: string) {
  return page.getByRole('columnheader', { name: column, exact: true }).getByRole('button')
}

test('the list loads latest first, sorts, and pages', async ({ page }) => {
  await openList(page)
  await expect(page.getByRole('columnheader', { name: 'Time', exact: true })).toHaveAttribute('aria-sort', 'descending')
  const times = await rowTimes(page)
  expect(times.every((time) => Number.isFinite(time))).toBe(true)
  expect(times.every((time, i) => i === 0 || times[i - 1]! >= time)).toBe(true)

  // Oldest first, then back.
  await sortButton(page, 'Time').click()
  await expect(page.getByRole('columnheader', { name: 'Time', exact: true })).toHaveAttribute('aria-sort', 'ascending')
  await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
  const ascending = await rowTimes(page)
  expect(ascending.every((time, i) => i === 0 || ascending[i - 1]! <= time)).toBe(true)
  await sortButton(page, 'Actor').click()
  await expect(page.getByRole('columnheader', { name: 'Actor', exact: true })).toHaveAttribute('aria-sort', 'ascending')
  await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await sortButton(page, 'Time').click()
  await expect(page.getByRole('columnheader', { name: 'Time', exact: true })).toHaveAttribute('aria-sort', 'descending')

  // The next page continues where the first ended, when there is one.
  const next = page.getByRole('button', { name: 'Next page' })
  if (await next.isEnabled()) {
    const lastOfFirst = (await rowTimes(page)).at(-1)!
    const firstIds = await dataRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id')))
    await next.click()
    await expect(page).toHaveURL(/[?&]page=2(&|$)/)
    // The URL changes a moment before the table re-renders: wait for other rows, not just for
    // the table to be idle (a run once read page 1's rows here).
    await expect(dataRows(page).first()).not.toHaveAttribute('data-row-id', firstIds[0]!)
    await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
    const secondTimes = await rowTimes(page)
    expect(secondTimes[0]!).toBeLessThanOrEqual(lastOfFirst)
    const secondIds = await dataRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id')))
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([])
    await expect(rangeText(page)).toHaveText(/^\d[\d,]*–\d[\d,]* of [\d,]+$/)
  }
})

test('a filter chip narrows the list to what it names', async ({ page }) => {
  await openList(page)
  await page
    .getByRole('group', { name: 'Filters' })
    .getByRole('button', { name: /^Actor type/ })
    .click()
  const options = page.getByRole('dialog', { name: 'Actor type' }).getByRole('checkbox')
  await expect(options.first()).toBeVisible()
  await options.first().click()
  await expect(options.first()).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/[?&]actorType=[^&]+/)
  const type = new URL(page.url()).searchParams.get('actorType')!
  await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('alert')).toHaveCount(0)
  // Every row shown is of that actor type (or the list says nothing matched).
  const types = await auditTable(page).locator('tbody td.col-actor .party-type').allInnerTexts()
  expect(types.filter((text) => text.trim() !== type)).toEqual([])
})

test('an entry opens from its row, closes with Escape, and opens cold from its link', async ({ page }) => {
  await openList(page)
  const id = (await dataRows(page).first().getAttribute('data-row-id'))!
  await entryRow(page, id).getByRole('link').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/settings/audit-logs/${id}(\\?|$)`))
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText(id)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(entryRow(page, id).getByRole('link')).toBeFocused()

  // The same entry from a shared link, in a fresh page.
  await page.goto('about:blank')
  await page.goto(`/settings/audit-logs/${id}`)
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toContainText(id, STARTUP)
})

test.describe('an id that does not exist', () => {
  // The API's 404 is logged by the browser as a console error; only that one is expected.
  test.use({ expectedConsoleErrors: [/status of 404/] })

  test('says the entry was not found, and the list stays usable', async ({ page }) => {
    const missing = process.env.E2E_MISSING_ID ?? 'ffffffffffffffffffffffff'
    await page.goto(`/settings/audit-logs/${missing}`)
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText('Audit log entry not found')).toBeVisible(STARTUP)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(dataRows(page).first()).toBeVisible()
  })
})
