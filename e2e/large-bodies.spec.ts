import { createLosantDataset } from '../src/mocks/losant/dataset'
import { expect, test } from './fixtures'
import { auditTable, dataRows, STARTUP } from './journey-helpers'

const dataset = createLosantDataset()

for (const size of ['1mb', '5mb'] as const) {
  const id = dataset.largeBodyIds[size]
  const label = size === '1mb' ? '~1 MB' : '~5 MB'

  test(`an entry with a ${label} response body opens by deep link, reads as a tree and as raw JSON, and the page stays responsive`, async ({
    page,
  }) => {
    // Sizes and line counts do not depend on the hour the data is anchored to.
    const body = dataset.byId.get(id)!.responseBody as { data: { totalDevices: number } }
    const devices = body.data.totalDevices.toLocaleString('en-US')
    const lines = JSON.stringify(body, null, 2).split('\n').length

    await page.goto(`/settings/audit-logs/${id}`)
    const dialog = page.getByRole('dialog', { name: `Audit log ${id}` })
    // Start-up may be slow on a busy machine: the dialog, then the entry, whose megabytes the demo
    // API builds on first read, on this same page. From there everything keeps the default timeout.
    await expect(dialog).toBeVisible(STARTUP)
    await expect(dialog.getByRole('heading', { name: 'Response body' })).toBeVisible(STARTUP)
    const tree = dialog.getByRole('tree', { name: 'Response body' })
    await expect(tree).toBeVisible()
    await expect(tree.getByRole('treeitem', { name: 'data: {4 keys}' })).toBeVisible()

    // Open `data`: the device list is summarised, not rendered item by item.
    await tree.getByRole('treeitem', { name: 'data: {4 keys}' }).click()
    await expect(tree.getByRole('treeitem', { name: `exportedDevices: [${devices} items]` })).toBeVisible()

    // Raw: numbered lines in a scrollable region, from the first line to the last.
    await dialog.getByRole('group', { name: 'Response body view' }).getByRole('button', { name: 'Raw' }).click()
    const raw = dialog.getByRole('region', { name: 'Response body, raw JSON' })
    await expect(raw).toBeVisible()
    await expect(raw).toHaveText(/^1\{2 {2}"success": true,3 {2}"data": \{/)
    expect(await raw.evaluate((el) => el.scrollHeight > el.clientHeight), 'the raw view scrolls').toBe(true)
    await raw.focus()
    await page.keyboard.press('End')
    await expect.poll(() => raw.evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
    await expect(raw).toHaveText(new RegExp(`${lines - 1} {2}\\}${lines}\\}$`))

    // Still responsive: back to the tree, then Close.
    await dialog.getByRole('group', { name: 'Response body view' }).getByRole('button', { name: 'Tree' }).click()
    await expect(tree).toBeVisible()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page).toHaveURL(/\/settings\/audit-logs$/)
    await expect(auditTable(page)).toBeVisible()
    await expect(dataRows(page)).toHaveCount(50)
  })
}
