// Fixtures written from api-contracts.md §3 and the OpenAPI fragments, not from the demo API.
import { HttpError, ResponseFormatError } from '@/lib/http/http-errors'
import { isRedactedValue } from '@/lib/redaction'

import { ENTRY_NOT_FOUND, splitSourceAddress } from './bloodhound-decode'
import { bloodhoundDecoder as decoder, describeBloodHoundErrorBody } from './bloodhound-decoder'
import { createBloodHoundSource } from './bloodhound-source'

const source = createBloodHoundSource()
const ALICE = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'

function log(overrides: Record<string, unknown> = {}) {
  return {
    id: 41,
    created_at: '2024-02-19T19:27:43.866123Z',
    actor_id: ALICE,
    actor_name: 'Alice',
    actor_email: 'alice@example.com',
    action: 'CreateUser',
    fields: { principal_name: 'bob', roles: ['User'] },
    request_id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    source_ip_address: '10.0.0.5',
    commit_id: '9b2d7a56-0c1e-4f3a-9d8b-7e6f5a4b3c2d',
    status: 'success',
    ...overrides,
  }
}

function list(logs: unknown[], extra: Record<string, unknown> = {}) {
  return { count: 999, limit: 50, skip: 0, data: { logs }, ...extra }
}

describe('BloodHound decoding', () => {
  it('decodes a log into our model', async () => {
    const page = await decoder.decodeList(list([log()]))
    expect(page.problems).toEqual([])
    expect(page.events).toEqual([
      {
        id: '41',
        idKind: 'log',
        time: '2024-02-19T19:27:43.866123Z',
        timeMs: Date.UTC(2024, 1, 19, 19, 27, 43, 866),
        actor: { id: ALICE, name: 'Alice', email: 'alice@example.com' },
        request: {},
        response: {},
        operation: { name: 'CreateUser' },
        origin: { ipAddress: '10.0.0.5', requestId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
        outcome: 'success',
        commitId: '9b2d7a56-0c1e-4f3a-9d8b-7e6f5a4b3c2d',
        details: { principal_name: 'bob', roles: ['User'] },
        redactionCount: 0,
      },
    ])
    expect(source.isEventId('41')).toBe(true)
  })

  it('promises no total: count ignores the time window, so it is an upper bound only', async () => {
    const page = await decoder.decodeList(list([log()], { count: 12_345 }))
    expect(page.total).toBeUndefined()
    expect(page.totalUpperBound).toBe(12_345)
    expect(source.capabilities.totalCount).toBe(false)
  })

  it('says another page may follow when the server filled this one, counting logs, not paired rows', async () => {
    const intent = log({ id: 1, status: 'intent' })
    const outcome = log({ id: 2 })
    const full = await decoder.decodeList(list([outcome, intent], { limit: 2 }))
    expect(full.events).toHaveLength(1)
    expect(full.hasMore).toBe(true)
    expect((await decoder.decodeList(list([outcome], { limit: 2 }))).hasMore).toBe(false)
    expect((await decoder.decodeList(list([outcome], { limit: 0 }))).hasMore).toBe(false)
  })

  it('keeps the last hop of an X-Forwarded-For prefixed address, and the whole text beside it', async () => {
    const [event] = (await decoder.decodeList(list([log({ source_ip_address: '203.0.113.7, 10.0.0.2,172.18.0.1' })])))
      .events
    expect(event?.origin).toMatchObject({ ipAddress: '172.18.0.1', addressChain: '203.0.113.7, 10.0.0.2,172.18.0.1' })
    expect(splitSourceAddress('10.0.0.5')).toEqual({ ipAddress: '10.0.0.5' })
    expect(splitSourceAddress(undefined)).toEqual({})
  })

  it('redacts secrets in fields before anything is returned', async () => {
    const [event] = (
      await decoder.decodeList(
        list([
          log({
            action: 'CreateAuthToken',
            fields: { name: 'ci', token: 'bhe_tok_0a099c90d5ff931452e4df0db1c602de71cda080', secret: 'Spring2026!' },
          }),
        ]),
      )
    ).events
    const details = event?.details as Record<string, unknown>
    expect(details.name).toBe('ci')
    expect(isRedactedValue(details.token)).toBe(true)
    expect(isRedactedValue(details.secret)).toBe(true)
    expect(event?.redactionCount).toBe(2)
    expect(JSON.stringify(event)).not.toMatch(/bhe_tok_|Spring2026/)
  })

  it('keeps a failure’s error, and reads an unknown actor and Go’s empty values as absent', async () => {
    const [event] = (
      await decoder.decodeList(
        list([
          log({
            action: 'LoginAttempt',
            actor_id: '',
            actor_name: '',
            actor_email: '',
            fields: { username: 'root', error: 'invalid credentials' },
            status: 'failure',
          }),
        ]),
      )
    ).events
    expect(event).toMatchObject({
      actor: { id: undefined, name: undefined, email: undefined },
      outcome: 'failure',
      details: { error: 'invalid credentials' },
    })
    const [nil] = (
      await decoder.decodeList(
        list([
          log({ actor_id: '00000000-0000-0000-0000-000000000000', commit_id: '00000000-0000-0000-0000-000000000000' }),
        ]),
      )
    ).events
    expect(nil?.actor.id).toBeUndefined()
    expect(nil?.commitId).toBeUndefined()
  })

  it('keeps an entry with an unknown status, without an outcome', async () => {
    const [event] = (await decoder.decodeList(list([log({ status: 'rolled_back' })]))).events
    expect(event?.id).toBe('41')
    expect(event?.outcome).toBeUndefined()
  })

  it('reports and skips a bad log, and reads Go’s null slice as an empty page', async () => {
    const page = await decoder.decodeList(list([log(), { id: 'x' }, log({ id: 40, created_at: 7 })]))
    expect(page.events.map((event) => event.id)).toEqual(['41'])
    expect(page.problems).toMatchObject([
      { index: 1, id: 'x' },
      { index: 2, id: '40' },
    ])
    expect((await decoder.decodeList({ count: 0, limit: 50, skip: 0, data: { logs: null } })).events).toEqual([])
    await expect(decoder.decodeList({ logs: [] })).rejects.toThrow(ResponseFormatError)
  })
})

describe('BloodHound single entry', () => {
  it('picks the one log of the filtered list', async () => {
    await expect(decoder.decodeEvent(list([log()]), '41')).resolves.toMatchObject({ id: '41', outcome: 'success' })
  })

  it('answers "not found" as a 404 when the list is empty', async () => {
    const error: unknown = await decoder.decodeEvent(list([]), '41').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 404, vendor: { message: ENTRY_NOT_FOUND } })
  })

  it('refuses another entry than the one asked for, or a body that is not a list', async () => {
    await expect(decoder.decodeEvent(list([log({ id: 7 })]), '41')).rejects.toThrow(ResponseFormatError)
    await expect(decoder.decodeEvent(list([log(), log({ id: 40 })]), '41')).rejects.toThrow(ResponseFormatError)
    await expect(decoder.decodeEvent(list([{ id: 'nope' }]), '41')).rejects.toThrow(ResponseFormatError)
    await expect(decoder.decodeEvent({ http_status: 200 }, '41')).rejects.toThrow(ResponseFormatError)
  })
})

describe('BloodHound ids', () => {
  it('accepts positive integers as entry ids and uuids as actor ids', () => {
    for (const id of ['1', '41', '9007199254740991']) expect(source.isEventId(id)).toBe(true)
    for (const id of ['0', '-1', '01', '1.5', 'abc', '9007199254740993', '']) expect(source.isEventId(id)).toBe(false)
    expect(source.isEntityId(ALICE)).toBe(true)
    for (const id of ['00000000-0000-0000-0000-000000000000', '6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b', 'alice'])
      expect(source.isEntityId(id)).toBe(false)
  })
})

describe('BloodHound error bodies', () => {
  it('reads ErrorWrapper: the status as type, the messages joined', () => {
    expect(
      describeBloodHoundErrorBody({
        http_status: 400,
        timestamp: '2024-02-19T19:27:43.866Z',
        request_id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
        errors: [
          { context: 'clients', message: 'The JSON payload could not be unmarshalled.' },
          { context: '', message: 'second' },
        ],
      }),
    ).toEqual({ type: '400', message: 'The JSON payload could not be unmarshalled.; second' })
    expect(
      describeBloodHoundErrorBody({
        http_status: 429,
        errors: [{ context: 'middleware', message: 'Too many requests. Please try again later.' }],
      }),
    ).toEqual({
      type: '429',
      message: 'Too many requests. Please try again later.',
    })
  })

  it('falls back to trimmed text, and to nothing', () => {
    expect(describeBloodHoundErrorBody('  bad gateway  ')).toEqual({ message: 'bad gateway' })
    expect(describeBloodHoundErrorBody({})).toBeUndefined()
    expect(describeBloodHoundErrorBody(null)).toBeUndefined()
  })
})
