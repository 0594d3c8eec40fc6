// @vitest-environment node
// Pure data and msw handlers: no DOM needed, and jsdom start-up would dominate the run.
import fc from 'fast-check'
import qs from 'qs'

import { createLosantDataset, type LosantAuditLog } from './dataset'
import { listAuditLogs, type LosantListQuery, parseListQuery, queryAuditLogs } from './query'

const dataset = createLosantDataset({ now: new Date('2026-06-15T12:00:00.000Z') })
const { entries } = dataset

/** Runs a query given as the object a client would hand to qs.stringify. */
function run(params: Record<string, unknown>) {
  const result = queryAuditLogs(dataset, qs.stringify(params))
  if (!result.ok) throw new Error(`unexpected 400: ${result.body.message}`)
  return result.value
}

function total(params: Record<string, unknown>): number {
  return run({ ...params, perPage: 1 }).totalCount
}

function count(predicate: (entry: LosantAuditLog) => boolean): number {
  return entries.filter(predicate).length
}

function rejection(query: string): unknown {
  const result = parseListQuery(query)
  return result.ok ? result : { status: result.status, type: result.body.type, message: result.body.message }
}

const someUser = entries.find((entry) => entry.actorType === 'User') as LosantAuditLog
const someDevice = entries.find((entry) => entry.secondaryTargetType === 'Device') as LosantAuditLog

describe('parseListQuery', () => {
  it('fills Losant’s defaults', () => {
    expect(parseListQuery('')).toEqual({
      ok: true,
      value: { sortField: 'creationDate', sortDirection: 'desc', page: 0, perPage: 100, filter: {} },
    })
  })

  it('reads every parameter, with or without a leading "?", ignoring unknown ones', () => {
    expect(parseListQuery('?sortField=actorName&sortDirection=ASC&page=3&perPage=25&start=10&end=20&foo=bar')).toEqual({
      ok: true,
      value: { sortField: 'actorName', sortDirection: 'asc', page: 3, perPage: 25, start: 10, end: 20, filter: {} },
    })
    expect(parseListQuery(new URLSearchParams({ perPage: '7' }))).toMatchObject({ ok: true, value: { perPage: 7 } })
  })

  it('decodes a filter written by qs.stringify with its default options', () => {
    const filter = {
      actor: [{ type: 'User', id: someUser.actorId }, { name: 'Production deploy token' }],
      primaryTarget: [{ type: 'Dashboard' }],
      secondaryTarget: [{ type: 'Device', name: 'Pump 7' }],
      request: [{ resource: 'device', action: 'patch' }],
      responseCode: [200, 404],
    }
    const query = qs.stringify({ auditLogFilter: filter, perPage: 5 })
    expect(query).toContain('auditLogFilter%5Bactor%5D%5B0%5D%5Btype%5D=User')
    expect(parseListQuery(query)).toMatchObject({ ok: true, value: { perPage: 5, filter } })
  })

  it.each([
    ['sortField=color', 'sortField'],
    ['sortDirection=up', 'sortDirection'],
    ['perPage=0', 'perPage'],
    ['perPage=1001', 'perPage'],
    ['perPage=ten', 'perPage'],
    ['page=-1', 'page'],
    ['page=1.5', 'page'],
    ['start=yesterday', 'start'],
    ['start=20&end=10', 'start must not be after end'],
    ['sortField=actorName&sortField=creationDate', 'sortField'],
    ['auditLogFilter=actor', 'auditLogFilter'],
    ['auditLogFilter[color][0]=red', '"color"'],
    ['auditLogFilter[actor][0][email]=a@b.c', '"email"'],
    ['auditLogFilter[actor][0][type]=Robot', 'auditLogFilter.actor[0].type'],
    ['auditLogFilter[primaryTarget][0][type]=Device', 'auditLogFilter.primaryTarget[0].type'],
    ['auditLogFilter[actor][0][id]=not-an-id', 'auditLogFilter.actor[0].id'],
    [`auditLogFilter[actor][0][name]=${'x'.repeat(1025)}`, 'auditLogFilter.actor[0].name'],
    ['auditLogFilter[request][0][method]=GET', '"method"'],
    ['auditLogFilter[responseCode][0]=700', 'auditLogFilter.responseCode[0]'],
    ['auditLogFilter[responseCode][0]=99', 'auditLogFilter.responseCode[0]'],
    ['auditLogFilter[responseCode][0]=abc', 'auditLogFilter.responseCode[0]'],
    ['auditLogFilter[actor][type]=User', 'auditLogFilter.actor'],
  ])('rejects %s with a Validation 400 naming the problem', (query, named) => {
    expect(rejection(query)).toEqual({ status: 400, type: 'Validation', message: expect.stringContaining(named) })
  })
})

describe('filtering', () => {
  it('matches each key on exact type, id and name', () => {
    expect(total({ auditLogFilter: { actor: [{ type: 'Flow' }] } })).toBe(count((entry) => entry.actorType === 'Flow'))
    expect(total({ auditLogFilter: { actor: [{ id: someUser.actorId }] } })).toBe(
      count((entry) => entry.actorId === someUser.actorId),
    )
    expect(total({ auditLogFilter: { actor: [{ name: someUser.actorName }] } })).toBe(
      count((entry) => entry.actorName === someUser.actorName),
    )
    expect(total({ auditLogFilter: { actor: [{ name: someUser.actorName.toUpperCase() }] } })).toBe(0)
    expect(total({ auditLogFilter: { primaryTarget: [{ type: 'OrgInvite' }] } })).toBe(
      count((entry) => entry.primaryTargetType === 'OrgInvite'),
    )
    expect(total({ auditLogFilter: { primaryTarget: [{ id: someDevice.primaryTargetId }] } })).toBe(
      count((entry) => entry.primaryTargetId === someDevice.primaryTargetId),
    )
    expect(
      total({ auditLogFilter: { secondaryTarget: [{ type: 'Device', name: someDevice.secondaryTargetName }] } }),
    ).toBe(
      count(
        (entry) =>
          entry.secondaryTargetType === 'Device' && entry.secondaryTargetName === someDevice.secondaryTargetName,
      ),
    )
    expect(total({ auditLogFilter: { request: [{ resource: 'device' }] } })).toBe(
      count((entry) => entry.requestResource === 'device'),
    )
    expect(total({ auditLogFilter: { request: [{ action: 'delete' }] } })).toBe(
      count((entry) => entry.requestAction === 'delete'),
    )
    expect(total({ auditLogFilter: { responseCode: [404] } })).toBe(count((entry) => entry.responseStatus === 404))
  })

  it('ORs items within a key', () => {
    const flowOrDevice = total({ auditLogFilter: { actor: [{ type: 'Flow' }, { type: 'Device' }] } })
    expect(flowOrDevice).toBe(count((entry) => entry.actorType === 'Flow' || entry.actorType === 'Device'))
    expect(flowOrDevice).toBeGreaterThan(total({ auditLogFilter: { actor: [{ type: 'Flow' }] } }))
    expect(total({ auditLogFilter: { responseCode: [400, 404, 500] } })).toBe(
      count((entry) => [400, 404, 500].includes(entry.responseStatus)),
    )
  })

  it('ANDs different keys, and the fields within one item', () => {
    const expected = count(
      (entry) =>
        entry.actorType === 'User' &&
        entry.requestResource === 'device' &&
        entry.requestAction === 'patch' &&
        [200, 404].includes(entry.responseStatus),
    )
    expect(expected).toBeGreaterThan(0)
    expect(
      total({
        auditLogFilter: {
          actor: [{ type: 'User' }],
          request: [{ resource: 'device', action: 'patch' }],
          responseCode: [200, 404],
        },
      }),
    ).toBe(expected)
    // An entry without a secondary target never matches a secondaryTarget item.
    expect(
      total({ auditLogFilter: { primaryTarget: [{ type: 'Dashboard' }], secondaryTarget: [{ type: 'Device' }] } }),
    ).toBe(0)
  })

  it('bounds creationDate by start and end, both inclusive', () => {
    const newest = entries[10] as LosantAuditLog
    const oldest = entries[40] as LosantAuditLog
    const start = Date.parse(oldest.creationDate)
    const end = Date.parse(newest.creationDate)
    const page = run({ start, end, perPage: 1000 })
    expect(page.totalCount).toBe(
      count((entry) => entry.creationDate >= oldest.creationDate && entry.creationDate <= newest.creationDate),
    )
    expect(page.items[0]).toBe(newest)
    expect(page.items.at(-1)).toBe(oldest)
  })
})

describe('sorting and paging', () => {
  const check = (field: string, direction: string, key: (entry: LosantAuditLog) => string | number) => {
    const { items } = run({ sortField: field, sortDirection: direction, perPage: 1000, page: 2 })
    const keys = items.map(key)
    const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    expect(keys).toEqual(direction === 'asc' ? sorted : sorted.reverse())
  }

  it.each(['asc', 'desc'])('sorts every field %s', (direction) => {
    check('creationDate', direction, (entry) => entry.creationDate)
    check('responseStatus', direction, (entry) => entry.responseStatus)
    check('actorName', direction, (entry) => entry.actorName.toLowerCase())
  })

  it('breaks ties newest first, then by id', () => {
    const { items } = run({ sortField: 'responseStatus', sortDirection: 'asc', perPage: 200 })
    const ok = items.filter((entry) => entry.responseStatus === 200)
    expect(ok.map((entry) => entry.id)).toEqual(
      [...ok]
        .sort((a, b) =>
          a.creationDate === b.creationDate ? (a.id < b.id ? -1 : 1) : a.creationDate < b.creationDate ? 1 : -1,
        )
        .map((entry) => entry.id),
    )
  })

  it('puts entries without the sort field last in both directions', () => {
    const source = {
      orgId: dataset.orgId,
      entries: [...entries.slice(0, 5), { ...entries[5], actorName: undefined } as unknown as LosantAuditLog],
    }
    const query: LosantListQuery = { sortField: 'actorName', sortDirection: 'asc', page: 0, perPage: 10, filter: {} }
    expect(listAuditLogs(source, query).items.at(-1)?.actorName).toBeUndefined()
    expect(listAuditLogs(source, { ...query, sortDirection: 'desc' }).items.at(-1)?.actorName).toBeUndefined()
  })

  it('pages with count, totalCount, page, perPage and the collection fields', () => {
    const last = run({ perPage: 1000, page: 5 })
    expect(last).toMatchObject({
      count: 400,
      totalCount: 5400,
      page: 5,
      perPage: 1000,
      sortField: 'creationDate',
      sortDirection: 'desc',
      orgId: dataset.orgId,
    })
    expect(run({ perPage: 1000, page: 6 })).toMatchObject({ count: 0, items: [], totalCount: 5400 })
    expect(run({}).items).toEqual(entries.slice(0, 100))
  })

  it('keeps every page in order and the pages add up to totalCount (property)', () => {
    const source = { orgId: dataset.orgId, entries: entries.slice(0, 300) }
    fc.assert(
      fc.property(
        fc.constantFrom('creationDate', 'responseStatus', 'actorName'),
        fc.constantFrom('asc', 'desc', 'ASC', 'DESC'),
        fc.integer({ min: 1, max: 120 }),
        fc.subarray(['User', 'ApiToken', 'Flow', 'Device', 'Application'] as const),
        (sortField, sortDirection, perPage, actorTypes) => {
          const auditLogFilter = actorTypes.length ? { actor: actorTypes.map((type) => ({ type })) } : undefined
          const pages = []
          for (let page = 0; ; page++) {
            const result = queryAuditLogs(
              source,
              qs.stringify({ sortField, sortDirection, perPage, page, auditLogFilter }),
            )
            if (!result.ok) return false
            pages.push(result.value)
            if (result.value.count < perPage) break
          }
          const all = pages.flatMap((page) => page.items)
          const { items } = listAuditLogs(source, {
            sortField,
            sortDirection: sortDirection.toLowerCase() as 'asc' | 'desc',
            page: 0,
            perPage: 1000,
            filter: auditLogFilter ?? {},
          })
          const sign = sortDirection.toLowerCase() === 'asc' ? 1 : -1
          const key = (entry: LosantAuditLog) =>
            sortField === 'actorName'
              ? entry.actorName.toLowerCase()
              : sortField === 'responseStatus'
                ? entry.responseStatus
                : entry.creationDate
          const ordered = all.every((entry, index) => {
            const next = all[index + 1]
            return !next || key(entry) === key(next) || (key(entry) < key(next) ? sign > 0 : sign < 0)
          })
          return (
            ordered &&
            pages.every(
              (page) => page.totalCount === all.length && page.count === page.items.length && page.count <= perPage,
            ) &&
            new Set(all.map((entry) => entry.id)).size === all.length &&
            all.every((entry, index) => entry === items[index])
          )
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('arrays as qs reads them with its defaults (arrayLimit 20)', () => {
  const codes = (n: number) => Array.from({ length: n }, (_, i) => 400 + i)
  const formats = ['indices', 'brackets', 'repeat'] as const

  it.each(formats)('takes 20 codes written %s', (arrayFormat) => {
    const query = qs.stringify({ auditLogFilter: { responseCode: codes(20) } }, { arrayFormat })
    expect(parseListQuery(query)).toMatchObject({ ok: true, value: { filter: { responseCode: codes(20) } } })
  })

  it.each(formats)('answers 400 to 21 codes written %s: the array arrives as an object', (arrayFormat) => {
    const query = qs.stringify({ auditLogFilter: { responseCode: codes(21) } }, { arrayFormat })
    expect(rejection(query)).toMatchObject({ status: 400, type: 'Validation', message: /responseCode/ })
  })

  it('answers 400 to any array of the filter written as an object, as the schema does', () => {
    expect(rejection('auditLogFilter[responseCode][x]=404')).toMatchObject({
      status: 400,
      message: /auditLogFilter\.responseCode: .*array/,
    })
    const actors = Array.from({ length: 21 }, () => ({ type: 'User' }))
    expect(rejection(qs.stringify({ auditLogFilter: { actor: actors } }))).toMatchObject({
      status: 400,
      message: /actor/,
    })
    expect(rejection(qs.stringify({ auditLogFilter: { actor: actors.slice(1) } }))).toMatchObject({ ok: true })
    // An index past the limit alone makes an object too, even with fewer items.
    expect(rejection('auditLogFilter[responseCode][20]=404')).toMatchObject({ status: 400 })
    expect(rejection('auditLogFilter[responseCode][19]=404')).toMatchObject({ ok: true })
  })

  it('answers 400 to an unknown key or a code outside 100–599', () => {
    expect(rejection(qs.stringify({ auditLogFilter: { statusClass: ['4xx'] } }))).toMatchObject({ status: 400 })
    expect(rejection(qs.stringify({ auditLogFilter: { responseCode: [4] } }))).toMatchObject({ status: 400 })
    expect(rejection(qs.stringify({ auditLogFilter: { responseCode: ['4xx'] } }))).toMatchObject({ status: 400 })
  })
})
