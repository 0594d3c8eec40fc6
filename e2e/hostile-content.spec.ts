import type { Locator, Page } from '@playwright/test'

import { createLosantDataset, LOSANT_HOSTILE_IDS } from '../src/mocks/losant/dataset'
import { expect, test } from './fixtures'
import { entryRow, focusIsInRow, pinClock, STARTUP } from './journey-helpers'

test.use({ viewport: { width: 1440, height: 900 } })

const XSS_IMG = '<img src=x onerror=alert(1)>'
const XSS_SCRIPT = '<script>alert(1)</script>'
const XSS_URL = 'javascript:alert(1)'

/**
 * What each planted entry attacks with, text the drawer must show literally, and the name the
 * list row must show literally (the last two have nothing hostile in the row).
 */
const HOSTILE: Record<string, { what: string; shows: string[]; row?: string }> = {
  '65a0f1c2d3e4b5a6978801a1': {
    what: 'an <img onerror> in the actor name and body',
    shows: [XSS_IMG, '"><svg onload=alert(1)>'],
    row: XSS_IMG,
  },
  '65a0f1c2d3e4b5a6978801a2': {
    what: 'a <script> in the dashboard name and body',
    shows: [XSS_SCRIPT],
    row: XSS_SCRIPT,
  },
  '65a0f1c2d3e4b5a6978801a3': {
    what: 'javascript: URLs',
    shows: [XSS_URL, `<a href="${XSS_URL}">Open</a>`],
    row: XSS_URL,
  },
  '65a0f1c2d3e4b5a6978801a4': { what: 'a right-to-left override in a file name', shows: ['gnp.exe'], row: 'gnp.exe' },
  '65a0f1c2d3e4b5a6978801a5': { what: 'zero-width and control characters', shows: ['Dock', 'line one'], row: 'Pump' },
  '65a0f1c2d3e4b5a6978801a6': { what: 'emoji', shows: ['Zoë 🚀 Ops', '🔥 Alarm Router 🚨'], row: '🔥 Alarm Router 🚨' },
  '65a0f1c2d3e4b5a6978801a7': {
    what: 'a 1024-character name',
    shows: ['Sensor with an unreasonably long name'],
    row: 'Sensor with an unreasonably long name',
  },
  '65a0f1c2d3e4b5a6978801a8': { what: 'a body nested 60 levels deep', shows: ['bottom'] },
  '65a0f1c2d3e4b5a6978801a9': { what: 'a 200 KB string', shows: ['## Operations notes'] },
}

/** `YYYY-MM-DDTHH:mm` in UTC, the list URL's form for a custom range with `tz=utc`. */
function utcMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16)
}

/** Nodes an XSS payload would have created, in the app root and in portals (the dialog). */
function injectedNodes(page: Page): Locator {
  return page
    .locator('#root, [role="dialog"]')
    .locator('img[src="x"], script:not([src]), svg[onload], [onerror], [onload], a[href^="javascript:" i], iframe')
}

async function expectNoHorizontalPageScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
  expect(scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(clientWidth)
}

/**
 * Whether `text`, found inside `element`, is laid out left to right character by character — i.e.
 * no bidi control in the data has visually reordered it.
 */
function readsLeftToRight(element: Locator, text: string): Promise<boolean> {
  return element.evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
    const whole = nodes.map((node) => node.data).join('')
    const at = whole.indexOf(needle)
    if (at === -1) throw new Error(`"${needle}" is not in the element`)
    const lefts: number[] = []
    for (let i = at; i < at + needle.length; i++) {
      let offset = i
      const node = nodes.find((candidate) =>
        offset < candidate.data.length ? true : ((offset -= candidate.data.length), false),
      )!
      const range = document.createRange()
      range.setStart(node, offset)
      range.setEnd(node, offset + 1)
      const rect = range.getBoundingClientRect()
      if (rect.width > 0 && needle[i - at] !== ' ') lefts.push(rect.left)
    }
    return lefts.every((left, i) => i === 0 || left > lefts[i - 1]!)
  }, text)
}

const { byId } = createLosantDataset({ now: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000) })

test('the planted hostile entries are the ones this spec knows', () => {
  expect(Object.keys(HOSTILE)).toEqual(LOSANT_HOSTILE_IDS)
  for (const id of LOSANT_HOSTILE_IDS) expect(byId.has(id), id).toBe(true)
})

for (const id of LOSANT_HOSTILE_IDS) {
  const { what, shows, row: rowText } = HOSTILE[id]!

  test(`an entry with ${what} shows it as inert text in the drawer and in the list`, async ({ page }) => {
    const hour = await pinClock(page)
    const entry = createLosantDataset({ now: hour }).byId.get(id)!
    const at = Date.parse(entry.creationDate)
    // The list narrowed to the minutes around the entry, so it is on the first page; the drawer
    // opened over it by deep link.
    await page.goto(`/settings/audit-logs/${id}?from=${utcMinute(at - 60_000)}&to=${utcMinute(at + 60_000)}&tz=utc`)

    const dialog = page.getByRole('dialog', { name: `Audit log ${id}` })
    await expect(dialog).toBeVisible(STARTUP)
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`Audit log ${id}`)
    await expect(dialog.getByRole('tree', { name: 'Request body' })).toBeVisible()
    for (const button of await dialog.getByRole('button', { name: 'Expand all' }).all()) await button.click()
    for (const button of await dialog.getByRole('button', { name: /^Show all/ }).all()) await button.click()
    for (const text of shows) await expect(dialog).toContainText(text)

    await expect(injectedNodes(page)).toHaveCount(0)
    await expectNoHorizontalPageScroll(page)
    // The title reads "Audit log <id>", left to right, whatever the entry holds.
    const title = dialog.getByRole('heading', { level: 2 })
    expect(await readsLeftToRight(title, `Audit log ${id}`), 'the dialog title reads left to right').toBe(true)

    // The raw view of the request body: the same payloads, still text.
    await dialog.getByRole('group', { name: 'Request body view' }).getByRole('button', { name: 'Raw' }).click()
    await expect(dialog.getByRole('region', { name: 'Request body, raw JSON' })).toBeVisible()
    await expect(injectedNodes(page)).toHaveCount(0)
    await expectNoHorizontalPageScroll(page)

    // Close: the list, with the entry's row, focused.
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    const row = entryRow(page, id)
    await expect(row).toBeVisible()
    await expect.poll(() => focusIsInRow(page, id)).toBe(true)
    if (rowText !== undefined) await expect(row).toContainText(rowText)
    await expect(injectedNodes(page)).toHaveCount(0)
    await expectNoHorizontalPageScroll(page)
  })
}

test('a right-to-left override in a logged name reorders neither the name nor the labels around it', async ({
  page,
}) => {
  const id = '65a0f1c2d3e4b5a6978801a4'
  const hour = await pinClock(page)
  const entry = createLosantDataset({ now: hour }).byId.get(id)!
  const at = Date.parse(entry.creationDate)
  await page.goto(`/settings/audit-logs/${id}?from=${utcMinute(at - 60_000)}&to=${utcMinute(at + 60_000)}&tz=utc`)

  const dialog = page.getByRole('dialog', { name: `Audit log ${id}` })
  await expect(dialog).toBeVisible(STARTUP)
  await expect(dialog.getByRole('tree', { name: 'Request body' })).toBeVisible()
  expect(await readsLeftToRight(dialog.getByRole('heading', { level: 2 }), `Audit log ${id}`)).toBe(true)
  // In the JSON tree the override is shown as a visible escape.
  expect(await readsLeftToRight(dialog.getByRole('tree', { name: 'Request body' }), 'gnp.exe')).toBe(true)
  // In the facts above it: the file name, and the "File" type label after it. Soft, so one run
  // reports every place the override reorders text.
  const subResource = dialog
    .getByRole('definition')
    .filter({ has: page.getByRole('button', { name: 'Filter by this sub-resource' }) })
  expect
    .soft(await readsLeftToRight(subResource, 'gnp.exe'), 'the sub-resource name in the drawer keeps its order')
    .toBe(true)
  expect
    .soft(await readsLeftToRight(subResource, 'File'), 'the "File" label after it in the drawer keeps its order')
    .toBe(true)

  // And in the list row.
  await page.keyboard.press('Escape')
  const row = entryRow(page, id)
  await expect(row).toBeVisible()
  expect.soft(await readsLeftToRight(row, 'gnp.exe'), 'the name in the list keeps its order').toBe(true)
  expect.soft(await readsLeftToRight(row, 'File'), 'the "File" label in the list keeps its order').toBe(true)
})
