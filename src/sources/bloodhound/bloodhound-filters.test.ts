// BloodHound's own filters (action, outcome, request id) through the demo API, which refuses
// what the real server refuses: every request the adapter builds must be one it accepts.
import fc from 'fast-check'

import type { AuditEvent } from '@/sources/audit-event'
import type { AuditSearch, Outcome } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'
import { createSourceClient } from '@/sources/source-client'
import { TEST_BLOODHOUND_URL } from '@/testing/test-api'

import { bloodhoundListParams } from './bloodhound-list-request'
import { BLOODHOUND_ACTIONS, bloodhoundSource } from './bloodhound-source'

const client = createSourceClient({ sourceId: 'bloodhound', apiUrl: TEST_BLOODHOUND_URL, orgId: '', demo: true })
const search = (filters: Partial<AuditSearch['filters']>, pageSize = 1000): AuditSearch => ({
  ...DEFAULT_SEARCH,
  pageSize,
  filters: { ...EMPTY_FILTERS, ...filters },
})
const logsOf = (rows: readonly AuditEvent[]) => rows.flatMap((row) => (row.paired ? [row, row.paired] : [row]))

async function everyLog(s: AuditSearch): Promise<AuditEvent[]> {
  const logs: AuditEvent[] = []
  for (let page = 0; ; page++) {
    const result = await client.listPage({ ...s, page })
    expect(result.problems).toEqual([])
    logs.push(...logsOf(result.events))
    if (!result.hasMore) return logs
  }
}

let all: AuditEvent[]
beforeAll(async () => {
  all = await everyLog(search({}))
})

describe('BloodHound filters through the demo API', () => {
  it('filters by one action, keeping intents paired with their outcomes', async () => {
    const logs = await everyLog(search({ actions: ['CreateUser'] }))
    expect(logs.length).toBe(all.filter((log) => log.operation?.name === 'CreateUser').length)
    expect(logs.length).toBeGreaterThan(0)
    const rows = (await client.listPage(search({ actions: ['CreateUser'] }))).events
    expect(rows.some((row) => row.paired?.outcome === 'intent')).toBe(true)
  })

  it.each<[Outcome[], (log: AuditEvent) => boolean]>([
    [['success'], (log) => log.outcome === 'success'],
    [['failure'], (log) => log.outcome === 'failure'],
    [['success', 'failure'], (log) => log.outcome === 'success' || log.outcome === 'failure'],
  ])('filters by outcome %j', async (outcomes, holds) => {
    const logs = await everyLog(search({ outcomes }))
    expect(logs.length).toBe(all.filter(holds).length)
    expect(logs.every(holds)).toBe(true)
  })

  it('filters by the request id an entry logged, not by its log id', async () => {
    const row = all.find((log) => log.origin?.requestId)!
    const logs = await everyLog(search({ requestIds: [{ id: row.origin!.requestId! }] }))
    expect(logs.map((log) => log.id)).toContain(row.id)
    expect(logs.every((log) => log.origin?.requestId === row.origin!.requestId)).toBe(true)
  })

  it('shows the log id as a log id', () => {
    expect(all.every((log) => log.idKind === 'log' && /^\d+$/.test(log.id))).toBe(true)
    expect(all.some((log) => log.origin?.requestId && log.origin.requestId !== log.id)).toBe(true)
  })

  it('builds only requests the server accepts: eq/neq on filterable columns, sortable columns', async () => {
    const uuid = fc.uuid().map((id) => ({ id }))
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          actors: fc.array(uuid, { maxLength: 2 }),
          actions: fc.subarray([...BLOODHOUND_ACTIONS], { maxLength: 2 }),
          outcomes: fc.subarray<Outcome>(['success', 'failure']),
          requestIds: fc.array(uuid, { maxLength: 2 }),
        }),
        async (filters) => {
          const s = search(filters, 10)
          for (const [name, value] of bloodhoundListParams(s)) {
            if (['skip', 'offset', 'limit', 'before', 'after', 'sort_by'].includes(name)) continue
            expect(value).toMatch(/^(eq|neq):/)
          }
          const { path, query } = await bloodhoundSource.listRequest(s, { orgId: '' })
          const response = await fetch(`${TEST_BLOODHOUND_URL}${path}?${query}`)
          expect(response.status).toBe(200)
        },
      ),
      { numRuns: 25 },
    )
  })
})
