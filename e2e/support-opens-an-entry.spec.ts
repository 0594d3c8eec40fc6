import type { Page } from '@playwright/test'

import type { LosantAuditLog } from '../src/mocks/losant/dataset'
import { createLosantDataset, LOSANT_DEMO_SECRETS } from '../src/mocks/losant/dataset'
import { expect, test } from './fixtures'
import {
  auditTable,
  DEMO_API_PATH,
  entryRow,
  focusIsInRow,
  pinClock,
  rangeText,
  secretNeedles,
  STARTUP,
} from './journey-helpers'

const SECRETS = secretNeedles(LOSANT_DEMO_SECRETS)

function carriesSecret(entry: LosantAuditLog): boolean {
  const json = JSON.stringify(entry)
  return LOSANT_DEMO_SECRETS.some((secret) => json.includes(secret))
}

/** Every secret that appears anywhere in the page's markup (text and attributes). */
async function secretsInPage(page: Page): Promise<string[]> {
  const html = await page.evaluate(() => document.documentElement.outerHTML)
  return SECRETS.filter((secret) => html.includes(secret))
}

test('support staff open a deep link to an entry with leaked secrets and see it redacted, copy it and step through the log', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const hour = await pinClock(page)
  const { entries } = createLosantDataset({ now: hour })
  const index = entries.findIndex(carriesSecret)
  expect(index, 'the demo data has an entry with an unredacted secret').toBeGreaterThanOrEqual(0)
  const entry = entries[index]!
  const next = entries[index + 1]!
  const afterNext = entries[index + 2]!

  // A cold deep link, as pasted: the entry opens over the first page of the list. Which page holds
  // it depends on the hour the demo data is anchored to; when it is not the first, "Find in list"
  // moves the list there so previous/next step through its neighbours.
  const listPage = Math.floor(index / 50) + 1
  await page.goto(`/settings/audit-logs/${entry.id}`)
  const dialog = page.getByRole('dialog', { name: `Audit log ${entry.id}` })
  await expect(dialog).toBeVisible(STARTUP)
  if (listPage > 1) {
    await expect(dialog.getByRole('button', { name: 'Next entry' })).toBeDisabled()
    await dialog.getByRole('button', { name: 'Find in list' }).click()
    await expect(page).toHaveURL(new RegExp(`/settings/audit-logs/${entry.id}\\?page=${listPage}$`))
  }
  await expect(dialog.getByRole('button', { name: 'Find in list' })).toHaveCount(0)
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`Audit log ${entry.id}`)
  await expect(dialog.getByText(entry.actorName!, { exact: true }).first()).toBeVisible()

  // The bodies, as trees, opened all the way down; the leaked values show as "Redacted".
  await expect(dialog.getByRole('heading', { name: 'Request body' })).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Response body' })).toBeVisible()
  const requestTree = dialog.getByRole('tree', { name: 'Request body' })
  const responseTree = dialog.getByRole('tree', { name: 'Response body' })
  await expect(requestTree).toBeVisible()
  await expect(responseTree).toBeVisible()
  for (const button of await dialog.getByRole('button', { name: 'Expand all' }).all()) await button.click()
  await expect(requestTree.getByRole('treeitem').first()).toBeVisible()
  await expect(dialog.getByText(/values? in this entry (was|were) redacted/)).toBeVisible()
  await expect(dialog.getByRole('treeitem', { name: /Redacted/ }).first()).toBeVisible()
  expect(await secretsInPage(page), 'secrets in the page with the trees open').toEqual([])

  // The raw JSON of both bodies holds no secret either.
  for (const body of ['Request body', 'Response body']) {
    await dialog
      .getByRole('group', { name: `${body} view` })
      .getByRole('button', { name: 'Raw' })
      .click()
    await expect(dialog.getByRole('region', { name: `${body}, raw JSON` })).toContainText('{')
  }
  await expect(dialog.getByRole('region', { name: 'Request body, raw JSON' })).toContainText(/redacted/i)
  expect(await secretsInPage(page), 'secrets in the page with the raw views open').toEqual([])

  // Copy JSON: the clipboard holds the entry, redacted.
  await dialog.getByRole('button', { name: 'Copy JSON' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'Copy JSON: copied' })).toBeAttached()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(entry.id)
  expect(() => JSON.parse(copied) as unknown).not.toThrow()
  expect(
    SECRETS.filter((secret) => copied.includes(secret)),
    'secrets on the clipboard',
  ).toEqual([])

  // Step through the log: the button, then the keyboard shortcut.
  await dialog.getByRole('button', { name: 'Next entry' }).click()
  const nextDialog = page.getByRole('dialog', { name: `Audit log ${next.id}` })
  await expect(nextDialog).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/settings/audit-logs/${next.id}(\\?|$)`))
  await expect(nextDialog.getByRole('button', { name: 'Copy JSON' })).toBeVisible()
  await page.keyboard.press('j')
  const lastDialog = page.getByRole('dialog', { name: `Audit log ${afterNext.id}` })
  await expect(lastDialog).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/settings/audit-logs/${afterNext.id}(\\?|$)`))

  // Escape lands on the list, on the row of the entry shown last.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/settings\/audit-logs(\?|$)/)
  await expect(entryRow(page, afterNext.id)).toBeVisible()
  await expect.poll(() => focusIsInRow(page, afterNext.id), { message: 'focus is on the entry’s row' }).toBe(true)
  await expect(entryRow(page, afterNext.id).getByRole('link')).toBeFocused()
})

test('an unknown entry id says the entry was not found while the list keeps working', async ({
  page,
  pageProblems,
}) => {
  const hour = await pinClock(page)
  const { byId } = createLosantDataset({ now: hour })
  const unknownId = 'fedcba9876543210fedcba98'
  expect(byId.has(unknownId)).toBe(false)
  // The API answers 404, and Chromium logs every 4xx response as a console error. Only that
  // log line, for this entry's URL, is expected; anything else still fails the test.
  const expectedLogs: string[] = []
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      message.location().url.endsWith(`/audit-logs/${unknownId}`) &&
      message.text().startsWith('Failed to load resource: the server responded with a status of 404')
    ) {
      expectedLogs.push(`console error: ${message.text()}`)
    }
  })

  await page.goto(`/settings/audit-logs/${unknownId}`)
  const dialog = page.getByRole('dialog', { name: `Audit log ${unknownId}` })
  await expect(dialog).toBeVisible(STARTUP)
  await expect(dialog.getByText('Audit log entry not found')).toBeVisible()

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/settings\/audit-logs$/)
  await expect(auditTable(page).getByRole('row')).toHaveCount(51)
  await expect(rangeText(page)).toHaveText(/^1–50 of [\d,]+$/)
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(rangeText(page)).toHaveText(/^51–100 of [\d,]+$/)

  expect(expectedLogs.length, 'the browser logged the 404 of the entry request').toBeGreaterThan(0)
  for (const log of expectedLogs) pageProblems.splice(pageProblems.indexOf(log), 1)
})

test('a link with something that is not an audit log id says so without asking the server', async ({ page }) => {
  const entryRequests: string[] = []
  const listRequests: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (!pathname.startsWith(DEMO_API_PATH)) return
    if (pathname.endsWith('/audit-logs')) listRequests.push(request.url())
    else entryRequests.push(request.url())
  })

  const listLoaded = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/audit-logs'))
  await page.goto('/settings/audit-logs/not-an-id')
  const dialog = page.getByRole('dialog', { name: 'Audit log not-an-id' })
  await expect(dialog).toBeVisible(STARTUP)
  await expect(dialog.getByText('This is not an audit log id')).toBeVisible()
  await listLoaded

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(auditTable(page).getByRole('row')).toHaveCount(51)
  expect(listRequests.length).toBeGreaterThan(0)
  expect(entryRequests.filter((url) => url.includes('/audit-logs/not-an-id'))).toEqual([])
  expect(entryRequests).toEqual([])
})

test('Back after opening an entry from the list closes it, and Forward opens it again', async ({ page }) => {
  await page.goto('/settings/audit-logs')
  const firstRow = auditTable(page).locator('tbody tr[data-row-id]').first()
  await expect(firstRow).toBeVisible(STARTUP)
  const id = (await firstRow.getAttribute('data-row-id'))!

  await firstRow.getByRole('link').click()
  const dialog = page.getByRole('dialog', { name: `Audit log ${id}` })
  // The first entry opened loads the drawer's chunk.
  await expect(dialog).toBeVisible(STARTUP)
  await expect(page).toHaveURL(new RegExp(`/settings/audit-logs/${id}$`))

  await page.goBack()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/settings\/audit-logs$/)
  await expect(auditTable(page)).toBeVisible()

  await page.goForward()
  await expect(dialog).toBeVisible()
})

test('the list behind an open entry takes no clicks: a click there closes the entry and opens nothing else', async ({
  page,
}) => {
  await page.goto('/settings/audit-logs')
  const rows = auditTable(page).locator('tbody tr[data-row-id]')
  await expect(rows.first()).toBeVisible(STARTUP)
  const id = (await rows.first().getAttribute('data-row-id'))!
  const otherLink = rows.nth(2).getByRole('link')
  const box = (await otherLink.boundingBox())!

  await rows.first().getByRole('link').click()
  await expect(page.getByRole('dialog', { name: `Audit log ${id}` })).toBeVisible(STARTUP)
  // What the pointer would hit over the other row's link: the dialog's overlay, not the list.
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  })
  expect(hit).toContain('dialog-overlay')
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/settings\/audit-logs$/)
})
