import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { AuditFilters, AuditSearch, SortField, StatusClass } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS, PAGE_SIZES } from '@/sources/audit-search'
import { createBloodHoundSource } from '@/sources/bloodhound/bloodhound-source'
import { fitsValueLimit } from '@/sources/filter-value-limit'
import { losantSource } from '@/sources/losant/losant-source'
import { statusClassesFit } from '@/sources/status-class-codes'

import type { SearchContext } from './audit-search-params'
import { parseListView, serializeListView } from './audit-search-params'
import { columnContext } from './column-layout'

const CONTEXT: SearchContext = {
  sortFields: losantSource.capabilities.sortFields,
  filters: losantSource.capabilities.filters,
  isEntityId: losantSource.isEntityId,
  columns: columnContext(losantSource.columns),
}
const NOW = Date.UTC(2026, 10, 22, 12, 34, 56)
const parse = (query: string, context = CONTEXT) => parseListView(new URLSearchParams(query), context, NOW)

const caps = losantSource.capabilities.filters
const hexId = fc.stringMatching(/^[0-9a-f]{24}$/)
const party = fc
  .record({
    id: hexId,
    name: fc.option(
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0),
      { nil: undefined },
    ),
  })
  .map(({ id, name }) => (name === undefined ? { id } : { id, name }))
const uniqueById = <T extends { id: string }>(items: T[]) =>
  items.filter((item, i) => items.findIndex((x) => x.id === item.id) === i)
const subset = <T>(values: readonly T[]) => fc.subarray([...values])

const filtersArbitrary: fc.Arbitrary<AuditFilters> = fc
  .record({
    actorTypes: subset(caps.actorTypes!),
    actors: fc.array(party, { maxLength: 3 }).map(uniqueById),
    primaryTargetTypes: subset(caps.primaryTargetTypes!),
    primaryTargets: fc.array(party, { maxLength: 2 }).map(uniqueById),
    secondaryTargetTypes: subset(caps.secondaryTargetTypes!),
    secondaryTargets: fc.array(party, { maxLength: 2 }).map(uniqueById),
    requests: fc.uniqueArray(
      fc
        .constantFrom(...caps.requests!)
        .chain((option) =>
          fc
            .option(fc.constantFrom(...option.actions), { nil: undefined })
            .map((action) =>
              action === undefined ? { resource: option.resource } : { resource: option.resource, action },
            ),
        ),
      { maxLength: 3, selector: (r) => `${r.resource}.${r.action ?? ''}` },
    ),
    // Only combinations one request can ask for, and not every class (read as none): tested below.
    statusClasses: subset<StatusClass>(caps.statusClasses!).filter(
      (chosen) =>
        chosen.length < caps.statusClasses!.length && statusClassesFit(chosen, caps.statusClasses!, caps.statusCodes),
    ),
    // Only lists the server takes (over-long ones are cut: tested below).
  })
  .filter((filters) => fitsValueLimit(filters, caps.maxValuesPerList))

const minuteMs = fc
  .integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 })
  .map((m) => m * 60_000)

const searchArbitrary = fc
  .record({
    field: fc.constantFrom<SortField>('time', 'actor', 'status'),
    direction: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
    page: fc.integer({ min: 0, max: 99_999 }),
    pageSize: fc.constantFrom(...PAGE_SIZES),
    filters: filtersArbitrary,
    range: fc.oneof(
      fc.constant({}),
      fc.tuple(minuteMs, minuteMs).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) + 59_999 })),
      minuteMs.map((start) => ({ start })),
    ),
  })
  .map(({ field, direction, page, pageSize, filters, range }): AuditSearch => ({
    sort: { field, direction },
    page,
    pageSize,
    filters,
    range,
  }))

describe('the list view in the URL', () => {
  it('has an empty URL for the default view', () => {
    expect(serializeListView({ search: DEFAULT_SEARCH, zone: 'local' }).toString()).toBe('')
    expect(parse('')).toEqual({ search: DEFAULT_SEARCH, zone: 'local', ignored: [], now: NOW })
  })

  it('reads a readable URL, pages 1-based', () => {
    const { search } = parse(
      'sort=actor&dir=asc&page=3&size=100&actorType=User,Device&status=4xx&request=device.delete,dashboard',
    )
    expect(search).toMatchObject({
      sort: { field: 'actor', direction: 'asc' },
      page: 2,
      pageSize: 100,
      filters: {
        ...EMPTY_FILTERS,
        actorTypes: ['User', 'Device'],
        statusClasses: ['4xx'],
        requests: [{ resource: 'device', action: 'delete' }, { resource: 'dashboard' }],
      },
    })
  })

  it('round-trips every valid view, in either zone', () => {
    fc.assert(
      fc.property(searchArbitrary, fc.constantFrom<'local' | 'utc'>('local', 'utc'), (search, zone) => {
        const parsed = parse(serializeListView({ search, zone }).toString())
        expect(parsed.ignored).toEqual([])
        expect(parsed.zone).toBe(zone)
        expect(parsed.search).toEqual(search)
      }),
    )
  })

  it('leaves defaults out of the URL', () => {
    fc.assert(
      fc.property(searchArbitrary, (search) => {
        const params = serializeListView({ search, zone: 'local' })
        expect(params.has('page')).toBe(search.page !== 0)
        expect(params.has('size')).toBe(search.pageSize !== 50)
        expect(params.has('sort')).toBe(search.sort.field !== 'time')
        expect(params.has('dir')).toBe(search.sort.direction !== 'desc')
        expect(params.has('actorType')).toBe(search.filters.actorTypes.length > 0)
        expect(params.has('tz')).toBe(false)
      }),
    )
  })

  it('falls back to the default for each bad value and reports it', () => {
    const { search, ignored } = parse('sort=secret&dir=sideways&page=-4&size=7')
    expect(search).toEqual(DEFAULT_SEARCH)
    expect(ignored.sort()).toEqual(['dir', 'page', 'size', 'sort'])
    expect(parse('page=1.5').search.page).toBe(0)
    expect(parse('page=abc').ignored).toEqual(['page'])
    for (const page of ['1e2', '0x10', '', '0', '1000001', '99999999999']) {
      expect(parse(`page=${page}`).ignored, page).toEqual(['page'])
    }
    expect(parse('page=1000000&size=25').search).toMatchObject({ page: 999_999, pageSize: 25 })
    expect(parse('tz=UTC').ignored).toEqual(['tz'])
  })

  it('drops unknown filter values and malformed ids, keeping the rest', () => {
    const { search, ignored } = parse(
      'actorType=User,Robot&actor=nothex&actor=575ed70c7ae143cd83dc4aa9:Ada&request=nosuch.thing,device.get&status=6xx,5xx',
    )
    expect(search.filters.actorTypes).toEqual(['User'])
    expect(search.filters.actors).toEqual([{ id: '575ed70c7ae143cd83dc4aa9', name: 'Ada' }])
    expect(search.filters.requests).toEqual([])
    expect(search.filters.statusClasses).toEqual(['5xx'])
    expect(ignored).toEqual([
      'actorType “Robot”',
      'actor “nothex”',
      'request “nosuch.thing”',
      'request “device.get”',
      'status “6xx”',
    ])
  })

  it('keeps the status classes one request can ask for, in the link’s order, and reports the rest', () => {
    // Losant filters by exact codes, at most 20 a request; 4xx alone names 20 (decision 012).
    const errors = parse('status=4xx,5xx')
    expect(errors.search.filters.statusClasses).toEqual(['4xx'])
    expect(errors.ignored).toEqual(['status “5xx” (one request cannot also ask for 4xx)'])
    expect(parse('status=5xx,4xx').search.filters.statusClasses).toEqual(['5xx'])
    const noRedirects = parse('status=2xx,3xx,5xx')
    expect(noRedirects.search.filters.statusClasses).toEqual(['2xx', '3xx'])
    expect(noRedirects.ignored).toEqual(['status “5xx” (one request cannot also ask for 2xx, 3xx)'])
    expect(parse('status=2xx,5xx')).toMatchObject({
      ignored: [],
      search: { filters: { statusClasses: ['2xx', '5xx'] } },
    })
    // Every class is every entry, as no class is: read as none, nothing lost, nothing to report.
    const every = parse('status=5xx,4xx,3xx,2xx')
    expect(every.ignored).toEqual([])
    expect(every.search.filters.statusClasses).toEqual([])
  })

  it('reads single status codes beside the classes while one request can name them all', () => {
    expect(parse('status=5xx&code=404,409')).toMatchObject({
      ignored: [],
      search: { filters: { statusClasses: ['5xx'], statusCodes: [404, 409] } },
    })
    expect(serializeListView(parse('code=404&status=5xx')).toString()).toBe('status=5xx&code=404')
    const full = parse('status=4xx&code=404,500,99x')
    // 404 is one of 4xx's own codes, so it costs nothing; 500 would be a 21st.
    expect(full.search.filters.statusCodes).toEqual([404])
    expect(full.ignored).toEqual(['code “500” (one request cannot also ask for 4xx, 404)', 'code “99x”'])
    const bloodhound = createBloodHoundSource()
    const context: SearchContext = {
      ...CONTEXT,
      filters: bloodhound.capabilities.filters,
      isEntityId: bloodhound.isEntityId,
      sortFields: bloodhound.capabilities.sortFields,
      columns: columnContext(bloodhound.columns),
    }
    const refused = parse('code=404', context)
    expect(refused.ignored).toEqual(['code “404”'])
    expect(refused.search.filters.statusCodes).toBeUndefined()
  })

  it('cuts a list longer than the server takes, the values named last first, and reports each', () => {
    const over = (name: string, value: string) => `${name} “${value}” (one filter holds at most 20 values)`
    const resources = caps.requests!.slice(0, 22).map(({ resource }) => resource)
    const requests = parse(`request=${resources.join(',')}`)
    expect(requests.search.filters.requests).toEqual(resources.slice(0, 20).map((resource) => ({ resource })))
    expect(requests.ignored).toEqual(resources.slice(20).map((resource) => over('request', resource)))

    // Types and chosen parties on one key are sent as every pair: 2 types × 11 actors is 22.
    const ids = Array.from({ length: 11 }, (_, i) => (i + 1).toString(16).padStart(24, '0'))
    const [first, second] = caps.actorTypes!
    const pairs = parse(`actorType=${first},${second}&${ids.map((id) => `actor=${id}`).join('&')}`)
    expect(pairs.search.filters.actorTypes).toEqual([first, second])
    expect(pairs.search.filters.actors.map(({ id }) => id)).toEqual(ids.slice(0, 10))
    expect(pairs.ignored).toEqual([over('actor', ids[10]!)])

    // With one party left, the types named last go.
    const types = caps.secondaryTargetTypes!.slice(0, 22)
    const typed = parse(`subType=${types.join(',')}&sub=${ids[0]}`)
    expect(typed.search.filters.secondaryTargetTypes).toEqual(types.slice(0, 20))
    expect(typed.search.filters.secondaryTargets).toEqual([{ id: ids[0] }])
    expect(typed.ignored).toEqual(types.slice(20).map((type) => over('subType', type)))
  })

  it('reads one exact name, email and source address where the source filters by them', () => {
    const bloodhound = createBloodHoundSource()
    const context: SearchContext = {
      sortFields: bloodhound.capabilities.sortFields,
      filters: bloodhound.capabilities.filters,
      isEntityId: bloodhound.isEntityId,
      columns: columnContext(bloodhound.columns),
    }
    const query =
      'actorName=Old&actorName=Ada%20Lovelace&actorEmail=ada%40example.com&address=198.51.100.7%2C%2010.0.0.2%2C172.18.0.3'
    const { search, ignored } = parse(query, context)
    expect(ignored).toEqual([])
    expect(search.filters).toMatchObject({
      actorNames: [{ id: 'Ada Lovelace' }],
      actorEmails: [{ id: 'ada@example.com' }],
      sourceAddresses: [{ id: '198.51.100.7, 10.0.0.2,172.18.0.3' }],
    })
    expect(parse(serializeListView({ search, zone: 'local' }).toString(), context).search).toEqual(search)
    // Padded, empty or control characters are not a value as logged; Losant has no such filter.
    expect(parse('actorName=%20Ada&actorEmail=&address=a%0Ab', context).ignored).toEqual([
      'actorName “ Ada”',
      'actorEmail “”',
      'address “a\nb”',
    ])
    expect(parse('address=10.0.0.1').ignored).toEqual(['address “10.0.0.1”'])
  })

  it('resolves a preset against the current minute', () => {
    expect(parse('range=24h').search.range).toEqual({ preset: '24h', start: Date.UTC(2026, 10, 21, 12, 34) })
    expect(parse('range=forever').ignored).toEqual(['range “forever”'])
  })

  it('reads an inclusive custom range in UTC or local time', () => {
    expect(parse('from=2026-11-01&to=2026-11-02&tz=utc').search.range).toEqual({
      start: Date.UTC(2026, 10, 1),
      end: Date.UTC(2026, 10, 3) - 1,
    })
    expect(parse('from=2026-11-01T08:30&to=2026-11-01T09:15&tz=utc').search.range).toEqual({
      start: Date.UTC(2026, 10, 1, 8, 30),
      end: Date.UTC(2026, 10, 1, 9, 16) - 1,
    })
    expect(parse('from=2026-11-01').search.range).toEqual({ start: new Date(2026, 10, 1).getTime() })
  })

  it('refuses a range whose start is after its end, and impossible dates', () => {
    const reversed = parse('from=2026-11-05&to=2026-11-01')
    expect(reversed.search.range).toEqual({})
    expect(reversed.ignored).toEqual(['from/to (the start is after the end)'])
    expect(parse('from=2026-02-30').ignored).toEqual(['from “2026-02-30”'])
  })

  it('never throws and always yields a usable search, whatever the URL', () => {
    const keys = [
      'sort',
      'dir',
      'page',
      'size',
      'actorType',
      'actor',
      'target',
      'sub',
      'request',
      'status',
      'range',
      'from',
      'to',
      'tz',
      'x',
    ]
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.string())), (pairs) => {
        const { search } = parse(new URLSearchParams(pairs).toString())
        expect(['time', 'actor', 'status']).toContain(search.sort.field)
        expect(Number.isInteger(search.page) && search.page >= 0).toBe(true)
        expect(PAGE_SIZES).toContain(search.pageSize)
        expect(search.filters.actorTypes.every((t) => caps.actorTypes!.includes(t))).toBe(true)
        if (search.range.start !== undefined && search.range.end !== undefined) {
          expect(search.range.start).toBeLessThanOrEqual(search.range.end)
        }
      }),
    )
  })

  it('refuses a sort field the source cannot sort by', () => {
    expect(parse('sort=actor', { ...CONTEXT, sortFields: ['time'] }).search.sort.field).toBe('time')
  })
})
