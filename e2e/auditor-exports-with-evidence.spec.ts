import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFile, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import Papa from 'papaparse'

import { expect, test } from './fixtures'
import { DEMO_API_PATH, STARTUP } from './journey-helpers'

/** A token in the tab, as "Remember for this tab" keeps one: it must reach the API and nothing else. */
const TOKEN = 'e2e-evidence-token-4f9c2b7d1a'

test('an auditor exports CSV with an evidence manifest whose checksum matches the file', async ({ page }) => {
  await page.addInitScript((token) => {
    sessionStorage.setItem(
      'audit-dashboard.connection',
      JSON.stringify({ layer: { token }, demo: false, remember: true }),
    )
  }, TOKEN)
  const sentToken: boolean[] = []
  page.on('request', (request) => {
    if (request.url().includes(DEMO_API_PATH)) {
      sentToken.push(request.headers().authorization === `Bearer ${TOKEN}`)
    }
  })

  await page.goto('/settings/audit-logs?actorType=User&range=30d')
  const rows = page.getByRole('table', { name: 'Audit logs' }).locator('tbody tr[data-row-id]')
  await expect(rows.first()).toBeVisible(STARTUP)

  await page.getByRole('button', { name: 'Export CSV' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export CSV' })
  const exporting = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export CSV' }).click()
  const file = await exporting
  const manifesting = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download evidence manifest' }).click()
  const manifestDownload = await manifesting
  expect(manifestDownload.suggestedFilename()).toBe(`${file.suggestedFilename()}.manifest.json`)

  const bytes = await readFile((await file.path())!)
  const text = await readFile((await manifestDownload.path())!, 'utf8')
  const manifest = JSON.parse(text) as {
    file: { name: string; sha256: string; sha256sum: string; bytes: number }
    source: { id: string; organization: string; demo: boolean }
    query: {
      filters: unknown
      range: { startUtc: string; endUtc: string | null; preset: string }
      localTimeZone: string
    }
    result: { rows: number; redactedValues: number }
    exportedAt: { startUtc: string; endUtc: string }
    app: { version: string }
    requests: { method: string; url: string }[]
  }

  // The checksum is the file's, checked here and as the README tells an auditor to.
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  expect(manifest.file).toMatchObject({ name: file.suggestedFilename(), sha256, bytes: bytes.length })
  expect(manifest.file.sha256sum).toBe(`${sha256}  ${file.suggestedFilename()}`)
  const folder = await mkdtemp(join(tmpdir(), 'evidence-'))
  await copyFile((await file.path())!, join(folder, file.suggestedFilename()))
  const checked = execFileSync('sha256sum', ['-c'], { cwd: folder, input: `${manifest.file.sha256sum}\n` }).toString()
  expect(checked.trim()).toBe(`${file.suggestedFilename()}: OK`)

  // What it says about the export is what was exported.
  const { data } = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true })
  expect(manifest.result.rows).toBe(data.length)
  expect(manifest.source).toMatchObject({ id: 'losant', organization: '5f1e0c6a9d3b2a0017c4e8a1', demo: true })
  expect(manifest.query.filters).toEqual({ actorTypes: ['User'] })
  expect(manifest.query.range.preset).toBe('30d')
  expect(manifest.query.range.startUtc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  expect(manifest.query.localTimeZone).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone))
  expect(Date.parse(manifest.exportedAt.startUtc)).toBeLessThanOrEqual(Date.parse(manifest.exportedAt.endUtc))
  expect(manifest.app.version).toMatch(/^\d+\.\d+\.\d+/)
  expect(manifest.result.redactedValues).toBeGreaterThan(0)
  expect(manifest.requests.length).toBe(Math.max(1, Math.ceil(data.length / 1000)))
  for (const [index, request] of manifest.requests.entries()) {
    const url = new URL(request.url)
    expect(url.pathname).toBe(`${DEMO_API_PATH}5f1e0c6a9d3b2a0017c4e8a1/audit-logs`)
    expect(url.searchParams.get('page')).toBe(String(index))
    expect(url.searchParams.get('auditLogFilter[actor][0][type]')).toBe('User')
  }

  // The token went to the API with every request, and nowhere into the manifest.
  expect(sentToken.length).toBeGreaterThan(0)
  expect(sentToken.every(Boolean)).toBe(true)
  expect(text).not.toContain(TOKEN)
})
