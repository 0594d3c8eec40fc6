// msw handlers through getResponse: no network. Runs in the default environment: the shared
// setup file touches `window`.
import { getResponse } from 'msw'

import { createBloodHoundDataset, formatMicros } from './dataset'
import { createBloodHoundHandlers } from './handlers'
import { parseRfc3339Micros } from './query'
import type { BloodHoundAuditLogList, BloodHoundErrorWrapper } from './schema'

const NOW = new Date('2026-06-15T12:00:00.000Z')
const BASE = 'http://demo.test/bloodhound'
const dataset = createBloodHoundDataset({ now: NOW })
const handlers = createBloodHoundHandlers({ baseUrl: BASE, dataset, now: () => NOW.getTime() })
const AUDIT = `${BASE}/api/v2/audit`

async function get(query: string, headers: Record<string, string> = {}) {
  const response = await getResponse(handlers, new Request(`${AUDIT}?${query}`, { headers }))
  if (!response) throw new Error(`no handler for ${query}`)
  return { status: response.status, body: (await response.json()) as unknown }
}

async function list(query: string, headers?: Record<string, string>): Promise<BloodHoundAuditLogList> {
  const { status, body } = await get(query, headers)
  expect(status, JSON.stringify(body)).toBe(200)
  return body as BloodHoundAuditLogList
}

async function refused(query: string, headers?: Record<string, string>): Promise<string> {
  const { status, body } = await get(query, headers)
  expect(status, query).toBe(400)
  const wrapper = body as BloodHoundErrorWrapper
  expect(wrapper).toMatchObject({
    http_status: 400,
    timestamp: expect.any(String),
    request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  })
  expect(wrapper.errors).toHaveLength(1)
  return wrapper.errors[0]!.message
}

const ids = (body: BloodHoundAuditLogList) => body.data.logs.map((log) => log.id)

describe('BloodHound demo audit endpoint: paging and window', () => {
  it('answers {count, limit, skip, data: {logs}}, 1000 newest by default', async () => {
    const body = await list('')
    expect(body).toMatchObject({ count: 2000, limit: 1000, skip: 0 })
    expect(body.data.logs).toEqual(dataset.logs.slice(0, 1000))
  })

  it('reads skip, or offset on its own; limit 0 means no limit', async () => {
    expect(ids(await list('skip=10&limit=5'))).toEqual(dataset.logs.slice(10, 15).map((log) => log.id))
    expect(ids(await list('offset=10&limit=5'))).toEqual(dataset.logs.slice(10, 15).map((log) => log.id))
    expect(await list('skip=20&offset=10&limit=5')).toMatchObject({ skip: 20 })
    expect((await list('limit=0&skip=100')).data.logs).toHaveLength(1900)
  })

  it('keeps before/after inclusive to the microsecond, and counts without them', async () => {
    const target = dataset.logs[500]!
    const micros = dataset.micros.get(target.id)!
    const exact = await list(`after=${formatMicros(micros)}&before=${formatMicros(micros)}&limit=10`)
    expect(ids(exact)).toContain(target.id)
    expect(exact.data.logs.every((log) => log.created_at === target.created_at)).toBe(true)
    expect(exact.count).toBe(2000)
    expect(ids(await list(`before=${formatMicros(micros - 1)}&limit=1`))[0]).not.toBe(target.id)
  })

  it('reads one year back from before when after is not given', async () => {
    const before = formatMicros(dataset.micros.get(dataset.logs.at(-1)!.id)! + 366 * 86_400_000 * 1000)
    const body = await list(`before=${before}&limit=0`)
    expect(body.data.logs.length).toBeLessThan(2000)
    expect(body.data.logs.length).toBeGreaterThan(0)
  })

  it('accepts a well-formed Prefer header and refuses a malformed one', async () => {
    await list('limit=1', { Prefer: 'wait=30' })
    expect(await refused('limit=1', { Prefer: 'wait=soon' })).toMatch(/Prefer/)
    expect(await refused('limit=1', { Prefer: 'respond-async' })).toMatch(/Prefer/)
  })

  it('refuses malformed paging and window values', async () => {
    for (const query of ['skip=-1', 'offset=x', 'limit=-5', 'before=yesterday', 'after=2024-01-01']) {
      expect(await refused(query)).toMatch(/^query parameter (skip|offset|limit|before|after) is malformed/)
    }
  })
})

describe('BloodHound demo audit endpoint: sorting', () => {
  it('orders by created_at descending first; sort_by only breaks ties', async () => {
    const byName = await list('sort_by=actor_name&limit=0')
    const times = byName.data.logs.map((log) => dataset.micros.get(log.id)!)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    const batch = [...dataset.sameInstantIds].sort((a, b) => a - b)
    const at = formatMicros(dataset.micros.get(batch[0]!)!)
    expect(ids(await list(`after=${at}&before=${at}`))).toEqual(batch)
    expect(ids(await list(`after=${at}&before=${at}&sort_by=-id`))).toEqual([...batch].reverse())
    expect(ids(await list(`after=${at}&before=${at}&sort_by=-created_at&sort_by=-id`))).toEqual([...batch].reverse())
  })

  it('refuses columns it cannot sort by', async () => {
    for (const column of ['fields', 'commit_id', 'actor_id', 'request_id', 'source', '-nope', '']) {
      expect(await refused(`sort_by=${column}`)).toBe('column format does not support sorting')
    }
  })
})

describe('BloodHound demo audit endpoint: column filters', () => {
  it('filters with eq and neq on string columns, and counts the matches at any time', async () => {
    const actor = dataset.logs.find((log) => log.actor_id)!
    const mine = await list(`actor_id=eq:${actor.actor_id}&limit=0`)
    expect(mine.data.logs.every((log) => log.actor_id === actor.actor_id)).toBe(true)
    expect(mine.count).toBe(mine.data.logs.length)
    const others = await list(`actor_id=neq:${actor.actor_id}&limit=0`)
    expect(mine.count + others.count).toBe(2000)
    const windowed = await list(`actor_id=eq:${actor.actor_id}&after=${dataset.logs[100]!.created_at}`)
    expect(windowed.count).toBe(mine.count)
    expect(windowed.data.logs.length).toBeLessThan(mine.count)
    expect((await list('status=eq:intent&limit=0')).data.logs.every((log) => log.status === 'intent')).toBe(true)
    expect((await list('action=LoginAttempt&limit=0')).data.logs.every((log) => log.action === 'LoginAttempt')).toBe(
      true,
    )
  })

  it('matches a name, email or source address whole and exactly, forwarded lists and colons included', async () => {
    const forwarded = dataset.logs.find((log) => log.source_ip_address.includes(','))!
    const byAddress = await list(`source_ip_address=${encodeURIComponent(`eq:${forwarded.source_ip_address}`)}&limit=0`)
    expect(byAddress.data.logs.map((log) => log.id)).toContain(forwarded.id)
    expect(byAddress.data.logs.every((log) => log.source_ip_address === forwarded.source_ip_address)).toBe(true)
    const lastHop = forwarded.source_ip_address.split(',').at(-1)!
    const byHop = await list(`source_ip_address=eq:${lastHop}&limit=0`)
    expect(byHop.data.logs.map((log) => log.id)).not.toContain(forwarded.id)
    const named = dataset.logs.find((log) => log.actor_email)!
    const byEmail = await list(`actor_email=${encodeURIComponent(`eq:${named.actor_email}`)}&limit=0`)
    expect(byEmail.data.logs.every((log) => log.actor_email === named.actor_email)).toBe(true)
    const partial = await list(`actor_email=eq:${named.actor_email.slice(0, 3)}&limit=0`)
    expect(partial.data.logs).toEqual([])
    const byName = await list(`actor_name=${encodeURIComponent(`eq:${named.actor_name}`)}&limit=0`)
    expect(byName.count).toBe(dataset.logs.filter((log) => log.actor_name === named.actor_name).length)
  })

  it('filters id and created_at with ordering predicates, and ANDs a repeated column', async () => {
    expect(ids(await list('id=gte:1995&limit=0')).sort((a, b) => a - b)).toEqual([1995, 1996, 1997, 1998, 1999, 2000])
    expect(ids(await list('id=gt:10&id=lte:12&limit=0')).sort((a, b) => a - b)).toEqual([11, 12])
    expect(ids(await list('id=eq:7'))).toEqual([7])
    expect((await list('id=eq:7&id=eq:8')).data.logs).toEqual([])
    const at = dataset.logs[10]!.created_at
    const newer = await list(`created_at=gt:${at}&limit=0`)
    expect(newer.data.logs.every((log) => parseRfc3339Micros(log.created_at)! > parseRfc3339Micros(at)!)).toBe(true)
    expect(newer.data.logs.length).toBe(10 - dataset.logs.slice(0, 10).filter((log) => log.created_at === at).length)
  })

  it('refuses columns that cannot be filtered', async () => {
    for (const column of ['fields', 'commit_id', 'source', 'language', 'actorId']) {
      expect(await refused(`${column}=eq:x`)).toBe(`the specified column cannot be filtered: ${column}`)
    }
  })

  it('refuses predicates a column does not support, ~eq included', async () => {
    expect(await refused('actor_name=~eq:ali')).toBe(
      'the specified filter predicate is not supported for this column: actor_name ~eq',
    )
    expect(await refused('status=gt:intent')).toBe(
      'the specified filter predicate is not supported for this column: status gt',
    )
    expect(await refused('created_at=~eq:2024')).toBe(
      'the specified filter predicate is not supported for this column: created_at ~eq',
    )
    for (const column of ['actor_name', 'actor_email', 'source_ip_address']) {
      for (const predicate of ['~eq', 'gt', 'lte']) {
        expect(await refused(`${column}=${predicate}:a`)).toBe(
          `the specified filter predicate is not supported for this column: ${column} ${predicate}`,
        )
      }
    }
    expect(await refused('action=like:Create')).toBe('there are errors in the query parameter filters specified')
    expect(await refused('id=eq:seven')).toBe('there are errors in the query parameter filters specified')
  })
})

describe('BloodHound demo login', () => {
  const LOGIN = `${BASE}/api/v2/login`
  async function login(body: unknown) {
    const request = new Request(LOGIN, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    const response = await getResponse(handlers, request)
    if (!response) throw new Error('no login handler')
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }

  it('answers the secret login with a session token', async () => {
    const { status, body } = await login({
      login_method: 'secret',
      username: 'admin',
      secret: 'bloodhound-demo-secret',
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ data: { auth_expired: false, session_token: expect.any(String) } })
  })

  it("refuses a wrong secret with 401 and BloodHound's error body, never echoing the secret", async () => {
    const { status, body } = await login({ login_method: 'secret', username: 'admin', secret: 'wrong-secret-123' })
    expect(status).toBe(401)
    expect(body).toMatchObject({
      http_status: 401,
      errors: [{ context: 'auth', message: 'authentication is invalid' }],
    })
    expect(JSON.stringify(body)).not.toContain('wrong-secret-123')
  })

  it('refuses another login method and a body that is not JSON with 400', async () => {
    expect((await login({ login_method: 'oidc', username: 'admin' })).status).toBe(400)
    expect((await login('{not json')).status).toBe(400)
  })
})
