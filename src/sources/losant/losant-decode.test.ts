// Fixtures written from Losant's documented auditLog / auditLogs schemas, not from the demo API,
// so a decoder and a demo API that misread the contract the same way still disagree with these.
import { ResponseFormatError } from '@/lib/http/http-errors'
import { isRedactedValue } from '@/lib/redaction'

import { decodeLosantEntry, decodeLosantPage } from './losant-decode'
import { losantDecoder } from './losant-decoder'

const ENTRY_ID = '5f3e7a1b2c4d6e8f90a1b2c3'
const APP_ID = '5f3e7a1b2c4d6e8f90a1b2c4'
const USER_ID = '5f3e7a1b2c4d6e8f90a1b2c5'

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: ENTRY_ID,
    creationDate: '2024-03-07T10:15:30.250Z',
    orgId: '5f1e0c6a9d3b2a0017c4e8a1',
    actorId: USER_ID,
    actorType: 'User',
    actorName: 'ada@example.com',
    primaryTargetId: APP_ID,
    primaryTargetType: 'Application',
    primaryTargetName: 'Greenhouse',
    requestResource: 'application',
    requestAction: 'delete',
    requestPathParams: { applicationId: APP_ID },
    responseStatus: 200,
    ...overrides,
  }
}

function list(items: unknown[], extra: Record<string, unknown> = {}) {
  return { items, count: items.length, totalCount: 1234, perPage: 50, page: 0, ...extra }
}

describe('decodeLosantEntry', () => {
  it('decodes a documented entry into our model', () => {
    expect(decodeLosantEntry(entry())).toEqual({
      id: ENTRY_ID,
      time: '2024-03-07T10:15:30.250Z',
      timeMs: Date.UTC(2024, 2, 7, 10, 15, 30, 250),
      actor: { type: 'User', id: USER_ID, name: 'ada@example.com' },
      primaryTarget: { type: 'Application', id: APP_ID, name: 'Greenhouse' },
      secondaryTarget: undefined,
      request: {
        resource: 'application',
        action: 'delete',
        method: 'DELETE',
        path: `/applications/${APP_ID}`,
        queryParams: undefined,
        pathParams: { applicationId: APP_ID },
        body: undefined,
      },
      response: { status: 200, body: undefined },
      redactionCount: 0,
    })
  })

  it('takes auditLogId when id is missing, and refuses an entry with neither', () => {
    expect(decodeLosantEntry(entry({ id: undefined, auditLogId: ENTRY_ID })).id).toBe(ENTRY_ID)
    expect(() => decodeLosantEntry(entry({ id: undefined }))).toThrow('the entry has no id')
    expect(() => decodeLosantEntry(entry({ id: '' }))).toThrow('the entry has no id')
  })

  it.each([
    ['id', 123],
    ['responseStatus', '200'],
    ['responseStatus', 200.5],
    ['actorName', { first: 'Ada' }],
    ['creationDate', 1_709_806_530_250],
    ['primaryTargetType', ['Application']],
  ])('refuses an entry whose %s is %j, naming the field', (field, value) => {
    expect(() => decodeLosantEntry(entry({ [field]: value }))).toThrow(field)
  })

  it.each([null, 'an entry', 42, [entry()]])('refuses %j, which is not an entry object', (raw) => {
    expect(() => decodeLosantEntry(raw)).toThrow()
  })

  it('keeps enum values it does not know as strings (Losant adds types over time)', () => {
    const event = decodeLosantEntry(
      entry({
        actorType: 'Robot',
        primaryTargetType: 'Spaceship',
        secondaryTargetId: APP_ID,
        secondaryTargetType: 'Hangar',
        requestResource: 'spaceship',
        requestAction: 'launch',
      }),
    )
    expect(event.actor.type).toBe('Robot')
    expect(event.primaryTarget?.type).toBe('Spaceship')
    expect(event.secondaryTarget).toEqual({ type: 'Hangar', id: APP_ID, name: undefined })
    // An operation missing from Losant's method map is shown as resource.action, with no HTTP form.
    expect(event.request).toMatchObject({ resource: 'spaceship', action: 'launch', method: undefined, path: undefined })
  })

  it.each([
    ['text', 'yesterday'],
    ['a bare number', '7'],
    ['a day that does not exist', '2024-02-30T10:15:30.250Z'],
    ['a month that does not exist', '2024-13-07T10:15:30.250Z'],
    ['nothing', ''],
  ])('keeps an entry whose date is %s, with its text and no instant (shown as an unknown time)', (_, date) => {
    const event = decodeLosantEntry(entry({ creationDate: date }))
    expect(event.id).toBe(ENTRY_ID)
    expect(event.time).toBe(date)
    expect(event.timeMs).toBeNaN()
  })

  it('keeps an entry with no date at all', () => {
    const event = decodeLosantEntry(entry({ creationDate: undefined }))
    expect(event.time).toBe('')
    expect(event.timeMs).toBeNaN()
  })

  it('reads an instant with an offset as the same moment in UTC', () => {
    expect(decodeLosantEntry(entry({ creationDate: '2024-03-07T12:15:30.250+02:00' })).timeMs).toBe(
      Date.UTC(2024, 2, 7, 10, 15, 30, 250),
    )
  })

  it('leaves out a target the entry says nothing about, and keeps one it only names', () => {
    const event = decodeLosantEntry(
      entry({ primaryTargetId: undefined, primaryTargetType: undefined, primaryTargetName: undefined }),
    )
    expect(event.primaryTarget).toBeUndefined()
    expect(decodeLosantEntry(entry({ secondaryTargetName: 'Sensor 7' })).secondaryTarget).toEqual({
      type: undefined,
      id: undefined,
      name: 'Sensor 7',
    })
  })

  it('redacts secrets in bodies and names before returning, and counts them', () => {
    const event = decodeLosantEntry(
      entry({ requestBody: { password: 'hunter2', name: 'Greenhouse' }, responseBody: 'not json, just text' }),
    )
    const body = event.request.body as Record<string, unknown>
    expect(isRedactedValue(body.password)).toBe(true)
    expect(body.name).toBe('Greenhouse')
    expect(event.response.body).toBe('not json, just text')
    expect(event.redactionCount).toBe(1)
  })
})

describe('decodeLosantPage', () => {
  it('reports and skips the bad entries of a list, and shows the rest in order', async () => {
    const first = entry({ id: '000000000000000000000001' })
    const third = entry({ id: '000000000000000000000003' })
    const page = await decodeLosantPage(
      list([
        first,
        entry({ id: '000000000000000000000002', responseStatus: 'OK' }),
        third,
        'not an entry',
        null,
        entry({ id: undefined }),
      ]),
    )
    expect(page.events.map((event) => event.id)).toEqual(['000000000000000000000001', '000000000000000000000003'])
    expect(page.total).toBe(1234)
    expect(page.problems).toEqual([
      { index: 1, id: '000000000000000000000002', message: expect.stringContaining('responseStatus') },
      { index: 3, id: undefined, message: expect.any(String) },
      { index: 4, id: undefined, message: expect.any(String) },
      { index: 5, id: undefined, message: 'the entry has no id' },
    ])
  })

  it('names a bad entry by a string id only, and by no more than 64 characters of it', async () => {
    const page = await decodeLosantPage(list([{ id: 'x'.repeat(500), responseStatus: 'OK' }, { id: 7 }]))
    expect(page.events).toEqual([])
    expect(page.problems.map((problem) => problem.id)).toEqual(['x'.repeat(64), undefined])
  })

  it('decodes an empty list, and a list without a total', async () => {
    expect(await decodeLosantPage(list([], { totalCount: 0 }))).toEqual({ events: [], total: 0, problems: [] })
    expect(await decodeLosantPage({ items: [entry()] })).toMatchObject({ total: undefined, problems: [] })
  })

  it.each([
    ['null', null],
    ['a string', 'Service Unavailable'],
    ['an array of entries', [entry()]],
    ['an object without items', { count: 0 }],
    ['items that are not a list', { items: { 0: entry() } }],
    ['a total that is not a number', { items: [], totalCount: '1234' }],
  ])('refuses a body that is %s as a whole, saying it is not a collection', async (_, body) => {
    await expect(decodeLosantPage(body)).rejects.toThrow(ResponseFormatError)
    await expect(decodeLosantPage(body)).rejects.toThrow("The server's answer is not an audit-log collection")
  })
})

describe('losantDecoder', () => {
  it('decodes one entry opened on its own as the list does', async () => {
    const raw = entry({ requestBody: { token: 'abc', nested: { apiKey: 'k' } } })
    expect(await losantDecoder.decodeEvent(raw)).toEqual(decodeLosantEntry(raw))
  })

  it.each([
    ['has no id', entry({ id: undefined })],
    ['has a wrongly typed field', entry({ responseStatus: '200' })],
    ['is not an object', 'Not Found'],
  ])('refuses an entry that %s as a format error', async (_, raw) => {
    const decoding = losantDecoder.decodeEvent(raw)
    await expect(decoding).rejects.toThrow(ResponseFormatError)
    await expect(losantDecoder.decodeEvent(raw)).rejects.toThrow("The server's answer is not an audit-log entry")
  })

  it('reads the error body Losant documents, or a plain text one, and nothing else', () => {
    const describe = losantDecoder.describeErrorBody!
    expect(describe({ type: 'NotFound', message: 'Audit log was not found' })).toEqual({
      type: 'NotFound',
      message: 'Audit log was not found',
    })
    expect(describe('  Bad Gateway \n')).toEqual({ message: 'Bad Gateway' })
    expect(describe('x'.repeat(1000))).toEqual({ message: 'x'.repeat(300) })
    expect(describe({ type: 42 })).toBeUndefined()
    expect(describe({})).toBeUndefined()
    expect(describe('   ')).toBeUndefined()
    expect(describe(null)).toBeUndefined()
  })
})
