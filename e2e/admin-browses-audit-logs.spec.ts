import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const API_PATH = '/demo-api/losant/orgs/'

function table(page: Page): Locator {
  return page.getByRole('table', { name: 'Audit logs' })
}

/** The data rows of the table (skeleton rows are hidden from the accessibility tree). */
function dataRows(page: Page): Locator {
  return table(page).locator('tbody tr:not(.skeleton-row)')
}

async function columnTexts(page: Page, column: 'time' | 'actor' | 'status'): Promise<string[]> {
  if (column === 'time') {
    return table(page).locator('tbody td.col-time time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
  }
  if (column === 'actor') return table(page).locator('tbody td.col-actor .party-name').allInnerTexts()
  return table(page).locator('tbody td.col-status').allInnerTexts()
}

function sortButton(page: Page, column: string): Locator {
  return page.getByRole('columnheader', { name: column, exact: true }).getByRole('button')
}

function isSorted<T>(values: T[], compare: (a: T, b: T) => number): boolean {
  return values.every((value, i) => i === 0 || compare(values[i - 1]!, value) <= 0)
}

/** The demo API orders names case-insensitively by code unit, as a database without collation would. */
const byName = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()]
  return x < y ? -1 : x > y ? 1 : 0
}

async function expectRange(page: Page, text: RegExp) {
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByText(text)).toBeVisible()
}

test('an admin browses, sorts and pages the audit log, and the URL keeps the view', async ({ page }) => {
  const apiRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes(API_PATH)) apiRequests.push(request.url())
  })

  await page.goto('/')
  await expect(page).toHaveURL(/\/settings\/audit-logs$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Audit Logs' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Audit Logs' })).toHaveAttribute('aria-current', 'page')

  // Latest first, 50 rows, with a total.
  await expect(dataRows(page)).toHaveCount(50)
  await expect(page.getByRole('columnheader', { name: 'Time', exact: true })).toHaveAttribute('aria-sort', 'descending')
  const times = await columnTexts(page, 'time')
  expect(isSorted(times.map((t) => -Date.parse(t)), (a, b) => a - b)).toBe(true)
  await expectRange(page, /^1–50 of [\d,]+$/)
  const firstRequest = new URL(apiRequests[0]!)
  expect(firstRequest.search).toBe('?sortField=creationDate&sortDirection=desc&page=0&perPage=50')

  // Sort by Actor, both ways.
  await sortButton(page, 'Actor').click()
  await expect(page.getByRole('columnheader', { name: 'Actor', exact: true })).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).toHaveURL(/sort=actor&dir=asc/)
  await expect(table(page)).not.toHaveAttribute('aria-busy', 'true')
  expect(isSorted(await columnTexts(page, 'actor'), byName)).toBe(true)
  await sortButton(page, 'Actor').click()
  await expect(page.getByRole('columnheader', { name: 'Actor', exact: true })).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/sort=actor(?!&dir)/)
  await expect(table(page)).not.toHaveAttribute('aria-busy', 'true')
  expect(isSorted(await columnTexts(page, 'actor'), (a, b) => byName(b, a))).toBe(true)
  expect(apiRequests.some((url) => url.includes('sortField=actorName&sortDirection=asc&page=0&perPage=50'))).toBe(true)

  // Sort by Status, both ways.
  await sortButton(page, 'Status').click()
  await expect(page.getByRole('columnheader', { name: 'Status', exact: true })).toHaveAttribute('aria-sort', 'ascending')
  await expect(table(page)).not.toHaveAttribute('aria-busy', 'true')
  expect(isSorted((await columnTexts(page, 'status')).map(Number), (a, b) => a - b)).toBe(true)
  await sortButton(page, 'Status').click()
  await expect(page.getByRole('columnheader', { name: 'Status', exact: true })).toHaveAttribute('aria-sort', 'descending')
  await expect(table(page)).not.toHaveAttribute('aria-busy', 'true')
  expect(isSorted((await columnTexts(page, 'status')).map(Number), (a, b) => b - a)).toBe(true)
  await expect(page.getByRole('columnheader', { name: 'Time', exact: true })).toHaveAttribute('aria-sort', 'none')

  // Back to time order, then page size and page.
  await sortButton(page, 'Time').click()
  await expect(page.getByRole('columnheader', { name: 'Time', exact: true })).toHaveAttribute('aria-sort', 'descending')
  await page.getByLabel('Rows per page').selectOption('25')
  await expect(dataRows(page)).toHaveCount(25)
  await expectRange(page, /^1–25 of [\d,]+$/)
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expectRange(page, /^26–50 of [\d,]+$/)
  const secondPageFirstId = await dataRows(page).first().locator('time').getAttribute('datetime')

  // Jump to a page by number.
  await page.getByLabel('Page', { exact: true }).fill('4')
  await page.getByLabel('Page', { exact: true }).press('Enter')
  await expect(page).toHaveURL(/page=4/)
  await expectRange(page, /^76–100 of [\d,]+$/)

  // Reload lands on the same view; Back walks the history.
  await page.reload()
  await expectRange(page, /^76–100 of [\d,]+$/)
  await expect(page.getByLabel('Rows per page')).toHaveValue('25')
  await page.goBack()
  await expect(page).toHaveURL(/page=2/)
  await expectRange(page, /^26–50 of [\d,]+$/)
  await expect(dataRows(page).first().locator('time')).toHaveAttribute('datetime', secondPageFirstId!)

  // Every request the page made is exactly the documented form.
  for (const url of apiRequests) {
    const { pathname, searchParams } = new URL(url)
    expect(pathname).toMatch(/^\/demo-api\/losant\/orgs\/[0-9a-f]{24}\/audit-logs$/)
    expect([...searchParams.keys()]).toEqual(['sortField', 'sortDirection', 'page', 'perPage'])
    expect(searchParams.get('sortField')).toMatch(/^(creationDate|actorName|responseStatus)$/)
    expect(searchParams.get('sortDirection')).toMatch(/^(asc|desc)$/)
    expect(searchParams.get('perPage')).toMatch(/^(25|50|100)$/)
  }
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
