// Pure data and msw handlers (getResponse: no network). Runs in the default environment: the
// shared setup file now touches `window`, which a node-environment file does not have.
import { getResponse } from 'msw'

import { createUiPathDataset } from './dataset'
import { createUiPathHandlers } from './handlers'
import { CSV_COLUMNS, DEFAULT_TOP } from './query'
import type { UiPathAuditLogList } from './schema'

const BASE = 'http://demo.test/uipath'
const dataset = createUiPathDataset({ now: new Date('2026-06-15T12:00:00.000Z') })
const handlers = createUiPathHandlers({ baseUrl: BASE, dataset })
const LIST = `${BASE}/audit_/api/auditlogs`

async function get(url: string) {
  const response = await getResponse(handlers, new Request(url, { headers: { Authorization: 'Bearer anything' } }))
  if (!response) throw new Error(`no handler for ${url}`)
  return { status: response.status, contentType: response.headers.get('content-type'), response }
}

async function list(query: string): Promise<UiPathAuditLogList> {
  const { status, response } = await get(`${LIST}?${query}`)
  expect(status).toBe(200)
  return (await response.json()) as UiPathAuditLogList
}

describe('UiPath demo list endpoint', () => {
  it('answers {totalCount, results}, newest first by default', async () => {
    const { contentType, response } = await get(LIST)
    expect(contentType).toMatch(/^application\/json/)
    const body = (await response.json()) as UiPathAuditLogList
    expect(body.totalCount).toBe(1_500)
    expect(body.results).toEqual(dataset.entries.slice(0, DEFAULT_TOP).map((item) => item.entry))
  })

  it('pages with top and skip', async () => {
    const body = await list('language=en&top=5&skip=10&sortBy=createdOn&sortOrder=desc')
    expect(body.results).toEqual(dataset.entries.slice(10, 15).map((item) => item.entry))
    expect((await list('top=0')).results).toEqual([])
    expect((await list('top=10&skip=1499')).results).toHaveLength(1)
  })

  it('sorts by any DTO property, names matched case-insensitively, either order', async () => {
    const oldest = await list('sortBy=createdOn&sortOrder=asc&top=3')
    expect(oldest.results).toEqual(
      dataset.entries
        .slice(-3)
        .reverse()
        .map((item) => item.entry),
    )
    const byCategory = (await list('sortBy=Category&sortOrder=ASC&top=1000')).results.map((entry) =>
      entry.category.toLowerCase(),
    )
    expect(byCategory).toEqual([...byCategory].sort())
    const byEmail = (await list('sortBy=email&sortOrder=desc&top=1000')).results.map((entry) =>
      (entry.email ?? '').toLowerCase(),
    )
    expect(byEmail).toEqual([...byEmail].sort().reverse())
  })

  it('writes messages in the language asked for, English otherwise', async () => {
    const fr = await list('language=fr&top=3')
    expect(fr.results.map((entry) => entry.message)).toEqual(
      dataset.entries.slice(0, 3).map((item) => item.messages.fr),
    )
    const unknown = await list('language=xx&top=3')
    expect(unknown.results.map((entry) => entry.message)).toEqual(
      dataset.entries.slice(0, 3).map((item) => item.messages.en),
    )
  })

  it('answers 400 with a text body for a bad sortBy, sortOrder, top or skip', async () => {
    for (const query of ['sortBy=nope', 'sortOrder=sideways', 'skip=-1', 'top=-5', 'top=abc', 'top=1001']) {
      const { status, contentType, response } = await get(`${LIST}?${query}`)
      expect(status, query).toBe(400)
      expect(contentType).toMatch(/^text\/plain/)
      expect((await response.text()).length).toBeGreaterThan(10)
    }
    expect(await (await get(`${LIST}?sortBy=nope`)).response.text()).toContain("Invalid sortBy 'nope'")
  })
})

describe('UiPath demo download endpoint', () => {
  it('returns the newest N entries as CSV', async () => {
    const { status, contentType, response } = await get(`${LIST}/download?language=en&size=3`)
    expect(status).toBe(200)
    expect(contentType).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe(CSV_COLUMNS.join(','))
    expect(lines).toHaveLength(4)
    expect(lines[1]).toContain(dataset.entries[0]!.entry.createdOn)
    // Details are JSON with commas and quotes: quoted and doubled.
    expect(lines[1]).toContain('"{""')
  })

  it('wants a size', async () => {
    expect((await get(`${LIST}/download?language=en`)).status).toBe(400)
    expect((await get(`${LIST}/download?size=0`)).status).toBe(400)
  })
})
