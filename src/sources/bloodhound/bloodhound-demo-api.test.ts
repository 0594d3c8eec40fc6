// The adapter against the demo API (an independent implementation of the same contract).
import { HttpError } from '@/lib/http/http-errors'
import type { AuditEvent } from '@/sources/audit-event'
import type { AuditSearch } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'
import { createSourceClient } from '@/sources/source-client'
import { TEST_BLOODHOUND_URL } from '@/testing/test-api'

import { ENTRY_NOT_FOUND } from './bloodhound-decode'
import { bloodhoundDecoder as decoder } from './bloodhound-decoder'
import { createBloodHoundSource } from './bloodhound-source'

const client = createSourceClient({ sourceId: 'bloodhound', apiUrl: TEST_BLOODHOUND_URL, orgId: '', demo: true })
const search = (overrides: Partial<AuditSearch> = {}): AuditSearch => ({ ...DEFAULT_SEARCH, ...overrides })

/** Every page of a search, until the server returns a short one. */
async function allPages(base: AuditSearch): Promise<AuditEvent[][]> {
  const pages: AuditEvent[][] = []
  for (let page = 0; page < 200; page++) {
    const result = await client.listPage({ ...base, page })
    expect(result.problems).toEqual([])
    pages.push(result.events)
    if (!result.hasMore) return pages
  }
  throw new Error('paging never ended')
}

let everything: AuditEvent[][]
beforeAll(async () => {
  everything = await allPages(search({ pageSize: 100 }))
})

const logsOf = (rows: AuditEvent[]) => rows.flatMap((row) => (row.paired ? [row, row.paired] : [row]))

describe('BloodHound through the demo API', () => {
  it('lists newest first, one row per change, with no exact total', async () => {
    const page = await client.listPage(search({ pageSize: 50 }))
    expect(page.total).toBeUndefined()
    expect(page.totalUpperBound).toBeGreaterThanOrEqual(2000)
    expect(page.hasMore).toBe(true)
    expect(page.events.length).toBeLessThan(50) // pairs made rows of two logs
    const times = page.events.map((event) => event.timeMs)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    const paired = page.events.filter((event) => event.paired)
    expect(paired.length).toBeGreaterThan(5)
    for (const row of paired) {
      expect(row.outcome === 'success' || row.outcome === 'failure').toBe(true)
      expect(row.paired).toMatchObject({ outcome: 'intent', commitId: row.commitId })
    }
  })

  it('pages through every log exactly once, ending on a short page', () => {
    const ids = everything.flatMap(logsOf).map((event) => Number(event.id))
    expect(ids.length).toBe(2000)
    expect(new Set(ids).size).toBe(2000)
    expect(everything.at(-1)!.length).toBeLessThan(100)
  })

  it('flags intents whose outcome was never written, and only those', () => {
    const logs = everything.flatMap(logsOf)
    const outcomesByCommit = new Set(
      logs.filter((log) => log.outcome === 'success' || log.outcome === 'failure').map((log) => log.commitId),
    )
    const unrecorded = everything.flat().filter((row) => row.outcome === 'unrecorded')
    expect(unrecorded.length).toBeGreaterThan(10)
    for (const row of unrecorded) expect(outcomesByCommit.has(row.commitId)).toBe(false)
  })

  it('shows a change that straddles a page boundary as an outcome without its intent, then a lone intent', async () => {
    // Put a page boundary between an outcome and its intent: the window ends at the outcome and
    // a page holds one log.
    const change = everything
      .flat()
      .find((row) => row.paired && Math.floor(row.timeMs) !== Math.floor(row.paired.timeMs))!
    const base = search({ pageSize: 1, range: { end: change.timeMs } })
    const [first] = (await client.listPage(base)).events
    const [second] = (await client.listPage({ ...base, page: 1 })).events
    expect(first?.id).toBe(change.id)
    expect(first?.paired).toBeUndefined()
    // Its outcome may be on the newer page: not judged.
    expect(second).toMatchObject({ id: change.paired!.id, outcome: 'intent' })
  })

  it('keeps secrets out and the X-Forwarded-For chain in', () => {
    const logs = everything.flatMap(logsOf)
    const text = JSON.stringify(logs)
    expect(text).not.toMatch(/bhe_tok_|Spring2026!Welcome|oidc-cs-/)
    expect(logs.some((log) => log.redactionCount > 0)).toBe(true)
    const forwarded = logs.filter((log) => log.origin?.addressChain)
    expect(forwarded.length).toBeGreaterThan(50)
    for (const log of forwarded) {
      expect(log.origin!.addressChain!.endsWith(log.origin!.ipAddress!)).toBe(true)
      expect(log.origin!.ipAddress).not.toContain(',')
    }
  })

  it('filters by one actor', async () => {
    const actor = everything.flat().find((row) => row.actor.id)!.actor
    const page = await client.listPage(
      search({ pageSize: 100, filters: { ...EMPTY_FILTERS, actors: [{ id: actor.id!, name: actor.name }] } }),
    )
    expect(page.events.length).toBeGreaterThan(0)
    expect(page.events.every((event) => event.actor.id === actor.id)).toBe(true)
  })

  it('honours the time range, both ends inclusive', async () => {
    const rows = everything[3]!
    const newest = rows[0]!
    const oldest = rows.at(-1)!
    const page = await client.listPage(search({ pageSize: 100, range: { start: oldest.timeMs, end: newest.timeMs } }))
    const ids = logsOf(page.events).map((event) => event.id)
    expect(ids).toContain(newest.id)
    expect(ids).toContain(oldest.id)
    expect(page.events.every((event) => event.timeMs >= oldest.timeMs && event.timeMs <= newest.timeMs)).toBe(true)
    expect(page.totalUpperBound).toBe(2000) // count ignores the window
  })

  it('opens one entry by id, and says "not found" for an unknown one', async () => {
    const row = everything[1]![4]!
    const event = await client.getEvent(row.id)
    expect(event).toMatchObject({ id: row.id, time: row.time, actor: row.actor, commitId: row.commitId })
    const error = await client.getEvent('999999').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 404, vendor: { message: ENTRY_NOT_FOUND } })
  })

  it('reads the server’s ErrorWrapper for a request it refuses', async () => {
    const refused = await fetch(`${TEST_BLOODHOUND_URL}/api/v2/audit?actor_name=~eq:ali`)
    expect(refused.status).toBe(400)
    expect(decoder.describeErrorBody(await refused.json())).toEqual({
      type: '400',
      message: 'the specified filter predicate is not supported for this column: actor_name ~eq',
    })
  })

  it('sends Prefer: wait when configured, which the server accepts', async () => {
    const patient = createBloodHoundSource({ waitSeconds: 60 })
    const { path, query, headers } = await patient.listRequest(search({ pageSize: 5 }), { orgId: '' })
    const response = await fetch(`${TEST_BLOODHOUND_URL}${path}?${query}`, { headers })
    expect(response.status).toBe(200)
    expect((await decoder.decodeList(await response.json())).hasMore).toBe(true)
  })
})
