import { describe, expect, it } from 'vitest'

import type { AuditFilters, AuditSearch, StatusClass } from '@/sources/audit-search'
import { DEFAULT_SEARCH, EMPTY_FILTERS } from '@/sources/audit-search'

import { losantListQuery, toLosantFilter } from './losant-list-request'
import { LOSANT_MAX_FILTER_VALUES, LOSANT_STATUS_CLASS_CODES } from './losant-status-codes'

const search = (overrides: Partial<AuditSearch> = {}): AuditSearch => ({ ...DEFAULT_SEARCH, ...overrides })

describe('losantListQuery', () => {
  it('sends the documented defaults explicitly, latest first', async () => {
    expect(await losantListQuery(search())).toBe('sortField=creationDate&sortDirection=desc&page=0&perPage=50')
  })

  it('maps our sort fields to Losant names and pages 0-based', async () => {
    expect(await losantListQuery(search({ sort: { field: 'actor', direction: 'asc' }, page: 3, pageSize: 100 }))).toBe(
      'sortField=actorName&sortDirection=asc&page=3&perPage=100',
    )
    expect(await losantListQuery(search({ sort: { field: 'status', direction: 'desc' } }))).toContain(
      'sortField=responseStatus&sortDirection=desc',
    )
  })

  it('sends the time range as epoch milliseconds', async () => {
    const query = await losantListQuery(search({ range: { start: 1_700_000_000_000, end: 1_700_086_399_999 } }))
    expect(query).toContain('&start=1700000000000&end=1700086399999')
  })

  it('encodes auditLogFilter the way the official clients do (qs, brackets percent-encoded)', async () => {
    const query = await losantListQuery(
      search({
        filters: {
          ...EMPTY_FILTERS,
          primaryTargetTypes: ['Dashboard'],
          actors: [{ id: '575ed70c7ae143cd83dc4aa9', name: 'Ada' }],
          actorTypes: [],
        },
      }),
    )
    expect(query).toBe(
      'sortField=creationDate&sortDirection=desc&page=0&perPage=50' +
        '&auditLogFilter%5Bactor%5D%5B0%5D%5Bid%5D=575ed70c7ae143cd83dc4aa9' +
        '&auditLogFilter%5BprimaryTarget%5D%5B0%5D%5Btype%5D=Dashboard',
    )
  })

  it('reproduces the example from the API documentation', async () => {
    const decoded = decodeURIComponent(
      await losantListQuery(
        search({
          filters: {
            ...EMPTY_FILTERS,
            primaryTargetTypes: ['Dashboard'],
            actorTypes: ['User'],
            actors: [{ id: '575ed70c7ae143cd83dc4aa9' }],
          },
        }),
      ),
    )
    expect(decoded).toContain(
      'auditLogFilter[actor][0][type]=User&auditLogFilter[actor][0][id]=575ed70c7ae143cd83dc4aa9',
    )
    expect(decoded).toContain('auditLogFilter[primaryTarget][0][type]=Dashboard')
  })
})

describe('toLosantFilter', () => {
  it('is absent when nothing is filtered', async () => {
    expect(toLosantFilter(EMPTY_FILTERS)).toBeUndefined()
  })

  it('uses only the keys the schema allows', async () => {
    const filter = toLosantFilter({
      actorTypes: ['User', 'Flow'],
      actors: [],
      primaryTargetTypes: ['Application'],
      primaryTargets: [{ id: 'aaaaaaaaaaaaaaaaaaaaaaaa' }],
      secondaryTargetTypes: ['Device'],
      secondaryTargets: [],
      requests: [{ resource: 'device', action: 'delete' }, { resource: 'dashboard' }],
      statusClasses: ['5xx'],
    })
    expect(filter).toEqual({
      actor: [{ type: 'User' }, { type: 'Flow' }],
      primaryTarget: [{ type: 'Application', id: 'aaaaaaaaaaaaaaaaaaaaaaaa' }],
      secondaryTarget: [{ type: 'Device' }],
      request: [{ resource: 'device', action: 'delete' }, { resource: 'dashboard' }],
      responseCode: [...LOSANT_STATUS_CLASS_CODES['5xx']],
    })
    expect(
      Object.keys(filter!).every((key) =>
        ['actor', 'primaryTarget', 'secondaryTarget', 'request', 'responseCode'].includes(key),
      ),
    ).toBe(true)
  })

  it('ANDs a type chip with a chosen party by sending their cross product', async () => {
    expect(
      toLosantFilter({ ...EMPTY_FILTERS, actorTypes: ['User', 'ApiToken'], actors: [{ id: 'a'.repeat(24) }] })?.actor,
    ).toEqual([
      { type: 'User', id: 'a'.repeat(24) },
      { type: 'ApiToken', id: 'a'.repeat(24) },
    ])
  })
})

describe('status classes (decision 012)', () => {
  const classes = (statusClasses: StatusClass[]) => toLosantFilter({ ...EMPTY_FILTERS, statusClasses })?.responseCode

  it('ORs single codes with the classes, and every class with codes is still every entry', () => {
    const filter = (statusClasses: StatusClass[], statusCodes: number[]) =>
      toLosantFilter({ ...EMPTY_FILTERS, statusClasses, statusCodes })?.responseCode
    expect(filter([], [404, 409])).toEqual([404, 409])
    expect(filter(['5xx'], [404, 500])).toEqual([...LOSANT_STATUS_CLASS_CODES['5xx'], 404])
    expect(filter(['2xx', '3xx', '4xx', '5xx'], [404])).toBeUndefined()
  })

  it('sends the listed codes of a class, uncommon ones included, in one array qs reads as an array', async () => {
    const codes = classes(['4xx'])!
    for (const code of [400, 401, 403, 404, 406, 408, 409, 412, 418, 423, 429, 451]) expect(codes).toContain(code)
    expect(classes(['5xx'])).toEqual(expect.arrayContaining([500, 501, 502, 503, 504, 505, 507]))
    const { default: qs } = await import('qs')
    for (const statusClasses of [['2xx'], ['3xx'], ['4xx'], ['5xx'], ['2xx', '3xx'], ['2xx', '5xx'], ['3xx', '5xx']]) {
      const query = await losantListQuery(search({ filters: { ...EMPTY_FILTERS, statusClasses } as AuditFilters }))
      // Read as a server with qs' defaults reads it: still an array, every code of every class.
      const parsed = qs.parse(query) as { auditLogFilter: { responseCode: unknown } }
      expect(Array.isArray(parsed.auditLogFilter.responseCode), statusClasses.join()).toBe(true)
      expect(parsed.auditLogFilter.responseCode).toEqual(
        statusClasses.flatMap((c) => LOSANT_STATUS_CLASS_CODES[c as StatusClass].map(String)),
      )
    }
  })

  it('keeps every class within its hundred, with no code twice, at most 20 a class', () => {
    for (const [statusClass, codes] of Object.entries(LOSANT_STATUS_CLASS_CODES)) {
      const first = Number(statusClass[0]) * 100
      expect(new Set(codes).size).toBe(codes.length)
      for (const code of codes) expect(code >= first && code < first + 100, `${code} in ${statusClass}`).toBe(true)
      expect(codes.length).toBeLessThanOrEqual(LOSANT_MAX_FILTER_VALUES)
    }
  })

  it('sends no responseCode for every class, or none', () => {
    expect(classes(['2xx', '3xx', '4xx', '5xx'])).toBeUndefined()
    expect(classes(['5xx', '3xx', '2xx', '4xx'])).toBeUndefined()
    expect(classes([])).toBeUndefined()
  })

  it('refuses to build a request the server would refuse', () => {
    expect(() => classes(['4xx', '5xx'])).toThrow(RangeError)
    expect(() => classes(['2xx', '3xx', '5xx'])).toThrow(RangeError)
    // Any other list past 20 items, a type chip and chosen actors counting as their pairs.
    const actors = Array.from({ length: 7 }, (_, i) => ({ id: String(i).padStart(24, 'a') }))
    expect(() => toLosantFilter({ ...EMPTY_FILTERS, actorTypes: ['User', 'Device', 'Flow'], actors })).toThrow(
      RangeError,
    )
    expect(toLosantFilter({ ...EMPTY_FILTERS, actorTypes: ['User', 'Device'], actors })?.actor).toHaveLength(14)
  })
})

describe('the unfiltered query without qs', () => {
  it('is byte for byte what qs would send', async () => {
    const { default: qs } = await import('qs')
    const fc = (await import('fast-check')).default
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<'time' | 'actor' | 'status'>('time', 'actor', 'status'),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        fc.option(fc.nat({ max: 2 ** 45 }), { nil: undefined }),
        async (field, direction, page, pageSize, start) => {
          const s = search({ sort: { field, direction }, page, pageSize, range: start === undefined ? {} : { start } })
          const viaQs = qs.stringify({
            sortField: { time: 'creationDate', actor: 'actorName', status: 'responseStatus' }[field],
            sortDirection: direction,
            page: String(page),
            perPage: String(pageSize),
            start: start === undefined ? undefined : String(start),
          })
          expect(await losantListQuery(s)).toBe(viaQs)
        },
      ),
    )
  })
})
