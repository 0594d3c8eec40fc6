// The export loop against BloodHound's demo API: its pages are short (an intent and its outcome
// make one row) while more follow, so only the source's `hasMore` may end the export.
import type { AuditEvent } from '@/sources/audit-event'
import { DEFAULT_SEARCH } from '@/sources/audit-search'
import { createSourceClient } from '@/sources/source-client'
import { TEST_BLOODHOUND_URL } from '@/testing/test-api'

import { runExport } from './export-loop'

const client = createSourceClient({ sourceId: 'bloodhound', apiUrl: TEST_BLOODHOUND_URL, orgId: '', demo: true })
const logsOf = (rows: readonly AuditEvent[]) => rows.flatMap((row) => (row.paired ? [row, row.paired] : [row]))

async function everyLog(search: typeof DEFAULT_SEARCH): Promise<string[]> {
  const ids: string[] = []
  for (let page = 0; ; page++) {
    const result = await client.listPage({ ...search, page })
    ids.push(...logsOf(result.events).map((event) => event.id))
    if (!result.hasMore) return ids
  }
}

it('exports every event of a range that spans several pages', async () => {
  const newest = (await client.listPage({ ...DEFAULT_SEARCH, pageSize: 1 })).events[0]!.timeMs
  const search = { ...DEFAULT_SEARCH, range: { start: newest - 20 * 86_400_000, end: newest } }
  const expected = await everyLog({ ...search, pageSize: 1000 })
  const pageSize = 100
  expect(expected.length).toBeGreaterThan(3 * pageSize)

  const written: AuditEvent[] = []
  const summary = await runExport({
    fetchPage: (page, signal) => client.listPage({ ...search, page, pageSize }, signal),
    pageSize,
    cap: 100_000,
    concurrency: 4,
    signal: new AbortController().signal,
    write: (events) => written.push(...events),
    onProgress: () => {},
  })
  expect(summary.pages).toBeGreaterThan(3)
  expect(logsOf(written).map((event) => event.id)).toEqual(expected)
})
