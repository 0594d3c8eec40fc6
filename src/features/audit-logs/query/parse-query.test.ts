import fc from 'fast-check'

import type { AuditFilters, TimeRange } from '@/sources/audit-search'
import { EMPTY_FILTERS } from '@/sources/audit-search'
import { BLOODHOUND_ACTIONS, bloodhoundSource } from '@/sources/bloodhound/bloodhound-source'
import { losantSource } from '@/sources/losant/losant-source'
import { losantMethodTemplate } from '@/sources/losant/resolve-api-method'
import { statusClassesFit } from '@/sources/status-class-codes'
import { uipathSource } from '@/sources/uipath/uipath-source'

import { parseQuery, printQuery } from './parse-query'
import type { QueryContext } from './query-context'
import { NOTHING_KNOWN } from './query-context'

const NOW = Date.UTC(2026, 10, 18, 15, 30, 12)
const MINUTE = 60_000
const DAY = 1440 * MINUTE
const ALICE = '5f1e0c6a9d3b2a0017c4e8b2'
const DEVICE = '64a0c1d2e3f4a5b6c7d8e9f0'

function contextFor(source: QueryContext['source'], extra: Partial<QueryContext> = {}): QueryContext {
  return { source, zone: 'utc', now: NOW, known: NOTHING_KNOWN, current: EMPTY_FILTERS, ...extra }
}
const losant = contextFor(losantSource)
const bloodhound = contextFor(bloodhoundSource)

function parsed(text: string, context = losant) {
  const result = parseQuery(text, context)
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.errors.map((e) => e.message).join('; ')}`)
  return result
}

function problems(text: string, context = losant) {
  const result = parseQuery(text, context)
  if (result.ok) throw new Error(`expected ${text} to fail`)
  return result.errors.map(({ start, end, message }) => ({ term: text.slice(start, end), message }))
}

describe('parseQuery on Losant', () => {
  it('ANDs different keys and ORs a repeated key', () => {
    const { filters, words } = parsed('actor-type:User actor-type:device request:device.delete status:4xx')
    expect(filters.actorTypes).toEqual(['User', 'Device'])
    expect(filters.requests).toEqual([{ resource: 'device', action: 'delete' }])
    expect(filters.statusClasses).toEqual(['4xx'])
    expect(words).toEqual([])
  })

  it('reads a type by its label, in quotes, whatever the case', () => {
    expect(parsed('target-type:"org invite"').filters.primaryTargetTypes).toEqual(['OrgInvite'])
  })

  it('takes an actor by id, keeping the name the chosen filter had', () => {
    const context = contextFor(losantSource, { current: { ...EMPTY_FILTERS, actors: [{ id: ALICE, name: 'Alice' }] } })
    expect(parsed(`actor:${ALICE}`, context).filters.actors).toEqual([{ id: ALICE, name: 'Alice' }])
    expect(parsed(`actor:${ALICE}`).filters.actors).toEqual([{ id: ALICE }])
  })

  it('finds an actor by a name a loaded entry gives with its id, and says so when it cannot', () => {
    const known = { ...NOTHING_KNOWN, actors: [{ id: ALICE, name: 'Alice Smith', count: 3 }] }
    const context = contextFor(losantSource, { known })
    expect(parsed('actor:"alice smith"', context).filters.actors).toEqual([{ id: ALICE, name: 'Alice Smith' }])
    expect(problems('actor:Bob', context)).toEqual([
      { term: 'actor:Bob', message: expect.stringContaining('Losant filters actor by id, and no actor named “Bob”') },
    ])
    const twice = { ...NOTHING_KNOWN, actors: [...known.actors, { id: DEVICE, name: 'Alice Smith', count: 1 }] }
    expect(problems('actor:"Alice Smith"', contextFor(losantSource, { known: twice }))[0]!.message).toMatch(
      /2 different actors are named “Alice Smith”/,
    )
  })

  it('leaves words without a key to the scan, phrases whole', () => {
    const { filters, words } = parsed('request:device "greenhouse 4" humidity')
    expect(filters.requests).toEqual([{ resource: 'device' }])
    expect(words).toEqual(['greenhouse 4', 'humidity'])
  })

  it('reads a lone entry id as a lookup', () => {
    expect(parsed(ALICE).lookup).toEqual({ kind: 'entry', id: ALICE })
    expect(parsed(`${ALICE} more`).lookup).toBeUndefined()
  })

  it('reads times: a preset, a relative start, local dates in the zone, an exclusive before', () => {
    expect(parsed('after:7d').range).toEqual({ preset: '7d', start: Date.UTC(2026, 10, 18, 15, 30) - 7 * DAY })
    expect(parsed('after:3d').range).toEqual({ start: Date.UTC(2026, 10, 18, 15, 30) - 3 * DAY })
    expect(parsed('after:2026-11-01 before:2026-11-05T09:30').range).toEqual({
      start: Date.UTC(2026, 10, 1),
      end: Date.UTC(2026, 10, 5, 9, 30) - 1,
    })
    expect(parsed('after:2026-11-01T10:15:30+01:00').range).toEqual({ start: Date.UTC(2026, 10, 1, 9, 15) })
  })

  it('marks each bad term and says why, sending nothing', () => {
    expect(problems('status:banana actor-type:User foo:bar after:yesterday')).toEqual([
      { term: 'status:banana', message: 'Losant has no “status:” value “banana”. Pick one from the suggestions.' },
      { term: 'foo:bar', message: expect.stringMatching(/^There is no “foo:” key\. Keys: actor: actor-type: /) },
      { term: 'after:yesterday', message: expect.stringContaining('is not a time for “after:”') },
    ])
    expect(problems('request:"device.delete')).toEqual([
      { term: 'request:"device.delete', message: 'This quote is never closed.' },
    ])
    expect(problems('email:a@example.com')).toEqual([
      { term: 'email:a@example.com', message: 'Losant cannot filter by “email:”.' },
    ])
    expect(problems('status:banana', bloodhound)[0]!.message).toBe(
      'BloodHound has no “status:” value “banana”. Pick one from the suggestions.',
    )
    expect(problems('after:2026-11-05 before:2026-11-01')[0]).toEqual({
      term: 'before:2026-11-01',
      message: 'The start of the range is after its end.',
    })
    expect(problems('after:1d after:2d')[0]!.term).toBe('after:2d')
    expect(problems('actor-type:')[0]!.message).toBe('“actor-type:” needs a value.')
  })

  it('ORs single status codes with classes, as long as one request can name them all', () => {
    expect(parsed('status:5xx status:404 status:409').filters).toMatchObject({
      statusClasses: ['5xx'],
      statusCodes: [404, 409],
    })
    expect(problems('status:4xx status:500')).toEqual([
      { term: 'status:500', message: expect.stringContaining('One request names at most 20 response codes') },
    ])
    expect(problems('status:404', bloodhound)[0]!.message).toBe(
      'BloodHound has no “status:” value “404”. Pick one from the suggestions.',
    )
  })

  it('refuses what one request could not hold: a list past 20 values, status classes past 20 codes', () => {
    const requests = losantSource.capabilities.filters
      .requests!.slice(0, 21)
      .map((option) => `request:${option.resource}`)
    expect(problems(requests.join(' '))).toEqual([
      { term: requests[20], message: 'One filter holds at most 20 values; this “request:” goes past it.' },
    ])
    expect(problems('status:4xx status:5xx')).toEqual([
      { term: 'status:5xx', message: expect.stringContaining('One request names at most 20 response codes') },
    ])
  })
})

describe('method: on Losant', () => {
  const withMethods = contextFor(losantSource, { methodOf: losantMethodTemplate })

  it('stands for the requests Losant maps to that method and path, read into the request filter', () => {
    const { filters } = parsed('method:"delete /applications/{applicationId}/devices/{deviceId}"', withMethods)
    expect(filters.requests).toEqual([{ resource: 'device', action: 'delete' }])
    expect(printQuery(filters, {}, losant)).toBe('request:device.delete')
    const every = parsed('method:"DELETE /dashboards"', withMethods).filters.requests
    expect(every.length).toBeGreaterThan(0)
    for (const ref of every) {
      expect(losantMethodTemplate(ref)).toEqual({ method: 'DELETE', path: expect.stringContaining('/dashboards') })
    }
  })

  it('refuses a method that stands for more requests than one filter holds, and a method nothing uses', () => {
    expect(problems('method:PATCH', withMethods)[0]!.message).toMatch(
      /^PATCH stands for \d+ requests, more than the 20 one filter holds; add its path/,
    )
    expect(problems('method:TRACE', withMethods)[0]!.message).toBe(
      'Losant has no “method:” value “TRACE”. Pick one from the suggestions.',
    )
    expect(problems('method:DELETE')[0]!.message).toMatch(/still loading/)
  })
})

describe('parseQuery on other sources', () => {
  it('sends a BloodHound name, email, address and request id as typed, one at a time', () => {
    const requestId = '0b7a3c7e-8f1d-4c55-9a3e-2b1f6d7c8e90'
    const { filters } = parsed(
      `actor:"Ada Admin" email:ada@example.com ip:10.0.0.1 request-id:${requestId} status:failure action:CreateUser`,
      bloodhound,
    )
    expect(filters.actorNames).toEqual([{ id: 'Ada Admin' }])
    expect(filters.actorEmails).toEqual([{ id: 'ada@example.com' }])
    expect(filters.sourceAddresses).toEqual([{ id: '10.0.0.1' }])
    expect(filters.requestIds).toEqual([{ id: requestId }])
    expect(filters.outcomes).toEqual(['failure'])
    expect(filters.actions).toEqual(['CreateUser'])
    expect(problems('email:a@example.com email:b@example.com', bloodhound)[0]).toEqual({
      term: 'email:b@example.com',
      message: 'BloodHound takes one “email:” at a time.',
    })
    expect(parsed(requestId, bloodhound).lookup).toEqual({ kind: 'request', id: requestId })
  })

  it('refuses every filter UiPath does not have, naming it', () => {
    expect(problems('actor-type:User', contextFor(uipathSource))[0]!.message).toBe(
      'UiPath cannot filter by “actor-type:”.',
    )
  })
})

describe('printQuery', () => {
  it('writes the filters in key order with quotes where needed', () => {
    const filters: AuditFilters = {
      ...EMPTY_FILTERS,
      actorTypes: ['User'],
      primaryTargetTypes: ['OrgInvite'],
      requests: [{ resource: 'device', action: 'delete' }],
      statusClasses: ['4xx'],
    }
    expect(printQuery(filters, { preset: '7d', start: 0 }, losant, ['two words'])).toBe(
      'actor-type:User target-type:OrgInvite request:device.delete status:4xx after:7d "two words"',
    )
  })

  it('prints what parses back to the same filters, range and words (property)', () => {
    const caps = losantSource.capabilities.filters
    const requestValues = caps
      .requests!.slice(0, 30)
      .flatMap(({ resource, actions }) => [resource, ...actions.map((action) => `${resource}.${action}`)])
    const hex = fc.stringMatching(/^[0-9a-f]{24}$/)
    const minute = fc.integer({ min: 0, max: 2 * 365 * 24 * 60 }).map((m) => Date.UTC(2025, 0, 1) + m * MINUTE)
    const losantFilters = fc.record({
      actorTypes: fc.uniqueArray(fc.constantFrom(...caps.actorTypes!), { maxLength: 3 }),
      actors: fc.uniqueArray(
        hex.map((id) => ({ id })),
        { maxLength: 2, selector: (p) => p.id },
      ),
      primaryTargetTypes: fc.uniqueArray(fc.constantFrom(...caps.primaryTargetTypes!), { maxLength: 3 }),
      primaryTargets: fc.uniqueArray(
        hex.map((id) => ({ id })),
        { maxLength: 2, selector: (p) => p.id },
      ),
      secondaryTargetTypes: fc.uniqueArray(fc.constantFrom(...caps.secondaryTargetTypes!), { maxLength: 2 }),
      secondaryTargets: fc.uniqueArray(
        hex.map((id) => ({ id })),
        { maxLength: 2, selector: (p) => p.id },
      ),
      requests: fc.uniqueArray(fc.constantFrom(...requestValues), { maxLength: 4 }).map((values) =>
        values.map((value) => {
          const [resource, action] = value.split('.') as [string, string?]
          return action ? { resource, action } : { resource }
        }),
      ),
      statusClasses: fc.constantFrom<AuditFilters['statusClasses']>([], ['2xx'], ['4xx'], ['5xx'], ['2xx', '5xx']),
      statusCodes: fc.uniqueArray(fc.constantFrom(404, 409, 503, 302), { maxLength: 2 }),
    })
    const range = fc.oneof(
      fc.constant<TimeRange>({}),
      fc.constantFrom('1h', '24h', '7d', '30d', '90d', '1y').map((preset) => parsed(`after:${preset}`).range),
      fc
        .tuple(fc.option(minute, { nil: undefined }), fc.option(minute, { nil: undefined }))
        .map(([a, b]): TimeRange => {
          const [start, end] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]
          return { ...(start !== undefined && { start }), ...(end !== undefined && { end: end + MINUTE - 1 }) }
        }),
    )
    const word = fc.string({ minLength: 1, maxLength: 12 }).filter((w) => w.trim() === w && !/^[0-9a-f]{24}$/i.test(w))
    fc.assert(
      fc.property(
        losantFilters,
        range,
        fc.array(word, { maxLength: 3 }),
        ({ statusCodes, ...rest }, timeRange, words) => {
          fc.pre(words.length !== 1 || !losantSource.isEventId(words[0]!))
          const filters: AuditFilters = { ...rest, ...(statusCodes.length && { statusCodes }) }
          fc.pre(statusClassesFit(filters.statusClasses, caps.statusClasses!, caps.statusCodes, statusCodes))
          const text = printQuery(filters, timeRange, losant, words)
          const back = parsed(text)
          expect(back.filters).toEqual({ ...EMPTY_FILTERS, ...filters })
          expect(back.range).toEqual(timeRange)
          expect(back.words).toEqual(words)
        },
      ),
    )
  })

  it('prints BloodHound names, emails and actions so they read back (property)', () => {
    const exact = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((value) => value.trim() === value && [...value].every((char) => char >= ' ' && char !== '\u007f'))
      .filter((value) => !bloodhoundSource.isEntityId(value))
    fc.assert(
      fc.property(exact, exact, fc.constantFrom(...BLOODHOUND_ACTIONS), (name, email, action) => {
        const filters: AuditFilters = {
          ...EMPTY_FILTERS,
          actorNames: [{ id: name }],
          actorEmails: [{ id: email }],
          actions: [action],
        }
        expect(parsed(printQuery(filters, {}, bloodhound), bloodhound).filters).toEqual(filters)
      }),
    )
  })
})
