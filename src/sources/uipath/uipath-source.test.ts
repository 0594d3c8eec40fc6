// Fixtures here are written from api-contracts.md §2 (UiPath's guide), not from the demo API's
// generator, so a misreading shared by both would still be caught by one side.
import { http, HttpResponse } from 'msw'

import { HttpError, ResponseFormatError } from '@/lib/http/http-errors'
import { isRedactedValue } from '@/lib/redaction'
import type { AuditSearch } from '@/sources/audit-search'
import { DEFAULT_SEARCH } from '@/sources/audit-search'
import { createSourceClient } from '@/sources/source-client'
import { SOURCES } from '@/sources/source-registry'
import { testServer } from '@/test/test-server'
import { TEST_UIPATH_URL } from '@/testing/test-api'

import { INVALID_DETAILS_PROBLEM } from './uipath-decode'
import { describeUiPathErrorBody, uipathDecoder as decoder } from './uipath-decoder'
import { pickUiPathLanguage } from './uipath-language'
import { uipathDownloadRequest, uipathListQuery } from './uipath-list-request'
import { createUiPathSource } from './uipath-source'

const source = createUiPathSource({ language: () => 'en' })
const search = (overrides: Partial<AuditSearch> = {}): AuditSearch => ({ ...DEFAULT_SEARCH, ...overrides })
const location = { orgId: '' }

/** The entry from UiPath's guide. */
const GUIDE_ENTRY = {
  createdOn: '2021-10-14T13:10:15.1964174+00:00',
  category: 'User',
  action: 'Login',
  auditLogDetails: '{"UserName":"Ada Lovelace","ClientIp":"10.0.0.7"}',
  userName: 'Ada Lovelace',
  email: 'ada@contoso.com',
  message: "User 'Ada Lovelace' logged in",
  detailsVersion: '1.0',
  source: 'Cis',
}

describe('UiPath list request', () => {
  it('asks in UiPath’s own parameter order, newest first, with an offset', async () => {
    expect(await source.listRequest(search(), location)).toEqual({
      path: '/audit_/api/auditlogs',
      query: 'language=en&top=50&skip=0&sortBy=createdOn&sortOrder=desc',
    })
    expect(uipathListQuery(search({ page: 3, pageSize: 25, sort: { field: 'time', direction: 'asc' } }), 'fr')).toBe(
      'language=fr&top=25&skip=75&sortBy=createdOn&sortOrder=asc',
    )
  })

  it('sorts by the documented DTO properties only', () => {
    expect(uipathListQuery(search({ sort: { field: 'category', direction: 'asc' } }), 'en')).toContain(
      'sortBy=category&sortOrder=asc',
    )
    expect(uipathListQuery(search({ sort: { field: 'email', direction: 'desc' } }), 'en')).toContain(
      'sortBy=email&sortOrder=desc',
    )
    // Never offered for UiPath; a stray one falls back instead of sending an unknown sortBy.
    expect(uipathListQuery(search({ sort: { field: 'status', direction: 'asc' } }), 'en')).toContain(
      'sortBy=createdOn&sortOrder=desc',
    )
    expect(source.capabilities.sortFields).toEqual(['time', 'category', 'email'])
  })

  it('sends no filter or time range: UiPath’s list takes none', () => {
    const query = uipathListQuery(
      search({
        range: { start: 1, end: 2 },
        filters: { ...DEFAULT_SEARCH.filters, actors: [{ id: 'x' }], statusClasses: ['4xx'] },
      }),
      'en',
    )
    expect([...new URLSearchParams(query).keys()]).toEqual(['language', 'top', 'skip', 'sortBy', 'sortOrder'])
    expect(source.capabilities).toMatchObject({
      filters: {},
      timeRange: false,
      paging: 'offset',
      totalCount: true,
      eventById: false,
    })
  })

  it('asks in the reader’s language when UiPath has it', async () => {
    expect(pickUiPathLanguage(['fr-CA', 'en-US'])).toBe('fr')
    expect(pickUiPathLanguage(['nl-BE', 'de-AT'])).toBe('de')
    expect(pickUiPathLanguage(['zh-Hant-TW'])).toBe('zh')
    expect(pickUiPathLanguage(['nl', 'sv'])).toBe('en')
    expect(pickUiPathLanguage([])).toBe('en')
    const german = createUiPathSource({ language: () => 'de' })
    expect((await german.listRequest(search(), location)).query).toMatch(/^language=de&/)
  })

  it('builds the CSV download request', () => {
    expect(uipathDownloadRequest(500, 'en')).toEqual({
      path: '/audit_/api/auditlogs/download',
      query: 'language=en&size=500',
    })
    expect(uipathDownloadRequest(10)).toEqual({ path: '/audit_/api/auditlogs/download', query: 'language=en&size=10' })
    expect(() => uipathDownloadRequest(0, 'en')).toThrow(RangeError)
    expect(() => uipathDownloadRequest(2.5, 'en')).toThrow(RangeError)
  })

  it('refuses to build a single-entry request: UiPath has no such endpoint', () => {
    expect(() => source.eventRequest('0123456789abcdef', location)).toThrow(/no endpoint for one audit-log entry/)
  })
})

describe('UiPath decoding', () => {
  it('decodes the guide’s entry into our model', async () => {
    const page = await decoder.decodeList({ totalCount: 29, results: [GUIDE_ENTRY] })
    expect(page.total).toBe(29)
    expect(page.problems).toEqual([])
    const [event] = page.events
    expect(event).toMatchObject({
      time: '2021-10-14T13:10:15.1964174+00:00',
      timeMs: Date.UTC(2021, 9, 14, 13, 10, 15, 196),
      actor: { name: 'Ada Lovelace', email: 'ada@contoso.com' },
      operation: { category: 'User', name: 'Login' },
      message: "User 'Ada Lovelace' logged in",
      origin: { source: 'Cis' },
      details: { UserName: 'Ada Lovelace', ClientIp: '10.0.0.7' },
      request: {},
      response: {},
      redactionCount: 0,
    })
    expect(event?.response.status).toBeUndefined()
    expect(event?.detailsProblem).toBeUndefined()
    expect(source.isEventId(event!.id)).toBe(true)
  })

  it('derives the same id from the same entry, whatever its key order or language', async () => {
    const reordered = Object.fromEntries(Object.entries(GUIDE_ENTRY).reverse())
    const french = { ...GUIDE_ENTRY, message: "L'utilisateur 'Ada Lovelace' s'est connecté" }
    const ids = await Promise.all(
      [GUIDE_ENTRY, reordered, french].map(
        async (entry) => (await decoder.decodeList({ results: [entry] })).events[0]?.id,
      ),
    )
    expect(new Set(ids).size).toBe(1)
    const other = await decoder.decodeList({
      results: [{ ...GUIDE_ENTRY, createdOn: '2021-10-14T13:10:15.1964175+00:00' }],
    })
    expect(other.events[0]?.id).not.toBe(ids[0])
  })

  it('gives repeats of identical content on one page distinct ids', async () => {
    const page = await decoder.decodeList({ totalCount: 2, results: [GUIDE_ENTRY, GUIDE_ENTRY] })
    const [first, second] = page.events
    expect(second?.id).toBe(`${first?.id}-2`)
    expect(source.isEventId(second!.id)).toBe(true)
  })

  it('redacts secrets in details before anything is returned, and hashes only the redacted entry', async () => {
    const withSecret = { ...GUIDE_ENTRY, auditLogDetails: '{"AssetName":"SAP","CredentialPassword":"Hunter2-Sap!"}' }
    const otherSecret = { ...GUIDE_ENTRY, auditLogDetails: '{"AssetName":"SAP","CredentialPassword":"another-one"}' }
    const [event] = (await decoder.decodeList({ results: [withSecret] })).events
    const details = event?.details as Record<string, unknown>
    expect(details.AssetName).toBe('SAP')
    expect(isRedactedValue(details.CredentialPassword)).toBe(true)
    expect(event?.redactionCount).toBe(1)
    expect(JSON.stringify(event)).not.toContain('Hunter2')
    // The id cannot be used to test guesses of the secret: it does not depend on it.
    expect((await decoder.decodeList({ results: [otherSecret] })).events[0]?.id).toBe(event?.id)
  })

  it('keeps details that are not JSON as redacted text, and says so', async () => {
    const broken = { ...GUIDE_ENTRY, auditLogDetails: '{"AssetName":"SAP","Password":"Hunter2-Sap!","Folder":"Fin' }
    const [event] = (await decoder.decodeList({ results: [broken] })).events
    expect(event?.detailsProblem).toBe(INVALID_DETAILS_PROBLEM)
    expect(typeof event?.details).toBe('string')
    expect(event?.details).toContain('"AssetName":"SAP"')
    expect(event?.details).not.toContain('Hunter2')
    expect(event?.redactionCount).toBeGreaterThan(0)
    const plain = (
      await decoder.decodeList({ results: [{ ...GUIDE_ENTRY, auditLogDetails: 'Robot settings changed' }] })
    ).events[0]
    expect(plain).toMatchObject({ details: 'Robot settings changed', detailsProblem: INVALID_DETAILS_PROBLEM })
  })

  it('treats .NET’s nulls and empty strings as absent', async () => {
    const [event] = (
      await decoder.decodeList({
        results: [
          {
            createdOn: '2021-10-14T13:10:15.1964174+00:00',
            category: 'Robot',
            action: 'Update',
            auditLogDetails: null,
            userName: 'Bot',
            email: null,
            message: '',
            source: null,
          },
        ],
      })
    ).events
    expect(event).toMatchObject({
      actor: { name: 'Bot', email: undefined },
      details: undefined,
      message: undefined,
      origin: undefined,
    })
  })

  it('reports and skips an entry that is not one, keeping the rest of the page', async () => {
    const page = await decoder.decodeList({
      totalCount: 3,
      results: [GUIDE_ENTRY, 'nonsense', { ...GUIDE_ENTRY, category: 42 }],
    })
    expect(page.events).toHaveLength(1)
    expect(page.problems.map((problem) => problem.index)).toEqual([1, 2])
  })

  it('refuses a body that is not a list', async () => {
    await expect(decoder.decodeList({ items: [] })).rejects.toThrow(ResponseFormatError)
    await expect(decoder.decodeEvent('nope')).rejects.toThrow(ResponseFormatError)
  })
})

describe('UiPath error bodies', () => {
  it('shows the text that came back, trimmed and cut short', () => {
    expect(describeUiPathErrorBody('  Invalid sortBy.  ')).toEqual({ message: 'Invalid sortBy.' })
    expect(describeUiPathErrorBody('x'.repeat(500))?.message).toHaveLength(300)
    expect(describeUiPathErrorBody('   ')).toBeUndefined()
    expect(describeUiPathErrorBody(undefined)).toBeUndefined()
  })

  it('uses a JSON body’s message or error field, else the JSON itself', () => {
    expect(describeUiPathErrorBody({ message: 'You are not authorized', errorCode: 0 })).toEqual({
      message: 'You are not authorized',
    })
    expect(describeUiPathErrorBody({ error: 'invalid_token' })).toEqual({ message: 'invalid_token' })
    expect(describeUiPathErrorBody({ error: { message: 'Tenant not found' } })).toEqual({ message: 'Tenant not found' })
    expect(describeUiPathErrorBody({ title: 'One or more validation errors occurred.', status: 400 })).toEqual({
      message: 'One or more validation errors occurred.',
    })
    expect(describeUiPathErrorBody({ code: 7 })).toEqual({ message: '{"code":7}' })
  })

  it('redacts a token echoed in an error text', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'
    expect(describeUiPathErrorBody(`Bearer ${jwt} is expired`)?.message).not.toContain(jwt)
  })
})

describe('UiPath through the demo API', () => {
  const client = () => createSourceClient({ sourceId: 'uipath', apiUrl: TEST_UIPATH_URL, orgId: '', demo: true })

  it('is registered, and lists newest first with UiPath’s total', async () => {
    expect(SOURCES.uipath.id).toBe('uipath')
    const page = await client().listPage(search({ pageSize: 25 }))
    expect(page.problems).toEqual([])
    expect(page.events).toHaveLength(25)
    expect(page.total).toBeGreaterThan(1000)
    const times = page.events.map((event) => event.timeMs)
    expect(times.every((time) => Number.isFinite(time))).toBe(true)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(page.events.every((event) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/.test(event.time))).toBe(true)
  })

  it('pages with skip: the next page starts where this one ends', async () => {
    const both = await client().listPage(search({ pageSize: 50 }))
    const second = await client().listPage(search({ pageSize: 25, page: 1 }))
    expect(second.events.map((event) => event.id)).toEqual(both.events.slice(25).map((event) => event.id))
  })

  it('sorts by category and email on the server', async () => {
    const byCategory = await client().listPage(search({ sort: { field: 'category', direction: 'asc' }, pageSize: 100 }))
    const categories = byCategory.events.map((event) => event.operation?.category ?? '')
    expect(categories).toEqual([...categories].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())))
    const byEmail = await client().listPage(search({ sort: { field: 'email', direction: 'desc' }, pageSize: 100 }))
    const emails = byEmail.events.map((event) => (event.actor.email ?? '').toLowerCase())
    expect(emails).toEqual([...emails].sort().reverse())
  })

  it('finds the planted invalid details and never returns a planted secret', async () => {
    const events = []
    for (let page = 0; page < 16; page++)
      events.push(...(await client().listPage(search({ pageSize: 100, page }))).events)
    expect(events.filter((event) => event.detailsProblem === INVALID_DETAILS_PROBLEM)).toHaveLength(2)
    const text = JSON.stringify(events)
    expect(text).not.toContain('Hunter2-Sap!')
    expect(text).not.toMatch(/"(Credential)?Password":"(?!\[REDACTED)/)
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length)
  })

  it('asks in the chosen language', async () => {
    const french = createUiPathSource({ language: () => 'fr' })
    testServer.use(
      http.get(`${TEST_UIPATH_URL}/audit_/api/auditlogs`, ({ request }) =>
        HttpResponse.json({
          totalCount: 1,
          results: [{ ...GUIDE_ENTRY, message: new URL(request.url).searchParams.get('language') }],
        }),
      ),
    )
    const { path, query } = await french.listRequest(search(), location)
    const response = await fetch(`${TEST_UIPATH_URL}${path}?${query}`)
    expect((await decoder.decodeList(await response.json())).events[0]?.message).toBe('fr')
  })

  it('surfaces a 400 with the server’s text', async () => {
    testServer.use(
      http.get(
        `${TEST_UIPATH_URL}/audit_/api/auditlogs`,
        () => new HttpResponse("Invalid sortBy 'nope'.", { status: 400 }),
      ),
    )
    const error = await client()
      .listPage(search())
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 400, vendor: { message: "Invalid sortBy 'nope'." } })
  })

  it('cannot fetch one entry by id', async () => {
    await expect(client().getEvent('0123456789abcdef')).rejects.toThrow(/no endpoint for one audit-log entry/)
  })
})
