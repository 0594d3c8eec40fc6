import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { HttpError } from '@/lib/http/http-errors'
import { testServer } from '@/test/test-server'
import { LOSANT_LIST_URL, TEST_API_URL, TEST_ORG_ID } from '@/testing/test-api'

import { DEFAULT_SEARCH } from './audit-search'
import { losantSource } from './losant/losant-source'
import { createSourceClient } from './source-client'

const connect = () => createSourceClient({ sourceId: 'losant', apiUrl: TEST_API_URL, orgId: TEST_ORG_ID, demo: false })

describe('source client', () => {
  afterEach(() => vi.restoreAllMocks())

  it('loads the decoder once, with the first request, and decodes with it', async () => {
    const load = vi.spyOn(losantSource, 'loadDecoder')
    const client = connect()
    const first = await client.listPage({ ...DEFAULT_SEARCH, pageSize: 25 })
    const second = await client.listPage({ ...DEFAULT_SEARCH, page: 1, pageSize: 25 })
    expect(load).toHaveBeenCalledTimes(1)
    expect(first.events).toHaveLength(25)
    expect(second.events[0]?.id).not.toBe(first.events[0]?.id)
  })

  it('decodes an entry read on its own (bodies redacted in slices) as the same entry in a page', async () => {
    const client = connect()
    const page = await client.listPage({ ...DEFAULT_SEARCH, pageSize: 25 })
    const redacted = page.events.filter((event) => event.redactionCount > 0)
    expect(redacted.length).toBeGreaterThan(0)
    for (const listed of redacted.slice(0, 5)) expect(await client.getEvent(listed.id)).toEqual(listed)
  })

  it('tries a failed decoder load again with the next request instead of failing for good', async () => {
    const real = losantSource.loadDecoder.bind(losantSource)
    const offline = new TypeError('Failed to fetch dynamically imported module')
    // The load started with the client fails, and so does the one the first request tries again.
    const load = vi
      .spyOn(losantSource, 'loadDecoder')
      .mockRejectedValueOnce(offline)
      .mockRejectedValueOnce(offline)
      .mockImplementation(real)
    const client = connect()
    await expect(client.listPage(DEFAULT_SEARCH)).rejects.toThrow('dynamically imported module')
    await expect(client.listPage(DEFAULT_SEARCH)).resolves.toMatchObject({ total: expect.any(Number) })
    expect(load).toHaveBeenCalledTimes(3)
  })

  it('describes an error body with the vendor decoder', async () => {
    testServer.use(
      http.get(LOSANT_LIST_URL, () =>
        HttpResponse.json({ type: 'Unauthorized', message: 'Invalid token' }, { status: 401 }),
      ),
    )
    const error = await connect()
      .listPage(DEFAULT_SEARCH)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 401, vendor: { type: 'Unauthorized', message: 'Invalid token' } })
  })
})
