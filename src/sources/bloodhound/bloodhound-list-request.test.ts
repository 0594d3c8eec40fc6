import fc from 'fast-check'

import type { AuditFilters, AuditSearch, SortField, StatusClass } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS, PAGE_SIZES } from '@/sources/audit-search'

import {
  BLOODHOUND_FILTERABLE,
  BLOODHOUND_RESERVED_PARAMS,
  BLOODHOUND_SORTABLE,
  bloodhoundEventQuery,
  bloodhoundListQuery,
} from './bloodhound-list-request'
import { createBloodHoundSource } from './bloodhound-source'

const search = (overrides: Partial<AuditSearch> = {}): AuditSearch => ({ ...DEFAULT_SEARCH, ...overrides })
const ACTOR = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'
const OTHER = '0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9'
const source = createBloodHoundSource()

describe('BloodHound list request', () => {
  it('sends skip and offset alike, the page size as limit, an open start, and newest first', async () => {
    expect(await source.listRequest(search(), { orgId: '' })).toEqual({
      path: '/api/v2/audit',
      query: 'skip=0&offset=0&limit=50&after=1970-01-01T00:00:00Z&sort_by=-created_at&sort_by=-id',
    })
    expect(bloodhoundListQuery(search({ page: 2, pageSize: 25 }))).toBe(
      'skip=50&offset=50&limit=25&after=1970-01-01T00:00:00Z&sort_by=-created_at&sort_by=-id',
    )
  })

  it('sends the range as inclusive RFC 3339 bounds, the end to its last microsecond', () => {
    const start = Date.UTC(2024, 0, 1)
    const end = Date.UTC(2024, 0, 31, 23, 59, 59, 999)
    expect(bloodhoundListQuery(search({ range: { start, end } }))).toBe(
      'skip=0&offset=0&limit=50&after=2024-01-01T00:00:00.000Z&before=2024-01-31T23:59:59.999999Z&sort_by=-created_at&sort_by=-id',
    )
  })

  it('filters by one actor with actor_id=eq, the last one chosen', () => {
    expect(bloodhoundListQuery(search({ filters: { ...EMPTY_FILTERS, actors: [{ id: ACTOR, name: 'Alice' }] } }))).toBe(
      `skip=0&offset=0&limit=50&after=1970-01-01T00:00:00Z&sort_by=-created_at&sort_by=-id&actor_id=eq:${ACTOR}`,
    )
    const two = bloodhoundListQuery(search({ filters: { ...EMPTY_FILTERS, actors: [{ id: ACTOR }, { id: OTHER }] } }))
    expect(new URLSearchParams(two).getAll('actor_id')).toEqual([`eq:${OTHER}`])
    expect(source.capabilities.filters).toMatchObject({ actors: true, maxActors: 1 })
  })

  const params = (filters: Partial<typeof EMPTY_FILTERS>) =>
    new URLSearchParams(bloodhoundListQuery(search({ filters: { ...EMPTY_FILTERS, ...filters } })))

  it('filters by one action, by outcome and by one request id, with eq/neq only', () => {
    expect(params({ actions: ['CreateUser', 'DeleteUser'] }).getAll('action')).toEqual(['eq:DeleteUser'])
    expect(params({ outcomes: ['failure'] }).getAll('status')).toEqual(['eq:failure'])
    expect(params({ outcomes: ['success', 'failure'] }).getAll('status')).toEqual(['neq:intent'])
    expect(params({ requestIds: [{ id: ACTOR }, { id: OTHER }] }).getAll('request_id')).toEqual([`eq:${OTHER}`])
  })

  it('filters by one exact name, email and source address, the last one chosen, each with eq', () => {
    const chosen = params({
      actorNames: [{ id: 'Ada' }, { id: 'Grace Hopper' }],
      actorEmails: [{ id: 'ada@example.com' }],
      sourceAddresses: [{ id: '198.51.100.7, 10.0.0.2,172.18.0.3' }],
    })
    expect(chosen.getAll('actor_name')).toEqual(['eq:Grace Hopper'])
    expect(chosen.getAll('actor_email')).toEqual(['eq:ada@example.com'])
    // The whole text as logged, commas and all: `eq:` matches the whole column.
    expect(chosen.getAll('source_ip_address')).toEqual(['eq:198.51.100.7, 10.0.0.2,172.18.0.3'])
    expect(params({ sourceAddresses: [{ id: '2001:db8::1' }] }).getAll('source_ip_address')).toEqual(['eq:2001:db8::1'])
  })

  it('ignores every sort but time, which only goes newest first', () => {
    for (const field of ['actor', 'status', 'category', 'email', 'time'] as SortField[]) {
      for (const direction of ['asc', 'desc'] as const) {
        expect(
          new URLSearchParams(bloodhoundListQuery(search({ sort: { field, direction } }))).getAll('sort_by'),
        ).toEqual(['-created_at', '-id'])
      }
    }
    expect(source.capabilities.sortFields).toEqual(['time'])
    expect(source.capabilities.fixedSortDirection).toEqual({ time: 'desc' })
  })

  it('reads one entry through the list, filtered by id', () => {
    expect(source.eventRequest('1234', { orgId: '' })).toEqual({
      path: '/api/v2/audit',
      query: 'id=eq:1234&limit=1&after=1970-01-01T00:00:00Z',
    })
    expect(() => bloodhoundEventQuery('12&actor_id=x')).toThrow()
    expect(() => bloodhoundEventQuery('0')).toThrow()
  })

  it('sends Prefer: wait only when asked to', async () => {
    expect((await source.listRequest(search(), { orgId: '' })).headers).toBeUndefined()
    const patient = createBloodHoundSource({ waitSeconds: 90 })
    expect((await patient.listRequest(search(), { orgId: '' })).headers).toEqual({ Prefer: 'wait=90' })
    expect(patient.eventRequest('7', { orgId: '' }).headers).toEqual({ Prefer: 'wait=90' })
    expect(() => createBloodHoundSource({ waitSeconds: -1 })).toThrow(RangeError)
    expect(() => createBloodHoundSource({ waitSeconds: 1.5 })).toThrow(RangeError)
  })
})

// Any search at all, including values the UI would never produce, must turn into a request
// the server accepts: only filterable columns, each with a predicate it allows, at most one
// condition per column (repeats AND), and only sortable columns in sort_by.
const anyText = fc.string({ maxLength: 40 })
const party = fc.record({ id: fc.oneof(fc.uuid(), anyText), name: fc.option(anyText, { nil: undefined }) })
const filtersArbitrary: fc.Arbitrary<AuditFilters> = fc.record({
  actorTypes: fc.array(anyText, { maxLength: 3 }),
  actors: fc.array(party, { maxLength: 4 }),
  primaryTargetTypes: fc.array(anyText, { maxLength: 2 }),
  primaryTargets: fc.array(party, { maxLength: 2 }),
  secondaryTargetTypes: fc.array(anyText, { maxLength: 2 }),
  secondaryTargets: fc.array(party, { maxLength: 2 }),
  requests: fc.array(fc.record({ resource: anyText, action: fc.option(anyText, { nil: undefined }) }), {
    maxLength: 2,
  }),
  statusClasses: fc.subarray<StatusClass>(['2xx', '3xx', '4xx', '5xx']),
  requestIds: fc.array(party, { maxLength: 2 }),
  actorNames: fc.array(party, { maxLength: 2 }),
  actorEmails: fc.array(party, { maxLength: 2 }),
  sourceAddresses: fc.array(party, { maxLength: 2 }),
})
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) })
const searchArbitrary: fc.Arbitrary<AuditSearch> = fc.record({
  sort: fc.record({
    field: fc.constantFrom<SortField>('time', 'actor', 'status', 'category', 'email'),
    direction: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
  }),
  page: fc.integer({ min: 0, max: 1_000_000 }),
  pageSize: fc.oneof(fc.constantFrom(...PAGE_SIZES), fc.integer({ min: -5, max: 5000 })),
  filters: filtersArbitrary,
  range: fc.record(
    { start: fc.option(instant, { nil: undefined }), end: fc.option(instant, { nil: undefined }) },
    { requiredKeys: [] },
  ),
})

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/

describe('BloodHound list request, for any search', () => {
  it('uses only parameters and predicates the server accepts', () => {
    fc.assert(
      fc.property(searchArbitrary, (anySearch) => {
        const params = new URLSearchParams(bloodhoundListQuery(anySearch))
        const columns = [...params.keys()].filter((name) => !BLOODHOUND_RESERVED_PARAMS.includes(name))
        for (const column of new Set(columns)) {
          const allowed = BLOODHOUND_FILTERABLE[column]
          expect(allowed, column).toBeDefined()
          const values = params.getAll(column)
          expect(values).toHaveLength(1)
          const [predicate] = values[0]!.split(':')
          expect(allowed).toContain(predicate)
          if (column === 'actor_id') expect(values[0]).toMatch(/^eq:[0-9a-f-]{36}$/)
        }
        for (const sort of params.getAll('sort_by')) expect(BLOODHOUND_SORTABLE).toContain(sort.replace(/^-/, ''))
        expect(params.get('skip')).toBe(params.get('offset'))
        expect(Number(params.get('limit'))).toBeGreaterThanOrEqual(1)
        for (const bound of ['after', 'before']) {
          const value = params.get(bound)
          if (value !== null) expect(value).toMatch(RFC3339)
        }
        expect(params.get('after')).not.toBeNull()
      }),
    )
  })
})
