// Status classes through the Losant demo API, which reads queries exactly as Losant's server
// does (qs' defaults: arrays of more than 20 items become objects and are refused with 400).
import qs from 'qs'

import type { AuditSearch, StatusClass } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'
import { createSourceClient } from '@/sources/source-client'
import { LOSANT_LIST_URL, TEST_API_URL, TEST_ORG_ID } from '@/testing/test-api'

import { LOSANT_STATUS_CLASSES } from './losant-list-request'
import { losantSource } from './losant-source'
import { occurringStatusCodes, responseCodesFor, TooManyStatusCodesError } from './losant-status-codes'

const client = createSourceClient({ sourceId: 'losant', apiUrl: TEST_API_URL, orgId: TEST_ORG_ID, demo: true })

interface RawEntry {
  creationDate: string
  responseStatus: number
  actorType: string
}

/** What the data holds: every entry, read unfiltered from the demo API. */
const all: RawEntry[] = []
beforeAll(async () => {
  for (let page = 0; ; page++) {
    const body = (await (await fetch(`${LOSANT_LIST_URL}?perPage=1000&page=${page}`)).json()) as {
      items: RawEntry[]
      totalCount: number
    }
    all.push(...body.items)
    if (all.length >= body.totalCount) break
  }
})
const entries = () => all
const classOf = (status: number) => `${Math.floor(status / 100)}xx` as StatusClass
const search = (statusClasses: StatusClass[], overrides: Partial<AuditSearch> = {}): AuditSearch => ({
  ...DEFAULT_SEARCH,
  filters: { ...EMPTY_FILTERS, statusClasses },
  ...overrides,
})

/** Every non-empty combination of the four classes. */
const combinations = Array.from({ length: 15 }, (_, mask) =>
  LOSANT_STATUS_CLASSES.filter((_, bit) => ((mask + 1) >> bit) & 1),
)

describe('a status class means every code in it', () => {
  it('the demo data holds codes outside any short list', () => {
    const statuses = new Set(entries().map((entry) => entry.responseStatus))
    for (const code of [406, 408, 412, 418, 423, 451, 501, 505, 507]) expect(statuses).toContain(code)
  })

  it.each(combinations.map((c) => [c.join('+'), c] as const))(
    '%s shows the same total as the data holds',
    async (_, classes) => {
      const page = await client.listPage(search([...classes], { pageSize: 25 }))
      const expected = entries().filter((entry) => classes.includes(classOf(entry.responseStatus)))
      expect(page.total).toBe(expected.length)
      for (const event of page.events) expect(classes).toContain(classOf(event.response.status!))
    },
  )

  it('with a time range and another filter too', async () => {
    const newest = Date.parse(entries()[0]!.creationDate)
    const range = { start: newest - 30 * 86_400_000, end: newest }
    const filters = { ...EMPTY_FILTERS, statusClasses: ['4xx' as const], actorTypes: ['User'] }
    const page = await client.listPage({ ...DEFAULT_SEARCH, filters, range })
    const expected = entries().filter((entry) => {
      const t = Date.parse(entry.creationDate)
      return entry.actorType === 'User' && classOf(entry.responseStatus) === '4xx' && t >= range.start && t <= range.end
    })
    expect(expected.length).toBeGreaterThan(0)
    expect(page.total).toBe(expected.length)
  })

  it('sends no responseCode at all when every class is chosen, and names exact codes otherwise', async () => {
    const all = await losantSource.listRequest(search([...LOSANT_STATUS_CLASSES]), { orgId: TEST_ORG_ID })
    expect(all.query).not.toContain('auditLogFilter')
    const probe = (request: { path: string; query?: string }) =>
      fetch(`${TEST_API_URL}${request.path}?${request.query}`).then((response) => response.json())
    const some = await losantSource.listRequest(search(['4xx', '5xx']), { orgId: TEST_ORG_ID }, probe)
    const sent = (qs.parse(some.query!).auditLogFilter as { responseCode: string[] }).responseCode.map(Number)
    const present = [...new Set(entries().map((entry) => entry.responseStatus))].filter((code) => code >= 400).sort()
    expect(sent).toEqual(present)
    expect(sent.length).toBeLessThanOrEqual(20)
  })

  it('refuses, without a probe, a search that needs one', async () => {
    await expect(losantSource.listRequest(search(['4xx']), { orgId: TEST_ORG_ID })).rejects.toThrow()
  })
})

describe('occurringStatusCodes', () => {
  /** A server whose matches carry `codes`, answering probes as Losant's list would. */
  const serverWith = (codes: readonly number[]) => {
    let probes = 0
    const probe = async (_: AuditSearch, asked: readonly number[]) => {
      probes += 1
      const lowest = codes.filter((code) => asked.includes(code)).sort((a, b) => a - b)[0]
      return { items: lowest === undefined ? [] : [{ responseStatus: lowest }] }
    }
    return { probe, probes: () => probes }
  }

  it('finds exactly the codes that occur, about one probe per code', async () => {
    const codes = [400, 401, 404, 418, 419, 420, 451, 499]
    const server = serverWith([...codes, 200, 503])
    expect(await occurringStatusCodes(search(['4xx']), server.probe)).toEqual(codes)
    expect(server.probes()).toBeLessThan(2 * codes.length + 5)
  })

  it('sends an absent code of the class when none occurs, never an empty list', async () => {
    expect(await responseCodesFor(search(['3xx']), serverWith([200]).probe)).toEqual([300])
  })

  it('refuses a selection whose codes cannot fit one request', async () => {
    const many = Array.from({ length: 21 }, (_, i) => 400 + i * 4)
    await expect(responseCodesFor(search(['4xx']), serverWith(many).probe)).rejects.toBeInstanceOf(
      TooManyStatusCodesError,
    )
  })
})
