import { readFile } from 'node:fs/promises'

import type { Page } from '@playwright/test'
import Papa from 'papaparse'

import { LOSANT_DEMO_SECRETS } from '../src/mocks/losant/dataset'
import { expect, test } from './fixtures'

const listRows = (page: Page) => page.getByRole('table', { name: 'Audit logs' }).locator('tbody tr[data-row-id]')

test('an auditor exports a filtered range as CSV that matches the list and holds no secret', async ({ page }) => {
  await page.goto('/settings/audit-logs?actorType=User&status=4xx&range=90d&size=100')
  await expect(listRows(page).first()).toBeVisible()
  const range = await page.getByRole('navigation', { name: 'Pagination' }).getByText(/ of /).innerText()
  const total = Number(range.split(' of ')[1]!.replace(/,/g, ''))
  expect(total).toBeGreaterThan(0)
  const listIds = await listRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id')))

  await page.getByRole('button', { name: 'Export CSV' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export CSV' })
  await expect(dialog).toContainText(`(${total.toLocaleString('en-US')} ${total === 1 ? 'entry' : 'entries'})`)
  await expect(dialog).toContainText('At most 100,000 entries')
  await dialog.getByRole('checkbox', { name: /byte-order mark/ }).check()
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(
    /^audit-logs_5f1e0c6a9d3b2a0017c4e8a1_\d{4}-\d{2}-\d{2}_to_\d{4}-\d{2}-\d{2}_exported-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/,
  )
  // The checksum line is a second status region, and may still be computing.
  await expect(dialog.getByRole('status').filter({ hasText: 'Exported' })).toContainText(
    `Exported ${total.toLocaleString('en-US')}`,
  )

  const text = await readFile((await download.path())!, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
  expect(errors).toEqual([])
  expect(data).toHaveLength(total)
  const since = Date.now() - 90 * 86_400_000 - 120_000
  for (const row of data) {
    expect(row.actor_type).toBe('User')
    expect(Number(row.response_status)).toBeGreaterThanOrEqual(400)
    expect(Number(row.response_status)).toBeLessThan(500)
    expect(Date.parse(row.time_utc!)).toBeGreaterThanOrEqual(since)
  }
  // Same order as the list.
  expect(data.slice(0, listIds.length).map((row) => row.id)).toEqual(listIds)
  for (const secret of LOSANT_DEMO_SECRETS) expect(text).not.toContain(JSON.stringify(secret).slice(1, -1))
})

test('an auditor exports NDJSON, one redacted entry per line', async ({ page }) => {
  await page.goto('/settings/audit-logs?range=7d')
  await expect(listRows(page).first()).toBeVisible()
  await page.getByRole('button', { name: 'Export NDJSON' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export NDJSON' })
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export NDJSON' }).click()
  const text = await readFile((await (await downloading).path())!, 'utf8')
  const lines = text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string })
  expect(lines.length).toBeGreaterThan(0)
  expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length)
  for (const secret of LOSANT_DEMO_SECRETS) expect(text).not.toContain(JSON.stringify(secret).slice(1, -1))
})

test('live mode shows new entries behind a button, then at the top, highlighted', async ({ page }) => {
  await page.goto('/settings/audit-logs')
  await expect(listRows(page)).toHaveCount(50)
  const firstBefore = await listRows(page).first().getAttribute('data-row-id')
  await page.getByRole('switch', { name: 'Live' }).click()
  await expect(page.getByRole('switch', { name: 'Live' })).toHaveAttribute('aria-checked', 'true')
  await page.getByLabel('Check for new entries every').selectOption({ label: 'every 5 s' })

  // The demo API records a new entry, as a server would when someone changes something.
  const created = await page.evaluate(async () => {
    const response = await fetch('/demo-api/losant/__demo__/entries', { method: 'POST' })
    return ((await response.json()) as { id: string }).id
  })
  const button = page.getByRole('button', { name: '1 new entry' })
  await expect(button).toBeVisible({ timeout: 15_000 })
  // Nothing moved under the cursor meanwhile.
  await expect(listRows(page).first()).toHaveAttribute('data-row-id', firstBefore!)
  await button.click()
  await expect(listRows(page).first()).toHaveAttribute('data-row-id', created)
  await expect(listRows(page).first()).toHaveAttribute('data-new', 'true')
  await expect(page.getByRole('button', { name: /new entr/ })).toHaveCount(0)
})
