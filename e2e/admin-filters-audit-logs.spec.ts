import type { Locator, Page } from '@playwright/test'
import qs from 'qs'

import { createLosantDataset } from '../src/mocks/losant/dataset'
import { LOSANT_STATUS_CLASS_CODES } from '../src/sources/losant/losant-status-codes'
import { expect, test } from './fixtures'
import {
  auditTable,
  dataRows,
  DEMO_API_PATH,
  rangeText,
  STARTUP,
  totalCount,
  watchPageProblems,
} from './journey-helpers'

const DAY_MS = 86_400_000
const ALLOWED_PARAMS = ['sortField', 'sortDirection', 'page', 'perPage', 'start', 'end', 'auditLogFilter']
const FILTERED_VIEW = '/settings/audit-logs?actorType=User&targetType=Dashboard&status=4xx&range=30d'

/** Every 4xx status that occurs in the demo data: a 4xx filter must ask for all of them. */
const DEMO_CLIENT_ERRORS = [
  ...new Set(
    createLosantDataset()
      .entries.map((entry) => entry.responseStatus)
      .filter((s) => s >= 400 && s < 500),
  ),
].map(String)

interface RowFacts {
  id: string
  time: string
  actor: string
  actorType: string
  targetType: string
  status: string
}

/** What each visible row says, cell by cell. */
async function rowFacts(page: Page): Promise<RowFacts[]> {
  await expect(auditTable(page)).not.toHaveAttribute('aria-busy', 'true')
  return dataRows(page).evaluateAll((rows) =>
    rows.map((row) => {
      const text = (selector: string) => row.querySelector(selector)?.textContent?.trim() ?? ''
      return {
        id: row.getAttribute('data-row-id') ?? '',
        time: row.querySelector('td.col-time time')?.getAttribute('datetime') ?? '',
        actor: text('td.col-actor .party-name'),
        actorType: text('td.col-actor .party-type'),
        targetType: text('td.col-target .party-type'),
        status: text('td.col-status'),
      }
    }),
  )
}

/** The list requests the page sent (not the one-entry count probes of chips and chart). */
function listRequests(urls: readonly string[]): URL[] {
  return urls.map((url) => new URL(url)).filter((url) => url.searchParams.get('perPage') !== '1')
}

function filtersGroup(page: Page): Locator {
  return page.getByRole('group', { name: 'Filters' })
}

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 10) {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('an admin filters to users changing dashboards with client errors in the last 30 days and shares the view', async ({
  page,
  context,
}) => {
  // Two pages, each building the demo data and the chart's counts, and four filters set one by
  // one: a long journey, which has taken 100 s on a busy 2-core machine.
  test.setTimeout(180_000)
  const apiRequests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(DEMO_API_PATH)) apiRequests.push(request.url())
  })
  await page.goto('/settings/audit-logs')
  await expect(dataRows(page)).toHaveCount(50, STARTUP)
  const everything = await totalCount(page)

  // Actor type → User, by keyboard: Enter opens the chip, Tab reaches the option, Space ticks
  // it, Escape closes the list and gives focus back to the chip.
  const actorChip = filtersGroup(page).getByRole('button', { name: 'Actor type filter', exact: true })
  await actorChip.focus()
  await page.keyboard.press('Enter')
  const actorList = page.getByRole('dialog', { name: 'Actor type' })
  await expect(actorList).toBeVisible()
  const user = actorList.getByRole('checkbox', { name: /^User\b/ })
  await tabTo(page, user)
  await page.keyboard.press('Space')
  await expect(user).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(actorList).toBeHidden()
  const actorChipNow = filtersGroup(page).getByRole('button', { name: 'Actor type: User (filter)', exact: true })
  await expect(actorChipNow).toBeFocused()
  await expect(page).toHaveURL(/[?&]actorType=User(&|$)/)

  // Target type → Dashboard, still by keyboard: Tab moves on to the next chip.
  await page.keyboard.press('Tab')
  const targetChip = filtersGroup(page).getByRole('button', { name: 'Target type filter', exact: true })
  await expect(targetChip).toBeFocused()
  await page.keyboard.press('Enter')
  const targetList = page.getByRole('dialog', { name: 'Target type' })
  const dashboard = targetList.getByRole('checkbox', { name: /^Dashboard\b/ })
  await tabTo(page, dashboard)
  await page.keyboard.press('Space')
  await expect(dashboard).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(targetList).toBeHidden()
  await expect(
    filtersGroup(page).getByRole('button', { name: 'Target type: Dashboard (filter)', exact: true }),
  ).toBeFocused()

  // Status → 4xx and the last 30 days, with the mouse.
  await filtersGroup(page).getByRole('button', { name: 'Status filter', exact: true }).click()
  const statusList = page.getByRole('dialog', { name: 'Status' })
  const clientErrors = statusList.getByRole('checkbox', { name: /^4xx Client error\b/ })
  await expect(clientErrors).toHaveAccessibleDescription(/^Codes 400–406, 408–410, .*451\.$/)
  await clientErrors.click()
  await expect(clientErrors).toBeChecked()
  // 4xx names 20 codes, all one request may: no other class can join it (decision 012).
  const serverErrors = statusList.getByRole('checkbox', { name: /^5xx Server error\b/ })
  await expect(serverErrors).toBeDisabled()
  await expect(serverErrors).toHaveAccessibleDescription(/Not with 4xx: one request names at most 20 codes/)
  await page.keyboard.press('Escape')
  await filtersGroup(page).getByRole('button', { name: 'Time range: Any time', exact: true }).click()
  await page.getByRole('dialog', { name: 'Time range' }).getByRole('button', { name: 'Last 30 days' }).click()
  const chipNames = [
    'Actor type: User (filter)',
    'Target type: Dashboard (filter)',
    'Status: 4xx Client error (filter)',
    'Time range: Last 30 days',
  ]
  for (const name of chipNames)
    await expect(filtersGroup(page).getByRole('button', { name, exact: true })).toBeVisible()
  await expect(page).toHaveURL(/range=30d/)

  // Every row matches every filter.
  await expect(rangeText(page)).not.toHaveText(/of 0$/)
  const filtered = await totalCount(page)
  expect(filtered).toBeLessThan(everything)
  const rows = await rowFacts(page)
  expect(rows.length).toBeGreaterThan(0)
  const thirtyDaysAgo = Date.now() - 30 * DAY_MS
  for (const row of rows) {
    expect(row.actorType, `actor type of ${row.id}`).toBe('User')
    expect(row.targetType, `target type of ${row.id}`).toBe('Dashboard')
    expect(row.status, `status of ${row.id}`).toMatch(/^4\d\d$/)
    expect(Date.parse(row.time), `time of ${row.id}`).toBeGreaterThanOrEqual(thirtyDaysAgo - 60_000)
  }

  // The request is exactly Losant's documented form.
  const lists = listRequests(apiRequests)
  const last = lists.findLast((url) => url.searchParams.get('page') === '0')
  expect(last, 'a list request for the first page').toBeDefined()
  const raw = last!.search.slice(1)
  expect(raw).toContain('auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=User')
  expect(raw).toContain('auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Btype%5D=Dashboard')
  // Read as Losant's server reads it: qs with its defaults (an array of at most 20 items).
  const query = qs.parse(raw)
  expect(query).toMatchObject({ sortField: 'creationDate', sortDirection: 'desc', page: '0', perPage: '50' })
  expect(query.auditLogFilter).toEqual({
    actor: [{ type: 'User' }],
    primaryTarget: [{ type: 'Dashboard' }],
    responseCode: expect.any(Array) as unknown,
  })
  const codes = (query.auditLogFilter as { responseCode: string[] }).responseCode
  expect(new Set(codes).size, 'no code twice').toBe(codes.length)
  for (const code of codes) expect(code).toMatch(/^4\d\d$/)
  expect(codes).toEqual(expect.arrayContaining(DEMO_CLIENT_ERRORS))
  expect(codes).toEqual(LOSANT_STATUS_CLASS_CODES['4xx'].map(String))
  expect(query.end).toBeUndefined()
  expect(query.start).toMatch(/^\d+$/)
  expect(Math.abs(Number(query.start) - (Date.now() - 30 * DAY_MS))).toBeLessThan(5 * 60_000)
  for (const row of rows) expect(Date.parse(row.time)).toBeGreaterThanOrEqual(Number(query.start))

  // Every request of the journey, list or count: only the documented parameters, and the filter
  // only in bracket notation with the brackets percent-encoded.
  for (const url of apiRequests.map((u) => new URL(u))) {
    expect(url.pathname).toMatch(/^\/demo-api\/losant\/orgs\/[0-9a-f]{24}\/audit-logs$/)
    const keys = [...new Set([...url.searchParams.keys()].map((key) => key.replace(/\[.*$/, '')))]
    expect(
      keys.filter((key) => !ALLOWED_PARAMS.includes(key)),
      `unexpected parameters in ${url.search}`,
    ).toEqual([])
    expect(url.search, 'brackets are percent-encoded').not.toMatch(/[[\]]/)
    expect([...url.searchParams.keys()].filter((key) => key === 'auditLogFilter')).toEqual([])
  }

  // The link reproduces the view in another tab.
  const link = page.url()
  const before = await filtersGroup(page).ariaSnapshot()
  const other = await context.newPage()
  const otherProblems = await watchPageProblems(other)
  await other.goto(link)
  await expect(dataRows(other).first()).toBeVisible(STARTUP)
  for (const name of chipNames)
    await expect(filtersGroup(other).getByRole('button', { name, exact: true })).toBeVisible()
  await expect(dataRows(other)).toHaveCount(rows.length)
  expect(await filtersGroup(other).ariaSnapshot()).toBe(before)
  const otherRows = await rowFacts(other)
  expect(otherRows.map(({ time, actor }) => ({ time, actor }))).toEqual(
    rows.map(({ time, actor }) => ({ time, actor })),
  )
  await expect(rangeText(other)).toHaveText(await rangeText(page).innerText())
  await other.close()
  expect(otherProblems, 'the shared page reported problems').toEqual([])
})

test('an admin opens a shared filtered view, removes the filters one by one and zooms in with the chart', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const apiRequests: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(DEMO_API_PATH)) apiRequests.push(request.url())
  })
  await page.goto(FILTERED_VIEW)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  await expect(filtersGroup(page).getByRole('button', { name: 'Time range: Last 30 days', exact: true })).toBeVisible()
  let total = await totalCount(page)

  // Status: the chip's "Clear status" button.
  await filtersGroup(page).getByRole('button', { name: 'Status: 4xx Client error (filter)', exact: true }).click()
  await page.getByRole('dialog', { name: 'Status' }).getByRole('button', { name: 'Clear status' }).click()
  await page.keyboard.press('Escape')
  await expect(filtersGroup(page).getByRole('button', { name: 'Status filter', exact: true })).toBeVisible()
  await expect(page).not.toHaveURL(/status=/)
  await expect.poll(() => totalCount(page), { message: 'rows widen without the status filter' }).toBeGreaterThan(total)
  total = await totalCount(page)

  // Target type: untick Dashboard.
  await filtersGroup(page).getByRole('button', { name: 'Target type: Dashboard (filter)', exact: true }).click()
  const dashboard = page.getByRole('dialog', { name: 'Target type' }).getByRole('checkbox', { name: /^Dashboard\b/ })
  await dashboard.click()
  await expect(dashboard).not.toBeChecked()
  await page.keyboard.press('Escape')
  await expect(filtersGroup(page).getByRole('button', { name: 'Target type filter', exact: true })).toBeVisible()
  await expect
    .poll(() => totalCount(page), { message: 'rows widen without the target type filter' })
    .toBeGreaterThan(total)
  total = await totalCount(page)

  // Actor type, by keyboard.
  await filtersGroup(page).getByRole('button', { name: 'Actor type: User (filter)', exact: true }).focus()
  await page.keyboard.press('Enter')
  const user = page.getByRole('dialog', { name: 'Actor type' }).getByRole('checkbox', { name: /^User\b/ })
  await tabTo(page, user)
  await page.keyboard.press('Space')
  await expect(user).not.toBeChecked()
  await page.keyboard.press('Escape')
  await expect(filtersGroup(page).getByRole('button', { name: 'Actor type filter', exact: true })).toBeFocused()
  await expect
    .poll(() => totalCount(page), { message: 'rows widen without the actor type filter' })
    .toBeGreaterThan(total)
  total = await totalCount(page)
  await expect(page).toHaveURL(/\/settings\/audit-logs\?range=30d$/)

  const lastMonth = listRequests(apiRequests).findLast((url) => url.searchParams.get('page') === '0')!
  const previousStart = Number(lastMonth.searchParams.get('start'))
  expect(lastMonth.searchParams.has('end')).toBe(false)

  // The chart: a week a bar (a few bars a view, decision 016). Pick two whole weeks in the middle,
  // by keyboard, and zoom.
  const chart = page.getByRole('figure', { name: 'Activity over time' })
  const buckets = chart.getByRole('group', { name: 'Activity over time' }).getByRole('button')
  await expect(buckets.first()).toBeVisible()
  const count = await buckets.count()
  expect(count).toBeGreaterThanOrEqual(4)
  const from = Math.floor(count / 2)
  const first = buckets.nth(from)
  const second = buckets.nth(from + 1)
  const bucketName = /^(.+) – (.+): ([\d,]+) entr(?:y|ies)$/
  await expect(first).toHaveAccessibleName(bucketName)
  await expect(second).toHaveAccessibleName(bucketName)
  const [, firstStart, , firstCount] = bucketName.exec((await first.getAttribute('aria-label'))!)!
  const [, , secondEnd, secondCount] = bucketName.exec((await second.getAttribute('aria-label'))!)!
  const expectedTotal = Number(firstCount!.replace(/,/g, '')) + Number(secondCount!.replace(/,/g, ''))

  await first.focus()
  await page.keyboard.press('Shift+ArrowRight')
  await expect(second).toBeFocused()
  await expect(first).toHaveAttribute('aria-pressed', 'true')
  await expect(second).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Enter')

  const zoomedChip = filtersGroup(page).getByRole('button', {
    name: `Time range: ${firstStart} – ${secondEnd}`,
    exact: true,
  })
  await expect(zoomedChip).toBeVisible()
  await expect(page).toHaveURL(/[?&]from=[^&]+&to=[^&]+/)
  await expect(rangeText(page)).toHaveText(new RegExp(` of ${expectedTotal.toLocaleString('en-US')}$`))

  const zoomed = listRequests(apiRequests).findLast((url) => url.searchParams.get('page') === '0')!
  const start = Number(zoomed.searchParams.get('start'))
  const end = Number(zoomed.searchParams.get('end'))
  expect(zoomed.searchParams.get('start')).toMatch(/^\d+$/)
  expect(zoomed.searchParams.get('end')).toMatch(/^\d+$/)
  expect(start).toBeGreaterThanOrEqual(previousStart)
  expect(end).toBeLessThanOrEqual(Date.now())
  expect(end - start + 1, 'two whole weeks').toBe(2 * 7 * DAY_MS)
  for (const row of await rowFacts(page)) {
    expect(Date.parse(row.time)).toBeGreaterThanOrEqual(start)
    expect(Date.parse(row.time)).toBeLessThanOrEqual(end)
  }

  // Clear all: back to the whole log.
  await filtersGroup(page).getByRole('button', { name: 'Clear all' }).click()
  await expect(filtersGroup(page).getByRole('button', { name: 'Time range: Any time', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/\/settings\/audit-logs$/)
  await expect.poll(() => totalCount(page), { message: 'the whole log has more rows' }).toBeGreaterThan(total)
})
