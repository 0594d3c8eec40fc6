import type { Locator, Page } from '@playwright/test'

import { expect, test } from './fixtures'
import { auditTable, dataRows, STARTUP } from './journey-helpers'

const LIST = '/settings/audit-logs'

/** The column headers, left to right. */
function headers(page: Page): Promise<string[]> {
  return auditTable(page)
    .locator('thead th')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''))
}

function viewsMenu(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Saved views' })
}

async function openViews(page: Page): Promise<Locator> {
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Views' }).click()
  const menu = viewsMenu(page)
  await expect(menu).toBeVisible()
  return menu
}

test('an admin saves a view with its columns, opens it after a reload, and makes it the page’s default', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])

  await page.goto(`${LIST}?actorType=User&range=7d`)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  expect(await headers(page)).toEqual(['Time', 'Actor', 'Request', 'Target', 'Status'])

  // Columns, by keyboard: hide Target, move Status up past Request.
  const columnsButton = page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Columns' })
  await columnsButton.focus()
  await page.keyboard.press('Enter')
  const columns = page.getByRole('dialog', { name: 'Columns' })
  await expect(columns).toBeVisible()
  await expect(columns.getByRole('checkbox', { name: 'Time' })).toBeDisabled()
  await expect(columns.getByRole('checkbox', { name: 'Actor' })).toBeDisabled()
  await columns.getByRole('checkbox', { name: 'Target' }).focus()
  await page.keyboard.press('Space')
  await expect(columns.getByRole('checkbox', { name: 'Target' })).not.toBeChecked()
  const moveStatusUp = columns.getByRole('button', { name: 'Move Status up' })
  await moveStatusUp.focus()
  await page.keyboard.press('Enter')
  await expect(columns.getByRole('status')).toHaveText('Status is now column 3 of 4.')
  await expect(moveStatusUp).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(columns).toBeHidden()
  await expect.poll(() => headers(page)).toEqual(['Time', 'Actor', 'Status', 'Request'])
  expect(new URL(page.url()).searchParams.get('cols')).toBe('time,actor,status,request')

  // Save the view.
  let menu = await openViews(page)
  await expect(menu.getByText('No saved views yet', { exact: false })).toBeVisible()
  await menu.getByRole('textbox', { name: 'Name the current view' }).fill('Users this week')
  await page.keyboard.press('Enter')
  await expect(menu.getByRole('status')).toHaveText('Saved the view “Users this week”.')
  const saved = menu.getByRole('button', { name: 'Open the view “Users this week”' })
  await expect(saved).toHaveAttribute('aria-current', 'true')
  // A second view with the same name is refused, with the reason beside the field.
  await menu.getByRole('textbox', { name: 'Name the current view' }).fill('users THIS week')
  await menu.getByRole('button', { name: 'Save view' }).click()
  await expect(menu.getByRole('alert')).toHaveText(/already exists/)
  // The shareable link is the list's URL with the view's search (no page, no token).
  await menu.getByRole('button', { name: 'Copy a link to “Users this week”' }).click()
  await expect(menu.getByRole('status')).toHaveText('Link to “Users this week” copied.')
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()))
  expect(link.pathname).toBe(LIST)
  expect(Object.fromEntries(link.searchParams)).toEqual({
    actorType: 'User',
    range: '7d',
    cols: 'time,actor,status,request',
  })
  await page.keyboard.press('Escape')

  // After a reload, from the plain list (there is no default yet), the view opens as saved.
  await page.goto(LIST)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  expect(new URL(page.url()).search).toBe('')
  expect(await headers(page)).toEqual(['Time', 'Actor', 'Request', 'Target', 'Status'])
  menu = await openViews(page)
  await menu.getByRole('button', { name: 'Open the view “Users this week”' }).click()
  await expect(menu).toBeHidden()
  await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('7d')
  expect(new URL(page.url()).searchParams.get('actorType')).toBe('User')
  await expect(page.getByRole('button', { name: /^Time range: Last 7 days/ })).toBeVisible()
  await expect.poll(() => headers(page)).toEqual(['Time', 'Actor', 'Status', 'Request'])

  // Make it the default: the bare page now opens on it.
  menu = await openViews(page)
  const star = menu.getByRole('button', { name: 'Open the page on “Users this week”' })
  await star.click()
  await expect(star).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Escape')
  await page.goto(LIST)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('7d')
  expect(new URL(page.url()).searchParams.get('cols')).toBe('time,actor,status,request')
  expect(await headers(page)).toEqual(['Time', 'Actor', 'Status', 'Request'])
  // Clearing the filters there stays on the plain filters: the default is for opening the page.
  await page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: 'Clear all' }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('actorType')).toBeNull()
  expect(new URL(page.url()).searchParams.get('range')).toBeNull()

  // Rename, then delete: the bare page opens on the plain list again.
  menu = await openViews(page)
  await menu.getByRole('button', { name: 'Rename “Users this week”' }).click()
  const rename = menu.getByRole('textbox', { name: 'New name for “Users this week”' })
  await expect(rename).toBeFocused()
  await rename.fill('People, 7 days')
  await page.keyboard.press('Enter')
  await expect(menu.getByRole('status')).toHaveText('Renamed to “People, 7 days”.')
  await menu.getByRole('button', { name: 'Delete “People, 7 days”' }).click()
  await menu.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(menu.getByRole('status')).toHaveText('Deleted the view “People, 7 days”.')
  await page.keyboard.press('Escape')
  await page.goto(LIST)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  expect(new URL(page.url()).search).toBe('')
})

/** The one localStorage key of this source's saved views (after something was saved). */
async function viewsKey(page: Page): Promise<string> {
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('audit-dashboard.views')))
  expect(key, 'the saved views are in localStorage').toBeTruthy()
  return key!
}

test('saved views travel as a file, and bad or old stored views are ignored with a notice, never a crash', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await page.goto(`${LIST}?status=4xx`)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  let menu = await openViews(page)
  await menu.getByRole('textbox', { name: 'Name the current view' }).fill('Client errors')
  await page.keyboard.press('Enter')
  await expect(menu.getByRole('status')).toHaveText('Saved the view “Client errors”.')
  const key = await viewsKey(page)
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).not.toContain('token')

  // Export, delete, import the file again: the view is back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Export views' }).click(),
  ])
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  expect(download.suggestedFilename()).toBe('saved-views-losant.json')
  await menu.getByRole('button', { name: 'Delete “Client errors”' }).click()
  await menu.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(menu.getByText('No saved views yet', { exact: false })).toBeVisible()
  await menu.locator('input[type=file]').setInputFiles(file)
  await expect(menu.getByRole('status')).toHaveText('Imported 1 view.')
  await expect(menu.getByRole('button', { name: 'Open the view “Client errors”' })).toBeVisible()
  // A file that is not an export imports nothing, and says so.
  await menu
    .locator('input[type=file]')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') })
  await expect(menu.getByRole('status')).toHaveText('This file is not a saved-views export: nothing was imported.')
  await expect(menu.getByRole('button', { name: 'Open the view “Client errors”' })).toBeVisible()
  await page.keyboard.press('Escape')

  // Views stored by another version: ignored, said, and the page opens as usual.
  await page.evaluate((k) => localStorage.setItem(k, '{"version":0,"views":"old"}'), key)
  await page.goto(LIST)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  menu = await openViews(page)
  await expect(menu.getByRole('status')).toHaveText(
    'Saved views stored by another version of this dashboard were ignored.',
  )
  await expect(menu.getByText('No saved views yet', { exact: false })).toBeVisible()
  await page.keyboard.press('Escape')

  // One bad view among good ones: the good one still opens the page as its default.
  await page.evaluate(
    (k) =>
      localStorage.setItem(
        k,
        JSON.stringify({
          version: 1,
          defaultId: 'good',
          views: [
            { id: 'bad', name: '' },
            { id: 'good', name: 'Server errors', params: 'status=5xx' },
          ],
        }),
      ),
    key,
  )
  await page.goto(LIST)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('5xx')
  menu = await openViews(page)
  await expect(menu.getByRole('status')).toHaveText('1 saved view could not be read and was ignored.')
  await expect(menu.getByRole('button', { name: 'Open the view “Server errors”' })).toBeVisible()
  await page.keyboard.press('Escape')

  // Not JSON at all: ignored, said, no crash.
  await page.evaluate((k) => localStorage.setItem(k, 'not json {'), key)
  await page.goto(LIST)
  await expect(dataRows(page).first()).toBeVisible(STARTUP)
  expect(new URL(page.url()).search).toBe('')
  menu = await openViews(page)
  await expect(menu.getByRole('status')).toHaveText(
    'The saved views stored in this browser could not be read and were ignored.',
  )
})
