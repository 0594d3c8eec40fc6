import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

export function table(page: Page): Locator {
  return page.getByRole('table', { name: 'Audit logs' })
}

/** The data rows of the table (skeleton rows are hidden from the accessibility tree). */
export function dataRows(page: Page): Locator {
  return table(page).locator('tbody tr:not(.skeleton-row)')
}

async function columnTexts(page: Page, column: 'time' | 'actor' | 'status'): Promise<string[]> {
  if (column === 'time') {
    return table(page)
      .locator('tbody td.col-time time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''))
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

/**
 * An admin opens the list, sees latest first, sorts by Actor and Status both ways, changes page
 * size and page, reloads onto the same view and goes Back; every request is Losant's documented form.
 */
export async function browseSortAndPage(page: Page, api: { pathPrefix: string; pathPattern: RegExp }) {
  const apiRequests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(api.pathPrefix)) apiRequests.push(request.url())
  })

  await page.goto('/')
  await expect(page).toHaveURL(/\/settings\/audit-logs$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Audit Logs' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Audit Logs' })).toHaveAttribute('aria-current', 'page')

  // Latest first, 50 rows, with a total.
  await expect(dataRows(page)).toHaveCount(50)
  await expect(page.getByRole('columnheader', { name: 'Time', exact: true })).toHaveAttribute('aria-sort', 'descending')
  const times = await columnTexts(page, 'time')
  expect(
    isSorted(
      times.map((t) => -Date.parse(t)),
      (a, b) => a - b,
    ),
  ).toBe(true)
  await expectRange(page, /^1–50 of [\d,]+$/)
  const firstRequest = new URL(apiRequests.find((url) => !url.includes('perPage=1&'))!)
  expect(firstRequest.search).toBe('?sortField=creationDate&sortDirection=desc&page=0&perPage=50')

  // Sort by Actor, both ways.
  await sortButton(page, 'Actor').click()
  await expect(page.getByRole('columnheader', { name: 'Actor', exact: true })).toHaveAttribute('aria-sort', 'ascending')
  await expect(page).toHaveURL(/sort=actor&dir=asc/)
  await expect(table(page)).not.toHaveAttribute('aria-busy', 'true')
  expect(isSorted(await columnTexts(page, 'actor'), byName)).toBe(true)
  await sortButton(page, 'Actor').click()
  await expect(page.getByRole('columnheader', { name: 'Actor', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(page).toHaveURL(/sort=actor(?!&dir)/)
  await expect(table(page)).not.toHaveAttribute('aria-busy', 'true')
  expect(isSorted(await columnTexts(page, 'actor'), (a, b) => byName(b, a))).toBe(true)
  expect(apiRequests.some((url) => url.includes('sortField=actorName&sortDirection=asc&page=0&perPage=50'))).toBe(true)

  // Sort by Status, both ways.
  await sortButton(page, 'Status').click()
  await expect(page.getByRole('columnheader', { name: 'Status', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  await expect(table(page)).not.toHaveAttribute('aria-busy', 'true')
  expect(isSorted((await columnTexts(page, 'status')).map(Number), (a, b) => a - b)).toBe(true)
  await sortButton(page, 'Status').click()
  await expect(page.getByRole('columnheader', { name: 'Status', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
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
    expect(pathname).toMatch(api.pathPattern)
    expect(searchParams.get('sortField')).toMatch(/^(creationDate|actorName|responseStatus)$/)
    expect(searchParams.get('sortDirection')).toMatch(/^(asc|desc)$/)
    if (searchParams.get('perPage') === '1') {
      // The chart's counts: one-entry pages over a time bucket; the last one is open ("up to now").
      const keys = ['sortField', 'sortDirection', 'page', 'perPage', 'start']
      if (searchParams.has('end')) {
        expect([...searchParams.keys()]).toEqual([...keys, 'end'])
        expect(Number(searchParams.get('start'))).toBeLessThanOrEqual(Number(searchParams.get('end')))
      } else expect([...searchParams.keys()]).toEqual(keys)
    } else {
      expect([...searchParams.keys()]).toEqual(['sortField', 'sortDirection', 'page', 'perPage'])
      expect(searchParams.get('perPage')).toMatch(/^(25|50|100)$/)
    }
  }
}
