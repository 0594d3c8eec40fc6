import { createHash } from 'node:crypto'

import { screen, waitFor, within } from '@testing-library/react'
import fc from 'fast-check'
import Papa from 'papaparse'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEFAULT_SEARCH } from '@/sources/audit-search'
import { renderApp, testConnection } from '@/testing/render-app'
import { TEST_API_URL, TEST_ORG_ID } from '@/testing/test-api'

import { buildExportManifest, type ExportManifest, manifestFileName, withoutCredentials } from './export-manifest'
import { sha256Hex } from './sha256'

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

// jsdom's Blob lacks the promise readers every browser has; FileReader (which it has) stands in.
function readAs<T>(blob: Blob, read: (reader: FileReader) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as T)
    reader.onerror = () => reject(reader.error)
    read(reader)
  })
}
Blob.prototype.arrayBuffer ??= function (this: Blob) {
  // Copied into this realm's ArrayBuffer, which Node's Web Crypto insists on.
  return readAs<ArrayBuffer>(this, (reader) => reader.readAsArrayBuffer(this)).then(
    (buffer) => new Uint8Array(buffer).slice().buffer,
  )
}
Blob.prototype.text ??= function (this: Blob) {
  return readAs<string>(this, (reader) => reader.readAsText(this))
}

describe('sha256Hex', () => {
  it('is the SHA-256 sha256sum prints for the same bytes', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect(await sha256Hex(new Blob([bytes]))).toBe(nodeSha256(bytes))
      }),
      { numRuns: 30 },
    )
  })
})

describe('buildExportManifest', () => {
  const input = {
    appVersion: '1.2.3',
    source: { id: 'losant', label: 'Losant' },
    connection: { apiUrl: 'https://user:pa55word@api.example.com/v1', orgId: TEST_ORG_ID, demo: false },
    file: { name: 'x.csv', format: 'csv', mediaType: 'text/csv', bytes: 3, sha256: 'ab'.repeat(32) },
    search: {
      ...DEFAULT_SEARCH,
      filters: { ...DEFAULT_SEARCH.filters, actorTypes: ['User'] },
      range: { start: Date.UTC(2026, 10, 1), preset: undefined },
    },
    localTimeZone: 'Europe/Berlin',
    rows: 12,
    capped: false,
    cap: 100_000,
    redactedValues: 4,
    startedAt: Date.UTC(2026, 11, 7, 10, 0, 0),
    finishedAt: Date.UTC(2026, 11, 7, 10, 0, 3),
    requests: [{ method: 'GET' as const, url: 'https://user:pa55word@api.example.com/v1/orgs/o/audit-logs?page=0' }],
  }

  it('records what, from where, how, and a sha256sum line for the file', () => {
    const manifest = buildExportManifest(input)
    expect(manifest.file.sha256sum).toBe(`${'ab'.repeat(32)}  x.csv`)
    expect(manifest.app.version).toBe('1.2.3')
    expect(manifest.query.filters).toEqual({ actorTypes: ['User'] })
    expect(manifest.query.range).toEqual({ startUtc: '2026-11-01T00:00:00.000Z', endUtc: null, preset: null })
    expect(manifest.query.localTimeZone).toBe('Europe/Berlin')
    expect(manifest.exportedAt).toEqual({ startUtc: '2026-12-07T10:00:00.000Z', endUtc: '2026-12-07T10:00:03.000Z' })
    expect(manifest.result).toEqual({ rows: 12, capped: false, cap: 100_000, redactedValues: 4 })
    expect(manifestFileName('x.csv')).toBe('x.csv.manifest.json')
  })

  it('never carries credentials from a URL', () => {
    const text = JSON.stringify(buildExportManifest(input))
    expect(text).not.toContain('pa55word')
    expect(text).toContain('"apiUrl":"https://api.example.com/v1"')
    expect(withoutCredentials('/vendor-api')).toBe('/vendor-api')
  })
})

describe('export with its evidence manifest', () => {
  const downloads: { name: string; blob: Blob }[] = []

  // The dialog and the activity chart are lazy chunks. Loaded up front, they resolve inside the act()
  // that renders them; left to load during the test, the chart's could land between two awaits
  // that are not act()-wrapped (a CI run saw React's "suspended resource … not wrapped in act").
  beforeAll(
    () => Promise.all([import('./export-dialog'), import('@/features/audit-logs/chart/activity-chart')]),
    30_000,
  )
  afterEach(() => {
    downloads.length = 0
  })

  function captureDownloads() {
    const blobs = new Map<string, Blob>()
    let next = 0
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${next++}`
      blobs.set(url, blob as Blob)
      return url
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: blobs.get(this.href)! })
    })
  }

  it('offers a manifest whose checksum is the file’s and which holds no token', async () => {
    if (!URL.createObjectURL) URL.createObjectURL = () => ''
    if (!URL.revokeObjectURL) URL.revokeObjectURL = () => {}
    captureDownloads()
    const { user } = renderApp('/settings/audit-logs?actorType=User&status=4xx')
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export CSV' })
    await user.click(within(dialog).getByRole('button', { name: 'Export CSV' }))
    await user.click(await within(dialog).findByRole('button', { name: 'Download evidence manifest' }))
    await waitFor(() => expect(downloads).toHaveLength(2))

    const [file, manifestFile] = downloads as [(typeof downloads)[0], (typeof downloads)[0]]
    expect(manifestFile.name).toBe(`${file.name}.manifest.json`)
    const text = await manifestFile.blob.text()
    const manifest = JSON.parse(text) as ExportManifest
    const bytes = new Uint8Array(await file.blob.arrayBuffer())
    expect(manifest.file.sha256).toBe(nodeSha256(bytes))
    expect(manifest.file.sha256sum).toBe(`${nodeSha256(bytes)}  ${file.name}`)
    expect(manifest.file.bytes).toBe(bytes.length)

    const csv = Papa.parse(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true })
    expect(csv.data.length).toBeGreaterThan(0)
    expect(manifest.result.rows).toBe(csv.data.length)
    expect(manifest.result.redactedValues).toBeGreaterThanOrEqual(0)
    expect(manifest.source).toEqual({
      id: 'losant',
      name: 'Losant',
      apiUrl: TEST_API_URL,
      organization: TEST_ORG_ID,
      demo: true,
    })
    expect(manifest.query.filters).toEqual({ actorTypes: ['User'], statusClasses: ['4xx'] })
    expect(manifest.requests.length).toBeGreaterThanOrEqual(1)
    for (const [page, request] of manifest.requests.entries()) {
      expect(request.method).toBe('GET')
      const url = new URL(request.url)
      expect(`${url.origin}${url.pathname}`).toBe(`${TEST_API_URL}/orgs/${TEST_ORG_ID}/audit-logs`)
      expect(url.searchParams.get('page')).toBe(String(page))
      expect(url.searchParams.get('perPage')).toBe('1000')
      expect(url.searchParams.get('auditLogFilter[actor][0][type]')).toBe('User')
    }
    expect(Date.parse(manifest.exportedAt.startUtc!)).toBeLessThanOrEqual(Date.parse(manifest.exportedAt.endUtc!))
    expect(manifest.app.version).toMatch(/^\d+\.\d+\.\d+/)
    // The connection had a token; it is nowhere in the manifest.
    expect(testConnection.token).toBeTruthy()
    expect(text).not.toContain(testConnection.token)
  })
})
